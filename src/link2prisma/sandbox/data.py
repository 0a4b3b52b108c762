"""Deterministic synthetic data: employers, workers and their histories, reference lists, PDFs.

The same ``seed`` gives the same data, byte for byte (dates are anchored on fixed years, never on
"today"). Everything is plausible Belgian payroll data and fictitious: national register numbers
(INSS) and IBANs carry valid check digits but belong to nobody.
"""

from __future__ import annotations

import base64
import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .entities import record_key

__all__ = [
    "FIRST_EMPLOYER",
    "SeedRecord",
    "belgian_iban",
    "employer_numbers",
    "generate_employer",
    "inss",
    "inss_is_valid",
    "make_pdf",
]

FIRST_EMPLOYER = 999014
#: Years the histories span (fixed, for determinism).
FIRST_YEAR, LAST_YEAR = 2016, 2025

_FIRST_NAMES_M = [
    "Jan",
    "Pieter",
    "Luc",
    "Marc",
    "Thomas",
    "Lucas",
    "Noah",
    "Arthur",
    "Louis",
    "Jules",
    "Maxime",
    "Mathis",
    "Wout",
    "Bart",
    "Koen",
    "Dirk",
    "Olivier",
    "Hugo",
]
_FIRST_NAMES_F = [
    "Marie",
    "Anne",
    "Sofie",
    "Emma",
    "Louise",
    "Olivia",
    "Elise",
    "Julie",
    "Lotte",
    "Camille",
    "Chloé",
    "Lien",
    "Ines",
    "Nathalie",
    "Katrien",
    "Eva",
    "Hanne",
    "Lea",
]
_LAST_NAMES = [
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Dubois",
    "Lambert",
    "Dupont",
    "Martin",
    "Simon",
    "Leroy",
    "Vermeulen",
    "Van den Broeck",
    "Hermans",
    "Michiels",
    "Schmitz",
    "Lejeune",
]
#: (postal code, city, language)
_CITIES = [
    ("1000", "Brussel", "N"),
    ("1050", "Ixelles", "F"),
    ("2000", "Antwerpen", "N"),
    ("3000", "Leuven", "N"),
    ("4000", "Liège", "F"),
    ("4700", "Eupen", "D"),
    ("5000", "Namur", "F"),
    ("6000", "Charleroi", "F"),
    ("7000", "Mons", "F"),
    ("8000", "Brugge", "N"),
    ("8500", "Kortrijk", "N"),
    ("9000", "Gent", "N"),
    ("3500", "Hasselt", "N"),
    ("2800", "Mechelen", "N"),
    ("1300", "Wavre", "F"),
]
_STREETS = [
    "Kerkstraat",
    "Stationsstraat",
    "Dorpstraat",
    "Molenstraat",
    "Rue de la Gare",
    "Rue de l'Église",
    "Grand-Place",
    "Nieuwstraat",
    "Schoolstraat",
    "Rue du Moulin",
    "Hauptstraße",
    "Kapelstraat",
    "Avenue Louise",
    "Meir",
    "Veldstraat",
]
#: (bank code, BIC)
_BANKS = [
    ("001", "GEBABEBB"),
    ("068", "GKCCBEBB"),
    ("363", "BBRUBEBB"),
    ("735", "KREDBEBB"),
    ("143", "GEBABEBB"),
    ("096", "GKCCBEBB"),
    ("310", "BBRUBEBB"),
    ("734", "KREDBEBB"),
]
_DEPARTMENTS = [
    ("ADM", "Administratie"),
    ("PRD", "Productie"),
    ("LOG", "Logistiek"),
    ("VRK", "Verkoop"),
    ("IT", "Informatica"),
]
_COST_CENTRES = [
    ("CC100", "Hoofdzetel"),
    ("CC200", "Atelier"),
    ("CC300", "Magazijn"),
    ("CC400", "Winkel"),
]
_PARCOMS = [
    ("200", "Aanvullend PC voor bedienden", "CPNAE"),
    ("124", "PC voor het bouwbedrijf", "CP de la construction"),
    ("302", "PC voor het hotelbedrijf", "CP de l'industrie hôtelière"),
]
_PROFCATS = {
    "200": [
        ("1", "Categorie A", "Catégorie A"),
        ("2", "Categorie B", "Catégorie B"),
        ("3", "Categorie C", "Catégorie C"),
    ],
    "124": [
        ("I", "Ongeschoold", "Non qualifié"),
        ("IA", "Geoefend", "Spécialisé"),
        ("II", "Geschoold", "Qualifié"),
    ],
    "302": [("I", "Categorie I", "Catégorie I"), ("II", "Categorie II", "Catégorie II")],
}
_NSSO = [
    ("000", "Gewone werkgever"),
    ("010", "Werkgever met seizoenarbeid"),
    ("484", "Werkgever PC 302"),
]
_DOC_TYPES_EMPLOYER = ["SummaryPayment", "Invoice", "TotalsPerPaycode"]


def _d(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _rand_date(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    span = (last - first).days
    return first + dt.timedelta(days=rng.randint(0, max(span, 0)))


def inss(birth: dt.date, serial: int) -> str:
    """A national register number (11 digits) with valid check digits.

    ``serial`` (1..997) is odd for men and even for women. For births from 2000 on, a ``2`` is
    put before the first nine digits to compute the check (97 - n mod 97).
    """
    first9 = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{serial:03d}"
    base = int(("2" + first9) if birth.year >= 2000 else first9)
    return f"{first9}{97 - base % 97:02d}"


def inss_is_valid(number: str) -> bool:
    """Whether an 11-digit national register number has valid check digits (either century)."""
    if len(number) != 11 or not number.isdigit():
        return False
    first9, check = number[:9], int(number[9:])
    return check in (97 - int(first9) % 97, 97 - int("2" + first9) % 97)


def belgian_iban(rng: random.Random) -> tuple[str, str]:
    """A Belgian IBAN (valid national and IBAN check digits) and the bank's BIC."""
    bank, bic = rng.choice(_BANKS)
    first10 = bank + f"{rng.randint(0, 9_999_999):07d}"
    national = int(first10) % 97 or 97
    bban = f"{first10}{national:02d}"
    check = 98 - int(bban + "111400") % 97  # "BE" -> 11 14, then "00"
    return f"BE{check:02d}{bban}", bic


def make_pdf(title: str) -> bytes:
    """A small, valid one-page PDF showing ``title`` (ASCII only)."""
    text = "".join(c for c in title if 32 <= ord(c) < 127).replace("\\", "").replace("(", "[")
    text = text.replace(")", "]")
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def employer_numbers(count: int) -> list[str]:
    """The external numbers of the first ``count`` sandbox employers."""
    return [str(FIRST_EMPLOYER + i) for i in range(count)]


@dataclass(frozen=True)
class SeedRecord:
    """One record to put in the store."""

    worker: int
    entity: str
    key: str
    doc: dict[str, Any]


def _rec(worker: int, entity: str, doc: dict[str, Any]) -> SeedRecord:
    return SeedRecord(worker, entity, record_key(entity, doc), doc)


def _reference_lists(rng: random.Random, index: int) -> Iterator[SeedRecord]:
    for code, description in _DEPARTMENTS:
        yield _rec(0, "Department", {"Department": code, "Description": description})
    for code, description in _COST_CENTRES:
        yield _rec(0, "EmployerCostCentre", {"CostCentre": code, "Description": description})
    parcoms = _PARCOMS[: 1 + index % len(_PARCOMS)]
    for nbr, nl, fr in parcoms:
        yield _rec(
            0, "JointCommittee", {"JointCommissionNbr": nbr, "DescriptionD": nl, "DescriptionF": fr}
        )
        cats = [{"ProfCat": c, "DescriptionD": d, "DescriptionF": f} for c, d, f in _PROFCATS[nbr]]
        yield _rec(0, "ProfCats", {"JointCommissionNbr": nbr, "ProfCats": cats})
    for cat, description in _NSSO[: 1 + index % len(_NSSO)]:
        yield _rec(0, "NssoCategory", {"CatRSZ": cat, "Description": description})
    for sid, description, hours in (("38U", "Voltijds 38u", 7.6), ("19U", "Halftijds", 3.8)):
        week = {"WeekNumber": 1, **{f"Day{i}": (hours if i <= 5 else 0) for i in range(1, 8)}}
        yield _rec(
            0,
            "Schedule",
            {
                "ScheduleID": sid,
                "Description": description,
                "StartDate": "20160101",
                "Week": [week],
            },
        )
    del rng


def _worker_records(rng: random.Random, number: int, parcom: str) -> Iterator[SeedRecord]:
    male = rng.random() < 0.5
    first = rng.choice(_FIRST_NAMES_M if male else _FIRST_NAMES_F)
    last = rng.choice(_LAST_NAMES)
    birth = _rand_date(rng, dt.date(1960, 1, 1), dt.date(2004, 12, 31))
    serial = rng.randrange(1, 997, 2) if male else rng.randrange(2, 997, 2)
    zip_code, city, language = rng.choice(_CITIES)
    iban, bic = belgian_iban(rng)
    yield _rec(
        number,
        "Worker",
        {
            "WorkerNumber": number,
            "Name": last,
            "Firstname": first,
            "Initial": first[0],
            "INSS": int(inss(birth, serial)),
            "Sex": "M" if male else "F",
            "Birthdate": _d(birth),
            "Birthplace": city,
            "BirthplaceCountry": "00150",
            "Nationality": "00150",
            "Language": language,
            "PayWay": "Transfer",
            "BankAccount": iban,
            "BICCode": bic,
            "Education": rng.choice(["HigherSecondary", "NotUniversity", "University", "Unknown"]),
            "Profession": rng.choice(["Bediende", "Arbeider", "Kok", "Magazijnier", "Boekhouder"]),
        },
    )
    # Contracts: one to three consecutive periods; most workers still in service.
    start = _rand_date(rng, dt.date(FIRST_YEAR, 1, 1), dt.date(2024, 6, 30))
    periods = rng.randint(1, 3)
    in_service = rng.random() < 0.85
    schedule_hours = 38.0
    contract_starts = []
    for i in range(periods):
        last_period = i == periods - 1
        if last_period:
            end = (
                None
                if in_service
                else _rand_date(rng, start + dt.timedelta(days=30), dt.date(2025, 6, 30))
            )
        else:
            end = _rand_date(rng, start + dt.timedelta(days=60), start + dt.timedelta(days=700))
            if end >= dt.date(2025, 1, 1):
                end = dt.date(2024, 12, 31)
        full_time = rng.random() < 0.7
        contract: dict[str, Any] = {
            "Startdate": _d(start),
            "EmploymentStatus": rng.choice(["Employee", "Workman"]),
            "Contract": "Usually",
            "CatRSZ": "000",
            "ParCom": parcom,
            "WorkingTime": "Fulltime" if full_time else "PartTime",
            "SpecWorkingTime": "Regular",
            "Schedule": "38U" if full_time else "19U",
            "WeekhoursWorker": schedule_hours if full_time else 19.0,
            "WeekhoursEmployer": schedule_hours,
            "FixedTerm": "N",
            "DateInService": _d(start),
            "CostCentre": rng.choice(_COST_CENTRES)[0],
            "Function": "F" + str(rng.randint(1, 9)),
        }
        if end is not None:
            contract["Enddate"] = _d(end)
        yield _rec(number, "Contract", contract)
        yield _rec(
            number,
            "Dimona",
            {
                "DimonaPeriodId": rng.randint(10**9, 10**11),
                "StartingDate": _d(start),
                **({"EndingDate": _d(end)} if end is not None else {}),
                "JointCommissionNbr": parcom,
                "WorkerType": "OTH",
                "Status": "OK",
            },
        )
        contract_starts.append(start)
        if end is None or end >= dt.date(2025, 1, 1) or last_period:
            break
        start = end + dt.timedelta(days=1)
    hired = contract_starts[0]
    # Addresses: one or two.
    moved = rng.random() < 0.4
    address = {
        "Startdate": _d(hired),
        "Street": rng.choice(_STREETS),
        "HouseNumber": str(rng.randint(1, 180)),
        "ZIPCode": zip_code,
        "City": city,
        "Country": "00150",
        "Distance": float(rng.randint(1, 60)),
    }
    if moved:
        move = _rand_date(rng, hired + dt.timedelta(days=30), dt.date(2025, 6, 30))
        address["Enddate"] = _d(move - dt.timedelta(days=1))
        zip2, city2, _ = rng.choice(_CITIES)
        yield _rec(number, "Address", address)
        address = {
            "Startdate": _d(move),
            "Street": rng.choice(_STREETS),
            "HouseNumber": str(rng.randint(1, 180)),
            "ZIPCode": zip2,
            "City": city2,
            "Country": "00150",
            "Distance": float(rng.randint(1, 60)),
        }
    yield _rec(number, "Address", address)
    # Family status.
    married = rng.random() < 0.5
    status: dict[str, Any] = {
        "Startdate": _d(hired),
        "CivilStatus": "Single",
        "WorkerHandicapped": "N",
        "ChildrenAtCharge": 0,
    }
    if married:
        wedding = _rand_date(rng, hired, dt.date(2025, 6, 30))
        status["Enddate"] = _d(wedding - dt.timedelta(days=1))
        yield _rec(number, "FamilyStatus", status)
        status = {
            "Startdate": _d(wedding),
            "CivilStatus": "Married",
            "WorkerHandicapped": "N",
            "SpouseWithIncome": rng.choice(["WithIncome", "WithoutIncome"]),
            "SpouseName": rng.choice(_LAST_NAMES)[:40],
            "SpouseFirstname": rng.choice(_FIRST_NAMES_F if male else _FIRST_NAMES_M),
            "SpouseSex": "F" if male else "M",
            "Weddingdate": _d(wedding),
            "ChildrenAtCharge": rng.randint(0, 3),
        }
    yield _rec(number, "FamilyStatus", status)
    # Communication.
    mail = f"{first}.{last}".lower().replace(" ", "").replace("é", "e")
    yield _rec(
        number,
        "Communication",
        {"CommunicationType": "PrivateEmail", "Value": f"{mail}@example.be"},
    )
    gsm = (
        f"+32 4{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}"
    )
    yield _rec(number, "Communication", {"CommunicationType": "GSM", "Value": gsm})
    # Tax, replacement, salary.
    if rng.random() < 0.2:
        yield _rec(
            number,
            "Tax",
            {
                "Startdate": _d(hired),
                "TaxCalculation": "Percent",
                "Value": float(rng.choice([10, 15, 20])),
            },
        )
    yield _rec(
        number,
        "SalaryComposition",
        {
            "Startdate": _d(hired),
            "Code": 1010,
            "Amount": float(rng.randint(2200, 4800)),
            "TypeOfIndexing": "Indexation",
        },
    )
    if rng.random() < 0.3:
        yield _rec(
            number,
            "SalaryComposition",
            {"Startdate": _d(hired), "Code": 3210, "Amount": 8.0, "Days": 1},
        )
    # Cost centres at the hiring date: shares add up to 100.
    if rng.random() < 0.3:
        shares = [
            {"CostCentre": "CC100", "Percentage": 60.0},
            {"CostCentre": "CC200", "Percentage": 40.0},
        ]
    else:
        shares = [{"CostCentre": rng.choice(_COST_CENTRES)[0], "Percentage": 100.0}]
    yield _rec(number, "CostCentre", {"Startdate": _d(hired), "CostCentres": shares})
    if rng.random() < 0.2:
        plate = (
            f"1-{''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}-"
            f"{rng.randint(100, 999)}"
        )
        yield _rec(
            number,
            "CompanyCar",
            {
                "StartingDate": _d(_rand_date(rng, hired, dt.date(2025, 6, 30))),
                "WorkerId": number,
                "LicensePlate": plate,
                "MotorType": rng.choice(["Diesel", "Electric", "Gasoline"]),
                "Co2EmissionsWLTP": rng.randint(0, 160),
                "Brand": rng.choice(["Skoda", "VW", "BMW"]),
                "CatalogPrice": float(rng.randint(25000, 60000)),
                "CatRSZ": "000",
            },
        )
    if rng.random() < 0.1:
        iban2, bic2 = belgian_iban(rng)
        yield _rec(
            number,
            "DivergentPayment",
            {
                "Startdate": "20240101",
                "Enddate": "20251231",
                "PayoutType": "Amount",
                "Amount": float(rng.randint(50, 500)),
                "PayWay": "Transfer",
                "Beneficiary": rng.choice(_LAST_NAMES)[:30],
                "BankAccount": iban2,
                "BICCode": bic2,
            },
        )
    if rng.random() < 0.1:
        yield _rec(
            number,
            "DivergentSalaryScale",
            {
                "Startdate": _d(hired),
                "SalaryScale": "B" + str(rng.randint(1, 4)),
                "SalaryScaleShift": rng.randint(0, 3),
                "SalaryScaleCategory": "C" + str(rng.randint(1, 3)),
            },
        )
    # Sick notes and approved absences.
    for _ in range(rng.choice([0, 0, 1, 2])):
        begin = _rand_date(rng, dt.date(2024, 1, 1), dt.date(2025, 5, 31))
        end = begin + dt.timedelta(days=rng.randint(1, 14))
        yield _rec(
            number,
            "AbsenceNote",
            {
                "Notedate": _d(begin),
                "Startdate": _d(begin),
                "Enddate": _d(end),
                "Reason": "Sickness",
                "MayLeaveHouse": rng.choice(["N", "Y"]),
                "Resume": "Full",
            },
        )
    for _ in range(rng.randint(0, 4)):
        day = _rand_date(rng, dt.date(2024, 1, 1), dt.date(2025, 6, 30))
        if day.weekday() < 5:
            yield _rec(
                number,
                "Absence",
                {"Day": _d(day), "Code": rng.choice([5100, 5200, 6000]), "Hours": 7.6},
            )
    # Leave counters for the fixed years.
    for year in range(max(hired.year, 2023), LAST_YEAR + 1):
        for counter, code, description, entitled in (
            (1, 5100, "Wettelijk verlof", 20.0),
            (2, 5200, "ADV", 12.0),
        ):
            taken = float(rng.randint(0, int(entitled)))
            yield _rec(
                number,
                "LeaveCounter",
                {
                    "WorkerNumber": number,
                    "Year": year,
                    "CounterID": counter,
                    "SalaryCode": code,
                    "Description": description,
                    "Entitled": entitled,
                    "Taken": taken,
                    "Balance": entitled - taken,
                },
            )


def _documents(
    rng: random.Random, employer: str, index: int, workers: list[int]
) -> Iterator[SeedRecord]:
    next_id = (index + 1) * 100_000
    for month in range(1, 13):
        publication = dt.date(2024, month, 1) + dt.timedelta(days=27)
        kinds: list[tuple[int, str]] = [(0, rng.choice(_DOC_TYPES_EMPLOYER))]
        kinds += [(w, "SalarySlip") for w in workers[:3]]
        for worker, kind in kinds:
            next_id += 1
            pdf = make_pdf(f"{kind} {employer} {worker} 2024-{month:02d}")
            yield _rec(
                0,
                "Document",
                {
                    "DocumentID": next_id,
                    "DocumentType": kind,
                    "PublicationDate": _d(publication),
                    "Worker": worker,
                    "Month": month,
                    "Year": 2024,
                    "Size": len(pdf),
                    "Language": "N",
                    "_content": base64.b64encode(pdf).decode(),
                },
            )
            if month in (3, 7) and worker == 0:
                yield _rec(
                    0,
                    "Withdrawal",
                    {
                        "Employer": employer,
                        "DocumentID": next_id,
                        "WithdrawalDate": _d(publication + dt.timedelta(5)),
                    },
                )


def generate_employer(seed: int, index: int, workers: int) -> tuple[str, list[SeedRecord]]:
    """The records of the ``index``-th sandbox employer with ``workers`` workers."""
    employer = str(FIRST_EMPLOYER + index)
    rng = random.Random(f"link2prisma-sandbox:{seed}:{employer}")
    records = list(_reference_lists(rng, index))
    parcom = _PARCOMS[0][0]
    numbers = [1 + i for i in range(workers)]
    for number in numbers:
        records.extend(_worker_records(rng, number, parcom))
    if workers:
        car = {
            "StartingDate": "20240301",
            "LicensePlate": "1-POO-001",
            "MotorType": "Electric",
            "CatRSZ": "000",
            "PoolCar": "Y",
            "Brand": "Tesla",
            "CatalogPrice": 45000.0,
        }
        records.append(_rec(0, "CompanyCar", car))
        records.append(
            _rec(
                0,
                "FirstDayOfUnemployment",
                {
                    "SerialNumber": 1,
                    "DateDeclaration": "20240115",
                    "TypeOfUnEmployment": "BadWeather",
                    "Email": "payroll@example.be",
                    "ListOfWorkers": numbers[:2],
                    "Status": "OK",
                    "TicketNumber": f"T{seed % 1000:03d}{index:03d}0001",
                },
            )
        )
    records.extend(_documents(rng, employer, index, numbers))
    return employer, records
