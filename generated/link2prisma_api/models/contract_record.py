from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_agriculture_type import ContractAgricultureType
from ..models.contract_code_c98 import ContractCodeC98
from ..models.contract_code_c131 import ContractCodeC131
from ..models.contract_code_c131a import ContractCodeC131A
from ..models.contract_code_c131a_request_ft import ContractCodeC131ARequestFT
from ..models.contract_contract import ContractContract
from ..models.contract_document_c78 import ContractDocumentC78
from ..models.contract_employment_status import ContractEmploymentStatus
from ..models.contract_fixed_term import ContractFixedTerm
from ..models.contract_no_asrdrs import ContractNoASRDRS
from ..models.contract_no_dimona import ContractNoDimona
from ..models.contract_no_dmfa import ContractNoDMFA
from ..models.contract_reducing_working_kind import ContractReducingWorkingKind
from ..models.contract_scale_salary_prisma import ContractScaleSalaryPrisma
from ..models.contract_scale_salary_use import ContractScaleSalaryUse
from ..models.contract_social_balance_joblevel import ContractSocialBalanceJoblevel
from ..models.contract_spec_working_time import ContractSpecWorkingTime
from ..models.contract_working_time import ContractWorkingTime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.career_break_definition_record import CareerBreakDefinitionRecord
    from ..models.certain_work_definition_record import CertainWorkDefinitionRecord
    from ..models.contract_dimona_record import ContractDimonaRecord
    from ..models.contract_salary_composition_record import ContractSalaryCompositionRecord
    from ..models.international_employment_definition_record import (
        InternationalEmploymentDefinitionRecord,
    )
    from ..models.method_of_remuneration_definition_record import (
        MethodOfRemunerationDefinitionRecord,
    )
    from ..models.progressive_work_resumption_definition_record import (
        ProgressiveWorkResumptionDefinitionRecord,
    )
    from ..models.protected_employee_definition_record import ProtectedEmployeeDefinitionRecord
    from ..models.retired_definition_record import RetiredDefinitionRecord
    from ..models.sports_person_definition_record import SportsPersonDefinitionRecord
    from ..models.student_definition_record import StudentDefinitionRecord


T = TypeVar("T", bound="ContractRecord")


@_attrs_define
class ContractRecord:
    """Contract of a Worker (as read back)

    Attributes:
        startdate (str | Unset):
        enddate (str | Unset):
        employment_status (ContractEmploymentStatus | str | Unset):
        contract (ContractContract | str | Unset):
        cat_rsz (str | Unset):
        par_com (str | Unset):
        document_c78 (ContractDocumentC78 | str | Unset):
        code_c98 (ContractCodeC98 | str | Unset):
        code_c131a (ContractCodeC131A | str | Unset):
        code_c131a_request_ft (ContractCodeC131ARequestFT | str | Unset):
        code_c131 (ContractCodeC131 | str | Unset):
        risk (str | Unset):
        social_security_card (str | Unset):
        work_permit (str | Unset):
        date_in_service (str | Unset):
        seniority (str | Unset):
        date_professional_experience (str | Unset):
        scale_salary_seniority (str | Unset):
        start_probation_period (str | Unset):
        end_probation_period (str | Unset):
        fixed_term (ContractFixedTerm | str | Unset):
        end_fixed_term (str | Unset):
        date_out_service (str | Unset):
        reason_out (str | Unset):
        working_time (ContractWorkingTime | str | Unset):
        spec_working_time (ContractSpecWorkingTime | str | Unset):
        schedule (str | Unset):
        weekhours_worker (float | Unset):
        weekhours_employer (float | Unset):
        weekhours_worker_average (float | Unset):
        weekhours_employer_average (float | Unset):
        weekhours_worker_effective (float | Unset):
        weekhours_employer_effective (float | Unset):
        days_week (float | Unset):
        days_week_ft (float | Unset):
        reducing_working_kind (ContractReducingWorkingKind | str | Unset):
        reducing_working_kind_days (float | Unset):
        reducing_working_kind_hours (float | Unset):
        part_time_return_towork (str | Unset):
        asr_schedule (str | Unset):
        proff_cat (str | Unset):
        function (str | Unset):
        function_description (str | Unset):
        social_balance_joblevel (ContractSocialBalanceJoblevel | str | Unset):
        office (int | Unset):
        division (str | Unset):
        invoicing_division (str | Unset):
        cost_centre (str | Unset):
        scale_salary_prisma (ContractScaleSalaryPrisma | str | Unset):
        scale_salary_use (ContractScaleSalaryUse | str | Unset):
        scale_salary_definition (str | Unset):
        scale_salary_category (str | Unset):
        scale_salary_scale (str | Unset):
        agriculture_type (ContractAgricultureType | None | str | Unset):
        no_dimona (ContractNoDimona | str | Unset):
        no_dmfa (ContractNoDMFA | str | Unset):
        no_asrdrs (ContractNoASRDRS | str | Unset):
        security (str | Unset):
        career_break (CareerBreakDefinitionRecord | None | Unset):
        retired (None | RetiredDefinitionRecord | Unset):
        protected_employee (None | ProtectedEmployeeDefinitionRecord | Unset):
        sportsperson (None | SportsPersonDefinitionRecord | Unset):
        certain_work (CertainWorkDefinitionRecord | None | Unset):
        student (None | StudentDefinitionRecord | Unset):
        progressive_work_resumption (None | ProgressiveWorkResumptionDefinitionRecord | Unset):
        method_of_remuneration (MethodOfRemunerationDefinitionRecord | None | Unset):
        international_employment (InternationalEmploymentDefinitionRecord | None | Unset):
        dimona (ContractDimonaRecord | Unset):
        salary_compositions (list[ContractSalaryCompositionRecord | None] | Unset):
    """

    startdate: str | Unset = UNSET
    enddate: str | Unset = UNSET
    employment_status: ContractEmploymentStatus | str | Unset = UNSET
    contract: ContractContract | str | Unset = UNSET
    cat_rsz: str | Unset = UNSET
    par_com: str | Unset = UNSET
    document_c78: ContractDocumentC78 | str | Unset = UNSET
    code_c98: ContractCodeC98 | str | Unset = UNSET
    code_c131a: ContractCodeC131A | str | Unset = UNSET
    code_c131a_request_ft: ContractCodeC131ARequestFT | str | Unset = UNSET
    code_c131: ContractCodeC131 | str | Unset = UNSET
    risk: str | Unset = UNSET
    social_security_card: str | Unset = UNSET
    work_permit: str | Unset = UNSET
    date_in_service: str | Unset = UNSET
    seniority: str | Unset = UNSET
    date_professional_experience: str | Unset = UNSET
    scale_salary_seniority: str | Unset = UNSET
    start_probation_period: str | Unset = UNSET
    end_probation_period: str | Unset = UNSET
    fixed_term: ContractFixedTerm | str | Unset = UNSET
    end_fixed_term: str | Unset = UNSET
    date_out_service: str | Unset = UNSET
    reason_out: str | Unset = UNSET
    working_time: ContractWorkingTime | str | Unset = UNSET
    spec_working_time: ContractSpecWorkingTime | str | Unset = UNSET
    schedule: str | Unset = UNSET
    weekhours_worker: float | Unset = UNSET
    weekhours_employer: float | Unset = UNSET
    weekhours_worker_average: float | Unset = UNSET
    weekhours_employer_average: float | Unset = UNSET
    weekhours_worker_effective: float | Unset = UNSET
    weekhours_employer_effective: float | Unset = UNSET
    days_week: float | Unset = UNSET
    days_week_ft: float | Unset = UNSET
    reducing_working_kind: ContractReducingWorkingKind | str | Unset = UNSET
    reducing_working_kind_days: float | Unset = UNSET
    reducing_working_kind_hours: float | Unset = UNSET
    part_time_return_towork: str | Unset = UNSET
    asr_schedule: str | Unset = UNSET
    proff_cat: str | Unset = UNSET
    function: str | Unset = UNSET
    function_description: str | Unset = UNSET
    social_balance_joblevel: ContractSocialBalanceJoblevel | str | Unset = UNSET
    office: int | Unset = UNSET
    division: str | Unset = UNSET
    invoicing_division: str | Unset = UNSET
    cost_centre: str | Unset = UNSET
    scale_salary_prisma: ContractScaleSalaryPrisma | str | Unset = UNSET
    scale_salary_use: ContractScaleSalaryUse | str | Unset = UNSET
    scale_salary_definition: str | Unset = UNSET
    scale_salary_category: str | Unset = UNSET
    scale_salary_scale: str | Unset = UNSET
    agriculture_type: ContractAgricultureType | None | str | Unset = UNSET
    no_dimona: ContractNoDimona | str | Unset = UNSET
    no_dmfa: ContractNoDMFA | str | Unset = UNSET
    no_asrdrs: ContractNoASRDRS | str | Unset = UNSET
    security: str | Unset = UNSET
    career_break: CareerBreakDefinitionRecord | None | Unset = UNSET
    retired: None | RetiredDefinitionRecord | Unset = UNSET
    protected_employee: None | ProtectedEmployeeDefinitionRecord | Unset = UNSET
    sportsperson: None | SportsPersonDefinitionRecord | Unset = UNSET
    certain_work: CertainWorkDefinitionRecord | None | Unset = UNSET
    student: None | StudentDefinitionRecord | Unset = UNSET
    progressive_work_resumption: None | ProgressiveWorkResumptionDefinitionRecord | Unset = UNSET
    method_of_remuneration: MethodOfRemunerationDefinitionRecord | None | Unset = UNSET
    international_employment: InternationalEmploymentDefinitionRecord | None | Unset = UNSET
    dimona: ContractDimonaRecord | Unset = UNSET
    salary_compositions: list[ContractSalaryCompositionRecord | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.career_break_definition_record import CareerBreakDefinitionRecord  # noqa: PLC0415
        from ..models.certain_work_definition_record import CertainWorkDefinitionRecord  # noqa: PLC0415
        from ..models.contract_salary_composition_record import ContractSalaryCompositionRecord  # noqa: PLC0415
        from ..models.international_employment_definition_record import (
            InternationalEmploymentDefinitionRecord,  # noqa: PLC0415
        )
        from ..models.method_of_remuneration_definition_record import (
            MethodOfRemunerationDefinitionRecord,  # noqa: PLC0415
        )
        from ..models.progressive_work_resumption_definition_record import (
            ProgressiveWorkResumptionDefinitionRecord,  # noqa: PLC0415
        )
        from ..models.protected_employee_definition_record import ProtectedEmployeeDefinitionRecord  # noqa: PLC0415
        from ..models.retired_definition_record import RetiredDefinitionRecord  # noqa: PLC0415
        from ..models.sports_person_definition_record import SportsPersonDefinitionRecord  # noqa: PLC0415
        from ..models.student_definition_record import StudentDefinitionRecord  # noqa: PLC0415

        startdate = self.startdate

        enddate = self.enddate

        employment_status: str | Unset
        if isinstance(self.employment_status, Unset):
            employment_status = UNSET
        elif isinstance(self.employment_status, ContractEmploymentStatus):
            employment_status = self.employment_status.value
        else:
            employment_status = self.employment_status

        contract: str | Unset
        if isinstance(self.contract, Unset):
            contract = UNSET
        elif isinstance(self.contract, ContractContract):
            contract = self.contract.value
        else:
            contract = self.contract

        cat_rsz = self.cat_rsz

        par_com = self.par_com

        document_c78: str | Unset
        if isinstance(self.document_c78, Unset):
            document_c78 = UNSET
        elif isinstance(self.document_c78, ContractDocumentC78):
            document_c78 = self.document_c78.value
        else:
            document_c78 = self.document_c78

        code_c98: str | Unset
        if isinstance(self.code_c98, Unset):
            code_c98 = UNSET
        elif isinstance(self.code_c98, ContractCodeC98):
            code_c98 = self.code_c98.value
        else:
            code_c98 = self.code_c98

        code_c131a: str | Unset
        if isinstance(self.code_c131a, Unset):
            code_c131a = UNSET
        elif isinstance(self.code_c131a, ContractCodeC131A):
            code_c131a = self.code_c131a.value
        else:
            code_c131a = self.code_c131a

        code_c131a_request_ft: str | Unset
        if isinstance(self.code_c131a_request_ft, Unset):
            code_c131a_request_ft = UNSET
        elif isinstance(self.code_c131a_request_ft, ContractCodeC131ARequestFT):
            code_c131a_request_ft = self.code_c131a_request_ft.value
        else:
            code_c131a_request_ft = self.code_c131a_request_ft

        code_c131: str | Unset
        if isinstance(self.code_c131, Unset):
            code_c131 = UNSET
        elif isinstance(self.code_c131, ContractCodeC131):
            code_c131 = self.code_c131.value
        else:
            code_c131 = self.code_c131

        risk = self.risk

        social_security_card = self.social_security_card

        work_permit = self.work_permit

        date_in_service = self.date_in_service

        seniority = self.seniority

        date_professional_experience = self.date_professional_experience

        scale_salary_seniority = self.scale_salary_seniority

        start_probation_period = self.start_probation_period

        end_probation_period = self.end_probation_period

        fixed_term: str | Unset
        if isinstance(self.fixed_term, Unset):
            fixed_term = UNSET
        elif isinstance(self.fixed_term, ContractFixedTerm):
            fixed_term = self.fixed_term.value
        else:
            fixed_term = self.fixed_term

        end_fixed_term = self.end_fixed_term

        date_out_service = self.date_out_service

        reason_out = self.reason_out

        working_time: str | Unset
        if isinstance(self.working_time, Unset):
            working_time = UNSET
        elif isinstance(self.working_time, ContractWorkingTime):
            working_time = self.working_time.value
        else:
            working_time = self.working_time

        spec_working_time: str | Unset
        if isinstance(self.spec_working_time, Unset):
            spec_working_time = UNSET
        elif isinstance(self.spec_working_time, ContractSpecWorkingTime):
            spec_working_time = self.spec_working_time.value
        else:
            spec_working_time = self.spec_working_time

        schedule = self.schedule

        weekhours_worker = self.weekhours_worker

        weekhours_employer = self.weekhours_employer

        weekhours_worker_average = self.weekhours_worker_average

        weekhours_employer_average = self.weekhours_employer_average

        weekhours_worker_effective = self.weekhours_worker_effective

        weekhours_employer_effective = self.weekhours_employer_effective

        days_week = self.days_week

        days_week_ft = self.days_week_ft

        reducing_working_kind: str | Unset
        if isinstance(self.reducing_working_kind, Unset):
            reducing_working_kind = UNSET
        elif isinstance(self.reducing_working_kind, ContractReducingWorkingKind):
            reducing_working_kind = self.reducing_working_kind.value
        else:
            reducing_working_kind = self.reducing_working_kind

        reducing_working_kind_days = self.reducing_working_kind_days

        reducing_working_kind_hours = self.reducing_working_kind_hours

        part_time_return_towork = self.part_time_return_towork

        asr_schedule = self.asr_schedule

        proff_cat = self.proff_cat

        function = self.function

        function_description = self.function_description

        social_balance_joblevel: str | Unset
        if isinstance(self.social_balance_joblevel, Unset):
            social_balance_joblevel = UNSET
        elif isinstance(self.social_balance_joblevel, ContractSocialBalanceJoblevel):
            social_balance_joblevel = self.social_balance_joblevel.value
        else:
            social_balance_joblevel = self.social_balance_joblevel

        office = self.office

        division = self.division

        invoicing_division = self.invoicing_division

        cost_centre = self.cost_centre

        scale_salary_prisma: str | Unset
        if isinstance(self.scale_salary_prisma, Unset):
            scale_salary_prisma = UNSET
        elif isinstance(self.scale_salary_prisma, ContractScaleSalaryPrisma):
            scale_salary_prisma = self.scale_salary_prisma.value
        else:
            scale_salary_prisma = self.scale_salary_prisma

        scale_salary_use: str | Unset
        if isinstance(self.scale_salary_use, Unset):
            scale_salary_use = UNSET
        elif isinstance(self.scale_salary_use, ContractScaleSalaryUse):
            scale_salary_use = self.scale_salary_use.value
        else:
            scale_salary_use = self.scale_salary_use

        scale_salary_definition = self.scale_salary_definition

        scale_salary_category = self.scale_salary_category

        scale_salary_scale = self.scale_salary_scale

        agriculture_type: None | str | Unset
        if isinstance(self.agriculture_type, Unset):
            agriculture_type = UNSET
        elif isinstance(self.agriculture_type, ContractAgricultureType):
            agriculture_type = self.agriculture_type.value
        else:
            agriculture_type = self.agriculture_type

        no_dimona: str | Unset
        if isinstance(self.no_dimona, Unset):
            no_dimona = UNSET
        elif isinstance(self.no_dimona, ContractNoDimona):
            no_dimona = self.no_dimona.value
        else:
            no_dimona = self.no_dimona

        no_dmfa: str | Unset
        if isinstance(self.no_dmfa, Unset):
            no_dmfa = UNSET
        elif isinstance(self.no_dmfa, ContractNoDMFA):
            no_dmfa = self.no_dmfa.value
        else:
            no_dmfa = self.no_dmfa

        no_asrdrs: str | Unset
        if isinstance(self.no_asrdrs, Unset):
            no_asrdrs = UNSET
        elif isinstance(self.no_asrdrs, ContractNoASRDRS):
            no_asrdrs = self.no_asrdrs.value
        else:
            no_asrdrs = self.no_asrdrs

        security = self.security

        career_break: dict[str, Any] | None | Unset
        if isinstance(self.career_break, Unset):
            career_break = UNSET
        elif isinstance(self.career_break, CareerBreakDefinitionRecord):
            career_break = self.career_break.to_dict()
        else:
            career_break = self.career_break

        retired: dict[str, Any] | None | Unset
        if isinstance(self.retired, Unset):
            retired = UNSET
        elif isinstance(self.retired, RetiredDefinitionRecord):
            retired = self.retired.to_dict()
        else:
            retired = self.retired

        protected_employee: dict[str, Any] | None | Unset
        if isinstance(self.protected_employee, Unset):
            protected_employee = UNSET
        elif isinstance(self.protected_employee, ProtectedEmployeeDefinitionRecord):
            protected_employee = self.protected_employee.to_dict()
        else:
            protected_employee = self.protected_employee

        sportsperson: dict[str, Any] | None | Unset
        if isinstance(self.sportsperson, Unset):
            sportsperson = UNSET
        elif isinstance(self.sportsperson, SportsPersonDefinitionRecord):
            sportsperson = self.sportsperson.to_dict()
        else:
            sportsperson = self.sportsperson

        certain_work: dict[str, Any] | None | Unset
        if isinstance(self.certain_work, Unset):
            certain_work = UNSET
        elif isinstance(self.certain_work, CertainWorkDefinitionRecord):
            certain_work = self.certain_work.to_dict()
        else:
            certain_work = self.certain_work

        student: dict[str, Any] | None | Unset
        if isinstance(self.student, Unset):
            student = UNSET
        elif isinstance(self.student, StudentDefinitionRecord):
            student = self.student.to_dict()
        else:
            student = self.student

        progressive_work_resumption: dict[str, Any] | None | Unset
        if isinstance(self.progressive_work_resumption, Unset):
            progressive_work_resumption = UNSET
        elif isinstance(
            self.progressive_work_resumption, ProgressiveWorkResumptionDefinitionRecord
        ):
            progressive_work_resumption = self.progressive_work_resumption.to_dict()
        else:
            progressive_work_resumption = self.progressive_work_resumption

        method_of_remuneration: dict[str, Any] | None | Unset
        if isinstance(self.method_of_remuneration, Unset):
            method_of_remuneration = UNSET
        elif isinstance(self.method_of_remuneration, MethodOfRemunerationDefinitionRecord):
            method_of_remuneration = self.method_of_remuneration.to_dict()
        else:
            method_of_remuneration = self.method_of_remuneration

        international_employment: dict[str, Any] | None | Unset
        if isinstance(self.international_employment, Unset):
            international_employment = UNSET
        elif isinstance(self.international_employment, InternationalEmploymentDefinitionRecord):
            international_employment = self.international_employment.to_dict()
        else:
            international_employment = self.international_employment

        dimona: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimona, Unset):
            dimona = self.dimona.to_dict()

        salary_compositions: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.salary_compositions, Unset):
            salary_compositions = []
            for salary_compositions_item_data in self.salary_compositions:
                salary_compositions_item: dict[str, Any] | None
                if isinstance(salary_compositions_item_data, ContractSalaryCompositionRecord):
                    salary_compositions_item = salary_compositions_item_data.to_dict()
                else:
                    salary_compositions_item = salary_compositions_item_data
                salary_compositions.append(salary_compositions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if startdate is not UNSET:
            field_dict["Startdate"] = startdate
        if enddate is not UNSET:
            field_dict["Enddate"] = enddate
        if employment_status is not UNSET:
            field_dict["EmploymentStatus"] = employment_status
        if contract is not UNSET:
            field_dict["Contract"] = contract
        if cat_rsz is not UNSET:
            field_dict["CatRSZ"] = cat_rsz
        if par_com is not UNSET:
            field_dict["ParCom"] = par_com
        if document_c78 is not UNSET:
            field_dict["DocumentC78"] = document_c78
        if code_c98 is not UNSET:
            field_dict["CodeC98"] = code_c98
        if code_c131a is not UNSET:
            field_dict["CodeC131A"] = code_c131a
        if code_c131a_request_ft is not UNSET:
            field_dict["CodeC131ARequestFT"] = code_c131a_request_ft
        if code_c131 is not UNSET:
            field_dict["CodeC131"] = code_c131
        if risk is not UNSET:
            field_dict["Risk"] = risk
        if social_security_card is not UNSET:
            field_dict["SocialSecurityCard"] = social_security_card
        if work_permit is not UNSET:
            field_dict["WorkPermit"] = work_permit
        if date_in_service is not UNSET:
            field_dict["DateInService"] = date_in_service
        if seniority is not UNSET:
            field_dict["Seniority"] = seniority
        if date_professional_experience is not UNSET:
            field_dict["DateProfessionalExperience"] = date_professional_experience
        if scale_salary_seniority is not UNSET:
            field_dict["ScaleSalarySeniority"] = scale_salary_seniority
        if start_probation_period is not UNSET:
            field_dict["StartProbationPeriod"] = start_probation_period
        if end_probation_period is not UNSET:
            field_dict["EndProbationPeriod"] = end_probation_period
        if fixed_term is not UNSET:
            field_dict["FixedTerm"] = fixed_term
        if end_fixed_term is not UNSET:
            field_dict["EndFixedTerm"] = end_fixed_term
        if date_out_service is not UNSET:
            field_dict["DateOutService"] = date_out_service
        if reason_out is not UNSET:
            field_dict["ReasonOut"] = reason_out
        if working_time is not UNSET:
            field_dict["WorkingTime"] = working_time
        if spec_working_time is not UNSET:
            field_dict["SpecWorkingTime"] = spec_working_time
        if schedule is not UNSET:
            field_dict["Schedule"] = schedule
        if weekhours_worker is not UNSET:
            field_dict["WeekhoursWorker"] = weekhours_worker
        if weekhours_employer is not UNSET:
            field_dict["WeekhoursEmployer"] = weekhours_employer
        if weekhours_worker_average is not UNSET:
            field_dict["WeekhoursWorkerAverage"] = weekhours_worker_average
        if weekhours_employer_average is not UNSET:
            field_dict["WeekhoursEmployerAverage"] = weekhours_employer_average
        if weekhours_worker_effective is not UNSET:
            field_dict["WeekhoursWorkerEffective"] = weekhours_worker_effective
        if weekhours_employer_effective is not UNSET:
            field_dict["WeekhoursEmployerEffective"] = weekhours_employer_effective
        if days_week is not UNSET:
            field_dict["DaysWeek"] = days_week
        if days_week_ft is not UNSET:
            field_dict["DaysWeekFT"] = days_week_ft
        if reducing_working_kind is not UNSET:
            field_dict["ReducingWorkingKind"] = reducing_working_kind
        if reducing_working_kind_days is not UNSET:
            field_dict["ReducingWorkingKindDays"] = reducing_working_kind_days
        if reducing_working_kind_hours is not UNSET:
            field_dict["ReducingWorkingKindHours"] = reducing_working_kind_hours
        if part_time_return_towork is not UNSET:
            field_dict["PartTimeReturnTowork"] = part_time_return_towork
        if asr_schedule is not UNSET:
            field_dict["ASRSchedule"] = asr_schedule
        if proff_cat is not UNSET:
            field_dict["ProffCat"] = proff_cat
        if function is not UNSET:
            field_dict["Function"] = function
        if function_description is not UNSET:
            field_dict["FunctionDescription"] = function_description
        if social_balance_joblevel is not UNSET:
            field_dict["SocialBalanceJoblevel"] = social_balance_joblevel
        if office is not UNSET:
            field_dict["Office"] = office
        if division is not UNSET:
            field_dict["Division"] = division
        if invoicing_division is not UNSET:
            field_dict["InvoicingDivision"] = invoicing_division
        if cost_centre is not UNSET:
            field_dict["CostCentre"] = cost_centre
        if scale_salary_prisma is not UNSET:
            field_dict["ScaleSalaryPrisma"] = scale_salary_prisma
        if scale_salary_use is not UNSET:
            field_dict["ScaleSalaryUse"] = scale_salary_use
        if scale_salary_definition is not UNSET:
            field_dict["ScaleSalaryDefinition"] = scale_salary_definition
        if scale_salary_category is not UNSET:
            field_dict["ScaleSalaryCategory"] = scale_salary_category
        if scale_salary_scale is not UNSET:
            field_dict["ScaleSalaryScale"] = scale_salary_scale
        if agriculture_type is not UNSET:
            field_dict["AgricultureType"] = agriculture_type
        if no_dimona is not UNSET:
            field_dict["NoDimona"] = no_dimona
        if no_dmfa is not UNSET:
            field_dict["NoDMFA"] = no_dmfa
        if no_asrdrs is not UNSET:
            field_dict["NoASRDRS"] = no_asrdrs
        if security is not UNSET:
            field_dict["Security"] = security
        if career_break is not UNSET:
            field_dict["CareerBreak"] = career_break
        if retired is not UNSET:
            field_dict["Retired"] = retired
        if protected_employee is not UNSET:
            field_dict["ProtectedEmployee"] = protected_employee
        if sportsperson is not UNSET:
            field_dict["Sportsperson"] = sportsperson
        if certain_work is not UNSET:
            field_dict["CertainWork"] = certain_work
        if student is not UNSET:
            field_dict["Student"] = student
        if progressive_work_resumption is not UNSET:
            field_dict["ProgressiveWorkResumption"] = progressive_work_resumption
        if method_of_remuneration is not UNSET:
            field_dict["MethodOfRemuneration"] = method_of_remuneration
        if international_employment is not UNSET:
            field_dict["InternationalEmployment"] = international_employment
        if dimona is not UNSET:
            field_dict["Dimona"] = dimona
        if salary_compositions is not UNSET:
            field_dict["SalaryCompositions"] = salary_compositions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.career_break_definition_record import CareerBreakDefinitionRecord  # noqa: PLC0415
        from ..models.certain_work_definition_record import CertainWorkDefinitionRecord  # noqa: PLC0415
        from ..models.contract_dimona_record import ContractDimonaRecord  # noqa: PLC0415
        from ..models.contract_salary_composition_record import ContractSalaryCompositionRecord  # noqa: PLC0415
        from ..models.international_employment_definition_record import (
            InternationalEmploymentDefinitionRecord,  # noqa: PLC0415
        )
        from ..models.method_of_remuneration_definition_record import (
            MethodOfRemunerationDefinitionRecord,  # noqa: PLC0415
        )
        from ..models.progressive_work_resumption_definition_record import (
            ProgressiveWorkResumptionDefinitionRecord,  # noqa: PLC0415
        )
        from ..models.protected_employee_definition_record import ProtectedEmployeeDefinitionRecord  # noqa: PLC0415
        from ..models.retired_definition_record import RetiredDefinitionRecord  # noqa: PLC0415
        from ..models.sports_person_definition_record import SportsPersonDefinitionRecord  # noqa: PLC0415
        from ..models.student_definition_record import StudentDefinitionRecord  # noqa: PLC0415

        d = dict(src_dict)
        startdate = d.pop("Startdate", UNSET)

        enddate = d.pop("Enddate", UNSET)

        def _parse_employment_status(data: object) -> ContractEmploymentStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employment_status_type_0 = ContractEmploymentStatus(data)

                return employment_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractEmploymentStatus | str | Unset, data)

        employment_status = _parse_employment_status(d.pop("EmploymentStatus", UNSET))

        def _parse_contract(data: object) -> ContractContract | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contract_type_0 = ContractContract(data)

                return contract_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractContract | str | Unset, data)

        contract = _parse_contract(d.pop("Contract", UNSET))

        cat_rsz = d.pop("CatRSZ", UNSET)

        par_com = d.pop("ParCom", UNSET)

        def _parse_document_c78(data: object) -> ContractDocumentC78 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                document_c78_type_0 = ContractDocumentC78(data)

                return document_c78_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractDocumentC78 | str | Unset, data)

        document_c78 = _parse_document_c78(d.pop("DocumentC78", UNSET))

        def _parse_code_c98(data: object) -> ContractCodeC98 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_c98_type_0 = ContractCodeC98(data)

                return code_c98_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractCodeC98 | str | Unset, data)

        code_c98 = _parse_code_c98(d.pop("CodeC98", UNSET))

        def _parse_code_c131a(data: object) -> ContractCodeC131A | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_c131a_type_0 = ContractCodeC131A(data)

                return code_c131a_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractCodeC131A | str | Unset, data)

        code_c131a = _parse_code_c131a(d.pop("CodeC131A", UNSET))

        def _parse_code_c131a_request_ft(data: object) -> ContractCodeC131ARequestFT | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_c131a_request_ft_type_0 = ContractCodeC131ARequestFT(data)

                return code_c131a_request_ft_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractCodeC131ARequestFT | str | Unset, data)

        code_c131a_request_ft = _parse_code_c131a_request_ft(d.pop("CodeC131ARequestFT", UNSET))

        def _parse_code_c131(data: object) -> ContractCodeC131 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_c131_type_0 = ContractCodeC131(data)

                return code_c131_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractCodeC131 | str | Unset, data)

        code_c131 = _parse_code_c131(d.pop("CodeC131", UNSET))

        risk = d.pop("Risk", UNSET)

        social_security_card = d.pop("SocialSecurityCard", UNSET)

        work_permit = d.pop("WorkPermit", UNSET)

        date_in_service = d.pop("DateInService", UNSET)

        seniority = d.pop("Seniority", UNSET)

        date_professional_experience = d.pop("DateProfessionalExperience", UNSET)

        scale_salary_seniority = d.pop("ScaleSalarySeniority", UNSET)

        start_probation_period = d.pop("StartProbationPeriod", UNSET)

        end_probation_period = d.pop("EndProbationPeriod", UNSET)

        def _parse_fixed_term(data: object) -> ContractFixedTerm | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fixed_term_type_0 = ContractFixedTerm(data)

                return fixed_term_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractFixedTerm | str | Unset, data)

        fixed_term = _parse_fixed_term(d.pop("FixedTerm", UNSET))

        end_fixed_term = d.pop("EndFixedTerm", UNSET)

        date_out_service = d.pop("DateOutService", UNSET)

        reason_out = d.pop("ReasonOut", UNSET)

        def _parse_working_time(data: object) -> ContractWorkingTime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                working_time_type_0 = ContractWorkingTime(data)

                return working_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractWorkingTime | str | Unset, data)

        working_time = _parse_working_time(d.pop("WorkingTime", UNSET))

        def _parse_spec_working_time(data: object) -> ContractSpecWorkingTime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                spec_working_time_type_0 = ContractSpecWorkingTime(data)

                return spec_working_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractSpecWorkingTime | str | Unset, data)

        spec_working_time = _parse_spec_working_time(d.pop("SpecWorkingTime", UNSET))

        schedule = d.pop("Schedule", UNSET)

        weekhours_worker = d.pop("WeekhoursWorker", UNSET)

        weekhours_employer = d.pop("WeekhoursEmployer", UNSET)

        weekhours_worker_average = d.pop("WeekhoursWorkerAverage", UNSET)

        weekhours_employer_average = d.pop("WeekhoursEmployerAverage", UNSET)

        weekhours_worker_effective = d.pop("WeekhoursWorkerEffective", UNSET)

        weekhours_employer_effective = d.pop("WeekhoursEmployerEffective", UNSET)

        days_week = d.pop("DaysWeek", UNSET)

        days_week_ft = d.pop("DaysWeekFT", UNSET)

        def _parse_reducing_working_kind(data: object) -> ContractReducingWorkingKind | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reducing_working_kind_type_0 = ContractReducingWorkingKind(data)

                return reducing_working_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractReducingWorkingKind | str | Unset, data)

        reducing_working_kind = _parse_reducing_working_kind(d.pop("ReducingWorkingKind", UNSET))

        reducing_working_kind_days = d.pop("ReducingWorkingKindDays", UNSET)

        reducing_working_kind_hours = d.pop("ReducingWorkingKindHours", UNSET)

        part_time_return_towork = d.pop("PartTimeReturnTowork", UNSET)

        asr_schedule = d.pop("ASRSchedule", UNSET)

        proff_cat = d.pop("ProffCat", UNSET)

        function = d.pop("Function", UNSET)

        function_description = d.pop("FunctionDescription", UNSET)

        def _parse_social_balance_joblevel(
            data: object,
        ) -> ContractSocialBalanceJoblevel | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                social_balance_joblevel_type_0 = ContractSocialBalanceJoblevel(data)

                return social_balance_joblevel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractSocialBalanceJoblevel | str | Unset, data)

        social_balance_joblevel = _parse_social_balance_joblevel(
            d.pop("SocialBalanceJoblevel", UNSET)
        )

        office = d.pop("Office", UNSET)

        division = d.pop("Division", UNSET)

        invoicing_division = d.pop("InvoicingDivision", UNSET)

        cost_centre = d.pop("CostCentre", UNSET)

        def _parse_scale_salary_prisma(data: object) -> ContractScaleSalaryPrisma | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scale_salary_prisma_type_0 = ContractScaleSalaryPrisma(data)

                return scale_salary_prisma_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractScaleSalaryPrisma | str | Unset, data)

        scale_salary_prisma = _parse_scale_salary_prisma(d.pop("ScaleSalaryPrisma", UNSET))

        def _parse_scale_salary_use(data: object) -> ContractScaleSalaryUse | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scale_salary_use_type_0 = ContractScaleSalaryUse(data)

                return scale_salary_use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractScaleSalaryUse | str | Unset, data)

        scale_salary_use = _parse_scale_salary_use(d.pop("ScaleSalaryUse", UNSET))

        scale_salary_definition = d.pop("ScaleSalaryDefinition", UNSET)

        scale_salary_category = d.pop("ScaleSalaryCategory", UNSET)

        scale_salary_scale = d.pop("ScaleSalaryScale", UNSET)

        def _parse_agriculture_type(data: object) -> ContractAgricultureType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agriculture_type_type_0 = ContractAgricultureType(data)

                return agriculture_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractAgricultureType | None | str | Unset, data)

        agriculture_type = _parse_agriculture_type(d.pop("AgricultureType", UNSET))

        def _parse_no_dimona(data: object) -> ContractNoDimona | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                no_dimona_type_0 = ContractNoDimona(data)

                return no_dimona_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractNoDimona | str | Unset, data)

        no_dimona = _parse_no_dimona(d.pop("NoDimona", UNSET))

        def _parse_no_dmfa(data: object) -> ContractNoDMFA | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                no_dmfa_type_0 = ContractNoDMFA(data)

                return no_dmfa_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractNoDMFA | str | Unset, data)

        no_dmfa = _parse_no_dmfa(d.pop("NoDMFA", UNSET))

        def _parse_no_asrdrs(data: object) -> ContractNoASRDRS | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                no_asrdrs_type_0 = ContractNoASRDRS(data)

                return no_asrdrs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractNoASRDRS | str | Unset, data)

        no_asrdrs = _parse_no_asrdrs(d.pop("NoASRDRS", UNSET))

        security = d.pop("Security", UNSET)

        def _parse_career_break(data: object) -> CareerBreakDefinitionRecord | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                career_break_type_0 = CareerBreakDefinitionRecord.from_dict(data)

                return career_break_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CareerBreakDefinitionRecord | None | Unset, data)

        career_break = _parse_career_break(d.pop("CareerBreak", UNSET))

        def _parse_retired(data: object) -> None | RetiredDefinitionRecord | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                retired_type_0 = RetiredDefinitionRecord.from_dict(data)

                return retired_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RetiredDefinitionRecord | Unset, data)

        retired = _parse_retired(d.pop("Retired", UNSET))

        def _parse_protected_employee(
            data: object,
        ) -> None | ProtectedEmployeeDefinitionRecord | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                protected_employee_type_0 = ProtectedEmployeeDefinitionRecord.from_dict(data)

                return protected_employee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProtectedEmployeeDefinitionRecord | Unset, data)

        protected_employee = _parse_protected_employee(d.pop("ProtectedEmployee", UNSET))

        def _parse_sportsperson(data: object) -> None | SportsPersonDefinitionRecord | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sportsperson_type_0 = SportsPersonDefinitionRecord.from_dict(data)

                return sportsperson_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SportsPersonDefinitionRecord | Unset, data)

        sportsperson = _parse_sportsperson(d.pop("Sportsperson", UNSET))

        def _parse_certain_work(data: object) -> CertainWorkDefinitionRecord | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                certain_work_type_0 = CertainWorkDefinitionRecord.from_dict(data)

                return certain_work_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CertainWorkDefinitionRecord | None | Unset, data)

        certain_work = _parse_certain_work(d.pop("CertainWork", UNSET))

        def _parse_student(data: object) -> None | StudentDefinitionRecord | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                student_type_0 = StudentDefinitionRecord.from_dict(data)

                return student_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudentDefinitionRecord | Unset, data)

        student = _parse_student(d.pop("Student", UNSET))

        def _parse_progressive_work_resumption(
            data: object,
        ) -> None | ProgressiveWorkResumptionDefinitionRecord | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progressive_work_resumption_type_0 = (
                    ProgressiveWorkResumptionDefinitionRecord.from_dict(data)
                )

                return progressive_work_resumption_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgressiveWorkResumptionDefinitionRecord | Unset, data)

        progressive_work_resumption = _parse_progressive_work_resumption(
            d.pop("ProgressiveWorkResumption", UNSET)
        )

        def _parse_method_of_remuneration(
            data: object,
        ) -> MethodOfRemunerationDefinitionRecord | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                method_of_remuneration_type_0 = MethodOfRemunerationDefinitionRecord.from_dict(data)

                return method_of_remuneration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MethodOfRemunerationDefinitionRecord | None | Unset, data)

        method_of_remuneration = _parse_method_of_remuneration(d.pop("MethodOfRemuneration", UNSET))

        def _parse_international_employment(
            data: object,
        ) -> InternationalEmploymentDefinitionRecord | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                international_employment_type_0 = InternationalEmploymentDefinitionRecord.from_dict(
                    data
                )

                return international_employment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InternationalEmploymentDefinitionRecord | None | Unset, data)

        international_employment = _parse_international_employment(
            d.pop("InternationalEmployment", UNSET)
        )

        _dimona = d.pop("Dimona", UNSET)
        dimona: ContractDimonaRecord | Unset
        if isinstance(_dimona, Unset):
            dimona = UNSET
        else:
            dimona = ContractDimonaRecord.from_dict(_dimona)

        _salary_compositions = d.pop("SalaryCompositions", UNSET)
        salary_compositions: list[ContractSalaryCompositionRecord | None] | Unset = UNSET
        if _salary_compositions is not UNSET:
            salary_compositions = []
            for salary_compositions_item_data in _salary_compositions:

                def _parse_salary_compositions_item(
                    data: object,
                ) -> ContractSalaryCompositionRecord | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        salary_compositions_item_type_0 = ContractSalaryCompositionRecord.from_dict(
                            data
                        )

                        return salary_compositions_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ContractSalaryCompositionRecord | None, data)

                salary_compositions_item = _parse_salary_compositions_item(
                    salary_compositions_item_data
                )

                salary_compositions.append(salary_compositions_item)

        contract_record = cls(
            startdate=startdate,
            enddate=enddate,
            employment_status=employment_status,
            contract=contract,
            cat_rsz=cat_rsz,
            par_com=par_com,
            document_c78=document_c78,
            code_c98=code_c98,
            code_c131a=code_c131a,
            code_c131a_request_ft=code_c131a_request_ft,
            code_c131=code_c131,
            risk=risk,
            social_security_card=social_security_card,
            work_permit=work_permit,
            date_in_service=date_in_service,
            seniority=seniority,
            date_professional_experience=date_professional_experience,
            scale_salary_seniority=scale_salary_seniority,
            start_probation_period=start_probation_period,
            end_probation_period=end_probation_period,
            fixed_term=fixed_term,
            end_fixed_term=end_fixed_term,
            date_out_service=date_out_service,
            reason_out=reason_out,
            working_time=working_time,
            spec_working_time=spec_working_time,
            schedule=schedule,
            weekhours_worker=weekhours_worker,
            weekhours_employer=weekhours_employer,
            weekhours_worker_average=weekhours_worker_average,
            weekhours_employer_average=weekhours_employer_average,
            weekhours_worker_effective=weekhours_worker_effective,
            weekhours_employer_effective=weekhours_employer_effective,
            days_week=days_week,
            days_week_ft=days_week_ft,
            reducing_working_kind=reducing_working_kind,
            reducing_working_kind_days=reducing_working_kind_days,
            reducing_working_kind_hours=reducing_working_kind_hours,
            part_time_return_towork=part_time_return_towork,
            asr_schedule=asr_schedule,
            proff_cat=proff_cat,
            function=function,
            function_description=function_description,
            social_balance_joblevel=social_balance_joblevel,
            office=office,
            division=division,
            invoicing_division=invoicing_division,
            cost_centre=cost_centre,
            scale_salary_prisma=scale_salary_prisma,
            scale_salary_use=scale_salary_use,
            scale_salary_definition=scale_salary_definition,
            scale_salary_category=scale_salary_category,
            scale_salary_scale=scale_salary_scale,
            agriculture_type=agriculture_type,
            no_dimona=no_dimona,
            no_dmfa=no_dmfa,
            no_asrdrs=no_asrdrs,
            security=security,
            career_break=career_break,
            retired=retired,
            protected_employee=protected_employee,
            sportsperson=sportsperson,
            certain_work=certain_work,
            student=student,
            progressive_work_resumption=progressive_work_resumption,
            method_of_remuneration=method_of_remuneration,
            international_employment=international_employment,
            dimona=dimona,
            salary_compositions=salary_compositions,
        )

        contract_record.additional_properties = d
        return contract_record

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
