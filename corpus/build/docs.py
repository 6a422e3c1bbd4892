"""The documents of the format corpus, written once as data.

Each renderer (make_pdfs, make_scans, make_docx, make_html, make_legacy) draws a
document from here, and make_gold writes its gold rows from the same data, so the
text and its gold can never drift apart. Table gold follows the corpus convention:
one row per figure cell; "Sở, ban, ngành"/"Cấp tỉnh" -> province, "UBND cấp
huyện" -> district, "UBND cấp xã"/"Cấp xã" -> commune, a year column -> that year;
the indicator is the row's "Chỉ tiêu" cell.

Blocks of a document body:
  ("h", text)            a heading line (Điều 1., PHỤ LỤC, I. MỤC TIÊU ...)
  ("p", text)            a paragraph (the renderers wrap it as they like)
  ("table", dict)        header: list, rows: list of lists, caption: optional
  ("break",)             force a page break (PDF only; other formats ignore it)
"""
from __future__ import annotations

import re

LEVEL_COLUMNS = {
    "sở, ban, ngành": "province", "cấp tỉnh": "province", "ubnd cấp huyện": "district",
    "cấp huyện": "district", "ubnd cấp xã": "commune", "cấp xã": "commune",
}


def T(indicator, value, year, level=None, op=">=", unit="percent", kind="target", scope=None):
    row = {"indicator": indicator, "level": level, "operator": op, "value": value, "unit": unit,
           "year": year, "kind": kind}
    if scope:
        row["scope"] = scope
    return row


def header_block(issuer, number, place, date):
    """The two-column block every decision opens with."""
    d, m, y = date
    return {"left": issuer + ["-------"], "right": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "---------------"],
            "number": f"Số: {number}", "date": f"{place}, ngày {d:02d} tháng {m:02d} năm {y}"}


# A pool of indicators used by the appendix tables (several documents draw from it).
FIELDS = ["đất đai", "xây dựng", "tư pháp", "lao động - thương binh và xã hội", "giáo dục và đào tạo", "y tế",
          "tài nguyên và môi trường", "giao thông vận tải", "công thương", "nông nghiệp và phát triển nông thôn",
          "văn hóa, thể thao và du lịch", "kế hoạch và đầu tư"]

CCHC = [
    ("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn", "100%", "98%", "98%"),
    ("Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến", "80%", "50%", "40%"),
    ("Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "100%", "90%", "80%"),
    ("Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", "70%", "55%", "45%"),
    ("Tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến", "60%", "45%", "30%"),
    ("Mức độ hài lòng của người dân, doanh nghiệp", "95%", "92%", "90%"),
    ("Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã số hóa", "70%", "60%", "50%"),
    ("Tỷ lệ văn bản điện tử được ký số", "100%", "95%", "90%"),
]


LONG_INDICATORS = [
    "Tỷ lệ hồ sơ đất đai giải quyết đúng hạn", "Tỷ lệ hồ sơ cấp phép xây dựng nộp trực tuyến",
    "Tỷ lệ hồ sơ chứng thực bản sao điện tử", "Tỷ lệ hồ sơ hộ tịch được số hóa",
    "Tỷ lệ hồ sơ cấp phiếu lý lịch tư pháp trực tuyến", "Tỷ lệ hồ sơ đăng ký kinh doanh qua mạng",
    "Tỷ lệ hồ sơ bảo trợ xã hội giải quyết đúng hạn", "Tỷ lệ hồ sơ việc làm tiếp nhận qua bưu chính công ích",
    "Tỷ lệ trường học cấp văn bằng, chứng chỉ điện tử", "Tỷ lệ cơ sở khám chữa bệnh sử dụng bệnh án điện tử",
    "Tỷ lệ giấy phép môi trường cấp đúng hạn", "Tỷ lệ giấy phép lái xe cấp đổi trực tuyến",
    "Tỷ lệ thủ tục công thương có phát sinh hồ sơ trực tuyến", "Tỷ lệ hồ sơ nông nghiệp được trả kết quả điện tử",
    "Tỷ lệ hồ sơ văn hóa, thể thao được giải quyết trước hạn", "Tỷ lệ dự án đầu tư được thẩm định qua hệ thống điện tử",
    "Tỷ lệ cuộc họp của cơ quan được tổ chức không giấy", "Tỷ lệ văn bản đi được ký số và gửi qua trục liên thông",
    "Tỷ lệ phản ánh về thủ tục hành chính được trả lời đúng hạn", "Tỷ lệ người dân tra cứu kết quả qua Cổng dịch vụ công",
    "Tỷ lệ thủ tục hành chính nội bộ được đơn giản hóa", "Tỷ lệ hồ sơ thuế được nộp điện tử",
    "Tỷ lệ hồ sơ bảo hiểm xã hội giao dịch điện tử", "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử",
    "Tỷ lệ hộ kinh doanh thanh toán không dùng tiền mặt", "Tỷ lệ công chức một cửa đạt chuẩn kỹ năng số",
    "Tỷ lệ điểm phục vụ một cửa có camera giám sát", "Tỷ lệ cơ sở dữ liệu chuyên ngành được kết nối",
    "Tỷ lệ kết quả giải quyết được lưu vào kho dữ liệu cá nhân", "Tỷ lệ hồ sơ được tiếp nhận không phụ thuộc địa giới",
]


def _long_rows():
    """30 rows of distinct indicators: enough to run the table onto further pages."""
    rows = []
    for k, ind in enumerate(LONG_INDICATORS):
        vals = (100 - k % 4, 90 - k % 7, 60 + k)
        rows.append([str(k + 1), ind, *(f"{v}%" for v in vals)])
    return rows


DOCS = []


def doc(**kw):
    kw.setdefault("kind", "QUYẾT ĐỊNH")
    kw.setdefault("targets", [])
    kw.setdefault("note", "")
    DOCS.append(kw)
    return kw


BASIS_LOCAL = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số "
    "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, "
    "một cửa liên thông trong giải quyết thủ tục hành chính;",
]

# ---------------------------------------------------------------- text PDFs
doc(
    stem="p01_tayninh-qd-2025-giao-chi-tieu-cchc", fmt="pdf",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH"], "418/QĐ-UBND", "Tây Ninh", (12, 3, 2025)),
    title="Về việc giao chỉ tiêu cải cách thủ tục hành chính năm 2025 cho các cơ quan, địa phương",
    authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
    basis=BASIS_LOCAL + ["Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 57/TTr-VP ngày 05 tháng 3 năm 2025."],
    body=[
        ("h", "Điều 1. Giao chỉ tiêu cải cách thủ tục hành chính năm 2025 cho các sở, ban, ngành tỉnh, "
              "Ủy ban nhân dân các huyện, thị xã, thành phố và Ủy ban nhân dân các xã, phường, thị trấn "
              "theo Phụ lục kèm theo Quyết định này."),
        ("h", "Điều 2. Thủ trưởng các cơ quan, đơn vị được giao chỉ tiêu có trách nhiệm quán triệt, tổ chức "
              "thực hiện và báo cáo kết quả định kỳ hằng quý về Văn phòng Ủy ban nhân dân tỉnh trước ngày 15 "
              "của tháng cuối quý."),
        ("h", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ "
              "trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu "
              "trách nhiệm thi hành Quyết định này./."),
        ("break",),
        ("h", "PHỤ LỤC"),
        ("h", "CHỈ TIÊU CẢI CÁCH THỦ TỤC HÀNH CHÍNH NĂM 2025"),
        ("p", "(Kèm theo Quyết định số 418/QĐ-UBND ngày 12 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Tây Ninh)"),
        ("table", {"header": ["STT", "Chỉ tiêu", "Sở, ban, ngành", "UBND cấp huyện", "UBND cấp xã"],
                   "rows": [[str(i + 1), *r] for i, r in enumerate(CCHC[:6])]}),
    ],
    signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Hải"),
    year=2025, jurisdiction=("Tây Ninh", "province"),
    note="Table of targets per level; 15 March deadline and Tờ trình number are not rows.",
)

doc(
    stem="p02_quangtri-kh-2025-chuyen-doi-so-2025-2027", fmt="pdf", kind="KẾ HOẠCH",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"], "96/KH-UBND", "Quảng Trị", (20, 2, 2025)),
    title="Chuyển đổi số trong giải quyết thủ tục hành chính giai đoạn 2025 - 2027",
    authority=None,
    basis=["Thực hiện Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ, Ủy ban nhân dân "
           "tỉnh ban hành Kế hoạch chuyển đổi số trong giải quyết thủ tục hành chính giai đoạn 2025 - 2027 như sau:"],
    body=[
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "Đẩy mạnh ứng dụng công nghệ số trong tiếp nhận, giải quyết thủ tục hành chính; lấy người dân, "
              "doanh nghiệp làm trung tâm phục vụ; bảo đảm công khai, minh bạch và tiết kiệm chi phí tuân thủ."),
        ("h", "II. CHỈ TIÊU CỤ THỂ"),
        ("p", "Các chỉ tiêu chủ yếu cần đạt theo từng năm được xác định tại bảng sau:"),
        ("table", {"header": ["STT", "Chỉ tiêu", "2025", "2026", "2027"],
                   "rows": [["1", "Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ", "50%", "65%", "80%"],
                            ["2", "Tỷ lệ hồ sơ được số hóa khi tiếp nhận", "90%", "95%", "100%"],
                            ["3", "Tỷ lệ người dân có tài khoản định danh điện tử mức độ 2", "60%", "70%", "85%"],
                            ["4", "Tỷ lệ giao dịch thanh toán trực tuyến phí, lệ phí", "40%", "55%", "70%"],
                            ["5", "Tỷ lệ cán bộ một cửa được tập huấn kỹ năng số", "80%", "90%", "100%"]]}),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "Sở Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, kiểm tra, tổng hợp "
              "kết quả thực hiện Kế hoạch; định kỳ ngày 20 tháng 12 hằng năm báo cáo Ủy ban nhân dân tỉnh."),
    ],
    signer=("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Nam"),
    year=2027, jurisdiction=("Quảng Trị", "province"),
    note="Per-year columns 2025/2026/2027: one row per year. 06/QĐ-TTg is a reference.",
)

doc(
    stem="p03_binhdinh-qd-2025-chi-tieu-theo-linh-vuc", fmt="pdf",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH"], "1175/QĐ-UBND", "Bình Định", (2, 4, 2025)),
    title="Ban hành chỉ tiêu giải quyết thủ tục hành chính theo lĩnh vực năm 2025",
    authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
    basis=BASIS_LOCAL + ["Xét đề nghị của Giám đốc Trung tâm Phục vụ hành chính công tỉnh."],
    body=[
        ("h", "Điều 1. Ban hành kèm theo Quyết định này Bộ chỉ tiêu giải quyết thủ tục hành chính theo lĩnh vực "
              "năm 2025 áp dụng đối với các sở, ban, ngành, Ủy ban nhân dân cấp huyện và Ủy ban nhân dân cấp xã."),
        ("h", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."),
        ("h", "PHỤ LỤC"),
        ("h", "BỘ CHỈ TIÊU GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO LĨNH VỰC NĂM 2025"),
        ("table", {"header": ["STT", "Chỉ tiêu", "Sở, ban, ngành", "UBND cấp huyện", "UBND cấp xã"],
                   "rows": _long_rows()}),
    ],
    signer=("CHỦ TỊCH", "Phạm Anh Tuấn"),
    year=2025, jurisdiction=("Bình Định", "province"),
    note="One long table running over two pages, its header repeated on the second page.",
)

doc(
    stem="p04_hatinh-qd-2024-nang-cao-chat-luong-phuc-vu", fmt="pdf",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"], "2031/QĐ-UBND", "Hà Tĩnh", (15, 8, 2024)),
    title="Ban hành Kế hoạch nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính năm 2024",
    authority="ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
    basis=BASIS_LOCAL,
    body=[
        ("h", "Điều 1. Mục tiêu năm 2024"),
        ("p", "1. Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt tối thiểu 98%."),
        ("p", "2. Phấn đấu tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính "
              "đạt từ 95% trở lên."),
        ("p", "3. Thời gian giải quyết thủ tục hành chính được rút ngắn, giảm ít nhất 30% thời gian so với quy định "
              "đối với các thủ tục thuộc thẩm quyền của tỉnh."),
        ("p", "4. Tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 60% đối với sở, ban, ngành; 40% đối với UBND cấp "
              "huyện và 30% đối với UBND cấp xã."),
        ("h", "Điều 2. Chỉ tiêu về số hóa hồ sơ"),
        ("table", {"header": ["STT", "Chỉ tiêu", "Sở, ban, ngành", "UBND cấp huyện", "UBND cấp xã"],
                   "rows": [["1", "Tỷ lệ số hóa hồ sơ khi tiếp nhận", "100%", "100%", "90%"],
                            ["2", "Tỷ lệ số hóa kết quả giải quyết", "100%", "95%", "85%"]]}),
        ("h", "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký./."),
    ],
    signer=("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Võ Trọng Hải"),
    year=2024, jurisdiction=("Hà Tĩnh", "province"),
    targets=[
        T("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn", 98, 2024),
        T("tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính", 95, 2024),
        T("giảm thời gian giải quyết thủ tục hành chính", 30, 2024),
        T("Tỷ lệ hồ sơ trực tuyến toàn trình", 60, 2024, "province"),
        T("Tỷ lệ hồ sơ trực tuyến toàn trình", 40, 2024, "district"),
        T("Tỷ lệ hồ sơ trực tuyến toàn trình", 30, 2024, "commune"),
    ],
    note="Targets in sentences wrapped by the layout, one per level in item 4, plus a small table.",
)

doc(
    stem="p05_laocai-kh-2025-dich-vu-cong-2025-2026", fmt="pdf", kind="KẾ HOẠCH",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"], "214/KH-UBND", "Lào Cai", (7, 5, 2025)),
    title="Nâng cao hiệu quả cung cấp dịch vụ công trực tuyến năm 2025 và năm 2026",
    authority=None,
    basis=["Để nâng cao hiệu quả cung cấp và sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh, Ủy ban nhân dân "
           "tỉnh ban hành Kế hoạch với các nội dung sau:"],
    body=[
        ("h", "I. MỤC TIÊU"),
        ("p", "Chỉ tiêu cụ thể cho từng năm như sau (đơn vị tính: %):"),
        ("table", {"header": ["STT", "Chỉ tiêu", "Năm 2025", "Năm 2026"],
                   "rows": [["1", "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ", "85%", "90%"],
                            ["2", "Tỷ lệ hồ sơ nộp qua Cổng Dịch vụ công quốc gia", "55%", "70%"],
                            ["3", "Tỷ lệ người dùng đánh giá dịch vụ công trực tuyến dễ sử dụng", "80%", "90%"],
                            ["4", "Tỷ lệ kết quả giải quyết được trả bản điện tử", "60%", "80%"]]}),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("p", "Rà soát, tái cấu trúc quy trình; nâng cấp hạ tầng kỹ thuật; tuyên truyền, hướng dẫn người dân sử "
              "dụng dịch vụ công trực tuyến; tổ chức 02 đợt kiểm tra trong năm."),
    ],
    signer=("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Trịnh Xuân Trường"),
    year=2026, jurisdiction=("Lào Cai", "province"),
    note="Year columns written 'Năm 2025' / 'Năm 2026'. '02 đợt kiểm tra' is an activity, not a target.",
)

doc(
    stem="p06_thoxuan-kh-2025-chi-tieu-cap-xa", fmt="pdf", kind="KẾ HOẠCH",
    head=header_block(["ỦY BAN NHÂN DÂN", "HUYỆN THỌ XUÂN"], "58/KH-UBND", "Thọ Xuân", (3, 3, 2025)),
    title="Thực hiện cải cách hành chính trên địa bàn huyện năm 2025",
    authority=None,
    basis=["Căn cứ Kế hoạch cải cách hành chính năm 2025 của Ủy ban nhân dân tỉnh Thanh Hóa, Ủy ban nhân dân "
           "huyện Thọ Xuân ban hành Kế hoạch thực hiện như sau:"],
    body=[
        ("h", "I. CHỈ TIÊU"),
        ("p", "1. Đối với các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện: tỷ lệ hồ sơ giải quyết đúng hạn "
              "đạt 100%; tỷ lệ văn bản điện tử được ký số đạt tối thiểu 95%."),
        ("p", "2. Đối với Ủy ban nhân dân các xã, thị trấn: thực hiện các chỉ tiêu tại bảng sau."),
        ("table", {"header": ["STT", "Chỉ tiêu", "UBND cấp xã"],
                   "rows": [["1", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trước và đúng hạn", "98%"],
                            ["2", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "45%"],
                            ["3", "Tỷ lệ kết quả giải quyết được số hóa", "85%"]]}),
        ("h", "II. TỔ CHỨC THỰC HIỆN"),
        ("p", "Văn phòng HĐND và UBND huyện theo dõi, đôn đốc, tổng hợp báo cáo Chủ tịch UBND huyện."),
    ],
    signer=("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Quý"),
    year=2025, jurisdiction=("Thọ Xuân", "district"),
    targets=[
        T("tỷ lệ hồ sơ giải quyết đúng hạn", 100, 2025, "district"),
        T("tỷ lệ văn bản điện tử được ký số", 95, 2025, "district"),
    ],
    note="District plan: cơ quan chuyên môn thuộc UBND huyện -> district; one column of commune targets.",
)

doc(
    stem="p07_vinhlong-qd-2024-chi-so-cchc", fmt="pdf",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH VĨNH LONG"], "1502/QĐ-UBND", "Vĩnh Long", (28, 6, 2024)),
    title="Về việc giao nhiệm vụ nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng năm 2024",
    authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG",
    basis=BASIS_LOCAL + [
        "Căn cứ Quyết định số 876/QĐ-BNV ngày 10 tháng 11 năm 2023 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án "
        "Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh;",
        "Theo đề nghị của Giám đốc Sở Nội vụ."],
    body=[
        ("h", "Điều 1. Mục tiêu"),
        ("p", "Phấn đấu năm 2024 Chỉ số cải cách hành chính của tỉnh đạt từ 88 điểm trở lên và xếp hạng trong "
              "nhóm 20 tỉnh, thành phố dẫn đầu cả nước; Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) đạt "
              "trên 85%."),
        ("p", "Năm 2023, Chỉ số cải cách hành chính của tỉnh đạt 86,12 điểm, xếp thứ 25/63 tỉnh, thành phố."),
        ("h", "Điều 2. Nhiệm vụ của các cơ quan, đơn vị"),
        ("p", "Các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố khắc phục ngay các tiêu chí "
              "bị trừ điểm năm 2023, hoàn thành các nhiệm vụ tại Phụ lục kèm theo."),
        ("h", "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và Thủ trưởng các cơ quan, đơn vị "
              "có liên quan chịu trách nhiệm thi hành Quyết định này./."),
        ("break",),
        ("h", "PHỤ LỤC"),
        ("h", "CHỈ TIÊU THÀNH PHẦN NĂM 2024"),
        ("table", {"header": ["STT", "Chỉ tiêu", "Sở, ban, ngành", "UBND cấp huyện"],
                   "rows": [["1", "Tỷ lệ kế hoạch cải cách hành chính hoàn thành", "100%", "100%"],
                            ["2", "Tỷ lệ văn bản quy phạm pháp luật được kiểm tra, rà soát", "100%", "95%"],
                            ["3", "Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn", "100%", "98%"]]}),
    ],
    signer=("CHỦ TỊCH", "Lữ Quang Ngời"),
    year=2024, jurisdiction=("Vĩnh Long", "province"),
    targets=[
        T("Chỉ số cải cách hành chính của tỉnh", 88, 2024, unit="point"),
        T("Chỉ số cải cách hành chính của tỉnh", 20, 2024, op="<=", unit="rank"),
        T("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", 85, 2024, op=">"),
        T("Chỉ số cải cách hành chính của tỉnh", 86.12, 2023, op="=", unit="point", kind="result"),
        T("Chỉ số cải cách hành chính của tỉnh", 25, 2023, op="=", unit="rank", kind="result"),
    ],
    note="Targets in the body on page 1, appendix on page 2. 'xếp hạng trong nhóm 20 tỉnh dẫn đầu' is a rank target (<= 20); 876/QĐ-BNV a reference.",
)

doc(
    stem="p08_nghean-qd-2025-chi-tieu-hai-cap", fmt="pdf",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "2290/QĐ-UBND", "Nghệ An", (22, 7, 2025)),
    title="Giao chỉ tiêu giải quyết thủ tục hành chính theo mô hình chính quyền địa phương hai cấp năm 2025",
    authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
    basis=["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
           "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh."],
    body=[
        ("h", "Điều 1. Giao chỉ tiêu giải quyết thủ tục hành chính năm 2025 cho cấp tỉnh và cấp xã theo bảng "
              "dưới đây:"),
        ("table", {"header": ["STT", "Chỉ tiêu", "Cấp tỉnh", "Cấp xã"],
                   "rows": [["1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "100%", "98%"],
                            ["2", "Tỷ lệ hồ sơ trực tuyến toàn trình", "70%", "50%"],
                            ["3", "Tỷ lệ thủ tục hành chính tiếp nhận không phụ thuộc địa giới hành chính", "90%", "80%"],
                            ["4", "Tỷ lệ hồ sơ được số hóa", "100%", "100%"]]}),
        ("h", "Điều 2. Giám đốc các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm "
              "thi hành Quyết định này./."),
    ],
    signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Bùi Đình Long"),
    year=2025, jurisdiction=("Nghệ An", "province"),
    note="Two-tier model: Cấp tỉnh -> province, Cấp xã -> commune.",
)

# ---------------------------------------------------------------- scans (rendered, then rasterised)
doc(
    stem="s01_phuyen-qd-2024-giao-chi-tieu-mot-cua", fmt="scan",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH PHÚ YÊN"], "733/QĐ-UBND", "Phú Yên", (9, 4, 2024)),
    title="Về việc giao chỉ tiêu thực hiện cơ chế một cửa năm 2024",
    authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN",
    basis=BASIS_LOCAL[1:],
    body=[
        ("h", "Điều 1. Giao chỉ tiêu năm 2024 như sau:"),
        ("p", "1. Tỷ lệ hồ sơ được giải quyết đúng hạn đạt tối thiểu 97%."),
        ("p", "2. Tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt 100%."),
        ("p", "3. Tỷ lệ hồ sơ nộp trực tuyến tối thiểu 50% đối với sở, ban, ngành; 35% đối với UBND cấp huyện và "
              "25% đối với UBND cấp xã."),
        ("h", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."),
    ],
    signer=("CHỦ TỊCH", "Tạ Anh Tuấn"),
    year=2024, jurisdiction=("Phú Yên", "province"),
    targets=[
        T("Tỷ lệ hồ sơ được giải quyết đúng hạn", 97, 2024),
        T("Tỷ lệ hồ sơ được số hóa khi tiếp nhận", 100, 2024),
        T("Tỷ lệ hồ sơ nộp trực tuyến", 50, 2024, "province"),
        T("Tỷ lệ hồ sơ nộp trực tuyến", 35, 2024, "district"),
        T("Tỷ lệ hồ sơ nộp trực tuyến", 25, 2024, "commune"),
    ],
)

doc(
    stem="s02_kontum-qd-2025-phu-luc-chi-tieu", fmt="scan",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"], "305/QĐ-UBND", "Kon Tum", (18, 3, 2025)),
    title="Về việc giao chỉ tiêu chuyển đổi số trong giải quyết thủ tục hành chính năm 2025",
    authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM",
    basis=BASIS_LOCAL[1:],
    body=[
        ("h", "Điều 1. Giao chỉ tiêu năm 2025 cho các cơ quan, địa phương theo Phụ lục dưới đây."),
        ("h", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."),
        ("h", "PHỤ LỤC"),
        ("table", {"header": ["STT", "Chỉ tiêu", "Sở, ban, ngành", "UBND cấp huyện", "UBND cấp xã"],
                   "rows": [["1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "100%", "98%", "97%"],
                            ["2", "Tỷ lệ hồ sơ trực tuyến toàn trình", "65%", "45%", "35%"],
                            ["3", "Tỷ lệ kết quả được số hóa", "100%", "90%", "80%"]]}),
    ],
    signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Y Ngọc"),
    year=2025, jurisdiction=("Kon Tum", "province"),
    note="Scanned appendix table with ruled cells.",
)

doc(
    stem="s03_camau-kh-2024-thanh-toan-truc-tuyen", fmt="scan", kind="KẾ HOẠCH",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU"], "141/KH-UBND", "Cà Mau", (25, 6, 2024)),
    title="Thúc đẩy thanh toán trực tuyến phí, lệ phí thủ tục hành chính năm 2024",
    authority=None,
    basis=["Ủy ban nhân dân tỉnh ban hành Kế hoạch thúc đẩy thanh toán trực tuyến với các nội dung sau:"],
    body=[
        ("h", "I. MỤC TIÊU"),
        ("p", "Đến hết năm 2024, tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến đạt ít nhất 45%; "
              "100% Bộ phận Một cửa các cấp bố trí thiết bị thanh toán không dùng tiền mặt."),
        ("p", "Năm 2023, toàn tỉnh đạt tỷ lệ thanh toán trực tuyến 28,6%."),
        ("h", "II. TỔ CHỨC THỰC HIỆN"),
        ("p", "Sở Tài chính chủ trì, phối hợp với Ngân hàng Nhà nước chi nhánh tỉnh triển khai Kế hoạch."),
    ],
    signer=("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Huỳnh Quốc Việt"),
    year=2024, jurisdiction=("Cà Mau", "province"),
    targets=[
        T("tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến", 45, 2024),
        T("Bộ phận Một cửa các cấp bố trí thiết bị thanh toán không dùng tiền mặt", 100, 2024),
        T("tỷ lệ thanh toán trực tuyến", 28.6, 2023, op="=", kind="result"),
    ],
)

doc(
    stem="s04_sonla-qd-2025-muc-tieu-nam", fmt="scan",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA"], "620/QĐ-UBND", "Sơn La", (4, 4, 2025)),
    title="Về việc giao chỉ tiêu nâng cao chất lượng giải quyết thủ tục hành chính theo từng năm",
    authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA",
    basis=BASIS_LOCAL[1:],
    body=[
        ("h", "Điều 1. Giao chỉ tiêu giai đoạn 2025 - 2026 theo bảng sau:"),
        ("table", {"header": ["STT", "Chỉ tiêu", "2025", "2026"],
                   "rows": [["1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "55%", "70%"],
                            ["2", "Tỷ lệ người dân hài lòng", "90%", "95%"]]}),
        ("h", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."),
    ],
    signer=("CHỦ TỊCH", "Nguyễn Đình Việt"),
    year=2026, jurisdiction=("Sơn La", "province"),
)

doc(
    stem="s05_quangngai-qd-2024-xu-ly-phan-anh", fmt="scan",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], "914/QĐ-UBND", "Quảng Ngãi", (11, 9, 2024)),
    title="Về việc nâng cao hiệu quả tiếp nhận, xử lý phản ánh, kiến nghị năm 2024",
    authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
    basis=BASIS_LOCAL[1:],
    body=[
        ("h", "Điều 1. Mục tiêu"),
        ("p", "Bảo đảm 100% phản ánh, kiến nghị của người dân được tiếp nhận và xử lý đúng thời hạn; thời gian "
              "xử lý phản ánh không quá 10 ngày làm việc; tỷ lệ người phản ánh hài lòng với kết quả xử lý đạt trên 90%."),
        ("h", "Điều 2. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc. Đường dây nóng 0255 3822 xxx."),
        ("h", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./."),
    ],
    signer=("CHỦ TỊCH", "Nguyễn Hoàng Giang"),
    year=2024, jurisdiction=("Quảng Ngãi", "province"),
    targets=[
        T("phản ánh, kiến nghị của người dân được tiếp nhận và xử lý đúng thời hạn", 100, 2024),
        T("thời gian xử lý phản ánh", 10, 2024, op="<=", unit="day"),
        T("tỷ lệ người phản ánh hài lòng với kết quả xử lý", 90, 2024, op=">"),
    ],
    note="Phone number is not a row.",
)

# ---------------------------------------------------------------- DOCX
doc(
    stem="d01_thaibinh-qd-2025-giao-chi-tieu-so-hoa", fmt="docx",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH THÁI BÌNH"], "512/QĐ-UBND", "Thái Bình", (14, 3, 2025)),
    title="Về việc giao chỉ tiêu số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2025",
    authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH",
    basis=BASIS_LOCAL,
    body=[
        ("h", "Điều 1. Giao chỉ tiêu số hóa năm 2025 theo Phụ lục kèm theo."),
        ("h", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."),
        ("h", "PHỤ LỤC"),
        ("table", {"header": ["STT", "Chỉ tiêu", "Sở, ban, ngành", "UBND cấp huyện", "UBND cấp xã"],
                   "rows": [[str(i + 1), *r] for i, r in enumerate([CCHC[2], CCHC[6], CCHC[7], CCHC[4]])]}),
    ],
    signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lại Văn Hoàn"),
    year=2025, jurisdiction=("Thái Bình", "province"),
)

doc(
    stem="d02_angiang-kh-2024-cai-cach-hanh-chinh", fmt="docx", kind="KẾ HOẠCH",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"], "77/KH-UBND", "An Giang", (30, 1, 2024)),
    title="Cải cách hành chính năm 2024",
    authority=None,
    basis=["Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2024 như sau:"],
    body=[
        ("h", "I. MỤC TIÊU CỤ THỂ"),
        ("p", "- 100% văn bản quy phạm pháp luật của tỉnh được kiểm tra, rà soát theo quy định."),
        ("p", "- Tỷ lệ hồ sơ giải quyết trực tuyến đạt tối thiểu 50%."),
        ("p", "- Mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước đạt trên 90%."),
        ("p", "- Chỉ số cải cách hành chính của tỉnh phấn đấu đạt 90 điểm trở lên."),
        ("h", "II. NHIỆM VỤ"),
        ("p", "Triển khai 08 nhiệm vụ trọng tâm theo Phụ lục I kèm theo Kế hoạch này."),
    ],
    signer=("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Thanh Bình"),
    year=2024, jurisdiction=("An Giang", "province"),
    targets=[
        T("văn bản quy phạm pháp luật của tỉnh được kiểm tra, rà soát", 100, 2024),
        T("Tỷ lệ hồ sơ giải quyết trực tuyến", 50, 2024),
        T("Mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước", 90, 2024, op=">"),
        T("Chỉ số cải cách hành chính của tỉnh", 90, 2024, unit="point"),
    ],
    note="'08 nhiệm vụ' is a count of tasks, not a row.",
)

doc(
    stem="d03_dongthap-qd-2025-chi-tieu-2025-2027", fmt="docx",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"], "389/QĐ-UBND", "Đồng Tháp", (10, 4, 2025)),
    title="Ban hành chỉ tiêu phát triển chính quyền số giai đoạn 2025 - 2027",
    authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
    basis=BASIS_LOCAL[:1],
    body=[
        ("h", "Điều 1. Ban hành chỉ tiêu phát triển chính quyền số theo từng năm:"),
        ("table", {"header": ["STT", "Chỉ tiêu", "2025", "2026", "2027"],
                   "rows": [["1", "Tỷ lệ hồ sơ công việc cấp tỉnh xử lý trên môi trường mạng", "90%", "95%", "100%"],
                            ["2", "Tỷ lệ báo cáo định kỳ gửi qua Hệ thống thông tin báo cáo", "85%", "95%", "100%"],
                            ["3", "Tỷ lệ cuộc họp được tổ chức trực tuyến", "60%", "70%", "80%"]]}),
        ("h", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."),
    ],
    signer=("CHỦ TỊCH", "Phạm Thiện Nghĩa"),
    year=2027, jurisdiction=("Đồng Tháp", "province"),
)

# ---------------------------------------------------------------- HTML (news pages with site chrome)
doc(
    stem="h01_baobinhthuan-tin-2025-giao-chi-tieu-tthc", fmt="html", kind="news",
    site="Báo Bình Thuận điện tử",
    headline="Bình Thuận giao chỉ tiêu giải quyết thủ tục hành chính năm 2025",
    paragraphs=[
        "Ngày 17/3/2025, Chủ tịch UBND tỉnh Bình Thuận ký Quyết định số 641/QĐ-UBND giao chỉ tiêu giải quyết "
        "thủ tục hành chính năm 2025 cho các sở, ngành và địa phương.",
        "Theo Quyết định, tỷ lệ hồ sơ giải quyết đúng hạn phải đạt tối thiểu 98%; tỷ lệ hồ sơ trực tuyến toàn "
        "trình đạt 60% đối với các sở, ban, ngành và 40% đối với UBND cấp huyện.",
        "Năm 2024, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 96,4%.",
    ],
    number="641/QĐ-UBND", date=(17, 3, 2025),
    year=2025, jurisdiction=("Bình Thuận", "province"),
    targets=[
        T("tỷ lệ hồ sơ giải quyết đúng hạn", 98, 2025),
        T("tỷ lệ hồ sơ trực tuyến toàn trình", 60, 2025, "province"),
        T("tỷ lệ hồ sơ trực tuyến toàn trình", 40, 2025, "district"),
        T("tỷ lệ hồ sơ giải quyết đúng hạn", 96.4, 2024, op="=", kind="result"),
    ],
    note="Site chrome (menu, hotline box, visitor counter, footer with a 2026 date) must not give rows or a year.",
)

doc(
    stem="h02_hagiang-tin-2024-bang-chi-tieu-cap-xa", fmt="html", kind="news",
    site="Cổng Thông tin điện tử tỉnh Hà Giang",
    headline="Hà Giang ban hành chỉ tiêu số hóa hồ sơ cho các cấp năm 2024",
    paragraphs=[
        "UBND tỉnh Hà Giang vừa ban hành Quyết định số 455/QĐ-UBND ngày 02/4/2024 giao chỉ tiêu số hóa hồ sơ, "
        "kết quả giải quyết thủ tục hành chính năm 2024. Các chỉ tiêu cụ thể như sau:",
        ("table", {"header": ["STT", "Chỉ tiêu", "Sở, ban, ngành", "UBND cấp huyện", "UBND cấp xã"],
                   "rows": [["1", "Tỷ lệ số hóa hồ sơ khi tiếp nhận", "100%", "90%", "80%"],
                            ["2", "Tỷ lệ số hóa kết quả giải quyết", "100%", "85%", "70%"]]}),
        "Các cơ quan, đơn vị báo cáo kết quả thực hiện hằng tháng về Văn phòng UBND tỉnh.",
    ],
    number="455/QĐ-UBND", date=(2, 4, 2024),
    year=2024, jurisdiction=("Hà Giang", "province"),
)

doc(
    stem="h03_quangbinh-tin-2025-ket-qua-va-muc-tieu", fmt="html", kind="news",
    site="Trang thông tin Sở Nội vụ Quảng Bình",
    headline="Quảng Bình đặt mục tiêu nâng cao Chỉ số hài lòng của người dân năm 2025",
    paragraphs=[
        "Theo Kế hoạch số 120/KH-UBND ngày 14/01/2025 của UBND tỉnh Quảng Bình, năm 2025 Chỉ số hài lòng của "
        "người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước phấn đấu đạt trên 88%.",
        "Kế hoạch cũng đặt mục tiêu tỷ lệ hồ sơ thủ tục hành chính được số hóa đạt 100% và tỷ lệ hồ sơ "
        "được giải quyết đúng hạn đạt ít nhất 99%.",
        "Năm 2024, Chỉ số hài lòng của tỉnh đạt 84,5%, tăng 2,1% so với năm trước.",
    ],
    number="120/KH-UBND", date=(14, 1, 2025),
    year=2025, jurisdiction=("Quảng Bình", "province"),
    targets=[
        T("Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước", 88, 2025, op=">"),
        T("tỷ lệ hồ sơ thủ tục hành chính được số hóa", 100, 2025),
        T("tỷ lệ hồ sơ được giải quyết đúng hạn", 99, 2025),
        T("Chỉ số hài lòng của tỉnh", 84.5, 2024, op="=", kind="result"),
    ],
    note="'tăng 2,1%' is a change, not a row.",
)

# ---------------------------------------------------------------- legacy encodings
doc(
    stem="l01_thanhhoa-qd-2008-tcvn3", fmt="legacy-tcvn3",
    head=header_block(["UỶ BAN NHÂN DÂN", "TỈNH THANH HOÁ"], "1260/QĐ-UBND", "Thanh Hoá", (5, 5, 2008)),
    title="Về việc giao chỉ tiêu giải quyết hồ sơ theo cơ chế một cửa năm 2008",
    authority="CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH THANH HOÁ",
    basis=["Căn cứ Quyết định số 93/2007/QĐ-TTg ngày 22 tháng 6 năm 2007 của Thủ tướng Chính phủ;"],
    body=[
        ("h", "Điều 1. Giao chỉ tiêu năm 2008:"),
        ("p", "1. Tỷ lệ hồ sơ giải quyết đúng hẹn đạt tối thiểu 90%."),
        ("p", "2. Tỷ lệ hồ sơ được tiếp nhận tại bộ phận một cửa đạt 100%."),
        ("h", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."),
    ],
    signer=("CHỦ TỊCH", "Mai Văn Ninh"),
    year=2008, jurisdiction=("Thanh Hoá", "province"),
    targets=[T("Tỷ lệ hồ sơ giải quyết đúng hẹn", 90, 2008),
             T("Tỷ lệ hồ sơ được tiếp nhận tại bộ phận một cửa", 100, 2008)],
    note="Plain text in TCVN3 (ABC) bytes, as typed with .VnTime.",
)

doc(
    stem="l02_namdinh-qd-2009-vni", fmt="legacy-vni",
    head=header_block(["ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH"], "845/QĐ-UBND", "Nam Định", (19, 6, 2009)),
    title="Về việc giao chỉ tiêu cải cách thủ tục hành chính năm 2009",
    authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
    basis=["Căn cứ Quyết định số 30/QĐ-TTg ngày 10 tháng 01 năm 2007 của Thủ tướng Chính phủ;"],
    body=[
        ("h", "Điều 1. Giao chỉ tiêu năm 2009:"),
        ("p", "1. Tỷ lệ thủ tục hành chính được rà soát, đơn giản hóa đạt tối thiểu 30%."),
        ("p", "2. Tỷ lệ hồ sơ trả kết quả đúng hẹn đạt 95%."),
        ("h", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."),
    ],
    signer=("CHỦ TỊCH", "Trần Văn Chung"),
    year=2009, jurisdiction=("Nam Định", "province"),
    targets=[T("Tỷ lệ thủ tục hành chính được rà soát, đơn giản hóa", 30, 2009),
             T("Tỷ lệ hồ sơ trả kết quả đúng hẹn", 95, 2009)],
    note="DOCX typed in VNI-Times with VNI bytes.",
)


def by_stem(stem):
    return next(d for d in DOCS if d["stem"] == stem)


# ---------------------------------------------------------------- gold
VALUE = re.compile(r"^(?P<op>≥|≤)?\s*(?P<num>\d+(?:,\d+)?)\s*(?P<pct>%)?$")


def column_meaning(label):
    low = label.strip().lower()
    if low in LEVEL_COLUMNS:
        return LEVEL_COLUMNS[low], None
    m = re.search(r"\b(20\d\d)\b", label)
    if m:
        return None, int(m.group(1))
    return None, None


def table_rows(d, table):
    out = []
    header = table["header"]
    ind_col = header.index("Chỉ tiêu")
    for row in table["rows"]:
        for label, cell in zip(header[ind_col + 1:], row[ind_col + 1:]):
            m = VALUE.match(cell)
            if not m:
                continue
            level, year = column_meaning(label)
            out.append(T(row[ind_col], float(m.group("num").replace(",", ".")) if "," in m.group("num")
                         else int(m.group("num")), year or d["year"], level,
                         op={"≥": ">=", "≤": "<="}.get(m.group("op"), ">="),
                         unit="percent" if m.group("pct") else "count"))
    return out


def tables_of(d):
    for b in d.get("body", []):
        if b[0] == "table":
            yield b[1]
    for b in d.get("paragraphs", []):
        if isinstance(b, tuple) and b[0] == "table":
            yield b[1]


def date_iso(d):
    if "head" in d:
        m = re.search(r"ngày (\d+) tháng (\d+) năm (\d+)", d["head"]["date"])
        day, month, year = map(int, m.groups())
    else:
        day, month, year = d["date"]
    return f"{year:04d}-{month:02d}-{day:02d}"


def number_of(d):
    return d["head"]["number"].removeprefix("Số: ") if "head" in d else d["number"]


EXT = {"pdf": "pdf", "scan": "pdf", "docx": "docx", "html": "html", "legacy-tcvn3": "txt", "legacy-vni": "docx"}


def gold(d):
    rows = list(d["targets"])
    for t in tables_of(d):
        rows.extend(table_rows(d, t))
    name, level = d["jurisdiction"]
    return {
        "document": f"{d['stem']}.{EXT[d['fmt']]}",
        "year": d["year"],
        "decision": {"number": number_of(d), "date": date_iso(d)},
        "jurisdiction": {"name": name, "level": level},
        "references": [],
        "targets": rows,
        "note": d.get("note", ""),
    }
