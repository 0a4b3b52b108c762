from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_info_document_type import DocumentInfoDocumentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentInfo")


@_attrs_define
class DocumentInfo:
    """
    Attributes:
        document_id (int | Unset):
        document_type (DocumentInfoDocumentType | str | Unset):
        publication_date (None | str | Unset):
        worker (int | Unset):
        month (int | Unset):
        year (int | Unset):
        size (int | Unset):
        language (None | str | Unset):
    """

    document_id: int | Unset = UNSET
    document_type: DocumentInfoDocumentType | str | Unset = UNSET
    publication_date: None | str | Unset = UNSET
    worker: int | Unset = UNSET
    month: int | Unset = UNSET
    year: int | Unset = UNSET
    size: int | Unset = UNSET
    language: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        document_type: str | Unset
        if isinstance(self.document_type, Unset):
            document_type = UNSET
        elif isinstance(self.document_type, DocumentInfoDocumentType):
            document_type = self.document_type.value
        else:
            document_type = self.document_type

        publication_date: None | str | Unset
        if isinstance(self.publication_date, Unset):
            publication_date = UNSET
        else:
            publication_date = self.publication_date

        worker = self.worker

        month = self.month

        year = self.year

        size = self.size

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_id is not UNSET:
            field_dict["DocumentID"] = document_id
        if document_type is not UNSET:
            field_dict["DocumentType"] = document_type
        if publication_date is not UNSET:
            field_dict["PublicationDate"] = publication_date
        if worker is not UNSET:
            field_dict["Worker"] = worker
        if month is not UNSET:
            field_dict["Month"] = month
        if year is not UNSET:
            field_dict["Year"] = year
        if size is not UNSET:
            field_dict["Size"] = size
        if language is not UNSET:
            field_dict["Language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("DocumentID", UNSET)

        def _parse_document_type(data: object) -> DocumentInfoDocumentType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                document_type_type_0 = DocumentInfoDocumentType(data)

                return document_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentInfoDocumentType | str | Unset, data)

        document_type = _parse_document_type(d.pop("DocumentType", UNSET))

        def _parse_publication_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publication_date = _parse_publication_date(d.pop("PublicationDate", UNSET))

        worker = d.pop("Worker", UNSET)

        month = d.pop("Month", UNSET)

        year = d.pop("Year", UNSET)

        size = d.pop("Size", UNSET)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("Language", UNSET))

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
