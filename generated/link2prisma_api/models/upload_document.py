from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.upload_document_language import UploadDocumentLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadDocument")


@_attrs_define
class UploadDocument:
    """
    Attributes:
        filename (str):
        document_type (str):
        publication_date (str):
        language (UploadDocumentLanguage): The values the vendor schema lists for `UploadDocument.Language`.
        document (str):
        worker_id (int | Unset):
        day (int | Unset):
        month (int | Unset):
        year (int | Unset):
        description (str | Unset):
    """

    filename: str
    document_type: str
    publication_date: str
    language: UploadDocumentLanguage
    document: str
    worker_id: int | Unset = UNSET
    day: int | Unset = UNSET
    month: int | Unset = UNSET
    year: int | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        document_type = self.document_type

        publication_date = self.publication_date

        language = self.language.value

        document = self.document

        worker_id = self.worker_id

        day = self.day

        month = self.month

        year = self.year

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Filename": filename,
                "DocumentType": document_type,
                "PublicationDate": publication_date,
                "Language": language,
                "Document": document,
            }
        )
        if worker_id is not UNSET:
            field_dict["WorkerId"] = worker_id
        if day is not UNSET:
            field_dict["Day"] = day
        if month is not UNSET:
            field_dict["Month"] = month
        if year is not UNSET:
            field_dict["Year"] = year
        if description is not UNSET:
            field_dict["Description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("Filename")

        document_type = d.pop("DocumentType")

        publication_date = d.pop("PublicationDate")

        language = UploadDocumentLanguage(d.pop("Language"))

        document = d.pop("Document")

        worker_id = d.pop("WorkerId", UNSET)

        day = d.pop("Day", UNSET)

        month = d.pop("Month", UNSET)

        year = d.pop("Year", UNSET)

        description = d.pop("Description", UNSET)

        upload_document = cls(
            filename=filename,
            document_type=document_type,
            publication_date=publication_date,
            language=language,
            document=document,
            worker_id=worker_id,
            day=day,
            month=month,
            year=year,
            description=description,
        )

        return upload_document
