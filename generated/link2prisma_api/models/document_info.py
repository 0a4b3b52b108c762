from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_info_document_type import DocumentInfoDocumentType

T = TypeVar("T", bound="DocumentInfo")


@_attrs_define
class DocumentInfo:
    """
    Attributes:
        document_id (int):
        document_type (DocumentInfoDocumentType | str):
        publication_date (None | str):
        worker (int):
        month (int):
        year (int):
        size (int):
        language (None | str):
    """

    document_id: int
    document_type: DocumentInfoDocumentType | str
    publication_date: None | str
    worker: int
    month: int
    year: int
    size: int
    language: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        document_type: str
        if isinstance(self.document_type, DocumentInfoDocumentType):
            document_type = self.document_type.value
        else:
            document_type = self.document_type

        publication_date: None | str
        publication_date = self.publication_date

        worker = self.worker

        month = self.month

        year = self.year

        size = self.size

        language: None | str
        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "DocumentID": document_id,
                "DocumentType": document_type,
                "PublicationDate": publication_date,
                "Worker": worker,
                "Month": month,
                "Year": year,
                "Size": size,
                "Language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("DocumentID")

        def _parse_document_type(data: object) -> DocumentInfoDocumentType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                document_type_type_0 = DocumentInfoDocumentType(data)

                return document_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentInfoDocumentType | str, data)

        document_type = _parse_document_type(d.pop("DocumentType"))

        def _parse_publication_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        publication_date = _parse_publication_date(d.pop("PublicationDate"))

        worker = d.pop("Worker")

        month = d.pop("Month")

        year = d.pop("Year")

        size = d.pop("Size")

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("Language"))

        document_info = cls(
            document_id=document_id,
            document_type=document_type,
            publication_date=publication_date,
            worker=worker,
            month=month,
            year=year,
            size=size,
            language=language,
        )

        document_info.additional_properties = d
        return document_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
