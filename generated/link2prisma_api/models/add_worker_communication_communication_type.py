from enum import StrEnum


class AddWorkerCommunicationCommunicationType(StrEnum):
    EMAIL = "Email"
    FAX = "Fax"
    GSM = "GSM"
    GSMENTREPRISE = "GSMEntreprise"
    INTERNALPHONE = "InternalPhone"
    NONE = "None"
    PHONE = "Phone"
    PRIVATEEMAIL = "PrivateEmail"
    PRIVATEPHONE = "PrivatePhone"
    WEBSITE = "Website"

    def __str__(self) -> str:
        return str(self.value)
