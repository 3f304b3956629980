"""The shop as its documents show it: the logo fitted into a box, and its address and ways
to reach it, from the shop's profile (desktop.core.shop_profile)."""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image

from desktop.core.shop_profile import ShopProfile, png_size
from reports.language import Language


def logo(profile: ShopProfile, width: float, height: float) -> Image | None:
    """The shop's logo as large as fits `width` x `height` (points), its shape kept; None without one."""
    size = png_size(profile.logo_png) if profile.logo_png else None
    if size is None:
        return None
    scale = min(width / size[0], height / size[1])
    return Image(io.BytesIO(profile.logo_png), width=size[0] * scale, height=size[1] * scale)


def logo_reader(profile: ShopProfile) -> tuple[ImageReader, float] | None:
    """For drawing on a canvas: the logo and its width / height ratio."""
    size = png_size(profile.logo_png) if profile.logo_png else None
    return (ImageReader(io.BytesIO(profile.logo_png)), size[0] / size[1]) if size else None


def contact_lines(profile: ShopProfile, lang: Language, *, kvk: bool = False) -> list[str]:
    """Address, then phone, e-mail and website on one line (only what the shop filled in)."""
    reach = [lang.t("Phone {number}", number=profile.phone) if profile.phone else "", profile.email, profile.website]
    lines = [", ".join(profile.address_lines), " · ".join(part for part in reach if part)]
    if kvk and profile.kvk:
        lines.append(lang.t("KvK {number}", number=profile.kvk))
    return [line for line in lines if line]


def language_for(code: str, profile: ShopProfile) -> Language:
    """The documents' language in the shop's form of address (u or je in Dutch)."""
    return Language(code, informal=profile.informal)
