"""Shelf life and ingredients (or materials) of the demo specialties, as their labels would say.

Weight and packaging come from ``specialties.Specialty``; services (community tourism) and living
plants and animals have none of these, and handicrafts list materials instead of ingredients.
"""

from __future__ import annotations

# Product code -> (shelf life, ingredients or materials); "" where it does not apply.
FACTS: dict[str, tuple[str, str]] = {
    # --- Sơn La
    "SL-MOCCHAU-OLONG-01": ("24 tháng kể từ ngày sản xuất", "100% búp chè Ô long Mộc Châu"),
    "SL-BACYEN-SHANTUYET-01": ("24 tháng kể từ ngày sản xuất", "100% búp chè Shan tuyết cổ thụ"),
    "SL-MOCCHAU-MANHAU-01": ("7 ngày ở ngăn mát tủ lạnh", "Quả mận hậu tươi"),
    "SL-MOCCHAU-BOSAP-01": ("5–7 ngày ở nhiệt độ phòng, tùy độ chín", "Quả bơ sáp tươi"),
    "SL-YENCHAU-XOAITRON-01": ("5 ngày ở nhiệt độ phòng", "Quả xoài tròn tươi"),
    "SL-MAISON-ARABICA-01": (
        "12 tháng; dùng trong 30 ngày sau khi mở túi",
        "100% hạt cà phê Arabica rang xay",
    ),
    "SL-SONGMA-LONGNHAN-01": ("12 tháng nơi khô ráo", "100% cùi nhãn sấy"),
    "SL-TPSL-CHAMCHEO-01": ("6 tháng; bảo quản lạnh sau khi mở", "Ớt, mắc khén, tỏi, gừng, rau thơm, muối"),
    "SL-TPSL-TRAUGACBEP-01": (
        "6 tháng ở ngăn mát tủ lạnh",
        "Thịt trâu, mắc khén, ớt, gừng, sả, muối",
    ),
    "SL-BACYEN-SONTRA-01": ("12 tháng nơi khô ráo", "Quả sơn tra thái lát sấy khô"),
    "SL-BACYEN-RUOUSONTRA-01": (
        "Không giới hạn nếu còn nguyên niêm phong",
        "Quả sơn tra, rượu gạo; độ cồn 25%",
    ),
    "SL-THUANCHAU-KHANPIEU-01": ("", "Vải bông nhuộm chàm, chỉ thêu tơ tằm màu"),
    # --- Bắc Kạn
    "BK-NARI-MIENDONG-01": ("12 tháng kể từ ngày sản xuất", "100% tinh bột củ dong riềng"),
    "BK-BACHTHONG-CAM-01": ("10–15 ngày nơi thoáng mát", "Quả cam sành tươi"),
    "BK-CHODON-QUYT-01": ("10–15 ngày nơi thoáng mát", "Quả quýt tươi"),
    "BK-CHODON-CHESHAN-01": ("24 tháng kể từ ngày sản xuất", "100% búp chè Shan tuyết"),
    "BK-CHODON-BAOTHAI-01": ("12 tháng nơi khô ráo", "Gạo Bao Thai xay xát"),
    "BK-BACHTHONG-KHAUSLI-01": ("3 tháng nơi khô ráo", "Gạo nếp, mạch nha, đường, lạc, gừng"),
    "BK-TPBK-GIAOCOLAM-01": ("24 tháng kể từ ngày sản xuất", "100% lá giảo cổ lam sấy khô"),
    "BK-BABE-HONG-01": ("7–10 ngày ở nhiệt độ phòng", "Quả hồng không hạt tươi"),
    "BK-NGANSON-RUOUNAPHAC-01": (
        "Không giới hạn nếu còn nguyên niêm phong",
        "Gạo nếp, men lá rừng; độ cồn 29%",
    ),
    "BK-TPBK-LAPSUON-01": ("3 tháng ở ngăn mát tủ lạnh", "Thịt lợn, mắc mật, rượu, đường, muối"),
    "BK-BABE-BITHOM-01": ("1–2 tháng nơi khô thoáng", "Quả bí thơm tươi"),
    "BK-PACNAM-THOCAM-01": ("", "Vải thổ cẩm dệt tay, chỉ thêu màu, khóa kéo"),
    # --- Hưng Yên
    "HY-TPHY-NHANLONG-01": ("5 ngày ở ngăn mát tủ lạnh", "Quả nhãn lồng tươi"),
    "HY-TPHY-LONGNHAN-01": ("12 tháng nơi khô ráo", "100% cùi nhãn lồng sấy"),
    "HY-TPHY-MATONGNHAN-01": ("24 tháng nơi thoáng mát, tránh ánh nắng", "100% mật ong hoa nhãn"),
    "HY-MYHAO-TUONGBAN-01": ("12 tháng kể từ ngày sản xuất", "Đậu tương, gạo nếp, muối, nước"),
    "HY-KHOAICHAU-GADONGTAO-01": ("", ""),
    "HY-KHOAICHAU-THITGADONGTAO-01": (
        "3 ngày ở ngăn mát, 3 tháng ở ngăn đá",
        "Gà Đông Tảo làm sạch nguyên con",
    ),
    "HY-KHOAICHAU-TINHBOTNGHE-01": ("24 tháng kể từ ngày sản xuất", "100% tinh bột nghệ vàng"),
    "HY-KHOAICHAU-CHUOI-01": ("3–5 ngày ở nhiệt độ phòng", "Nải chuối tiêu hồng tươi"),
    "HY-VANGIANG-CAYCANH-01": ("", ""),
    "HY-PHUCU-CHAGA-01": (
        "5 ngày ở ngăn mát, 3 tháng ở ngăn đá",
        "Thịt gà, mỡ lợn, nước mắm, hạt tiêu, hành",
    ),
    "HY-VANLAM-LUHUONG-01": ("", "Đồng vàng đúc, chạm thủ công"),
    "HY-KIMDONG-NEPHOAVANG-01": ("12 tháng nơi khô ráo", "Gạo nếp cái hoa vàng"),
    # --- Lạng Sơn
    "LS-VANQUAN-HOAHOI-01": ("24 tháng nơi khô ráo", "100% quả hồi phơi khô"),
    "LS-VANQUAN-TINHDAUHOI-01": ("36 tháng, đậy kín nắp", "100% tinh dầu hồi chưng cất"),
    "LS-CHILANG-NA-01": ("3–4 ngày ở nhiệt độ phòng", "Quả na dai tươi"),
    "LS-BACSON-QUYT-01": ("10–15 ngày nơi thoáng mát", "Quả quýt vàng tươi"),
    "LS-BACSON-QUYNHSON-01": ("", ""),
    "LS-HUULUNG-HUULIEN-01": ("", ""),
    "LS-TRANGDINH-THACHDEN-01": ("12 tháng nơi khô ráo", "100% cây thạch đen phơi khô"),
    "LS-LOCBINH-RUOUMAUSON-01": (
        "Không giới hạn nếu còn nguyên niêm phong",
        "Gạo nếp, men lá, nước suối Mẫu Sơn; độ cồn 35%",
    ),
    "LS-VANLANG-HONGVANHKHUYEN-01": ("5–7 ngày ở nhiệt độ phòng", "Quả hồng vành khuyên tươi"),
    "LS-CAOLOC-HONGBAOLAM-01": ("7–10 ngày ở nhiệt độ phòng", "Quả hồng không hạt tươi"),
    "LS-TPLS-DAOCANH-01": ("", ""),
    "LS-BINHGIA-GAOHONGPHONG-01": ("12 tháng nơi khô ráo", "Gạo Bao thai xay xát"),
    "LS-BINHGIA-THOCAM-01": ("", "Vải thổ cẩm dệt tay, dây đeo vải bông"),
    # --- Quảng Nam
    "QN-NAMTRAMY-SAMNGOCLINH-01": (
        "30 ngày ở ngăn mát, bọc rêu ẩm",
        "Củ sâm Ngọc Linh tươi, 5 năm tuổi trở lên",
    ),
    "QN-NAMTRAMY-RUOUSAM-01": (
        "Không giới hạn nếu còn nguyên niêm phong",
        "Rượu nếp, củ sâm Ngọc Linh; độ cồn 35%",
    ),
    "QN-HOIAN-GOMTHANHHA-01": ("", "Đất sét sông Thu Bồn, nung củi"),
    "QN-HOIAN-DENLONG-01": ("", "Khung tre, vải lụa, dây điện và đui đèn"),
    "QN-HOIAN-TRAQUE-01": ("", ""),
    "QN-HOIAN-CAMTHANH-01": ("", ""),
    "QN-HOIAN-MOCKIMBONG-01": ("", "Gỗ mít, sơn dầu trong"),
    "QN-THANGBINH-CUAKHE-01": ("24 tháng kể từ ngày sản xuất", "Cá cơm, muối; độ đạm 35 g/l"),
    "QN-DIENBAN-MIQUANG-01": ("6 tháng nơi khô ráo", "Bột gạo, nghệ, muối"),
    "QN-DUYXUYEN-LUAMACHAU-01": ("", "100% tơ tằm dệt tay"),
    "QN-BACTRAMY-QUE-01": ("24 tháng nơi khô ráo", "100% vỏ quế Trà My"),
    "QN-BACTRAMY-TINHDAUQUE-01": ("36 tháng, đậy kín nắp", "100% tinh dầu quế chưng cất"),
    "QN-NAMGIANG-THOCAMZARA-01": ("", "Sợi bông, hạt cườm trắng"),
}
