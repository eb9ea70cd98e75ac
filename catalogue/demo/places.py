"""Demo sales points, fairs and news of the five provinces (dates relative to today).

Sales points stand in real towns with plausible addresses and coordinates; fairs follow the
plans (Lạng Sơn's provincial fair, Quảng Nam's themed fairs, Sơn La sending producers to
other provinces, virtual fairs).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

Hours = dict[int, tuple[datetime.time, datetime.time] | None]


def _t(text: str) -> datetime.time:
    hours, minutes = text.split(":")
    return datetime.time(int(hours), int(minutes))


def office_hours() -> Hours:
    """Monday to Friday 7:30–17:30, Saturday morning, closed on Sunday."""
    hours: Hours = {day: (_t("7:30"), _t("17:30")) for day in range(5)}
    hours[5] = (_t("8:00"), _t("12:00"))
    return hours


def every_day(opens: str, closes: str) -> Hours:
    return {day: (_t(opens), _t(closes)) for day in range(7)}


@dataclass(frozen=True)
class SalesPointData:
    slug: str
    title: str
    kind: str  # outlets SalesPointPage.Kind value
    province: str
    district: str
    address: str
    lat: float
    lng: float
    phone: str
    hours: Hours
    description: str
    # Product codes stocked here; all certified in the demo register (some expire within 30 days).
    stock: tuple[str, ...]
    managed_by_demo_manager: bool = False


SALES_POINTS: list[SalesPointData] = [
    SalesPointData(
        "ocop-son-la",
        "Điểm giới thiệu và bán sản phẩm OCOP tỉnh Sơn La",
        "centre_province",
        "Sơn La",
        "Thành phố Sơn La",
        "Số 8 đường Tô Hiệu, phường Tô Hiệu, thành phố Sơn La",
        21.3261,
        103.9180,
        "0212 3852 468",
        office_hours(),
        "<p>Trưng bày và bán sản phẩm OCOP của 12 huyện, thành phố tỉnh Sơn La và một số tỉnh bạn.</p>",
        (
            "SL-MOCCHAU-OLONG-01",
            "SL-BACYEN-SHANTUYET-01",
            "SL-MAISON-ARABICA-01",
            "SL-SONGMA-LONGNHAN-01",
            "SL-TPSL-TRAUGACBEP-01",
            "SL-BACYEN-SONTRA-01",
            "SL-THUANCHAU-KHANPIEU-01",
            "BK-NARI-MIENDONG-01",
            "LS-VANQUAN-HOAHOI-01",
        ),
        managed_by_demo_manager=True,
    ),
    SalesPointData(
        "ocop-moc-chau",
        "Điểm bán sản phẩm OCOP Mộc Châu",
        "tourist_site",
        "Sơn La",
        "Mộc Châu",
        "Tiểu khu 3, thị trấn Mộc Châu, huyện Mộc Châu",
        20.8476,
        104.6394,
        "0212 3866 215",
        every_day("7:00", "20:00"),
        "<p>Điểm dừng chân trên Quốc lộ 6 với chè, mận và đặc sản cao nguyên Mộc Châu.</p>",
        (
            "SL-MOCCHAU-OLONG-01",
            "SL-MOCCHAU-MANHAU-01",
            "SL-YENCHAU-XOAITRON-01",
            "SL-BACYEN-RUOUSONTRA-01",
            "SL-MAISON-ARABICA-01",
        ),
    ),
    SalesPointData(
        "ocop-bac-kan",
        "Điểm giới thiệu sản phẩm OCOP Bắc Kạn",
        "sales_point",
        "Bắc Kạn",
        "Thành phố Bắc Kạn",
        "Đường Trường Chinh, phường Đức Xuân, thành phố Bắc Kạn",
        22.1472,
        105.8352,
        "0209 3870 115",
        office_hours(),
        "<p>Sản phẩm OCOP của 8 huyện, thành phố tỉnh Bắc Kạn: miến dong, cam, quýt, chè Shan tuyết.</p>",
        (
            "BK-NARI-MIENDONG-01",
            "BK-BACHTHONG-CAM-01",
            "BK-CHODON-QUYT-01",
            "BK-CHODON-CHESHAN-01",
            "BK-CHODON-BAOTHAI-01",
            "BK-TPBK-GIAOCOLAM-01",
            "BK-NGANSON-RUOUNAPHAC-01",
        ),
    ),
    SalesPointData(
        "ocop-ho-ba-be",
        "Điểm bán sản phẩm OCOP hồ Ba Bể",
        "tourist_site",
        "Bắc Kạn",
        "Ba Bể",
        "Bến thuyền Pác Ngòi, xã Nam Mẫu, huyện Ba Bể",
        22.4178,
        105.6189,
        "0209 3894 026",
        every_day("7:30", "18:00"),
        "<p>Quầy đặc sản bên hồ Ba Bể cho khách du lịch.</p>",
        (
            "BK-BABE-HONG-01",
            "BK-BACHTHONG-KHAUSLI-01",
            "BK-PACNAM-THOCAM-01",
            "BK-NARI-MIENDONG-01",
        ),
    ),
    SalesPointData(
        "ocop-hung-yen",
        "Điểm giới thiệu và bán sản phẩm OCOP tỉnh Hưng Yên",
        "centre_province",
        "Hưng Yên",
        "Thành phố Hưng Yên",
        "Đường Nguyễn Văn Linh, phường Hiến Nam, thành phố Hưng Yên",
        20.6540,
        106.0560,
        "0221 3862 379",
        office_hours(),
        "<p>Nhãn lồng, tương Bần, tinh bột nghệ và các sản phẩm OCOP của Hưng Yên.</p>",
        (
            "HY-TPHY-NHANLONG-01",
            "HY-TPHY-LONGNHAN-01",
            "HY-TPHY-MATONGNHAN-01",
            "HY-MYHAO-TUONGBAN-01",
            "HY-KHOAICHAU-TINHBOTNGHE-01",
            "HY-KHOAICHAU-CHUOI-01",
            "QN-THANGBINH-CUAKHE-01",
        ),
    ),
    SalesPointData(
        "ocop-lang-son",
        "Điểm giới thiệu và bán sản phẩm OCOP Lạng Sơn",
        "sales_point",
        "Lạng Sơn",
        "Thành phố Lạng Sơn",
        "Đường Lê Lợi, phường Vĩnh Trại, thành phố Lạng Sơn",
        21.8490,
        106.7630,
        "0205 3812 640",
        office_hours(),
        "<p>Hồi, quế, na Chi Lăng, rượu Mẫu Sơn và sản phẩm OCOP xứ Lạng.</p>",
        (
            "LS-VANQUAN-HOAHOI-01",
            "LS-VANQUAN-TINHDAUHOI-01",
            "LS-CHILANG-NA-01",
            "LS-BACSON-QUYT-01",
            "LS-LOCBINH-RUOUMAUSON-01",
            "LS-VANLANG-HONGVANHKHUYEN-01",
            "LS-CAOLOC-HONGBAOLAM-01",
        ),
    ),
    SalesPointData(
        "ocop-hoi-an",
        "Điểm giới thiệu sản phẩm OCOP Hội An",
        "tourist_site",
        "Quảng Nam",
        "Thành phố Hội An",
        "Đường Trần Hưng Đạo, phường Minh An, thành phố Hội An",
        15.8797,
        108.3290,
        "0235 3861 327",
        every_day("8:00", "21:30"),
        "<p>Gốm Thanh Hà, đèn lồng, lụa Mã Châu và đặc sản xứ Quảng giữa phố cổ.</p>",
        (
            "QN-HOIAN-GOMTHANHHA-01",
            "QN-HOIAN-DENLONG-01",
            "QN-DUYXUYEN-LUAMACHAU-01",
            "QN-HOIAN-MOCKIMBONG-01",
            "QN-THANGBINH-CUAKHE-01",
            "QN-BACTRAMY-QUE-01",
        ),
    ),
    SalesPointData(
        "ocop-quang-nam",
        "Trung tâm OCOP tỉnh Quảng Nam",
        "centre_province",
        "Quảng Nam",
        "Thành phố Tam Kỳ",
        "Đường Hùng Vương, phường An Mỹ, thành phố Tam Kỳ",
        15.5735,
        108.4745,
        "0235 3810 492",
        office_hours(),
        "<p>Trung tâm giới thiệu sản phẩm OCOP của 18 huyện, thị xã, thành phố tỉnh Quảng Nam.</p>",
        (
            "QN-NAMTRAMY-SAMNGOCLINH-01",
            "QN-NAMTRAMY-RUOUSAM-01",
            "QN-BACTRAMY-QUE-01",
            "QN-BACTRAMY-TINHDAUQUE-01",
            "QN-THANGBINH-CUAKHE-01",
            "QN-NAMGIANG-THOCAMZARA-01",
            "QN-HOIAN-GOMTHANHHA-01",
        ),
    ),
]


@dataclass(frozen=True)
class FairData:
    slug: str
    title: str  # "{year}" is filled from the start date
    kind: str  # cms FairPage.Kind value
    start_in_days: int
    days: int
    venue: str
    address: str
    province: str | None
    district: str | None
    organiser: str
    description: str
    lat: float | None = None
    lng: float | None = None
    contact: str = ""
    product_codes: tuple[str, ...] = field(default=())


FAIRS: list[FairData] = [
    FairData(
        "hoi-cho-ocop-lang-son",
        "Hội chợ OCOP tỉnh Lạng Sơn {year}",
        "provincial",
        -75,
        5,
        "Quảng trường trung tâm thành phố Lạng Sơn",
        "Phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn",
        "Lạng Sơn",
        "Thành phố Lạng Sơn",
        "Sở Công Thương tỉnh Lạng Sơn",
        "Hội chợ OCOP cấp tỉnh tổ chức hai năm một lần, với gian hàng của 11 huyện, thành phố và các "
        "tỉnh bạn.",
        21.8530,
        106.7610,
        "Phòng Quản lý thương mại, Sở Công Thương Lạng Sơn",
        ("LS-VANQUAN-HOAHOI-01", "LS-CHILANG-NA-01", "LS-LOCBINH-RUOUMAUSON-01", "LS-BACSON-QUYT-01"),
    ),
    FairData(
        "hoi-cho-ocop-quang-nam",
        "Hội chợ OCOP tỉnh Quảng Nam {year}",
        "provincial",
        18,
        5,
        "Quảng trường 24 tháng 3",
        "Đường Hùng Vương, thành phố Tam Kỳ, tỉnh Quảng Nam",
        "Quảng Nam",
        "Thành phố Tam Kỳ",
        "Sở Công Thương tỉnh Quảng Nam",
        "Hơn 150 gian hàng sản phẩm OCOP, làng nghề và đặc sản của các huyện miền núi Quảng Nam. "
        "Có khu trình diễn làm gốm Thanh Hà và dệt thổ cẩm Cơ Tu.",
        15.5728,
        108.4742,
        "Trung tâm Xúc tiến thương mại Quảng Nam",
        (
            "QN-NAMTRAMY-SAMNGOCLINH-01",
            "QN-HOIAN-GOMTHANHHA-01",
            "QN-THANGBINH-CUAKHE-01",
            "QN-DUYXUYEN-LUAMACHAU-01",
            "QN-NAMGIANG-THOCAMZARA-01",
        ),
    ),
    FairData(
        "tuan-le-ocop-son-la-tai-ha-noi",
        "Tuần lễ sản phẩm OCOP Sơn La tại Hà Nội {year}",
        "other_province",
        40,
        7,
        "Cung Văn hóa Hữu nghị Việt Xô",
        "91 Trần Hưng Đạo, quận Hoàn Kiếm, Hà Nội",
        "Sơn La",
        None,
        "Sở Công Thương tỉnh Sơn La",
        "Sơn La đưa hơn 30 chủ thể OCOP về giới thiệu chè, cà phê, trái cây và đặc sản Tây Bắc với "
        "người tiêu dùng Thủ đô.",
        21.0227,
        105.8442,
        "Trung tâm Khuyến công và Xúc tiến thương mại Sơn La",
        ("SL-MOCCHAU-OLONG-01", "SL-MAISON-ARABICA-01", "SL-YENCHAU-XOAITRON-01", "SL-TPSL-TRAUGACBEP-01"),
    ),
    FairData(
        "hoi-cho-ocop-truc-tuyen",
        "Hội chợ OCOP trực tuyến {year}",
        "virtual",
        5,
        30,
        "Trực tuyến",
        "",
        None,
        None,
        "Sở Công Thương năm tỉnh Sơn La, Bắc Kạn, Hưng Yên, Lạng Sơn, Quảng Nam",
        "Gian hàng trực tuyến của năm tỉnh, livestream giới thiệu sản phẩm mỗi tối và ưu đãi giao "
        "hàng cho đơn đặt trong thời gian hội chợ.",
        product_codes=(
            "BK-NARI-MIENDONG-01",
            "HY-TPHY-LONGNHAN-01",
            "HY-MYHAO-TUONGBAN-01",
            "LS-VANQUAN-TINHDAUHOI-01",
            "SL-BACYEN-SHANTUYET-01",
        ),
    ),
]


@dataclass(frozen=True)
class NewsData:
    slug: str
    title: str
    days_ago: int
    intro: str
    body: str


NEWS: list[NewsData] = [
    NewsData(
        "mien-dong-na-ri-nang-hang-4-sao",
        "Miến dong Na Rì được nâng hạng 4 sao",
        60,
        "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Bắc Kạn công nhận Miến dong Na Rì đạt 4 sao.",
        "<p>Sau khi đầu tư vùng nguyên liệu, dây chuyền tráng miến và tem truy xuất nguồn gốc, sản "
        "phẩm Miến dong Na Rì của Hợp tác xã Nông nghiệp Côn Minh đã được nâng hạng từ 3 sao lên 4 "
        "sao. Sản phẩm có mặt tại các điểm bán OCOP của tỉnh và trên chợ OCOP trực tuyến.</p>",
    ),
    NewsData(
        "ra-soat-giay-chung-nhan-ocop-het-han",
        "Rà soát giấy chứng nhận OCOP sắp hết hạn",
        7,
        "Các huyện, thành phố rà soát sản phẩm có giấy chứng nhận OCOP hết hạn trong năm để hướng "
        "dẫn chủ thể đánh giá lại kịp thời.",
        "<p>Giấy chứng nhận sản phẩm OCOP có thời hạn 36 tháng. Sản phẩm hết hạn mà chưa được đánh "
        "giá lại sẽ không còn được bán với nhãn OCOP trên chợ OCOP và tại các điểm bán. Chủ thể được "
        "thông báo ít nhất 30 ngày trước khi giấy chứng nhận hết hạn.</p>",
    ),
]
