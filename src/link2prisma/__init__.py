"""link2prisma."""
