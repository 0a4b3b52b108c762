from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.company_car_informative import CompanyCarInformative
from ..models.company_car_light_truck import CompanyCarLightTruck
from ..models.company_car_motor_type import CompanyCarMotorType
from ..models.company_car_pool_car import CompanyCarPoolCar
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyCar")


@_attrs_define
class CompanyCar:
    """
    Attributes:
        starting_date (str):
        license_plate (str):
        ending_date (str | Unset):
        worker_id (int | Unset):
        cat_rsz (str | Unset):
        motor_type (CompanyCarMotorType | Unset): The values the vendor schema lists for `CompanyCar.MotorType`.
        tax_horsepower (int | Unset):
        co_2_emissions_hybride_wltp (int | Unset):
        co_2_emissions_hybride (int | Unset):
        co_2_emissions_wltp (int | Unset):
        co_2_emissions (int | Unset):
        code (int | Unset):
        fuel_card (str | Unset):
        brand (str | Unset):
        order_date (str | Unset):
        registration_date (str | Unset):
        catalog_price (float | Unset):
        light_truck (CompanyCarLightTruck | Unset): The values the vendor schema lists for `CompanyCar.LightTruck`.
        informative (CompanyCarInformative | Unset): The values the vendor schema lists for `CompanyCar.Informative`.
        pool_car (CompanyCarPoolCar | Unset): The values the vendor schema lists for `CompanyCar.PoolCar`.
        pers_contribution_amount (float | Unset):
        pers_contribution_percentage (float | Unset):
        pers_contribution_code (int | Unset):
    """

    starting_date: str
    license_plate: str
    ending_date: str | Unset = UNSET
    worker_id: int | Unset = UNSET
    cat_rsz: str | Unset = UNSET
    motor_type: CompanyCarMotorType | Unset = UNSET
    tax_horsepower: int | Unset = UNSET
    co_2_emissions_hybride_wltp: int | Unset = UNSET
    co_2_emissions_hybride: int | Unset = UNSET
    co_2_emissions_wltp: int | Unset = UNSET
    co_2_emissions: int | Unset = UNSET
    code: int | Unset = UNSET
    fuel_card: str | Unset = UNSET
    brand: str | Unset = UNSET
    order_date: str | Unset = UNSET
    registration_date: str | Unset = UNSET
    catalog_price: float | Unset = UNSET
    light_truck: CompanyCarLightTruck | Unset = UNSET
    informative: CompanyCarInformative | Unset = UNSET
    pool_car: CompanyCarPoolCar | Unset = UNSET
    pers_contribution_amount: float | Unset = UNSET
    pers_contribution_percentage: float | Unset = UNSET
    pers_contribution_code: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        starting_date = self.starting_date

        license_plate = self.license_plate

        ending_date = self.ending_date

        worker_id = self.worker_id

        cat_rsz = self.cat_rsz

        motor_type: str | Unset = UNSET
        if not isinstance(self.motor_type, Unset):
            motor_type = self.motor_type.value

        tax_horsepower = self.tax_horsepower

        co_2_emissions_hybride_wltp = self.co_2_emissions_hybride_wltp

        co_2_emissions_hybride = self.co_2_emissions_hybride

        co_2_emissions_wltp = self.co_2_emissions_wltp

        co_2_emissions = self.co_2_emissions

        code = self.code

        fuel_card = self.fuel_card

        brand = self.brand

        order_date = self.order_date

        registration_date = self.registration_date

        catalog_price = self.catalog_price

        light_truck: str | Unset = UNSET
        if not isinstance(self.light_truck, Unset):
            light_truck = self.light_truck.value

        informative: str | Unset = UNSET
        if not isinstance(self.informative, Unset):
            informative = self.informative.value

        pool_car: str | Unset = UNSET
        if not isinstance(self.pool_car, Unset):
            pool_car = self.pool_car.value

        pers_contribution_amount = self.pers_contribution_amount

        pers_contribution_percentage = self.pers_contribution_percentage

        pers_contribution_code = self.pers_contribution_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "StartingDate": starting_date,
                "LicensePlate": license_plate,
            }
        )
        if ending_date is not UNSET:
            field_dict["EndingDate"] = ending_date
        if worker_id is not UNSET:
            field_dict["WorkerId"] = worker_id
        if cat_rsz is not UNSET:
            field_dict["CatRSZ"] = cat_rsz
        if motor_type is not UNSET:
            field_dict["MotorType"] = motor_type
        if tax_horsepower is not UNSET:
            field_dict["TaxHorsepower"] = tax_horsepower
        if co_2_emissions_hybride_wltp is not UNSET:
            field_dict["Co2EmissionsHybrideWLTP"] = co_2_emissions_hybride_wltp
        if co_2_emissions_hybride is not UNSET:
            field_dict["Co2EmissionsHybride"] = co_2_emissions_hybride
        if co_2_emissions_wltp is not UNSET:
            field_dict["Co2EmissionsWLTP"] = co_2_emissions_wltp
        if co_2_emissions is not UNSET:
            field_dict["Co2Emissions"] = co_2_emissions
        if code is not UNSET:
            field_dict["Code"] = code
        if fuel_card is not UNSET:
            field_dict["FuelCard"] = fuel_card
        if brand is not UNSET:
            field_dict["Brand"] = brand
        if order_date is not UNSET:
            field_dict["OrderDate"] = order_date
        if registration_date is not UNSET:
            field_dict["RegistrationDate"] = registration_date
        if catalog_price is not UNSET:
            field_dict["CatalogPrice"] = catalog_price
        if light_truck is not UNSET:
            field_dict["LightTruck"] = light_truck
        if informative is not UNSET:
            field_dict["Informative"] = informative
        if pool_car is not UNSET:
            field_dict["PoolCar"] = pool_car
        if pers_contribution_amount is not UNSET:
            field_dict["PersContributionAmount"] = pers_contribution_amount
        if pers_contribution_percentage is not UNSET:
            field_dict["PersContributionPercentage"] = pers_contribution_percentage
        if pers_contribution_code is not UNSET:
            field_dict["PersContributionCode"] = pers_contribution_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        starting_date = d.pop("StartingDate")

        license_plate = d.pop("LicensePlate")

        ending_date = d.pop("EndingDate", UNSET)

        worker_id = d.pop("WorkerId", UNSET)

        cat_rsz = d.pop("CatRSZ", UNSET)

        _motor_type = d.pop("MotorType", UNSET)
        motor_type: CompanyCarMotorType | Unset
        if isinstance(_motor_type, Unset):
            motor_type = UNSET
        else:
            motor_type = CompanyCarMotorType(_motor_type)

        tax_horsepower = d.pop("TaxHorsepower", UNSET)

        co_2_emissions_hybride_wltp = d.pop("Co2EmissionsHybrideWLTP", UNSET)

        co_2_emissions_hybride = d.pop("Co2EmissionsHybride", UNSET)

        co_2_emissions_wltp = d.pop("Co2EmissionsWLTP", UNSET)

        co_2_emissions = d.pop("Co2Emissions", UNSET)

        code = d.pop("Code", UNSET)

        fuel_card = d.pop("FuelCard", UNSET)

        brand = d.pop("Brand", UNSET)

        order_date = d.pop("OrderDate", UNSET)

        registration_date = d.pop("RegistrationDate", UNSET)

        catalog_price = d.pop("CatalogPrice", UNSET)

        _light_truck = d.pop("LightTruck", UNSET)
        light_truck: CompanyCarLightTruck | Unset
        if isinstance(_light_truck, Unset):
            light_truck = UNSET
        else:
            light_truck = CompanyCarLightTruck(_light_truck)

        _informative = d.pop("Informative", UNSET)
        informative: CompanyCarInformative | Unset
        if isinstance(_informative, Unset):
            informative = UNSET
        else:
            informative = CompanyCarInformative(_informative)

        _pool_car = d.pop("PoolCar", UNSET)
        pool_car: CompanyCarPoolCar | Unset
        if isinstance(_pool_car, Unset):
            pool_car = UNSET
        else:
            pool_car = CompanyCarPoolCar(_pool_car)

        pers_contribution_amount = d.pop("PersContributionAmount", UNSET)

        pers_contribution_percentage = d.pop("PersContributionPercentage", UNSET)

        pers_contribution_code = d.pop("PersContributionCode", UNSET)

        company_car = cls(
            starting_date=starting_date,
            license_plate=license_plate,
            ending_date=ending_date,
            worker_id=worker_id,
            cat_rsz=cat_rsz,
            motor_type=motor_type,
            tax_horsepower=tax_horsepower,
            co_2_emissions_hybride_wltp=co_2_emissions_hybride_wltp,
            co_2_emissions_hybride=co_2_emissions_hybride,
            co_2_emissions_wltp=co_2_emissions_wltp,
            co_2_emissions=co_2_emissions,
            code=code,
            fuel_card=fuel_card,
            brand=brand,
            order_date=order_date,
            registration_date=registration_date,
            catalog_price=catalog_price,
            light_truck=light_truck,
            informative=informative,
            pool_car=pool_car,
            pers_contribution_amount=pers_contribution_amount,
            pers_contribution_percentage=pers_contribution_percentage,
            pers_contribution_code=pers_contribution_code,
        )

        return company_car
