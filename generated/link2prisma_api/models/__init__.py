"""Contains all the data models used in inputs/outputs"""

from .absence import Absence
from .absence_note import AbsenceNote
from .absence_note_may_leave_house import AbsenceNoteMayLeaveHouse
from .absence_note_reason import AbsenceNoteReason
from .absence_note_record import AbsenceNoteRecord
from .absence_note_resume import AbsenceNoteResume
from .absence_record import AbsenceRecord
from .add_worker import AddWorker
from .add_worker_address import AddWorkerAddress
from .add_worker_address_record import AddWorkerAddressRecord
from .add_worker_communication import AddWorkerCommunication
from .add_worker_communication_communication_type import AddWorkerCommunicationCommunicationType
from .add_worker_communication_record import AddWorkerCommunicationRecord
from .add_worker_contract import AddWorkerContract
from .add_worker_contract_agriculture_type import AddWorkerContractAgricultureType
from .add_worker_contract_code_c98 import AddWorkerContractCodeC98
from .add_worker_contract_code_c131 import AddWorkerContractCodeC131
from .add_worker_contract_code_c131a import AddWorkerContractCodeC131A
from .add_worker_contract_contract import AddWorkerContractContract
from .add_worker_contract_document_c78 import AddWorkerContractDocumentC78
from .add_worker_contract_employment_status import AddWorkerContractEmploymentStatus
from .add_worker_contract_fixed_term import AddWorkerContractFixedTerm
from .add_worker_contract_record import AddWorkerContractRecord
from .add_worker_contract_reducing_working_kind import AddWorkerContractReducingWorkingKind
from .add_worker_contract_scale_salary_prisma import AddWorkerContractScaleSalaryPrisma
from .add_worker_contract_scale_salary_use import AddWorkerContractScaleSalaryUse
from .add_worker_contract_spec_working_time import AddWorkerContractSpecWorkingTime
from .add_worker_contract_working_time import AddWorkerContractWorkingTime
from .add_worker_dimona import AddWorkerDimona
from .add_worker_dimona_belated import AddWorkerDimonaBelated
from .add_worker_dimona_quota_exceeded import AddWorkerDimonaQuotaExceeded
from .add_worker_dimona_record import AddWorkerDimonaRecord
from .add_worker_dimona_status import AddWorkerDimonaStatus
from .add_worker_education import AddWorkerEducation
from .add_worker_family_status import AddWorkerFamilyStatus
from .add_worker_family_status_civil_status import AddWorkerFamilyStatusCivilStatus
from .add_worker_family_status_record import AddWorkerFamilyStatusRecord
from .add_worker_family_status_spouse_handicapped import AddWorkerFamilyStatusSpouseHandicapped
from .add_worker_family_status_spouse_profession import AddWorkerFamilyStatusSpouseProfession
from .add_worker_family_status_spouse_sex import AddWorkerFamilyStatusSpouseSex
from .add_worker_family_status_spouse_with_income import AddWorkerFamilyStatusSpouseWithIncome
from .add_worker_family_status_worker_handicapped import AddWorkerFamilyStatusWorkerHandicapped
from .add_worker_family_status_worker_single_with_children import (
    AddWorkerFamilyStatusWorkerSingleWithChildren,
)
from .add_worker_language import AddWorkerLanguage
from .add_worker_pay_way import AddWorkerPayWay
from .add_worker_replacement import AddWorkerReplacement
from .add_worker_replacement_record import AddWorkerReplacementRecord
from .add_worker_salary_composition import AddWorkerSalaryComposition
from .add_worker_salary_composition_record import AddWorkerSalaryCompositionRecord
from .add_worker_sex import AddWorkerSex
from .add_worker_tax import AddWorkerTax
from .add_worker_tax_record import AddWorkerTaxRecord
from .add_worker_tax_tax_calculation import AddWorkerTaxTaxCalculation
from .add_worker_travel_expenses import AddWorkerTravelExpenses
from .add_worker_type_of_travel_expenses import AddWorkerTypeOfTravelExpenses
from .address import Address
from .address_record import AddressRecord
from .career_break_definition import CareerBreakDefinition
from .career_break_definition_exist import CareerBreakDefinitionExist
from .career_break_definition_kind import CareerBreakDefinitionKind
from .career_break_definition_originally_contract_type import (
    CareerBreakDefinitionOriginallyContractType,
)
from .career_break_definition_reason import CareerBreakDefinitionReason
from .career_break_definition_record import CareerBreakDefinitionRecord
from .certain_work_definition import CertainWorkDefinition
from .certain_work_definition_exist import CertainWorkDefinitionExist
from .certain_work_definition_record import CertainWorkDefinitionRecord
from .communication import Communication
from .communication_communication_type import CommunicationCommunicationType
from .communication_record import CommunicationRecord
from .company_car import CompanyCar
from .company_car_informative import CompanyCarInformative
from .company_car_light_truck import CompanyCarLightTruck
from .company_car_motor_type import CompanyCarMotorType
from .company_car_pool_car import CompanyCarPoolCar
from .company_car_record import CompanyCarRecord
from .contract import Contract
from .contract_agriculture_type import ContractAgricultureType
from .contract_code_c98 import ContractCodeC98
from .contract_code_c131 import ContractCodeC131
from .contract_code_c131a import ContractCodeC131A
from .contract_code_c131a_request_ft import ContractCodeC131ARequestFT
from .contract_contract import ContractContract
from .contract_dimona import ContractDimona
from .contract_dimona_belated import ContractDimonaBelated
from .contract_dimona_quota_exceeded import ContractDimonaQuotaExceeded
from .contract_dimona_record import ContractDimonaRecord
from .contract_dimona_status import ContractDimonaStatus
from .contract_document_c78 import ContractDocumentC78
from .contract_employment_status import ContractEmploymentStatus
from .contract_fixed_term import ContractFixedTerm
from .contract_no_asrdrs import ContractNoASRDRS
from .contract_no_dimona import ContractNoDimona
from .contract_no_dmfa import ContractNoDMFA
from .contract_record import ContractRecord
from .contract_reducing_working_kind import ContractReducingWorkingKind
from .contract_salary_composition import ContractSalaryComposition
from .contract_salary_composition_record import ContractSalaryCompositionRecord
from .contract_salary_composition_type_of_indexing import ContractSalaryCompositionTypeOfIndexing
from .contract_scale_salary_prisma import ContractScaleSalaryPrisma
from .contract_scale_salary_use import ContractScaleSalaryUse
from .contract_social_balance_joblevel import ContractSocialBalanceJoblevel
from .contract_spec_working_time import ContractSpecWorkingTime
from .contract_working_time import ContractWorkingTime
from .cost_centre_share import CostCentreShare
from .cost_centre_share_record import CostCentreShareRecord
from .department import Department
from .dimona import Dimona
from .dimona_belated import DimonaBelated
from .dimona_period import DimonaPeriod
from .dimona_period_belated import DimonaPeriodBelated
from .dimona_period_quota_exceeded import DimonaPeriodQuotaExceeded
from .dimona_period_status import DimonaPeriodStatus
from .dimona_quota_exceeded import DimonaQuotaExceeded
from .dimona_status import DimonaStatus
from .divergent_payment import DivergentPayment
from .divergent_payment_pay_way import DivergentPaymentPayWay
from .divergent_payment_payout_type import DivergentPaymentPayoutType
from .divergent_payment_record import DivergentPaymentRecord
from .divergent_payments_delete_type_id import DivergentPaymentsDeleteTypeID
from .divergent_payments_update_type_id import DivergentPaymentsUpdateTypeID
from .divergent_salary_scale import DivergentSalaryScale
from .document_info import DocumentInfo
from .document_info_document_type import DocumentInfoDocumentType
from .employer_cost_centre import EmployerCostCentre
from .error import Error
from .error_errors_item import ErrorErrorsItem
from .failed_prestation import FailedPrestation
from .family_status import FamilyStatus
from .family_status_civil_status import FamilyStatusCivilStatus
from .family_status_record import FamilyStatusRecord
from .family_status_spouse_handicapped import FamilyStatusSpouseHandicapped
from .family_status_spouse_profession import FamilyStatusSpouseProfession
from .family_status_spouse_sex import FamilyStatusSpouseSex
from .family_status_spouse_with_income import FamilyStatusSpouseWithIncome
from .family_status_worker_handicapped import FamilyStatusWorkerHandicapped
from .family_status_worker_single_with_children import FamilyStatusWorkerSingleWithChildren
from .first_day_of_unemployment import FirstDayOfUnemployment
from .first_day_of_unemployment_record import FirstDayOfUnemploymentRecord
from .first_day_of_unemployment_status import FirstDayOfUnemploymentStatus
from .first_day_of_unemployment_type_of_un_employment import (
    FirstDayOfUnemploymentTypeOfUnEmployment,
)
from .international_employment_definition import InternationalEmploymentDefinition
from .international_employment_definition_exist import InternationalEmploymentDefinitionExist
from .international_employment_definition_kind import InternationalEmploymentDefinitionKind
from .international_employment_definition_record import InternationalEmploymentDefinitionRecord
from .joint_committee import JointCommittee
from .joint_committee_professional_categories import JointCommitteeProfessionalCategories
from .leave_counter import LeaveCounter
from .method_of_remuneration_definition import MethodOfRemunerationDefinition
from .method_of_remuneration_definition_exist import MethodOfRemunerationDefinitionExist
from .method_of_remuneration_definition_payment import MethodOfRemunerationDefinitionPayment
from .method_of_remuneration_definition_record import MethodOfRemunerationDefinitionRecord
from .method_of_remuneration_definition_remuneration import (
    MethodOfRemunerationDefinitionRemuneration,
)
from .modification import Modification
from .modification_action import ModificationAction
from .modification_entity import ModificationEntity
from .new_dimona import NewDimona
from .new_dimona_belated import NewDimonaBelated
from .new_dimona_contract_type import NewDimonaContractType
from .new_dimona_employment_nature import NewDimonaEmploymentNature
from .new_dimona_nature_declaration import NewDimonaNatureDeclaration
from .new_dimona_quota_exceeded import NewDimonaQuotaExceeded
from .new_dimona_sex import NewDimonaSex
from .new_dimona_status import NewDimonaStatus
from .new_dimona_student import NewDimonaStudent
from .new_dimona_worker_status import NewDimonaWorkerStatus
from .new_worker_number import NewWorkerNumber
from .nsso_category import NssoCategory
from .prestation import Prestation
from .prestation_cost import PrestationCost
from .prestations import Prestations
from .prestations_completed import PrestationsCompleted
from .prestations_completed_correction import PrestationsCompletedCorrection
from .prestations_reset import PrestationsReset
from .professional_category import ProfessionalCategory
from .progressive_work_resumption_definition import ProgressiveWorkResumptionDefinition
from .progressive_work_resumption_definition_exist import ProgressiveWorkResumptionDefinitionExist
from .progressive_work_resumption_definition_record import ProgressiveWorkResumptionDefinitionRecord
from .progressive_work_resumption_definition_risk import ProgressiveWorkResumptionDefinitionRisk
from .protected_employee_definition import ProtectedEmployeeDefinition
from .protected_employee_definition_exist import ProtectedEmployeeDefinitionExist
from .protected_employee_definition_record import ProtectedEmployeeDefinitionRecord
from .replacement import Replacement
from .replacement_record import ReplacementRecord
from .result import Result
from .retired_definition import RetiredDefinition
from .retired_definition_apply_collecting_2_nd_pension_pillar import (
    RetiredDefinitionApplyCollecting2NdPensionPillar,
)
from .retired_definition_exist import RetiredDefinitionExist
from .retired_definition_kind import RetiredDefinitionKind
from .retired_definition_record import RetiredDefinitionRecord
from .salary_composition import SalaryComposition
from .salary_composition_type_of_indexing import SalaryCompositionTypeOfIndexing
from .schedule import Schedule
from .schedule_record import ScheduleRecord
from .schedule_week import ScheduleWeek
from .schedule_week_record import ScheduleWeekRecord
from .sports_person_definition import SportsPersonDefinition
from .sports_person_definition_exist import SportsPersonDefinitionExist
from .sports_person_definition_opportunity_contract import SportsPersonDefinitionOpportunityContract
from .sports_person_definition_recognized_foreign_sportsperson import (
    SportsPersonDefinitionRecognizedForeignSportsperson,
)
from .sports_person_definition_record import SportsPersonDefinitionRecord
from .student_definition import StudentDefinition
from .student_definition_exist import StudentDefinitionExist
from .student_definition_record import StudentDefinitionRecord
from .student_definition_solidarity_contribution import StudentDefinitionSolidarityContribution
from .tax import Tax
from .tax_record import TaxRecord
from .tax_tax_calculation import TaxTaxCalculation
from .temporary_unemployment import TemporaryUnemployment
from .temporary_unemployment_regime import TemporaryUnemploymentRegime
from .temporary_unemployment_status import TemporaryUnemploymentStatus
from .temporary_unemployment_type_of_un_employment import TemporaryUnemploymentTypeOfUnEmployment
from .upload_document import UploadDocument
from .upload_document_language import UploadDocumentLanguage
from .using_data import UsingData
from .using_data_record import UsingDataRecord
from .withdrawn_document import WithdrawnDocument
from .worker import Worker
from .worker_absences import WorkerAbsences
from .worker_absences_record import WorkerAbsencesRecord
from .worker_cost_centre import WorkerCostCentre
from .worker_cost_centre_record import WorkerCostCentreRecord
from .worker_dimonas import WorkerDimonas
from .worker_education import WorkerEducation
from .worker_exists import WorkerExists
from .worker_language import WorkerLanguage
from .worker_pay_way import WorkerPayWay
from .worker_record import WorkerRecord
from .worker_sex import WorkerSex
from .worker_travel_expenses import WorkerTravelExpenses
from .worker_v2 import WorkerV2
from .worker_v2_education import WorkerV2Education
from .worker_v2_language import WorkerV2Language
from .worker_v2_pay_way import WorkerV2PayWay
from .worker_v2_sex import WorkerV2Sex
from .worker_v2_travel_expenses import WorkerV2TravelExpenses
from .worker_v2_type_of_travel_expenses import WorkerV2TypeOfTravelExpenses

__all__ = (
    "Absence",
    "AbsenceNote",
    "AbsenceNoteMayLeaveHouse",
    "AbsenceNoteReason",
    "AbsenceNoteRecord",
    "AbsenceNoteResume",
    "AbsenceRecord",
    "Address",
    "AddressRecord",
    "AddWorker",
    "AddWorkerAddress",
    "AddWorkerAddressRecord",
    "AddWorkerCommunication",
    "AddWorkerCommunicationCommunicationType",
    "AddWorkerCommunicationRecord",
    "AddWorkerContract",
    "AddWorkerContractAgricultureType",
    "AddWorkerContractCodeC131",
    "AddWorkerContractCodeC131A",
    "AddWorkerContractCodeC98",
    "AddWorkerContractContract",
    "AddWorkerContractDocumentC78",
    "AddWorkerContractEmploymentStatus",
    "AddWorkerContractFixedTerm",
    "AddWorkerContractRecord",
    "AddWorkerContractReducingWorkingKind",
    "AddWorkerContractScaleSalaryPrisma",
    "AddWorkerContractScaleSalaryUse",
    "AddWorkerContractSpecWorkingTime",
    "AddWorkerContractWorkingTime",
    "AddWorkerDimona",
    "AddWorkerDimonaBelated",
    "AddWorkerDimonaQuotaExceeded",
    "AddWorkerDimonaRecord",
    "AddWorkerDimonaStatus",
    "AddWorkerEducation",
    "AddWorkerFamilyStatus",
    "AddWorkerFamilyStatusCivilStatus",
    "AddWorkerFamilyStatusRecord",
    "AddWorkerFamilyStatusSpouseHandicapped",
    "AddWorkerFamilyStatusSpouseProfession",
    "AddWorkerFamilyStatusSpouseSex",
    "AddWorkerFamilyStatusSpouseWithIncome",
    "AddWorkerFamilyStatusWorkerHandicapped",
    "AddWorkerFamilyStatusWorkerSingleWithChildren",
    "AddWorkerLanguage",
    "AddWorkerPayWay",
    "AddWorkerReplacement",
    "AddWorkerReplacementRecord",
    "AddWorkerSalaryComposition",
    "AddWorkerSalaryCompositionRecord",
    "AddWorkerSex",
    "AddWorkerTax",
    "AddWorkerTaxRecord",
    "AddWorkerTaxTaxCalculation",
    "AddWorkerTravelExpenses",
    "AddWorkerTypeOfTravelExpenses",
    "CareerBreakDefinition",
    "CareerBreakDefinitionExist",
    "CareerBreakDefinitionKind",
    "CareerBreakDefinitionOriginallyContractType",
    "CareerBreakDefinitionReason",
    "CareerBreakDefinitionRecord",
    "CertainWorkDefinition",
    "CertainWorkDefinitionExist",
    "CertainWorkDefinitionRecord",
    "Communication",
    "CommunicationCommunicationType",
    "CommunicationRecord",
    "CompanyCar",
    "CompanyCarInformative",
    "CompanyCarLightTruck",
    "CompanyCarMotorType",
    "CompanyCarPoolCar",
    "CompanyCarRecord",
    "Contract",
    "ContractAgricultureType",
    "ContractCodeC131",
    "ContractCodeC131A",
    "ContractCodeC131ARequestFT",
    "ContractCodeC98",
    "ContractContract",
    "ContractDimona",
    "ContractDimonaBelated",
    "ContractDimonaQuotaExceeded",
    "ContractDimonaRecord",
    "ContractDimonaStatus",
    "ContractDocumentC78",
    "ContractEmploymentStatus",
    "ContractFixedTerm",
    "ContractNoASRDRS",
    "ContractNoDimona",
    "ContractNoDMFA",
    "ContractRecord",
    "ContractReducingWorkingKind",
    "ContractSalaryComposition",
    "ContractSalaryCompositionRecord",
    "ContractSalaryCompositionTypeOfIndexing",
    "ContractScaleSalaryPrisma",
    "ContractScaleSalaryUse",
    "ContractSocialBalanceJoblevel",
    "ContractSpecWorkingTime",
    "ContractWorkingTime",
    "CostCentreShare",
    "CostCentreShareRecord",
    "Department",
    "Dimona",
    "DimonaBelated",
    "DimonaPeriod",
    "DimonaPeriodBelated",
    "DimonaPeriodQuotaExceeded",
    "DimonaPeriodStatus",
    "DimonaQuotaExceeded",
    "DimonaStatus",
    "DivergentPayment",
    "DivergentPaymentPayoutType",
    "DivergentPaymentPayWay",
    "DivergentPaymentRecord",
    "DivergentPaymentsDeleteTypeID",
    "DivergentPaymentsUpdateTypeID",
    "DivergentSalaryScale",
    "DocumentInfo",
    "DocumentInfoDocumentType",
    "EmployerCostCentre",
    "Error",
    "ErrorErrorsItem",
    "FailedPrestation",
    "FamilyStatus",
    "FamilyStatusCivilStatus",
    "FamilyStatusRecord",
    "FamilyStatusSpouseHandicapped",
    "FamilyStatusSpouseProfession",
    "FamilyStatusSpouseSex",
    "FamilyStatusSpouseWithIncome",
    "FamilyStatusWorkerHandicapped",
    "FamilyStatusWorkerSingleWithChildren",
    "FirstDayOfUnemployment",
    "FirstDayOfUnemploymentRecord",
    "FirstDayOfUnemploymentStatus",
    "FirstDayOfUnemploymentTypeOfUnEmployment",
    "InternationalEmploymentDefinition",
    "InternationalEmploymentDefinitionExist",
    "InternationalEmploymentDefinitionKind",
    "InternationalEmploymentDefinitionRecord",
    "JointCommittee",
    "JointCommitteeProfessionalCategories",
    "LeaveCounter",
    "MethodOfRemunerationDefinition",
    "MethodOfRemunerationDefinitionExist",
    "MethodOfRemunerationDefinitionPayment",
    "MethodOfRemunerationDefinitionRecord",
    "MethodOfRemunerationDefinitionRemuneration",
    "Modification",
    "ModificationAction",
    "ModificationEntity",
    "NewDimona",
    "NewDimonaBelated",
    "NewDimonaContractType",
    "NewDimonaEmploymentNature",
    "NewDimonaNatureDeclaration",
    "NewDimonaQuotaExceeded",
    "NewDimonaSex",
    "NewDimonaStatus",
    "NewDimonaStudent",
    "NewDimonaWorkerStatus",
    "NewWorkerNumber",
    "NssoCategory",
    "Prestation",
    "PrestationCost",
    "Prestations",
    "PrestationsCompleted",
    "PrestationsCompletedCorrection",
    "PrestationsReset",
    "ProfessionalCategory",
    "ProgressiveWorkResumptionDefinition",
    "ProgressiveWorkResumptionDefinitionExist",
    "ProgressiveWorkResumptionDefinitionRecord",
    "ProgressiveWorkResumptionDefinitionRisk",
    "ProtectedEmployeeDefinition",
    "ProtectedEmployeeDefinitionExist",
    "ProtectedEmployeeDefinitionRecord",
    "Replacement",
    "ReplacementRecord",
    "Result",
    "RetiredDefinition",
    "RetiredDefinitionApplyCollecting2NdPensionPillar",
    "RetiredDefinitionExist",
    "RetiredDefinitionKind",
    "RetiredDefinitionRecord",
    "SalaryComposition",
    "SalaryCompositionTypeOfIndexing",
    "Schedule",
    "ScheduleRecord",
    "ScheduleWeek",
    "ScheduleWeekRecord",
    "SportsPersonDefinition",
    "SportsPersonDefinitionExist",
    "SportsPersonDefinitionOpportunityContract",
    "SportsPersonDefinitionRecognizedForeignSportsperson",
    "SportsPersonDefinitionRecord",
    "StudentDefinition",
    "StudentDefinitionExist",
    "StudentDefinitionRecord",
    "StudentDefinitionSolidarityContribution",
    "Tax",
    "TaxRecord",
    "TaxTaxCalculation",
    "TemporaryUnemployment",
    "TemporaryUnemploymentRegime",
    "TemporaryUnemploymentStatus",
    "TemporaryUnemploymentTypeOfUnEmployment",
    "UploadDocument",
    "UploadDocumentLanguage",
    "UsingData",
    "UsingDataRecord",
    "WithdrawnDocument",
    "Worker",
    "WorkerAbsences",
    "WorkerAbsencesRecord",
    "WorkerCostCentre",
    "WorkerCostCentreRecord",
    "WorkerDimonas",
    "WorkerEducation",
    "WorkerExists",
    "WorkerLanguage",
    "WorkerPayWay",
    "WorkerRecord",
    "WorkerSex",
    "WorkerTravelExpenses",
    "WorkerV2",
    "WorkerV2Education",
    "WorkerV2Language",
    "WorkerV2PayWay",
    "WorkerV2Sex",
    "WorkerV2TravelExpenses",
    "WorkerV2TypeOfTravelExpenses",
)
