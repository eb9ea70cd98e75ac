"""Curated demo catalogue: real OCOP specialties of the five provinces of the plans.

Products, districts and communes are real (administrative units as before the 2025
reorganisation); producers' names are plausible and their registration numbers invented
(10 digits, starting with the province's tax-code prefix). Stars and certificate dates are
demo data: ``catalogue.demo.register`` turns this module into a registry feed.
"""

from __future__ import annotations

from dataclasses import dataclass

# The provinces and their districts (huyện, thành phố, thị xã) as the plans name them.
PROVINCES: dict[str, list[str]] = {
    "Sơn La": [
        "Thành phố Sơn La",
        "Quỳnh Nhai",
        "Thuận Châu",
        "Mường La",
        "Bắc Yên",
        "Phù Yên",
        "Mộc Châu",
        "Yên Châu",
        "Mai Sơn",
        "Sông Mã",
        "Sốp Cộp",
        "Vân Hồ",
    ],
    "Bắc Kạn": [
        "Thành phố Bắc Kạn",
        "Ba Bể",
        "Pác Nặm",
        "Ngân Sơn",
        "Bạch Thông",
        "Chợ Đồn",
        "Chợ Mới",
        "Na Rì",
    ],
    "Hưng Yên": [
        "Thành phố Hưng Yên",
        "Thị xã Mỹ Hào",
        "Văn Lâm",
        "Văn Giang",
        "Yên Mỹ",
        "Khoái Châu",
        "Ân Thi",
        "Kim Động",
        "Tiên Lữ",
        "Phù Cừ",
    ],
    "Lạng Sơn": [
        "Thành phố Lạng Sơn",
        "Tràng Định",
        "Văn Lãng",
        "Văn Quan",
        "Bình Gia",
        "Bắc Sơn",
        "Hữu Lũng",
        "Chi Lăng",
        "Cao Lộc",
        "Lộc Bình",
        "Đình Lập",
    ],
    "Quảng Nam": [
        "Thành phố Tam Kỳ",
        "Thành phố Hội An",
        "Thị xã Điện Bàn",
        "Đại Lộc",
        "Duy Xuyên",
        "Quế Sơn",
        "Nông Sơn",
        "Thăng Bình",
        "Núi Thành",
        "Phú Ninh",
        "Tiên Phước",
        "Hiệp Đức",
        "Bắc Trà My",
        "Nam Trà My",
        "Phước Sơn",
        "Nam Giang",
        "Đông Giang",
        "Tây Giang",
    ],
}

# Short codes used in product codes and certificate numbers.
PROVINCE_CODES: dict[str, str] = {
    "Sơn La": "SL",
    "Bắc Kạn": "BK",
    "Hưng Yên": "HY",
    "Lạng Sơn": "LS",
    "Quảng Nam": "QN",
}


# Subgroup keys used here -> the Vietnamese text the registry sends (it becomes the category name).
SUBGROUP_NAMES: dict[str, str] = {
    "fresh-agricultural": "Nông sản tươi sống",
    "processed-agricultural": "Nông sản chế biến",
    "spices": "Gia vị",
    "tea": "Chè và sản phẩm từ chè",
    "coffee-cocoa": "Cà phê, ca cao",
    "meat-processed": "Thịt chế biến",
    "alcoholic": "Đồ uống có cồn",
    "non-alcoholic": "Đồ uống không cồn",
    "herbal-tea": "Trà dược liệu",
    "functional-food": "Thực phẩm chức năng, dược liệu",
    "essential-oils": "Tinh dầu",
    "textiles": "Dệt may, thêu",
    "ceramics": "Gốm sứ",
    "wood": "Đồ gỗ",
    "metal": "Đồ kim khí",
    "souvenirs-decor": "Đồ lưu niệm, trang trí",
    "ornamental-plants": "Cây cảnh, hoa",
    "ornamental-animals": "Động vật cảnh",
    "community-tourism": "Du lịch cộng đồng",
}


@dataclass(frozen=True)
class ProducerData:
    key: str
    registration_no: str
    name: str
    legal_form: str  # catalogue.models.LegalForm value
    province: str
    district: str
    commune: str
    story: str


@dataclass(frozen=True)
class Specialty:
    code: str  # registry product_code
    name: str
    producer: str  # ProducerData.key
    group: str  # catalogue.models.OcopGroup value
    subgroup: str
    stars: int
    price: int  # VND, whole đồng
    packaging: str
    weight_g: int | None
    description: str
    story: str


def _producer(
    key: str, reg: str, name: str, form: str, where: tuple[str, str, str], story: str
) -> ProducerData:
    province, district, commune = where
    return ProducerData(key, reg, name, form, province, district, commune, story)


PRODUCERS: dict[str, ProducerData] = {
    p.key: p
    for p in [
        # --- Sơn La (tax-code prefix 55) ---------------------------------------------------
        _producer(
            "htx-che-tan-lap",
            "5500234561",
            "Hợp tác xã Chè Tân Lập",
            "cooperative",
            ("Sơn La", "Mộc Châu", "Tân Lập"),
            "Hợp tác xã được thành lập bởi các hộ trồng chè trên cao nguyên Mộc Châu. Các xã viên "
            "cùng chăm sóc đồi chè theo quy trình VietGAP và tự chế biến chè Ô long ngay tại xưởng "
            "của hợp tác xã.",
        ),
        _producer(
            "htx-che-ta-xua",
            "5500345672",
            "Hợp tác xã Chè Shan tuyết Tà Xùa",
            "cooperative",
            ("Sơn La", "Bắc Yên", "Tà Xùa"),
            "Những hộ người Mông ở Tà Xùa góp cây chè cổ thụ của gia đình để lập hợp tác xã. Chè "
            "được hái tay trên độ cao hơn 1.500 mét và sao chế thủ công.",
        ),
        _producer(
            "htx-muong-sang",
            "5500456783",
            "Hợp tác xã Nông nghiệp Mường Sang",
            "cooperative",
            ("Sơn La", "Mộc Châu", "Mường Sang"),
            "Hợp tác xã liên kết hơn 40 hộ trồng mận ở Mường Sang, thống nhất thời điểm thu hoạch "
            "và đóng hộp để mận đến tay người mua còn giòn, đủ vị chua ngọt.",
        ),
        _producer(
            "htx-chieng-son",
            "5500567894",
            "Hợp tác xã Cây ăn quả Chiềng Sơn",
            "cooperative",
            ("Sơn La", "Mộc Châu", "Chiềng Sơn"),
            "Từ những vườn bơ trồng xen trên nương cũ, hợp tác xã chuyển sang canh tác bơ sáp "
            "ghép, tuyển chọn quả theo độ chín và giao thẳng cho khách.",
        ),
        _producer(
            "htx-xoai-chieng-khoi",
            "5500678905",
            "Hợp tác xã Xoài Chiềng Khoi",
            "cooperative",
            ("Sơn La", "Yên Châu", "Chiềng Khoi"),
            "Hợp tác xã giữ giống xoài tròn bản địa của Yên Châu, nhân giống từ những cây xoài hàng "
            "chục năm tuổi bên hồ Chiềng Khoi.",
        ),
        _producer(
            "htx-caphe-chieng-ban",
            "5500789016",
            "Hợp tác xã Cà phê Chiềng Ban",
            "cooperative",
            ("Sơn La", "Mai Sơn", "Chiềng Ban"),
            "Hợp tác xã thu mua quả chín từ các hộ thành viên, sơ chế ướt và rang xay tại chỗ, giúp "
            "người trồng cà phê Arabica ở Mai Sơn bán được giá cao hơn.",
        ),
        _producer(
            "htx-na-nghiu",
            "5500890127",
            "Hợp tác xã Nông nghiệp Nà Nghịu",
            "cooperative",
            ("Sơn La", "Sông Mã", "Nà Nghịu"),
            "Ven sông Mã, các hộ xã viên trồng nhãn chín muộn và cùng đầu tư lò sấy để làm long "
            "nhãn khi vào vụ.",
        ),
        _producer(
            "hkd-lo-thi-hoa",
            "5500901238",
            "Hộ kinh doanh Lò Thị Hoa",
            "household",
            ("Sơn La", "Thành phố Sơn La", "Phường Chiềng Lề"),
            "Chị Lò Thị Hoa, người Thái ở thành phố Sơn La, làm chẩm chéo theo công thức của bà "
            "ngoại và đưa món chấm quen thuộc của bản ra chợ tỉnh.",
        ),
        _producer(
            "cty-thuc-pham-tay-bac",
            "5501012349",
            "Công ty TNHH Thực phẩm Tây Bắc Sơn La",
            "enterprise",
            ("Sơn La", "Thành phố Sơn La", "Phường Quyết Thắng"),
            "Doanh nghiệp nhỏ chuyên các món khô của vùng Tây Bắc, thu mua thịt trâu từ các bản "
            "vùng cao và chế biến theo cách hun khói gác bếp truyền thống.",
        ),
        _producer(
            "htx-son-tra-hong-ngai",
            "5501123450",
            "Hợp tác xã Sơn tra Hồng Ngài",
            "cooperative",
            ("Sơn La", "Bắc Yên", "Hồng Ngài"),
            "Người Mông ở Hồng Ngài trồng sơn tra (táo mèo) trên sườn núi từ lâu đời. Hợp tác xã "
            "giúp bà con sấy và ngâm rượu thay vì bán quả tươi giá rẻ.",
        ),
        _producer(
            "tht-theu-chieng-pac",
            "5501234561",
            "Tổ hợp tác Thêu dệt thổ cẩm Chiềng Pấc",
            "cooperative_group",
            ("Sơn La", "Thuận Châu", "Chiềng Pấc"),
            "Tổ hợp tác của phụ nữ Thái đen, giữ nghề thêu khăn Piêu bằng tay và truyền dạy cho các "
            "cô gái trong bản.",
        ),
        _producer(
            "htx-du-lich-hua-tat",
            "5501345672",
            "Hợp tác xã Du lịch cộng đồng Hua Tạt",
            "cooperative",
            ("Sơn La", "Vân Hồ", "Vân Hồ"),
            "Các gia đình người Mông ở bản Hua Tạt mở nhà sàn đón khách, cùng nhau giữ bản sạch "
            "đẹp và giới thiệu nghề dệt lanh, làm giấy dó của bản.",
        ),
        # --- Bắc Kạn (47) ------------------------------------------------------------------
        _producer(
            "htx-con-minh",
            "4700123456",
            "Hợp tác xã Nông nghiệp Côn Minh",
            "cooperative",
            ("Bắc Kạn", "Na Rì", "Côn Minh"),
            "Hợp tác xã đầu tiên làm miến dong có thương hiệu ở Côn Minh. Từ lò tráng miến thủ "
            "công, xã viên đã đầu tư máy tráng, sân phơi sạch và vùng dong riềng riêng.",
        ),
        _producer(
            "htx-quang-thuan",
            "4700234567",
            "Hợp tác xã Nông nghiệp Quang Thuận",
            "cooperative",
            ("Bắc Kạn", "Bạch Thông", "Quang Thuận"),
            "Hợp tác xã gom cam của các đồi cam Quang Thuận, phân loại, dán tem truy xuất và đưa "
            "đi các tỉnh miền xuôi mỗi mùa thu hoạch.",
        ),
        _producer(
            "htx-quyt-quang-bach",
            "4700345678",
            "Hợp tác xã Quýt Quảng Bạch",
            "cooperative",
            ("Bắc Kạn", "Chợ Đồn", "Quảng Bạch"),
            "Các hộ người Tày ở Quảng Bạch giữ giống quýt địa phương, trồng không dùng thuốc diệt "
            "cỏ và cùng nhau bán quýt dưới một nhãn hiệu.",
        ),
        _producer(
            "htx-che-bang-phuc",
            "4700456789",
            "Hợp tác xã Chè Shan tuyết Bằng Phúc",
            "cooperative",
            ("Bắc Kạn", "Chợ Đồn", "Bằng Phúc"),
            "Hợp tác xã chăm sóc những cây chè Shan tuyết cổ thụ của Bằng Phúc và chế biến chè "
            "xanh, chè vàng theo cách sao sấy của người Dao.",
        ),
        _producer(
            "htx-ngoc-phai",
            "4700567890",
            "Hợp tác xã Nông nghiệp Ngọc Phái",
            "cooperative",
            ("Bắc Kạn", "Chợ Đồn", "Ngọc Phái"),
            "Hợp tác xã giữ giống lúa Bao Thai trên những cánh đồng thung lũng Chợ Đồn, tự xay xát "
            "và đóng túi gạo cho xã viên.",
        ),
        _producer(
            "hkd-hoang-thi-lan",
            "4700678901",
            "Hộ kinh doanh Hoàng Thị Lan",
            "household",
            ("Bắc Kạn", "Bạch Thông", "Thị trấn Phủ Thông"),
            "Gia đình bà Hoàng Thị Lan làm khẩu sli ba đời ở Phủ Thông, từ nếp cái, mạch nha và "
            "vừng rang trên bếp củi.",
        ),
        _producer(
            "htx-du-lich-nam-mau",
            "4700789012",
            "Hợp tác xã Du lịch Nam Mẫu",
            "cooperative",
            ("Bắc Kạn", "Ba Bể", "Nam Mẫu"),
            "Các homestay của bản Pác Ngòi bên hồ Ba Bể lập hợp tác xã để cùng đón khách, chia "
            "lượt chèo thuyền và giữ giá dịch vụ minh bạch.",
        ),
        _producer(
            "cty-duoc-lieu-bac-ha",
            "4700890123",
            "Công ty cổ phần Công nghệ dược liệu Bắc Hà",
            "enterprise",
            ("Bắc Kạn", "Thành phố Bắc Kạn", "Phường Huyền Tụng"),
            "Doanh nghiệp liên kết với người dân trồng giảo cổ lam dưới tán rừng Bắc Kạn, chế "
            "biến trà túi lọc tại nhà máy ở thành phố Bắc Kạn.",
        ),
        _producer(
            "htx-hong-quang-khe",
            "4700901234",
            "Hợp tác xã Hồng không hạt Quảng Khê",
            "cooperative",
            ("Bắc Kạn", "Ba Bể", "Quảng Khê"),
            "Hợp tác xã chăm sóc những vườn hồng không hạt lâu năm, khử chát quả theo cách truyền "
            "thống trước khi đóng hộp.",
        ),
        _producer(
            "htx-ruou-na-phac",
            "4701012345",
            "Hợp tác xã Rượu men lá Nà Phặc",
            "cooperative",
            ("Bắc Kạn", "Ngân Sơn", "Thị trấn Nà Phặc"),
            "Hợp tác xã của những gia đình người Tày nấu rượu men lá, giữ bí quyết men từ hàng "
            "chục loại lá rừng.",
        ),
        _producer(
            "hkd-nong-van-tuan",
            "4701123456",
            "Hộ kinh doanh Nông Văn Tuấn",
            "household",
            ("Bắc Kạn", "Thành phố Bắc Kạn", "Phường Đức Xuân"),
            "Cơ sở nhỏ làm lạp sườn hun khói theo cách của người Tày, bán nhiều dịp Tết.",
        ),
        _producer(
            "htx-khang-ninh",
            "4701234567",
            "Hợp tác xã Nông nghiệp Khang Ninh",
            "cooperative",
            ("Bắc Kạn", "Ba Bể", "Khang Ninh"),
            "Hợp tác xã trồng bí thơm trên bãi bồi ven sông Năng, giữ giống bí của người Tày.",
        ),
        _producer(
            "tht-tho-cam-bang-thanh",
            "4701345678",
            "Tổ hợp tác Thổ cẩm Bằng Thành",
            "cooperative_group",
            ("Bắc Kạn", "Pác Nặm", "Bằng Thành"),
            "Phụ nữ Dao đỏ ở Bằng Thành cùng thêu thổ cẩm vào những ngày nông nhàn và may thành "
            "túi, khăn bán cho khách du lịch.",
        ),
        # --- Hưng Yên (09) -----------------------------------------------------------------
        _producer(
            "htx-nhan-hong-nam",
            "0900123457",
            "Hợp tác xã Nhãn lồng Hồng Nam",
            "cooperative",
            ("Hưng Yên", "Thành phố Hưng Yên", "Hồng Nam"),
            "Hợp tác xã của các nhà vườn nhãn lồng Hồng Nam, nơi có nhiều cây nhãn tổ hàng trăm "
            "năm tuổi. Xã viên trồng theo VietGAP và cùng sấy long nhãn.",
        ),
        _producer(
            "tt-ong-quang-chau",
            "0900234568",
            "Trang trại ong mật Quảng Châu",
            "farm",
            ("Hưng Yên", "Thành phố Hưng Yên", "Quảng Châu"),
            "Trang trại đặt đàn ong giữa các vườn nhãn ven sông Hồng, chỉ quay mật một lần mỗi mùa hoa nhãn.",
        ),
        _producer(
            "htx-tuong-ban",
            "0900345679",
            "Hợp tác xã Tương Bần Yên Nhân",
            "cooperative",
            ("Hưng Yên", "Thị xã Mỹ Hào", "Phường Bần Yên Nhân"),
            "Các gia đình làm tương lâu đời ở Bần Yên Nhân lập hợp tác xã để giữ chung một quy "
            "trình ủ chum và một nhãn hiệu.",
        ),
        _producer(
            "tt-ga-dong-tao",
            "0900456780",
            "Trang trại gà Đông Tảo Khoái Châu",
            "farm",
            ("Hưng Yên", "Khoái Châu", "Đông Tảo"),
            "Trang trại chọn lọc gà Đông Tảo thuần chủng từ đàn bố mẹ của làng, nuôi thả vườn và "
            "có sổ theo dõi từng lứa.",
        ),
        _producer(
            "htx-nghe-binh-minh",
            "0900567891",
            "Hợp tác xã Nghệ Bình Minh",
            "cooperative",
            ("Hưng Yên", "Khoái Châu", "Bình Minh"),
            "Hợp tác xã trồng nghệ vàng trên đất bãi Khoái Châu và tự tách tinh bột nghệ bằng "
            "phương pháp lắng lọc nước.",
        ),
        _producer(
            "htx-chuoi-tu-dan",
            "0900678902",
            "Hợp tác xã Chuối Tứ Dân",
            "cooperative",
            ("Hưng Yên", "Khoái Châu", "Tứ Dân"),
            "Hợp tác xã trồng chuối tiêu hồng trên bãi bồi sông Hồng và ủ chín tự nhiên trước khi giao hàng.",
        ),
        _producer(
            "htx-sinh-vat-canh-xuan-quan",
            "0900789013",
            "Hợp tác xã Sinh vật cảnh Xuân Quan",
            "cooperative",
            ("Hưng Yên", "Văn Giang", "Xuân Quan"),
            "Làng hoa Xuân Quan có hàng trăm nhà vườn. Hợp tác xã giúp các nhà vườn làm hồ sơ "
            "cây, đóng chậu và vận chuyển cây cảnh đi xa.",
        ),
        _producer(
            "hkd-cha-ga-tieu-quan",
            "0900890124",
            "Hộ kinh doanh Chả gà Tiểu Quan",
            "household",
            ("Hưng Yên", "Phù Cừ", "Phan Sào Nam"),
            "Gia đình làm chả gà ở làng Tiểu Quan, nơi món chả giã tay từ thịt gà ta đã thành nghề "
            "của cả làng.",
        ),
        _producer(
            "cty-duc-dong-long-thuong",
            "0900901235",
            "Công ty TNHH Đúc đồng Lộng Thượng",
            "enterprise",
            ("Hưng Yên", "Văn Lâm", "Đại Đồng"),
            "Doanh nghiệp của một gia đình thợ đúc ở làng nghề Lộng Thượng, làm đồ thờ và tượng "
            "đồng theo khuôn đất truyền thống.",
        ),
        _producer(
            "htx-toan-thang",
            "0901012346",
            "Hợp tác xã Nông nghiệp Toàn Thắng",
            "cooperative",
            ("Hưng Yên", "Kim Động", "Toàn Thắng"),
            "Hợp tác xã dành riêng một vùng ruộng cấy nếp cái hoa vàng, thu hoạch và xay xát "
            "ngay sau vụ để giữ mùi thơm.",
        ),
        # --- Lạng Sơn (49) -----------------------------------------------------------------
        _producer(
            "htx-hoi-van-quan",
            "4900123458",
            "Hợp tác xã Hồi Văn Quan",
            "cooperative",
            ("Lạng Sơn", "Văn Quan", "Thị trấn Văn Quan"),
            "Hợp tác xã thu mua hoa hồi của người Tày, Nùng trong huyện, phơi sấy và chưng cất "
            "tinh dầu hồi tại xưởng của hợp tác xã.",
        ),
        _producer(
            "htx-na-chi-lang",
            "4900234569",
            "Hợp tác xã Na Chi Lăng",
            "cooperative",
            ("Lạng Sơn", "Chi Lăng", "Chi Lăng"),
            "Các hộ trồng na trên núi đá vôi Chi Lăng lập hợp tác xã để đóng hộp, dán tem chỉ dẫn "
            "địa lý và bán na đi khắp cả nước.",
        ),
        _producer(
            "htx-bac-quynh",
            "4900345670",
            "Hợp tác xã Nông nghiệp Bắc Quỳnh",
            "cooperative",
            ("Lạng Sơn", "Bắc Sơn", "Bắc Quỳnh"),
            "Hợp tác xã trồng quýt vàng trong thung lũng Bắc Sơn, thu hoạch dịp cuối năm.",
        ),
        _producer(
            "htx-du-lich-quynh-son",
            "4900456781",
            "Hợp tác xã Du lịch cộng đồng Quỳnh Sơn",
            "cooperative",
            ("Lạng Sơn", "Bắc Sơn", "Quỳnh Sơn"),
            "Bản Quỳnh Sơn có hàng chục nhà sàn của người Tày đón khách. Hợp tác xã điều phối "
            "khách, bữa ăn và các buổi hát then, đàn tính.",
        ),
        _producer(
            "htx-du-lich-huu-lien",
            "4900567892",
            "Hợp tác xã Du lịch sinh thái Hữu Liên",
            "cooperative",
            ("Lạng Sơn", "Hữu Lũng", "Hữu Liên"),
            "Hợp tác xã của các homestay cạnh khu bảo tồn thiên nhiên Hữu Liên, đưa khách đi bộ "
            "rừng, tắm suối và ăn cơm nhà dân.",
        ),
        _producer(
            "htx-thach-den-trang-dinh",
            "4900678903",
            "Hợp tác xã Thạch đen Tràng Định",
            "cooperative",
            ("Lạng Sơn", "Tràng Định", "Thị trấn Thất Khê"),
            "Hợp tác xã trồng và phơi cây thạch đen (sương sáo) của Tràng Định, sơ chế thành thạch "
            "khô và bột thạch.",
        ),
        _producer(
            "htx-ruou-mau-son",
            "4900789014",
            "Hợp tác xã Rượu Mẫu Sơn",
            "cooperative",
            ("Lạng Sơn", "Lộc Bình", "Mẫu Sơn"),
            "Người Dao ở chân núi Mẫu Sơn nấu rượu từ gạo nếp và men lá, dùng nước suối đầu nguồn. "
            "Hợp tác xã giúp các gia đình giữ một chất lượng rượu.",
        ),
        _producer(
            "htx-hong-vanh-khuyen",
            "4900890125",
            "Hợp tác xã Hồng vành khuyên Văn Lãng",
            "cooperative",
            ("Lạng Sơn", "Văn Lãng", "Thị trấn Na Sầm"),
            "Hợp tác xã gom hồng vành khuyên của các vườn trong huyện, phân loại và khử chát "
            "trước khi đưa ra thị trường.",
        ),
        _producer(
            "htx-hong-bao-lam",
            "4900901236",
            "Hợp tác xã Hồng Bảo Lâm",
            "cooperative",
            ("Lạng Sơn", "Cao Lộc", "Bảo Lâm"),
            "Hợp tác xã chăm sóc vườn hồng không hạt Bảo Lâm, nhiều cây đã hơn 50 năm tuổi.",
        ),
        _producer(
            "htx-dao-mai-pha",
            "4901012347",
            "Hợp tác xã Đào cảnh Mai Pha",
            "cooperative",
            ("Lạng Sơn", "Thành phố Lạng Sơn", "Mai Pha"),
            "Các nhà vườn Mai Pha trồng đào thế, đào bích và đào phai cho thị trường Tết, chăm "
            "cây quanh năm để đào nở đúng dịp.",
        ),
        _producer(
            "htx-hong-phong",
            "4901123458",
            "Hợp tác xã Nông nghiệp Hồng Phong",
            "cooperative",
            ("Lạng Sơn", "Bình Gia", "Hồng Phong"),
            "Hợp tác xã cấy lúa Bao thai trên cánh đồng Hồng Phong và đóng túi gạo cho các hộ thành viên.",
        ),
        _producer(
            "tht-tho-cam-binh-gia",
            "4901234569",
            "Tổ hợp tác Dệt thổ cẩm Bình Gia",
            "cooperative_group",
            ("Lạng Sơn", "Bình Gia", "Thị trấn Bình Gia"),
            "Tổ hợp tác của phụ nữ Tày dệt thổ cẩm trên khung cửi gỗ và may túi, khăn theo hoa "
            "văn của người Tày xứ Lạng.",
        ),
        # --- Quảng Nam (40) ----------------------------------------------------------------
        _producer(
            "htx-duoc-lieu-tra-linh",
            "4000123459",
            "Hợp tác xã Dược liệu Trà Linh",
            "cooperative",
            ("Quảng Nam", "Nam Trà My", "Trà Linh"),
            "Người Xơ Đăng ở Trà Linh trồng sâm Ngọc Linh dưới tán rừng nguyên sinh. Hợp tác xã "
            "quản lý giống, truy xuất từng củ sâm và chế biến rượu sâm.",
        ),
        _producer(
            "htx-gom-thanh-ha",
            "4000234560",
            "Hợp tác xã Gốm Thanh Hà",
            "cooperative",
            ("Quảng Nam", "Thành phố Hội An", "Phường Thanh Hà"),
            "Hợp tác xã của các gia đình thợ gốm làng Thanh Hà, nghề có từ thế kỷ XVI, vẫn nặn "
            "gốm trên bàn xoay đạp chân và nung bằng lò củi.",
        ),
        _producer(
            "hkd-le-van-phuoc",
            "4000345671",
            "Hộ kinh doanh Lê Văn Phước",
            "household",
            ("Quảng Nam", "Thành phố Hội An", "Phường Cẩm Phô"),
            "Xưởng đèn lồng gia đình ở phố cổ Hội An, uốn khung tre và bọc lụa bằng tay.",
        ),
        _producer(
            "htx-cam-ha",
            "4000456782",
            "Hợp tác xã Dịch vụ nông nghiệp Cẩm Hà",
            "cooperative",
            ("Quảng Nam", "Thành phố Hội An", "Cẩm Hà"),
            "Hợp tác xã của người trồng rau làng Trà Quế, bón rong sông và trồng rau thơm theo cách "
            "của cha ông, đón khách đến làm nông dân một buổi.",
        ),
        _producer(
            "htx-du-lich-cam-thanh",
            "4000567893",
            "Hợp tác xã Du lịch Cẩm Thanh",
            "cooperative",
            ("Quảng Nam", "Thành phố Hội An", "Cẩm Thanh"),
            "Ngư dân Cẩm Thanh chuyển từ đánh bắt sang chèo thúng đưa khách thăm rừng dừa Bảy Mẫu, "
            "giữ rừng dừa nước và nghề đan thúng.",
        ),
        _producer(
            "htx-moc-kim-bong",
            "4000678904",
            "Hợp tác xã Mộc Kim Bồng",
            "cooperative",
            ("Quảng Nam", "Thành phố Hội An", "Cẩm Kim"),
            "Hợp tác xã của thợ mộc làng Kim Bồng, những người đã dựng nhà cổ Hội An, nay làm đồ "
            "gỗ chạm khắc cho khách.",
        ),
        _producer(
            "htx-nuoc-mam-cua-khe",
            "4000789015",
            "Hợp tác xã Nước mắm Cửa Khe",
            "cooperative",
            ("Quảng Nam", "Thăng Bình", "Bình Dương"),
            "Hợp tác xã của các gia đình làm nước mắm ở làng biển Cửa Khe, ủ cá cơm với muối trong "
            "thùng gỗ từ 12 đến 18 tháng.",
        ),
        _producer(
            "hkd-tran-thi-thu",
            "4000890126",
            "Hộ kinh doanh Trần Thị Thu",
            "household",
            ("Quảng Nam", "Thị xã Điện Bàn", "Điện Phương"),
            "Gia đình làm mì Quảng ở làng Phú Chiêm, nơi cả làng xay bột, tráng bánh và cắt sợi mì "
            "từ sáng sớm.",
        ),
        _producer(
            "htx-lua-ma-chau",
            "4000901237",
            "Hợp tác xã Lụa Mã Châu",
            "cooperative",
            ("Quảng Nam", "Duy Xuyên", "Thị trấn Nam Phước"),
            "Hợp tác xã giữ nghề ươm tơ dệt lụa của làng Mã Châu, từ trồng dâu, nuôi tằm đến dệt "
            "lụa trên khung cửi.",
        ),
        _producer(
            "htx-que-tra-my",
            "4001012348",
            "Hợp tác xã Quế Trà My",
            "cooperative",
            ("Quảng Nam", "Bắc Trà My", "Thị trấn Trà My"),
            "Hợp tác xã thu mua quế của người Ca Dong, phơi, phân loại và chưng cất tinh dầu quế "
            "ngay tại Trà My.",
        ),
        _producer(
            "htx-zara",
            "4001123459",
            "Hợp tác xã Dệt thổ cẩm Zara",
            "cooperative",
            ("Quảng Nam", "Nam Giang", "Tà Bhing"),
            "Phụ nữ Cơ Tu làng Zara dệt thổ cẩm bằng khung dệt Kapai, đính hạt cườm thành hoa văn "
            "núi rừng Trường Sơn.",
        ),
    ]
}


def _sp(
    code: str,
    name: str,
    producer: str,
    group: str,
    subgroup: str,
    stars: int,
    price: int,
    packaging: str,
    weight_g: int | None,
    description: str,
    story: str,
) -> Specialty:
    return Specialty(
        code, name, producer, group, subgroup, stars, price, packaging, weight_g, description, story
    )


SPECIALTIES: list[Specialty] = [
    # --- Sơn La --------------------------------------------------------------------------------
    _sp(
        "SL-MOCCHAU-OLONG-01",
        "Chè Ô long Mộc Châu",
        "htx-che-tan-lap",
        "food",
        "tea",
        4,
        250_000,
        "Hộp 200 g",
        200,
        "Chè Ô long được làm từ búp chè trồng trên cao nguyên Mộc Châu ở độ cao hơn 1.000 mét. "
        "Viên chè xoăn chặt, nước vàng sáng, hương hoa lan nhẹ và hậu ngọt.",
        "Khí hậu mát quanh năm và sương mù cao nguyên cho búp chè Mộc Châu nhiều hương. Chè được "
        "làm héo, quay thơm và vò viên theo quy trình Ô long học từ các nghệ nhân.",
    ),
    _sp(
        "SL-BACYEN-SHANTUYET-01",
        "Chè Shan tuyết Tà Xùa",
        "htx-che-ta-xua",
        "food",
        "tea",
        4,
        320_000,
        "Hộp 100 g",
        100,
        "Chè được hái từ những cây Shan tuyết cổ thụ trên dãy Tà Xùa, búp phủ lông trắng như "
        "tuyết. Nước chè vàng xanh, vị chát dịu và ngọt hậu lâu.",
        "Có những cây chè ở Tà Xùa đã vài trăm năm tuổi, người Mông phải trèo lên cây để hái. "
        "Chè được sao bằng chảo gang trên bếp củi như cách cha ông vẫn làm.",
    ),
    _sp(
        "SL-MOCCHAU-MANHAU-01",
        "Mận hậu Mộc Châu",
        "htx-muong-sang",
        "food",
        "fresh-agricultural",
        3,
        60_000,
        "Hộp 1 kg",
        1000,
        "Mận hậu Mộc Châu quả to, vỏ xanh phớt tím, thịt giòn, vị chua ngọt. Quả được hái đúng độ "
        "chín và đóng hộp ngay trong ngày.",
        "Mỗi mùa xuân, hoa mận trắng phủ kín cao nguyên, và đầu hè là mùa mận chín. Mận hậu đã trở "
        "thành sinh kế của nhiều gia đình ở Mường Sang.",
    ),
    _sp(
        "SL-MOCCHAU-BOSAP-01",
        "Bơ sáp Mộc Châu",
        "htx-chieng-son",
        "food",
        "fresh-agricultural",
        3,
        55_000,
        "Túi 1 kg",
        1000,
        "Bơ sáp trồng trên đất đỏ bazan Mộc Châu, quả to, cùi vàng, dẻo và béo. Thích hợp làm sinh "
        "tố, salad hoặc ăn trực tiếp.",
        "Cây bơ từng chỉ được trồng quanh nhà để lấy bóng mát. Nay những vườn bơ ghép đã giúp "
        "nhiều hộ ở Chiềng Sơn thoát nghèo.",
    ),
    _sp(
        "SL-YENCHAU-XOAITRON-01",
        "Xoài tròn Yên Châu",
        "htx-xoai-chieng-khoi",
        "food",
        "fresh-agricultural",
        4,
        70_000,
        "Hộp 1 kg",
        1000,
        "Xoài tròn Yên Châu quả nhỏ, vỏ mỏng, thịt vàng, thơm đậm và ngọt sắc. Sản phẩm mang chỉ "
        "dẫn địa lý Yên Châu.",
        "Giống xoài tròn bản địa đã có mặt ở Yên Châu từ lâu đời. Nắng gió Tây Bắc và đất dốc ven "
        "suối cho quả xoài hương vị khác biệt.",
    ),
    _sp(
        "SL-MAISON-ARABICA-01",
        "Cà phê Arabica Sơn La",
        "htx-caphe-chieng-ban",
        "food",
        "coffee-cocoa",
        4,
        180_000,
        "Túi 500 g (rang xay)",
        500,
        "Cà phê Arabica trồng ở Mai Sơn, chỉ hái quả chín, sơ chế ướt và rang mộc. Vị chua thanh, "
        "hương trái cây và hậu vị ngọt.",
        "Sơn La là vùng trồng cà phê Arabica lớn của miền Bắc. Hợp tác xã chọn rang mộc, không tẩm "
        "ướp, để giữ hương vị của hạt cà phê vùng cao.",
    ),
    _sp(
        "SL-SONGMA-LONGNHAN-01",
        "Long nhãn Sông Mã",
        "htx-na-nghiu",
        "food",
        "processed-agricultural",
        3,
        220_000,
        "Túi 500 g",
        500,
        "Long nhãn được sấy từ nhãn chín muộn Sông Mã, cùi dày, màu vàng nâu, vị ngọt đậm. Dùng "
        "nấu chè, pha trà hoặc ăn trực tiếp.",
        "Nhãn Sông Mã chín muộn hơn nhãn miền xuôi. Xã viên bóc từng quả bằng tay và sấy than "
        "nhiều giờ để long nhãn giữ màu tự nhiên.",
    ),
    _sp(
        "SL-TPSL-CHAMCHEO-01",
        "Chẩm chéo Sơn La",
        "hkd-lo-thi-hoa",
        "food",
        "spices",
        3,
        45_000,
        "Hũ 200 g",
        200,
        "Chẩm chéo là món chấm đặc trưng của người Thái, giã từ ớt nướng, mắc khén, tỏi, rau thơm "
        "và muối. Vị cay thơm, hợp với xôi, thịt luộc và rau rừng.",
        "Trong bữa cơm của người Thái không thể thiếu bát chẩm chéo. Công thức được truyền từ bà "
        "sang mẹ, rồi sang con gái.",
    ),
    _sp(
        "SL-TPSL-TRAUGACBEP-01",
        "Thịt trâu gác bếp Sơn La",
        "cty-thuc-pham-tay-bac",
        "food",
        "meat-processed",
        4,
        550_000,
        "Túi 500 g",
        500,
        "Thịt trâu tươi được tẩm mắc khén, ớt, gừng rồi hun khói trên gác bếp. Thớ thịt săn, thơm "
        "mùi khói và gia vị núi rừng.",
        "Người Thái xưa gác thịt lên bếp để dành ăn dần qua mùa đông. Món ăn dự trữ ấy nay trở "
        "thành đặc sản làm quà của Tây Bắc.",
    ),
    _sp(
        "SL-BACYEN-SONTRA-01",
        "Sơn tra sấy khô Bắc Yên",
        "htx-son-tra-hong-ngai",
        "food",
        "processed-agricultural",
        3,
        90_000,
        "Túi 500 g",
        500,
        "Quả sơn tra (táo mèo) thái lát và sấy khô, dùng pha trà hoặc ngâm rượu. Vị chua chát nhẹ, "
        "tốt cho tiêu hóa.",
        "Rừng sơn tra Hồng Ngài nở hoa trắng mỗi tháng ba. Sấy khô giúp bà con giữ được quả qua "
        "nhiều tháng và bán được giá hơn.",
    ),
    _sp(
        "SL-BACYEN-RUOUSONTRA-01",
        "Rượu sơn tra Hồng Ngài",
        "htx-son-tra-hong-ngai",
        "beverage",
        "alcoholic",
        3,
        150_000,
        "Chai 500 ml",
        500,
        "Rượu ngâm từ quả sơn tra chín với rượu ngô men lá, màu hổ phách, vị chua ngọt và thơm quả.",
        "Rượu táo mèo là thứ rượu người Mông đãi khách quý. Hợp tác xã ngâm rượu trong chum sành "
        "ít nhất sáu tháng.",
    ),
    _sp(
        "SL-THUANCHAU-KHANPIEU-01",
        "Khăn Piêu thêu tay Thuận Châu",
        "tht-theu-chieng-pac",
        "handicraft",
        "textiles",
        3,
        350_000,
        "Chiếc",
        150,
        "Khăn Piêu của phụ nữ Thái đen, nền chàm, thêu tay hoàn toàn với hoa văn cút piêu nhiều "
        "màu. Mỗi chiếc mất nhiều tuần để hoàn thành.",
        "Ngày xưa, cô gái Thái thêu khăn Piêu để tặng người thương và làm của hồi môn. Tổ hợp tác "
        "giữ nguyên cách thêu mặt trái của khăn như các bà vẫn dạy.",
    ),
    _sp(
        "SL-VANHO-HUATAT-01",
        "Du lịch cộng đồng bản Hua Tạt",
        "htx-du-lich-hua-tat",
        "tourism",
        "community-tourism",
        3,
        350_000,
        "Vé trải nghiệm 1 ngày / người",
        None,
        "Một ngày ở bản Mông Hua Tạt: đi bộ quanh bản, học dệt lanh, làm giấy dó và ăn bữa cơm "
        "cùng gia đình chủ nhà.",
        "Bản Hua Tạt nằm giữa núi rừng Vân Hồ. Người dân cùng nhau làm du lịch để giữ bản sạch đẹp "
        "và giữ nghề truyền thống.",
    ),
    # --- Bắc Kạn ------------------------------------------------------------------------------
    _sp(
        "BK-NARI-MIENDONG-01",
        "Miến dong Na Rì",
        "htx-con-minh",
        "food",
        "processed-agricultural",
        4,
        85_000,
        "Túi 500 g",
        500,
        "Miến dong làm từ tinh bột củ dong riềng trồng tại Côn Minh, không chất tẩy trắng. Sợi miến "
        "dai, trong, nấu không nát.",
        "Nghề làm miến ở Côn Minh có từ nhiều đời. Mỗi mùa đông, cả xã phơi miến trắng sân, và "
        "miến dong Na Rì đã đi khắp cả nước.",
    ),
    _sp(
        "BK-BACHTHONG-CAM-01",
        "Cam Quang Thuận",
        "htx-quang-thuan",
        "food",
        "fresh-agricultural",
        4,
        45_000,
        "Túi 1 kg",
        1000,
        "Cam sành Quang Thuận vỏ xanh vàng, mọng nước, vị ngọt thanh. Sản phẩm thuộc chỉ dẫn địa "
        "lý Cam Bắc Kạn.",
        "Những đồi cam trên đất Bạch Thông cho quả chín đúng dịp Tết. Hội chợ cam Quang Thuận đã "
        "trở thành ngày hội của người trồng cam.",
    ),
    _sp(
        "BK-CHODON-QUYT-01",
        "Quýt Quảng Bạch",
        "htx-quyt-quang-bach",
        "food",
        "fresh-agricultural",
        3,
        40_000,
        "Túi 1 kg",
        1000,
        "Quýt Quảng Bạch vỏ mỏng, màu vàng cam, múi mọng và thơm. Quả chín vào tháng mười một đến tháng một.",
        "Quýt Bắc Kạn có chỉ dẫn địa lý, và Quảng Bạch là vùng quýt lâu đời nhất. Cây quýt được "
        "trồng trên sườn đồi, tưới bằng nước suối.",
    ),
    _sp(
        "BK-CHODON-CHESHAN-01",
        "Chè Shan tuyết Bằng Phúc",
        "htx-che-bang-phuc",
        "food",
        "tea",
        4,
        280_000,
        "Hộp 200 g",
        200,
        "Chè Shan tuyết từ cây chè cổ thụ ở Bằng Phúc, búp to phủ lông trắng. Nước chè xanh vàng, "
        "vị đậm, hậu ngọt.",
        "Rừng chè cổ ở Bằng Phúc được người Dao chăm sóc qua nhiều thế hệ. Chè được hái một tôm "
        "hai lá và sao tay trong chảo gang.",
    ),
    _sp(
        "BK-CHODON-BAOTHAI-01",
        "Gạo Bao Thai Chợ Đồn",
        "htx-ngoc-phai",
        "food",
        "processed-agricultural",
        3,
        60_000,
        "Túi 2 kg",
        2000,
        "Gạo Bao Thai hạt nhỏ, trong, cơm dẻo vừa và để nguội vẫn mềm. Lúa được cấy một vụ trên "
        "ruộng thung lũng Chợ Đồn.",
        "Bao Thai là giống lúa quen thuộc của người Tày Chợ Đồn. Hợp tác xã giữ giống và canh tác "
        "theo hướng hữu cơ.",
    ),
    _sp(
        "BK-BACHTHONG-KHAUSLI-01",
        "Khẩu sli Phủ Thông",
        "hkd-hoang-thi-lan",
        "food",
        "processed-agricultural",
        3,
        60_000,
        "Hộp 300 g",
        300,
        "Khẩu sli là bánh kẹo truyền thống của người Tày, làm từ nếp cái rang nổ, mạch nha và vừng. "
        "Bánh giòn xốp, ngọt thơm.",
        "Khẩu sli là món quà quê của người Tày Phủ Thông. Tết nào người Tày cũng có khẩu sli trên mâm cỗ.",
    ),
    _sp(
        "BK-BABE-PACNGOI-01",
        "Du lịch cộng đồng Pác Ngòi",
        "htx-du-lich-nam-mau",
        "tourism",
        "community-tourism",
        3,
        400_000,
        "Homestay 1 đêm, bữa tối và thuyền hồ / người",
        None,
        "Nghỉ đêm trong nhà sàn người Tày bên hồ Ba Bể, ăn bữa tối với cá hồ và rau rừng, sáng sớm "
        "đi thuyền trên hồ.",
        "Bản Pác Ngòi nằm ngay bờ hồ Ba Bể. Cả bản cùng làm du lịch để giữ nhà sàn và hát then đón khách.",
    ),
    _sp(
        "BK-TPBK-GIAOCOLAM-01",
        "Trà giảo cổ lam Bắc Kạn",
        "cty-duoc-lieu-bac-ha",
        "herbal",
        "herbal-tea",
        4,
        120_000,
        "Hộp 20 túi lọc",
        60,
        "Trà túi lọc làm từ cây giảo cổ lam năm lá trồng dưới tán rừng Bắc Kạn. Vị đắng nhẹ rồi "
        "ngọt hậu, dùng uống hằng ngày.",
        "Giảo cổ lam mọc tự nhiên trong rừng Bắc Kạn. Doanh nghiệp hướng dẫn người dân trồng và thu "
        "hái đúng tuổi cây.",
    ),
    _sp(
        "BK-BABE-HONG-01",
        "Hồng không hạt Ba Bể",
        "htx-hong-quang-khe",
        "food",
        "fresh-agricultural",
        4,
        60_000,
        "Hộp 1 kg",
        1000,
        "Hồng không hạt quả vuông, vỏ vàng, thịt giòn ngọt và không có hạt. Sản phẩm thuộc chỉ "
        "dẫn địa lý Hồng không hạt Bắc Kạn.",
        "Hồng chín vào mùa thu, khi sương giăng trên hồ Ba Bể. Quả được ngâm khử chát theo cách "
        "truyền thống trước khi ăn.",
    ),
    _sp(
        "BK-NGANSON-RUOUNAPHAC-01",
        "Rượu men lá Nà Phặc",
        "htx-ruou-na-phac",
        "beverage",
        "alcoholic",
        3,
        120_000,
        "Chai 500 ml",
        500,
        "Rượu nấu từ gạo nếp với men lá rừng, chưng cất thủ công. Rượu êm, thơm mùi men lá, không "
        "gây đau đầu.",
        "Men lá Nà Phặc được làm từ nhiều loại lá cây rừng mà chỉ người trong nghề biết. Rượu men "
        "lá là quà quen của người đi qua Ngân Sơn.",
    ),
    _sp(
        "BK-TPBK-LAPSUON-01",
        "Lạp sườn hun khói Bắc Kạn",
        "hkd-nong-van-tuan",
        "food",
        "meat-processed",
        3,
        280_000,
        "Túi 500 g",
        500,
        "Lạp sườn làm từ thịt lợn đen, tẩm rượu men lá và hạt mắc khén, hun khói trên gác bếp.",
        "Người Tày làm lạp sườn vào tháng Chạp để ăn Tết. Khói bếp củi cho lạp sườn màu đỏ nâu và "
        "mùi thơm riêng.",
    ),
    _sp(
        "BK-BABE-BITHOM-01",
        "Bí thơm Ba Bể",
        "htx-khang-ninh",
        "food",
        "fresh-agricultural",
        3,
        35_000,
        "Quả khoảng 1 kg",
        1000,
        "Bí thơm quả dài, vỏ xanh phủ phấn trắng, ruột có mùi thơm như cốm. Nấu canh ngọt, thơm.",
        "Giống bí thơm chỉ giữ được mùi khi trồng trên đất bãi ven sông Năng. Người Tày Ba Bể vẫn "
        "tự để giống qua từng vụ.",
    ),
    _sp(
        "BK-PACNAM-THOCAM-01",
        "Túi thổ cẩm Dao đỏ Pác Nặm",
        "tht-tho-cam-bang-thanh",
        "handicraft",
        "textiles",
        3,
        250_000,
        "Chiếc",
        250,
        "Túi may từ vải thổ cẩm thêu tay của người Dao đỏ, hoa văn chữ vạn, cây thông và ngôi sao.",
        "Các bà, các mẹ Dao đỏ thêu hoa văn theo trí nhớ, không cần mẫu vẽ. Mỗi hoa văn kể về núi "
        "rừng và tổ tiên.",
    ),
    # --- Hưng Yên -----------------------------------------------------------------------------
    _sp(
        "HY-TPHY-NHANLONG-01",
        "Nhãn lồng Hưng Yên",
        "htx-nhan-hong-nam",
        "food",
        "fresh-agricultural",
        4,
        70_000,
        "Túi 1 kg",
        1000,
        "Nhãn lồng quả to, cùi dày, giòn, ngọt sắc, hạt nhỏ. Sản phẩm mang chỉ dẫn địa lý Hưng Yên.",
        "Tương truyền nhãn lồng Phố Hiến từng được tiến vua, và người làng phải lồng túi cho quả để "
        "chim không ăn, nên có tên nhãn lồng.",
    ),
    _sp(
        "HY-TPHY-LONGNHAN-01",
        "Long nhãn Phố Hiến",
        "htx-nhan-hong-nam",
        "food",
        "processed-agricultural",
        4,
        250_000,
        "Túi 500 g",
        500,
        "Long nhãn sấy từ nhãn lồng Hưng Yên, cùi dày, màu vàng óng, vị ngọt đậm. Dùng nấu chè, "
        "hầm hoặc pha trà.",
        "Long nhãn Hưng Yên từng là vị thuốc bổ quý. Hợp tác xã sấy nhãn trong lò sấy sạch thay "
        "cho lò than cũ.",
    ),
    _sp(
        "HY-TPHY-MATONGNHAN-01",
        "Mật ong hoa nhãn Hưng Yên",
        "tt-ong-quang-chau",
        "food",
        "processed-agricultural",
        3,
        180_000,
        "Chai 500 ml",
        700,
        "Mật ong khai thác từ mùa hoa nhãn ven sông Hồng, màu vàng sáng, thơm mùi nhãn, vị ngọt thanh.",
        "Mỗi năm chỉ có một mùa hoa nhãn vào tháng ba. Trang trại quay mật khi mật đã chín trong "
        "cầu để mật đặc và thơm.",
    ),
    _sp(
        "HY-MYHAO-TUONGBAN-01",
        "Tương Bần",
        "htx-tuong-ban",
        "food",
        "spices",
        4,
        35_000,
        "Chai 500 ml",
        600,
        "Tương Bần làm từ gạo nếp, đậu tương và muối, ủ chum phơi nắng nhiều tháng. Tương màu "
        "vàng nâu, sánh, vị ngọt đậm của đạm đậu.",
        "Tương Bần có từ hàng trăm năm và là niềm tự hào của đất Hưng Yên. Các gia đình ở Bần Yên "
        "Nhân vẫn phơi chum tương trên sân như xưa.",
    ),
    _sp(
        "HY-KHOAICHAU-GADONGTAO-01",
        "Gà Đông Tảo thuần chủng",
        "tt-ga-dong-tao",
        "ornamental",
        "ornamental-animals",
        4,
        3_500_000,
        "Đôi gà giống 4–5 tháng tuổi",
        None,
        "Đôi gà Đông Tảo thuần chủng với đôi chân to, xù xì đặc trưng, nuôi làm cảnh hoặc làm giống. "
        "Có giấy theo dõi nguồn gốc đàn bố mẹ.",
        "Gà Đông Tảo là giống gà quý của làng Đông Tảo, xưa chỉ dùng để tiến vua và cúng lễ. Làng "
        "đã bảo tồn giống gà qua nhiều thế hệ.",
    ),
    _sp(
        "HY-KHOAICHAU-THITGADONGTAO-01",
        "Thịt gà Đông Tảo",
        "tt-ga-dong-tao",
        "food",
        "fresh-agricultural",
        3,
        450_000,
        "Con làm sẵn khoảng 1,5 kg",
        1500,
        "Gà Đông Tảo nuôi thả vườn trên 8 tháng, thịt chắc, da giòn, thơm ngọt. Giao trong ngày, "
        "bảo quản lạnh.",
        "Thịt gà Đông Tảo là món không thể thiếu trong mâm cỗ Tết của người Khoái Châu.",
    ),
    _sp(
        "HY-KHOAICHAU-TINHBOTNGHE-01",
        "Tinh bột nghệ Khoái Châu",
        "htx-nghe-binh-minh",
        "herbal",
        "functional-food",
        4,
        250_000,
        "Hũ 500 g",
        500,
        "Tinh bột nghệ vàng tách từ củ nghệ Khoái Châu, đã loại bỏ dầu nghệ và tạp chất. Màu vàng "
        "tươi, mịn, dùng pha uống hoặc làm đẹp.",
        "Đất bãi phù sa sông Hồng cho củ nghệ Khoái Châu nhiều tinh bột và hoạt chất curcumin.",
    ),
    _sp(
        "HY-KHOAICHAU-CHUOI-01",
        "Chuối tiêu hồng Khoái Châu",
        "htx-chuoi-tu-dan",
        "food",
        "fresh-agricultural",
        3,
        25_000,
        "Nải khoảng 1 kg",
        1000,
        "Chuối tiêu hồng quả dài, vỏ mỏng, chín vàng đều, ruột dẻo thơm. Sản phẩm mang chỉ dẫn địa "
        "lý Khoái Châu.",
        "Những bãi chuối xanh ngút ngàn ven sông Hồng là hình ảnh quen thuộc của Khoái Châu.",
    ),
    _sp(
        "HY-VANGIANG-CAYCANH-01",
        "Cây cảnh Xuân Quan",
        "htx-sinh-vat-canh-xuan-quan",
        "ornamental",
        "ornamental-plants",
        3,
        850_000,
        "Chậu bonsai để bàn cao 40–50 cm",
        None,
        "Cây cảnh bonsai để bàn (sanh, si, linh sam) được tạo thế bởi nghệ nhân làng hoa Xuân Quan, "
        "kèm chậu gốm và hướng dẫn chăm sóc.",
        "Làng hoa Xuân Quan ven đê sông Hồng có hàng trăm năm làm cây cảnh. Mỗi cây là nhiều năm "
        "uốn tỉa của người làm vườn.",
    ),
    _sp(
        "HY-PHUCU-CHAGA-01",
        "Chả gà Tiểu Quan",
        "hkd-cha-ga-tieu-quan",
        "food",
        "meat-processed",
        3,
        160_000,
        "Hộp 500 g",
        500,
        "Chả làm từ thịt gà ta giã tay, nêm nước mắm và hạt tiêu, rán vàng. Chả dai giòn, thơm.",
        "Làng Tiểu Quan nổi tiếng với nghề làm chả gà. Chả gà Tiểu Quan có mặt trên mâm cỗ của "
        "người Hưng Yên mỗi dịp lễ Tết.",
    ),
    _sp(
        "HY-VANLAM-LUHUONG-01",
        "Lư hương đồng Lộng Thượng",
        "cty-duc-dong-long-thuong",
        "handicraft",
        "metal",
        4,
        3_200_000,
        "Chiếc cao 30 cm",
        3500,
        "Lư hương đúc bằng đồng vàng, hoa văn rồng mây chạm tay, hoàn thiện và đánh bóng thủ công.",
        "Làng đúc đồng Lộng Thượng có nghề từ nhiều trăm năm. Thợ làng vẫn đúc bằng khuôn đất "
        "sét và nấu đồng trong lò than.",
    ),
    _sp(
        "HY-KIMDONG-NEPHOAVANG-01",
        "Gạo nếp cái hoa vàng Kim Động",
        "htx-toan-thang",
        "food",
        "processed-agricultural",
        3,
        45_000,
        "Túi 1 kg",
        1000,
        "Nếp cái hoa vàng hạt tròn, mẩy, đồ xôi dẻo thơm, dùng gói bánh chưng và nấu rượu.",
        "Nếp cái hoa vàng là giống lúa cổ của đồng bằng Bắc Bộ. Hợp tác xã giữ một vùng ruộng "
        "riêng để nếp không bị lẫn.",
    ),
    # --- Lạng Sơn -----------------------------------------------------------------------------
    _sp(
        "LS-VANQUAN-HOAHOI-01",
        "Hoa hồi khô Văn Quan",
        "htx-hoi-van-quan",
        "food",
        "spices",
        4,
        180_000,
        "Túi 500 g",
        500,
        "Hoa hồi tám cánh đều, màu nâu đỏ, thơm nồng, phơi sấy tự nhiên. Dùng nấu phở, kho, hầm.",
        "Hồi là cây chủ lực của Lạng Sơn, được trồng trên núi đất Văn Quan từ bao đời. Hoa hồi "
        "Lạng Sơn có chỉ dẫn địa lý và xuất khẩu nhiều nước.",
    ),
    _sp(
        "LS-VANQUAN-TINHDAUHOI-01",
        "Tinh dầu hồi Lạng Sơn",
        "htx-hoi-van-quan",
        "herbal",
        "essential-oils",
        4,
        160_000,
        "Chai 100 ml",
        150,
        "Tinh dầu chưng cất từ hoa hồi Văn Quan, hàm lượng anethol cao, dùng xoa bóp, xông phòng "
        "và làm hương liệu.",
        "Người Tày, Nùng xứ Lạng dùng dầu hồi để xoa bóp khi trời lạnh. Hợp tác xã chưng cất bằng "
        "nồi hơi inox thay cho nồi đồng cũ.",
    ),
    _sp(
        "LS-CHILANG-NA-01",
        "Na Chi Lăng",
        "htx-na-chi-lang",
        "food",
        "fresh-agricultural",
        4,
        60_000,
        "Hộp 1 kg",
        1000,
        "Na Chi Lăng quả to, mắt mở đều, cùi dày, ngọt thơm và ít hạt. Sản phẩm mang chỉ dẫn địa lý "
        "Chi Lăng.",
        "Cây na bám rễ vào núi đá vôi Chi Lăng, nơi ít cây nào sống được. Vì thế na ở đây có vị ngọt riêng.",
    ),
    _sp(
        "LS-BACSON-QUYT-01",
        "Quýt vàng Bắc Sơn",
        "htx-bac-quynh",
        "food",
        "fresh-agricultural",
        3,
        45_000,
        "Túi 1 kg",
        1000,
        "Quýt vàng Bắc Sơn vỏ vàng óng, múi mọng nước, vị ngọt thanh, chín vào dịp Tết.",
        "Quýt vàng Bắc Sơn đã được công nhận nhãn hiệu tập thể. Thung lũng Bắc Sơn mỗi mùa quýt "
        "chín vàng rực.",
    ),
    _sp(
        "LS-BACSON-QUYNHSON-01",
        "Du lịch cộng đồng Quỳnh Sơn",
        "htx-du-lich-quynh-son",
        "tourism",
        "community-tourism",
        3,
        300_000,
        "Homestay 1 đêm và bữa tối / người",
        None,
        "Nghỉ nhà sàn người Tày giữa thung lũng lúa Bắc Sơn, nghe hát then, đàn tính và đạp xe quanh bản.",
        "Quỳnh Sơn là làng văn hóa du lịch cộng đồng của người Tày giữa thung lũng Bắc Sơn.",
    ),
    _sp(
        "LS-HUULUNG-HUULIEN-01",
        "Du lịch cộng đồng Hữu Liên",
        "htx-du-lich-huu-lien",
        "tourism",
        "community-tourism",
        3,
        350_000,
        "Homestay 1 đêm và bữa tối / người",
        None,
        "Ở nhà dân cạnh khu bảo tồn thiên nhiên Hữu Liên, đi bộ rừng, tắm suối và ăn đặc sản địa phương.",
        "Hữu Liên có rừng núi đá vôi nguyên sinh. Người Dao, người Tày ở đây làm du lịch để giữ rừng.",
    ),
    _sp(
        "LS-TRANGDINH-THACHDEN-01",
        "Thạch đen Tràng Định",
        "htx-thach-den-trang-dinh",
        "food",
        "processed-agricultural",
        3,
        40_000,
        "Túi 500 g cây thạch khô",
        500,
        "Cây thạch đen (sương sáo) phơi khô, nấu cho ra thạch đen dai, mát, dùng giải nhiệt mùa hè.",
        "Tràng Định là vùng trồng thạch đen lớn nhất cả nước. Nhiều gia đình sống nhờ cây thạch đen.",
    ),
    _sp(
        "LS-LOCBINH-RUOUMAUSON-01",
        "Rượu Mẫu Sơn",
        "htx-ruou-mau-son",
        "beverage",
        "alcoholic",
        4,
        180_000,
        "Chai 500 ml",
        500,
        "Rượu gạo nếp men lá nấu bằng nước suối núi Mẫu Sơn, trong, êm và thơm.",
        "Rượu Mẫu Sơn là món quà quen thuộc của người lên xứ Lạng. Người Dao nấu rượu bằng nước "
        "suối chảy từ đỉnh núi Mẫu Sơn.",
    ),
    _sp(
        "LS-VANLANG-HONGVANHKHUYEN-01",
        "Hồng vành khuyên Văn Lãng",
        "htx-hong-vanh-khuyen",
        "food",
        "fresh-agricultural",
        3,
        50_000,
        "Hộp 1 kg",
        1000,
        "Hồng vành khuyên quả tròn, có vòng khuyên quanh cuống, thịt giòn ngọt, không hạt.",
        "Hồng vành khuyên là giống hồng quý của xứ Lạng, chín vào tháng tám, tháng chín.",
    ),
    _sp(
        "LS-CAOLOC-HONGBAOLAM-01",
        "Hồng không hạt Bảo Lâm",
        "htx-hong-bao-lam",
        "food",
        "fresh-agricultural",
        4,
        65_000,
        "Hộp 1 kg",
        1000,
        "Hồng không hạt Bảo Lâm quả vuông, vỏ vàng cam, giòn ngọt, không có hạt.",
        "Hồng Bảo Lâm mọc trên sườn đồi Cao Lộc, có những cây đã hơn nửa thế kỷ và vẫn sai quả.",
    ),
    _sp(
        "LS-TPLS-DAOCANH-01",
        "Đào cảnh Mai Pha",
        "htx-dao-mai-pha",
        "ornamental",
        "ornamental-plants",
        3,
        1_500_000,
        "Cây đào thế cao 1,2–1,5 m",
        None,
        "Cây đào thế Mai Pha, hoa kép hồng thắm, được hãm cho nở đúng dịp Tết, kèm bầu đất.",
        "Đào Mai Pha là nét Tết của xứ Lạng. Các nhà vườn chăm cây quanh năm, tuốt lá đúng ngày "
        "để hoa nở vào đêm giao thừa.",
    ),
    _sp(
        "LS-BINHGIA-GAOHONGPHONG-01",
        "Gạo Bao thai Hồng Phong",
        "htx-hong-phong",
        "food",
        "processed-agricultural",
        3,
        60_000,
        "Túi 2 kg",
        2000,
        "Gạo Bao thai trồng trên cánh đồng Hồng Phong, hạt nhỏ, cơm mềm, thơm.",
        "Cánh đồng Hồng Phong được tưới bằng nước suối đầu nguồn, cho hạt gạo trong và dẻo.",
    ),
    _sp(
        "LS-BINHGIA-THOCAM-01",
        "Túi thổ cẩm Tày Bình Gia",
        "tht-tho-cam-binh-gia",
        "handicraft",
        "textiles",
        3,
        220_000,
        "Chiếc",
        250,
        "Túi dệt thổ cẩm trên khung cửi gỗ, hoa văn hình học của người Tày, nhiều màu.",
        "Xưa mỗi cô gái Tày phải biết dệt chăn thổ cẩm làm của hồi môn. Tổ hợp tác đưa nghề dệt "
        "vào các sản phẩm dùng hằng ngày.",
    ),
    # --- Quảng Nam ----------------------------------------------------------------------------
    _sp(
        "QN-NAMTRAMY-SAMNGOCLINH-01",
        "Sâm Ngọc Linh",
        "htx-duoc-lieu-tra-linh",
        "herbal",
        "functional-food",
        5,
        18_000_000,
        "Hộp 100 g củ tươi (3–4 củ)",
        100,
        "Củ sâm Ngọc Linh trồng dưới tán rừng nguyên sinh ở độ cao trên 1.800 mét, từ 6 năm tuổi "
        "trở lên, có tem truy xuất từng củ.",
        "Sâm Ngọc Linh được người Xơ Đăng dùng như cây thuốc quý từ bao đời. Đây là loài sâm đặc "
        "hữu của dãy Ngọc Linh.",
    ),
    _sp(
        "QN-NAMTRAMY-RUOUSAM-01",
        "Rượu sâm Ngọc Linh",
        "htx-duoc-lieu-tra-linh",
        "beverage",
        "alcoholic",
        4,
        1_200_000,
        "Bình 500 ml",
        1200,
        "Rượu ngâm củ sâm Ngọc Linh nguyên củ trong rượu nếp, màu vàng nhạt, hương sâm đặc trưng.",
        "Mỗi bình rượu ngâm một củ sâm trồng ở Trà Linh, ngâm ít nhất một năm trước khi bán.",
    ),
    _sp(
        "QN-HOIAN-GOMTHANHHA-01",
        "Gốm Thanh Hà",
        "htx-gom-thanh-ha",
        "handicraft",
        "ceramics",
        4,
        250_000,
        "Bình gốm đất nung cao 25 cm",
        1200,
        "Bình gốm đất nung màu đỏ gạch, nặn tay trên bàn xoay và nung lò củi, hoa văn khắc tay.",
        "Làng gốm Thanh Hà hơn 500 năm tuổi từng cung cấp gạch ngói cho phố cổ Hội An và kinh đô Huế.",
    ),
    _sp(
        "QN-HOIAN-DENLONG-01",
        "Đèn lồng Hội An",
        "hkd-le-van-phuoc",
        "handicraft",
        "souvenirs-decor",
        3,
        150_000,
        "Chiếc đường kính 30 cm (gấp gọn)",
        300,
        "Đèn lồng khung tre, bọc lụa màu, gấp gọn được để mang đi xa.",
        "Đêm rằm phố cổ tắt điện, chỉ còn ánh đèn lồng. Nghề làm đèn lồng Hội An có từ thời thương cảng.",
    ),
    _sp(
        "QN-HOIAN-TRAQUE-01",
        "Du lịch cộng đồng làng rau Trà Quế",
        "htx-cam-ha",
        "tourism",
        "community-tourism",
        4,
        250_000,
        "Vé trải nghiệm nửa ngày / người",
        None,
        "Nửa ngày làm nông dân ở làng rau Trà Quế: cuốc đất, gieo hạt, tưới rau bằng gióng gánh và "
        "học nấu món ăn Hội An.",
        "Rau Trà Quế thơm nhờ bón rong sông Cổ Cò. Người làng mở cửa vườn đón khách mà vẫn giữ nghề "
        "trồng rau.",
    ),
    _sp(
        "QN-HOIAN-CAMTHANH-01",
        "Du lịch rừng dừa Bảy Mẫu Cẩm Thanh",
        "htx-du-lich-cam-thanh",
        "tourism",
        "community-tourism",
        4,
        150_000,
        "Vé đi thúng chai / người",
        None,
        "Ngồi thúng chai len lỏi trong rừng dừa nước Bảy Mẫu, xem múa thúng và câu cua cùng ngư dân.",
        "Rừng dừa Bảy Mẫu từng là căn cứ thời kháng chiến. Nay ngư dân Cẩm Thanh giữ rừng dừa bằng "
        "nghề du lịch.",
    ),
    _sp(
        "QN-HOIAN-MOCKIMBONG-01",
        "Hộp gỗ chạm khắc Kim Bồng",
        "htx-moc-kim-bong",
        "handicraft",
        "wood",
        3,
        1_200_000,
        "Hộp gỗ 25 × 15 cm",
        800,
        "Hộp gỗ mít chạm khắc hoa văn chim muông, cây cỏ bằng tay, đánh bóng bằng dầu tự nhiên.",
        "Thợ mộc Kim Bồng đã dựng nên nhiều ngôi nhà cổ Hội An. Nghề mộc làng được truyền qua hơn "
        "năm thế kỷ.",
    ),
    _sp(
        "QN-THANGBINH-CUAKHE-01",
        "Nước mắm Cửa Khe",
        "htx-nuoc-mam-cua-khe",
        "food",
        "spices",
        4,
        120_000,
        "Chai 500 ml",
        700,
        "Nước mắm nhĩ ủ chượp từ cá cơm than và muối, độ đạm cao, màu cánh gián, thơm và hậu ngọt.",
        "Làng biển Cửa Khe làm nước mắm từ hơn trăm năm. Cá cơm được muối ngay trên bến, khi còn tươi.",
    ),
    _sp(
        "QN-DIENBAN-MIQUANG-01",
        "Mì Quảng Phú Chiêm",
        "hkd-tran-thi-thu",
        "food",
        "processed-agricultural",
        3,
        40_000,
        "Túi 500 g sợi mì khô",
        500,
        "Sợi mì Quảng làm từ gạo, có nhuộm vàng bằng nghệ, phơi khô, luộc lại vẫn dai mềm.",
        "Làng Phú Chiêm được coi là cái nôi của mì Quảng. Ngày hội mì Quảng của làng đón khách mỗi năm.",
    ),
    _sp(
        "QN-DUYXUYEN-LUAMACHAU-01",
        "Lụa Mã Châu",
        "htx-lua-ma-chau",
        "handicraft",
        "textiles",
        4,
        650_000,
        "Khăn lụa tơ tằm 180 × 60 cm",
        100,
        "Khăn lụa tơ tằm dệt tại làng Mã Châu, mặt lụa mềm, bóng, nhuộm màu tự nhiên.",
        "Lụa Mã Châu từng theo thuyền buôn qua thương cảng Hội An ra thế giới. Làng vẫn giữ khung "
        "dệt và nghề ươm tơ.",
    ),
    _sp(
        "QN-BACTRAMY-QUE-01",
        "Quế Trà My",
        "htx-que-tra-my",
        "food",
        "spices",
        4,
        150_000,
        "Túi 500 g quế thanh",
        500,
        "Quế thanh từ vỏ cây quế Trà My trên 15 năm tuổi, dày, nhiều tinh dầu, cay ngọt.",
        "Quế Trà My từng được xếp vào hàng quế ngon nhất, là vật phẩm tiến vua thời Nguyễn.",
    ),
    _sp(
        "QN-BACTRAMY-TINHDAUQUE-01",
        "Tinh dầu quế Trà My",
        "htx-que-tra-my",
        "herbal",
        "essential-oils",
        3,
        140_000,
        "Chai 50 ml",
        100,
        "Tinh dầu chưng cất từ lá và vỏ quế Trà My, dùng xông phòng, xua côn trùng và làm hương liệu.",
        "Hợp tác xã tận dụng lá quế khi thu hoạch vỏ để chưng cất tinh dầu, không bỏ phí gì của cây quế.",
    ),
    _sp(
        "QN-NAMGIANG-THOCAMZARA-01",
        "Thổ cẩm Cơ Tu Zara",
        "htx-zara",
        "handicraft",
        "textiles",
        3,
        450_000,
        "Tấm vải dệt dài 1,2 m",
        400,
        "Vải thổ cẩm Cơ Tu dệt trên khung Kapai, đính hạt cườm trắng tạo hoa văn núi rừng.",
        "Hoa văn đính cườm là nét riêng của thổ cẩm Cơ Tu. Làng Zara đã giữ nghề dệt dù nhiều lần "
        "tưởng mai một.",
    ),
]


def producer_of(specialty: Specialty) -> ProducerData:
    return PRODUCERS[specialty.producer]


def province_of(specialty: Specialty) -> str:
    return producer_of(specialty).province
