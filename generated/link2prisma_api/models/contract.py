from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

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
    from ..models.career_break_definition import CareerBreakDefinition
    from ..models.certain_work_definition import CertainWorkDefinition
    from ..models.contract_dimona import ContractDimona
    from ..models.contract_salary_composition import ContractSalaryComposition
    from ..models.international_employment_definition import InternationalEmploymentDefinition
    from ..models.method_of_remuneration_definition import MethodOfRemunerationDefinition
    from ..models.progressive_work_resumption_definition import ProgressiveWorkResumptionDefinition
    from ..models.protected_employee_definition import ProtectedEmployeeDefinition
    from ..models.retired_definition import RetiredDefinition
    from ..models.sports_person_definition import SportsPersonDefinition
    from ..models.student_definition import StudentDefinition


T = TypeVar("T", bound="Contract")


@_attrs_define
class Contract:
    """Contract of a Worker

    Attributes:
        startdate (str):
        enddate (str | Unset):
        employment_status (ContractEmploymentStatus | Unset): The values the vendor schema lists for
            `Contract.EmploymentStatus`.
        contract (ContractContract | Unset): The values the vendor schema lists for `Contract.Contract`.
        cat_rsz (str | Unset):
        par_com (str | Unset):
        document_c78 (ContractDocumentC78 | Unset): The values the vendor schema lists for `Contract.DocumentC78`.
        code_c98 (ContractCodeC98 | Unset): The values the vendor schema lists for `Contract.CodeC98`.
        code_c131a (ContractCodeC131A | Unset): The values the vendor schema lists for `Contract.CodeC131A`.
        code_c131a_request_ft (ContractCodeC131ARequestFT | Unset): The values the vendor schema lists for
            `Contract.CodeC131ARequestFT`.
        code_c131 (ContractCodeC131 | Unset): The values the vendor schema lists for `Contract.CodeC131`.
        risk (str | Unset):
        social_security_card (str | Unset):
        work_permit (str | Unset):
        date_in_service (str | Unset):
        seniority (str | Unset):
        date_professional_experience (str | Unset):
        scale_salary_seniority (str | Unset):
        start_probation_period (str | Unset):
        end_probation_period (str | Unset):
        fixed_term (ContractFixedTerm | Unset): The values the vendor schema lists for `Contract.FixedTerm`.
        end_fixed_term (str | Unset):
        date_out_service (str | Unset):
        reason_out (str | Unset):
        working_time (ContractWorkingTime | Unset): The values the vendor schema lists for `Contract.WorkingTime`.
        spec_working_time (ContractSpecWorkingTime | Unset): The values the vendor schema lists for
            `Contract.SpecWorkingTime`.
        schedule (str | Unset):
        weekhours_worker (float | Unset):
        weekhours_employer (float | Unset):
        weekhours_worker_average (float | Unset):
        weekhours_employer_average (float | Unset):
        weekhours_worker_effective (float | Unset):
        weekhours_employer_effective (float | Unset):
        days_week (float | Unset):
        days_week_ft (float | Unset):
        reducing_working_kind (ContractReducingWorkingKind | Unset): The values the vendor schema lists for
            `Contract.ReducingWorkingKind`.
        reducing_working_kind_days (float | Unset):
        reducing_working_kind_hours (float | Unset):
        part_time_return_towork (str | Unset):
        asr_schedule (str | Unset):
        proff_cat (str | Unset):
        function (str | Unset):
        function_description (str | Unset):
        social_balance_joblevel (ContractSocialBalanceJoblevel | Unset): The values the vendor schema lists for
            `Contract.SocialBalanceJoblevel`.
        office (int | Unset):
        division (str | Unset):
        invoicing_division (str | Unset):
        cost_centre (str | Unset):
        scale_salary_prisma (ContractScaleSalaryPrisma | Unset): The values the vendor schema lists for
            `Contract.ScaleSalaryPrisma`.
        scale_salary_use (ContractScaleSalaryUse | Unset): The values the vendor schema lists for
            `Contract.ScaleSalaryUse`.
        scale_salary_definition (str | Unset):
        scale_salary_category (str | Unset):
        scale_salary_scale (str | Unset):
        agriculture_type (ContractAgricultureType | None | Unset):
        no_dimona (ContractNoDimona | Unset): The values the vendor schema lists for `Contract.NoDimona`.
        no_dmfa (ContractNoDMFA | Unset): The values the vendor schema lists for `Contract.NoDMFA`.
        no_asrdrs (ContractNoASRDRS | Unset): The values the vendor schema lists for `Contract.NoASRDRS`.
        security (str | Unset):
        career_break (CareerBreakDefinition | None | Unset):
        retired (None | RetiredDefinition | Unset):
        protected_employee (None | ProtectedEmployeeDefinition | Unset):
        sportsperson (None | SportsPersonDefinition | Unset):
        certain_work (CertainWorkDefinition | None | Unset):
        student (None | StudentDefinition | Unset):
        progressive_work_resumption (None | ProgressiveWorkResumptionDefinition | Unset):
        method_of_remuneration (MethodOfRemunerationDefinition | None | Unset):
        international_employment (InternationalEmploymentDefinition | None | Unset):
        dimona (ContractDimona | Unset):
        salary_compositions (list[ContractSalaryComposition | None] | Unset):
    """

    startdate: str
    enddate: str | Unset = UNSET
    employment_status: ContractEmploymentStatus | Unset = UNSET
    contract: ContractContract | Unset = UNSET
    cat_rsz: str | Unset = UNSET
    par_com: str | Unset = UNSET
    document_c78: ContractDocumentC78 | Unset = UNSET
    code_c98: ContractCodeC98 | Unset = UNSET
    code_c131a: ContractCodeC131A | Unset = UNSET
    code_c131a_request_ft: ContractCodeC131ARequestFT | Unset = UNSET
    code_c131: ContractCodeC131 | Unset = UNSET
    risk: str | Unset = UNSET
    social_security_card: str | Unset = UNSET
    work_permit: str | Unset = UNSET
    date_in_service: str | Unset = UNSET
    seniority: str | Unset = UNSET
    date_professional_experience: str | Unset = UNSET
    scale_salary_seniority: str | Unset = UNSET
    start_probation_period: str | Unset = UNSET
    end_probation_period: str | Unset = UNSET
    fixed_term: ContractFixedTerm | Unset = UNSET
    end_fixed_term: str | Unset = UNSET
    date_out_service: str | Unset = UNSET
    reason_out: str | Unset = UNSET
    working_time: ContractWorkingTime | Unset = UNSET
    spec_working_time: ContractSpecWorkingTime | Unset = UNSET
    schedule: str | Unset = UNSET
    weekhours_worker: float | Unset = UNSET
    weekhours_employer: float | Unset = UNSET
    weekhours_worker_average: float | Unset = UNSET
    weekhours_employer_average: float | Unset = UNSET
    weekhours_worker_effective: float | Unset = UNSET
    weekhours_employer_effective: float | Unset = UNSET
    days_week: float | Unset = UNSET
    days_week_ft: float | Unset = UNSET
    reducing_working_kind: ContractReducingWorkingKind | Unset = UNSET
    reducing_working_kind_days: float | Unset = UNSET
    reducing_working_kind_hours: float | Unset = UNSET
    part_time_return_towork: str | Unset = UNSET
    asr_schedule: str | Unset = UNSET
    proff_cat: str | Unset = UNSET
    function: str | Unset = UNSET
    function_description: str | Unset = UNSET
    social_balance_joblevel: ContractSocialBalanceJoblevel | Unset = UNSET
    office: int | Unset = UNSET
    division: str | Unset = UNSET
    invoicing_division: str | Unset = UNSET
    cost_centre: str | Unset = UNSET
    scale_salary_prisma: ContractScaleSalaryPrisma | Unset = UNSET
    scale_salary_use: ContractScaleSalaryUse | Unset = UNSET
    scale_salary_definition: str | Unset = UNSET
    scale_salary_category: str | Unset = UNSET
    scale_salary_scale: str | Unset = UNSET
    agriculture_type: ContractAgricultureType | None | Unset = UNSET
    no_dimona: ContractNoDimona | Unset = UNSET
    no_dmfa: ContractNoDMFA | Unset = UNSET
    no_asrdrs: ContractNoASRDRS | Unset = UNSET
    security: str | Unset = UNSET
    career_break: CareerBreakDefinition | None | Unset = UNSET
    retired: None | RetiredDefinition | Unset = UNSET
    protected_employee: None | ProtectedEmployeeDefinition | Unset = UNSET
    sportsperson: None | SportsPersonDefinition | Unset = UNSET
    certain_work: CertainWorkDefinition | None | Unset = UNSET
    student: None | StudentDefinition | Unset = UNSET
    progressive_work_resumption: None | ProgressiveWorkResumptionDefinition | Unset = UNSET
    method_of_remuneration: MethodOfRemunerationDefinition | None | Unset = UNSET
    international_employment: InternationalEmploymentDefinition | None | Unset = UNSET
    dimona: ContractDimona | Unset = UNSET
    salary_compositions: list[ContractSalaryComposition | None] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.career_break_definition import CareerBreakDefinition  # noqa: PLC0415
        from ..models.certain_work_definition import CertainWorkDefinition  # noqa: PLC0415
        from ..models.contract_salary_composition import ContractSalaryComposition  # noqa: PLC0415
        from ..models.international_employment_definition import InternationalEmploymentDefinition  # noqa: PLC0415
        from ..models.method_of_remuneration_definition import MethodOfRemunerationDefinition  # noqa: PLC0415
        from ..models.progressive_work_resumption_definition import (
            ProgressiveWorkResumptionDefinition,  # noqa: PLC0415
        )
        from ..models.protected_employee_definition import ProtectedEmployeeDefinition  # noqa: PLC0415
        from ..models.retired_definition import RetiredDefinition  # noqa: PLC0415
        from ..models.sports_person_definition import SportsPersonDefinition  # noqa: PLC0415
        from ..models.student_definition import StudentDefinition  # noqa: PLC0415

        startdate = self.startdate

        enddate = self.enddate

        employment_status: str | Unset = UNSET
        if not isinstance(self.employment_status, Unset):
            employment_status = self.employment_status.value

        contract: str | Unset = UNSET
        if not isinstance(self.contract, Unset):
            contract = self.contract.value

        cat_rsz = self.cat_rsz

        par_com = self.par_com

        document_c78: str | Unset = UNSET
        if not isinstance(self.document_c78, Unset):
            document_c78 = self.document_c78.value

        code_c98: str | Unset = UNSET
        if not isinstance(self.code_c98, Unset):
            code_c98 = self.code_c98.value

        code_c131a: str | Unset = UNSET
        if not isinstance(self.code_c131a, Unset):
            code_c131a = self.code_c131a.value

        code_c131a_request_ft: str | Unset = UNSET
        if not isinstance(self.code_c131a_request_ft, Unset):
            code_c131a_request_ft = self.code_c131a_request_ft.value

        code_c131: str | Unset = UNSET
        if not isinstance(self.code_c131, Unset):
            code_c131 = self.code_c131.value

        risk = self.risk

        social_security_card = self.social_security_card

        work_permit = self.work_permit

        date_in_service = self.date_in_service

        seniority = self.seniority

        date_professional_experience = self.date_professional_experience

        scale_salary_seniority = self.scale_salary_seniority

        start_probation_period = self.start_probation_period

        end_probation_period = self.end_probation_period

        fixed_term: str | Unset = UNSET
        if not isinstance(self.fixed_term, Unset):
            fixed_term = self.fixed_term.value

        end_fixed_term = self.end_fixed_term

        date_out_service = self.date_out_service

        reason_out = self.reason_out

        working_time: str | Unset = UNSET
        if not isinstance(self.working_time, Unset):
            working_time = self.working_time.value

        spec_working_time: str | Unset = UNSET
        if not isinstance(self.spec_working_time, Unset):
            spec_working_time = self.spec_working_time.value

        schedule = self.schedule

        weekhours_worker = self.weekhours_worker

        weekhours_employer = self.weekhours_employer

        weekhours_worker_average = self.weekhours_worker_average

        weekhours_employer_average = self.weekhours_employer_average

        weekhours_worker_effective = self.weekhours_worker_effective

        weekhours_employer_effective = self.weekhours_employer_effective

        days_week = self.days_week

        days_week_ft = self.days_week_ft

        reducing_working_kind: str | Unset = UNSET
        if not isinstance(self.reducing_working_kind, Unset):
            reducing_working_kind = self.reducing_working_kind.value

        reducing_working_kind_days = self.reducing_working_kind_days

        reducing_working_kind_hours = self.reducing_working_kind_hours

        part_time_return_towork = self.part_time_return_towork

        asr_schedule = self.asr_schedule

        proff_cat = self.proff_cat

        function = self.function

        function_description = self.function_description

        social_balance_joblevel: str | Unset = UNSET
        if not isinstance(self.social_balance_joblevel, Unset):
            social_balance_joblevel = self.social_balance_joblevel.value

        office = self.office

        division = self.division

        invoicing_division = self.invoicing_division

        cost_centre = self.cost_centre

        scale_salary_prisma: str | Unset = UNSET
        if not isinstance(self.scale_salary_prisma, Unset):
            scale_salary_prisma = self.scale_salary_prisma.value

        scale_salary_use: str | Unset = UNSET
        if not isinstance(self.scale_salary_use, Unset):
            scale_salary_use = self.scale_salary_use.value

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

        no_dimona: str | Unset = UNSET
        if not isinstance(self.no_dimona, Unset):
            no_dimona = self.no_dimona.value

        no_dmfa: str | Unset = UNSET
        if not isinstance(self.no_dmfa, Unset):
            no_dmfa = self.no_dmfa.value

        no_asrdrs: str | Unset = UNSET
        if not isinstance(self.no_asrdrs, Unset):
            no_asrdrs = self.no_asrdrs.value

        security = self.security

        career_break: dict[str, Any] | None | Unset
        if isinstance(self.career_break, Unset):
            career_break = UNSET
        elif isinstance(self.career_break, CareerBreakDefinition):
            career_break = self.career_break.to_dict()
        else:
            career_break = self.career_break

        retired: dict[str, Any] | None | Unset
        if isinstance(self.retired, Unset):
            retired = UNSET
        elif isinstance(self.retired, RetiredDefinition):
            retired = self.retired.to_dict()
        else:
            retired = self.retired

        protected_employee: dict[str, Any] | None | Unset
        if isinstance(self.protected_employee, Unset):
            protected_employee = UNSET
        elif isinstance(self.protected_employee, ProtectedEmployeeDefinition):
            protected_employee = self.protected_employee.to_dict()
        else:
            protected_employee = self.protected_employee

        sportsperson: dict[str, Any] | None | Unset
        if isinstance(self.sportsperson, Unset):
            sportsperson = UNSET
        elif isinstance(self.sportsperson, SportsPersonDefinition):
            sportsperson = self.sportsperson.to_dict()
        else:
            sportsperson = self.sportsperson

        certain_work: dict[str, Any] | None | Unset
        if isinstance(self.certain_work, Unset):
            certain_work = UNSET
        elif isinstance(self.certain_work, CertainWorkDefinition):
            certain_work = self.certain_work.to_dict()
        else:
            certain_work = self.certain_work

        student: dict[str, Any] | None | Unset
        if isinstance(self.student, Unset):
            student = UNSET
        elif isinstance(self.student, StudentDefinition):
            student = self.student.to_dict()
        else:
            student = self.student

        progressive_work_resumption: dict[str, Any] | None | Unset
        if isinstance(self.progressive_work_resumption, Unset):
            progressive_work_resumption = UNSET
        elif isinstance(self.progressive_work_resumption, ProgressiveWorkResumptionDefinition):
            progressive_work_resumption = self.progressive_work_resumption.to_dict()
        else:
            progressive_work_resumption = self.progressive_work_resumption

        method_of_remuneration: dict[str, Any] | None | Unset
        if isinstance(self.method_of_remuneration, Unset):
            method_of_remuneration = UNSET
        elif isinstance(self.method_of_remuneration, MethodOfRemunerationDefinition):
            method_of_remuneration = self.method_of_remuneration.to_dict()
        else:
            method_of_remuneration = self.method_of_remuneration

        international_employment: dict[str, Any] | None | Unset
        if isinstance(self.international_employment, Unset):
            international_employment = UNSET
        elif isinstance(self.international_employment, InternationalEmploymentDefinition):
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
                if isinstance(salary_compositions_item_data, ContractSalaryComposition):
                    salary_compositions_item = salary_compositions_item_data.to_dict()
                else:
                    salary_compositions_item = salary_compositions_item_data
                salary_compositions.append(salary_compositions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Startdate": startdate,
            }
        )
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
        from ..models.career_break_definition import CareerBreakDefinition  # noqa: PLC0415
        from ..models.certain_work_definition import CertainWorkDefinition  # noqa: PLC0415
        from ..models.contract_dimona import ContractDimona  # noqa: PLC0415
        from ..models.contract_salary_composition import ContractSalaryComposition  # noqa: PLC0415
        from ..models.international_employment_definition import InternationalEmploymentDefinition  # noqa: PLC0415
        from ..models.method_of_remuneration_definition import MethodOfRemunerationDefinition  # noqa: PLC0415
        from ..models.progressive_work_resumption_definition import (
            ProgressiveWorkResumptionDefinition,  # noqa: PLC0415
        )
        from ..models.protected_employee_definition import ProtectedEmployeeDefinition  # noqa: PLC0415
        from ..models.retired_definition import RetiredDefinition  # noqa: PLC0415
        from ..models.sports_person_definition import SportsPersonDefinition  # noqa: PLC0415
        from ..models.student_definition import StudentDefinition  # noqa: PLC0415

        d = dict(src_dict)
        startdate = d.pop("Startdate")

        enddate = d.pop("Enddate", UNSET)

        _employment_status = d.pop("EmploymentStatus", UNSET)
        employment_status: ContractEmploymentStatus | Unset
        if isinstance(_employment_status, Unset):
            employment_status = UNSET
        else:
            employment_status = ContractEmploymentStatus(_employment_status)

        _contract = d.pop("Contract", UNSET)
        contract: ContractContract | Unset
        if isinstance(_contract, Unset):
            contract = UNSET
        else:
            contract = ContractContract(_contract)

        cat_rsz = d.pop("CatRSZ", UNSET)

        par_com = d.pop("ParCom", UNSET)

        _document_c78 = d.pop("DocumentC78", UNSET)
        document_c78: ContractDocumentC78 | Unset
        if isinstance(_document_c78, Unset):
            document_c78 = UNSET
        else:
            document_c78 = ContractDocumentC78(_document_c78)

        _code_c98 = d.pop("CodeC98", UNSET)
        code_c98: ContractCodeC98 | Unset
        if isinstance(_code_c98, Unset):
            code_c98 = UNSET
        else:
            code_c98 = ContractCodeC98(_code_c98)

        _code_c131a = d.pop("CodeC131A", UNSET)
        code_c131a: ContractCodeC131A | Unset
        if isinstance(_code_c131a, Unset):
            code_c131a = UNSET
        else:
            code_c131a = ContractCodeC131A(_code_c131a)

        _code_c131a_request_ft = d.pop("CodeC131ARequestFT", UNSET)
        code_c131a_request_ft: ContractCodeC131ARequestFT | Unset
        if isinstance(_code_c131a_request_ft, Unset):
            code_c131a_request_ft = UNSET
        else:
            code_c131a_request_ft = ContractCodeC131ARequestFT(_code_c131a_request_ft)

        _code_c131 = d.pop("CodeC131", UNSET)
        code_c131: ContractCodeC131 | Unset
        if isinstance(_code_c131, Unset):
            code_c131 = UNSET
        else:
            code_c131 = ContractCodeC131(_code_c131)

        risk = d.pop("Risk", UNSET)

        social_security_card = d.pop("SocialSecurityCard", UNSET)

        work_permit = d.pop("WorkPermit", UNSET)

        date_in_service = d.pop("DateInService", UNSET)

        seniority = d.pop("Seniority", UNSET)

        date_professional_experience = d.pop("DateProfessionalExperience", UNSET)

        scale_salary_seniority = d.pop("ScaleSalarySeniority", UNSET)

        start_probation_period = d.pop("StartProbationPeriod", UNSET)

        end_probation_period = d.pop("EndProbationPeriod", UNSET)

        _fixed_term = d.pop("FixedTerm", UNSET)
        fixed_term: ContractFixedTerm | Unset
        if isinstance(_fixed_term, Unset):
            fixed_term = UNSET
        else:
            fixed_term = ContractFixedTerm(_fixed_term)

        end_fixed_term = d.pop("EndFixedTerm", UNSET)

        date_out_service = d.pop("DateOutService", UNSET)

        reason_out = d.pop("ReasonOut", UNSET)

        _working_time = d.pop("WorkingTime", UNSET)
        working_time: ContractWorkingTime | Unset
        if isinstance(_working_time, Unset):
            working_time = UNSET
        else:
            working_time = ContractWorkingTime(_working_time)

        _spec_working_time = d.pop("SpecWorkingTime", UNSET)
        spec_working_time: ContractSpecWorkingTime | Unset
        if isinstance(_spec_working_time, Unset):
            spec_working_time = UNSET
        else:
            spec_working_time = ContractSpecWorkingTime(_spec_working_time)

        schedule = d.pop("Schedule", UNSET)

        weekhours_worker = d.pop("WeekhoursWorker", UNSET)

        weekhours_employer = d.pop("WeekhoursEmployer", UNSET)

        weekhours_worker_average = d.pop("WeekhoursWorkerAverage", UNSET)

        weekhours_employer_average = d.pop("WeekhoursEmployerAverage", UNSET)

        weekhours_worker_effective = d.pop("WeekhoursWorkerEffective", UNSET)

        weekhours_employer_effective = d.pop("WeekhoursEmployerEffective", UNSET)

        days_week = d.pop("DaysWeek", UNSET)

        days_week_ft = d.pop("DaysWeekFT", UNSET)

        _reducing_working_kind = d.pop("ReducingWorkingKind", UNSET)
        reducing_working_kind: ContractReducingWorkingKind | Unset
        if isinstance(_reducing_working_kind, Unset):
            reducing_working_kind = UNSET
        else:
            reducing_working_kind = ContractReducingWorkingKind(_reducing_working_kind)

        reducing_working_kind_days = d.pop("ReducingWorkingKindDays", UNSET)

        reducing_working_kind_hours = d.pop("ReducingWorkingKindHours", UNSET)

        part_time_return_towork = d.pop("PartTimeReturnTowork", UNSET)

        asr_schedule = d.pop("ASRSchedule", UNSET)

        proff_cat = d.pop("ProffCat", UNSET)

        function = d.pop("Function", UNSET)

        function_description = d.pop("FunctionDescription", UNSET)

        _social_balance_joblevel = d.pop("SocialBalanceJoblevel", UNSET)
        social_balance_joblevel: ContractSocialBalanceJoblevel | Unset
        if isinstance(_social_balance_joblevel, Unset):
            social_balance_joblevel = UNSET
        else:
            social_balance_joblevel = ContractSocialBalanceJoblevel(_social_balance_joblevel)

        office = d.pop("Office", UNSET)

        division = d.pop("Division", UNSET)

        invoicing_division = d.pop("InvoicingDivision", UNSET)

        cost_centre = d.pop("CostCentre", UNSET)

        _scale_salary_prisma = d.pop("ScaleSalaryPrisma", UNSET)
        scale_salary_prisma: ContractScaleSalaryPrisma | Unset
        if isinstance(_scale_salary_prisma, Unset):
            scale_salary_prisma = UNSET
        else:
            scale_salary_prisma = ContractScaleSalaryPrisma(_scale_salary_prisma)

        _scale_salary_use = d.pop("ScaleSalaryUse", UNSET)
        scale_salary_use: ContractScaleSalaryUse | Unset
        if isinstance(_scale_salary_use, Unset):
            scale_salary_use = UNSET
        else:
            scale_salary_use = ContractScaleSalaryUse(_scale_salary_use)

        scale_salary_definition = d.pop("ScaleSalaryDefinition", UNSET)

        scale_salary_category = d.pop("ScaleSalaryCategory", UNSET)

        scale_salary_scale = d.pop("ScaleSalaryScale", UNSET)

        def _parse_agriculture_type(data: object) -> ContractAgricultureType | None | Unset:
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
            return cast(ContractAgricultureType | None | Unset, data)

        agriculture_type = _parse_agriculture_type(d.pop("AgricultureType", UNSET))

        _no_dimona = d.pop("NoDimona", UNSET)
        no_dimona: ContractNoDimona | Unset
        if isinstance(_no_dimona, Unset):
            no_dimona = UNSET
        else:
            no_dimona = ContractNoDimona(_no_dimona)

        _no_dmfa = d.pop("NoDMFA", UNSET)
        no_dmfa: ContractNoDMFA | Unset
        if isinstance(_no_dmfa, Unset):
            no_dmfa = UNSET
        else:
            no_dmfa = ContractNoDMFA(_no_dmfa)

        _no_asrdrs = d.pop("NoASRDRS", UNSET)
        no_asrdrs: ContractNoASRDRS | Unset
        if isinstance(_no_asrdrs, Unset):
            no_asrdrs = UNSET
        else:
            no_asrdrs = ContractNoASRDRS(_no_asrdrs)

        security = d.pop("Security", UNSET)

        def _parse_career_break(data: object) -> CareerBreakDefinition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                career_break_type_0 = CareerBreakDefinition.from_dict(data)

                return career_break_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CareerBreakDefinition | None | Unset, data)

        career_break = _parse_career_break(d.pop("CareerBreak", UNSET))

        def _parse_retired(data: object) -> None | RetiredDefinition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                retired_type_0 = RetiredDefinition.from_dict(data)

                return retired_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RetiredDefinition | Unset, data)

        retired = _parse_retired(d.pop("Retired", UNSET))

        def _parse_protected_employee(data: object) -> None | ProtectedEmployeeDefinition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                protected_employee_type_0 = ProtectedEmployeeDefinition.from_dict(data)

                return protected_employee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProtectedEmployeeDefinition | Unset, data)

        protected_employee = _parse_protected_employee(d.pop("ProtectedEmployee", UNSET))

        def _parse_sportsperson(data: object) -> None | SportsPersonDefinition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sportsperson_type_0 = SportsPersonDefinition.from_dict(data)

                return sportsperson_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SportsPersonDefinition | Unset, data)

        sportsperson = _parse_sportsperson(d.pop("Sportsperson", UNSET))

        def _parse_certain_work(data: object) -> CertainWorkDefinition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                certain_work_type_0 = CertainWorkDefinition.from_dict(data)

                return certain_work_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CertainWorkDefinition | None | Unset, data)

        certain_work = _parse_certain_work(d.pop("CertainWork", UNSET))

        def _parse_student(data: object) -> None | StudentDefinition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                student_type_0 = StudentDefinition.from_dict(data)

                return student_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudentDefinition | Unset, data)

        student = _parse_student(d.pop("Student", UNSET))

        def _parse_progressive_work_resumption(
            data: object,
        ) -> None | ProgressiveWorkResumptionDefinition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progressive_work_resumption_type_0 = ProgressiveWorkResumptionDefinition.from_dict(
                    data
                )

                return progressive_work_resumption_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgressiveWorkResumptionDefinition | Unset, data)

        progressive_work_resumption = _parse_progressive_work_resumption(
            d.pop("ProgressiveWorkResumption", UNSET)
        )

        def _parse_method_of_remuneration(
            data: object,
        ) -> MethodOfRemunerationDefinition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                method_of_remuneration_type_0 = MethodOfRemunerationDefinition.from_dict(data)

                return method_of_remuneration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MethodOfRemunerationDefinition | None | Unset, data)

        method_of_remuneration = _parse_method_of_remuneration(d.pop("MethodOfRemuneration", UNSET))

        def _parse_international_employment(
            data: object,
        ) -> InternationalEmploymentDefinition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                international_employment_type_0 = InternationalEmploymentDefinition.from_dict(data)

                return international_employment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InternationalEmploymentDefinition | None | Unset, data)

        international_employment = _parse_international_employment(
            d.pop("InternationalEmployment", UNSET)
        )

        _dimona = d.pop("Dimona", UNSET)
        dimona: ContractDimona | Unset
        if isinstance(_dimona, Unset):
            dimona = UNSET
        else:
            dimona = ContractDimona.from_dict(_dimona)

        _salary_compositions = d.pop("SalaryCompositions", UNSET)
        salary_compositions: list[ContractSalaryComposition | None] | Unset = UNSET
        if _salary_compositions is not UNSET:
            salary_compositions = []
            for salary_compositions_item_data in _salary_compositions:

                def _parse_salary_compositions_item(
                    data: object,
                ) -> ContractSalaryComposition | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        salary_compositions_item_type_0 = ContractSalaryComposition.from_dict(data)

                        return salary_compositions_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ContractSalaryComposition | None, data)

                salary_compositions_item = _parse_salary_compositions_item(
                    salary_compositions_item_data
                )

                salary_compositions.append(salary_compositions_item)

        contract = cls(
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

        return contract
