"""The shop's details as its customers see them on paper: address, how to reach it, opening
hours, its logo, who signs the letters and how Dutch texts address the customer.

The shop's name stays in the programme's settings (desktop.core.rules); this profile holds
the rest. Every value is checked at once, so a form can show every mistake beside its field.
"""

from __future__ import annotations

import dataclasses
import re
import struct
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import ValidationError

ADDRESS_FORMS = ("u", "je")  # the Dutch form of address of every customer-facing text
ENVELOPE_WINDOWS = ("A", "B")  # DIN 5008 form A (address 27 mm from the top) or B (45 mm)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
LOGO_MAX_BYTES = 1_000_000
LOGO_MIN_PIXELS = 64  # below this a logo prints blurred even at card size
LOGO_MAX_PIXELS = 4000

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{6,20}$")
_WEBSITE = re.compile(r"^(https?://)?[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+(/\S*)?$")
_LIMITS = {"street": 80, "postcode": 10, "city": 60, "phone": 20, "email": 120, "website": 120,
           "kvk": 8, "opening_hours": 400, "signer": 80}


@dataclass(frozen=True)
class ShopProfile:
    street: str = ""  # street and number
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    kvk: str = ""  # Chamber of Commerce number, 8 digits
    opening_hours: str = ""  # one line per day or group of days, as the shop writes them
    signer: str = ""  # the name under a letter
    address_form: str = "u"
    envelope_window: str = "B"
    logo_png: bytes = b""  # PNG; the app turns an SVG into one when it is chosen

    def problems(self) -> list[ValidationError]:
        """Every wrong value, each naming its field (empty when all are right)."""
        found = [ValidationError(name, "At most {limit} characters.", limit=limit)
                 for name, limit in _LIMITS.items() if len(getattr(self, name)) > limit]
        wrong = {error.field for error in found}

        def check(ok: bool, error: ValidationError) -> None:
            if error.field not in wrong and getattr(self, error.field) and not ok:
                found.append(error)

        check(bool(re.fullmatch(r"[0-9]{4} ?[A-Za-z]{2}|[0-9A-Za-z \-]{3,10}", self.postcode)),
              ValidationError("postcode", "Enter a postcode such as 1234 AB."))
        check(bool(_PHONE.match(self.phone)), ValidationError("phone", "Enter a phone number such as 020 123 4567."))
        check(bool(_EMAIL.match(self.email)), ValidationError("email", "Enter an e-mail address such as info@shop.nl."))
        check(bool(_WEBSITE.match(self.website)), ValidationError("website", "Enter a website such as www.shop.nl."))
        check(self.kvk.isdigit() and len(self.kvk) == 8, ValidationError("kvk", "A KvK number has 8 digits."))
        if self.address_form not in ADDRESS_FORMS:
            found.append(ValidationError("address_form", "Must be one of {choices}.", choices=", ".join(ADDRESS_FORMS)))
        if self.envelope_window not in ENVELOPE_WINDOWS:
            found.append(ValidationError("envelope_window", "Must be one of {choices}.",
                                         choices=", ".join(ENVELOPE_WINDOWS)))
        if self.logo_png:
            problem = logo_problem(self.logo_png)
            if problem is not None:
                found.append(problem)
        return found

    def with_values(self, values: dict[str, Any]) -> ShopProfile:
        known = {f.name for f in dataclasses.fields(self)}
        unknown = set(values) - known
        if unknown:
            raise ValidationError(sorted(unknown)[0], "Unknown setting.")
        return dataclasses.replace(self, **values)

    @property
    def address_lines(self) -> list[str]:
        town = " ".join(part for part in (self.postcode, self.city) if part)
        return [line for line in (self.street, town) if line]

    @property
    def informal(self) -> bool:
        return self.address_form == "je"


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's header, or None when the bytes are not a PNG."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def logo_problem(data: bytes) -> ValidationError | None:
    """Why these bytes cannot be the shop's logo, or None when they can."""
    size = png_size(data)
    if size is None:
        return ValidationError("logo_png", "The logo must be a PNG or SVG picture.")
    if len(data) > LOGO_MAX_BYTES:
        return ValidationError("logo_png", "The logo is larger than {limit} MB; choose a smaller picture.",
                               limit=LOGO_MAX_BYTES // 1_000_000)
    if min(size) < LOGO_MIN_PIXELS:
        return ValidationError("logo_png", "The logo is {width} x {height} pixels: at least {least} are needed "
                               "on each side to print sharp.", width=size[0], height=size[1], least=LOGO_MIN_PIXELS)
    if max(size) > LOGO_MAX_PIXELS:
        return ValidationError("logo_png", "The logo is {width} x {height} pixels: at most {most} on a side.",
                               width=size[0], height=size[1], most=LOGO_MAX_PIXELS)
    return None
