from enum import StrEnum


class ModificationAction(StrEnum):
    ADD = "add"
    DELETE = "delete"
    GET = "get"
    UNKNOWN = "unknown"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
