"""Labels in Vietnamese (English with ?lang=en), and values the Vietnamese way: 70%, 2,5 ngày, 1.000 hồ sơ."""
from __future__ import annotations

from ..db.rows import OPERATORS

VI = {
    "app": "Duyệt chỉ tiêu", "documents": "Văn bản", "targets": "Chỉ tiêu", "compare": "So sánh năm",
    "search": "Tìm theo số hiệu hoặc tên văn bản", "jurisdiction": "Địa phương", "year": "Năm", "kind_doc": "Loại văn bản",
    "review_status": "Tình trạng duyệt", "all": "Tất cả", "filter": "Lọc", "done": "Đã duyệt xong", "todo": "Chưa duyệt xong",
    "number": "Số hiệu", "title": "Tên văn bản", "rows": "Số dòng", "to_review": "Cần duyệt", "page": "Trang",
    "prev": "Trang trước", "next": "Trang sau", "of_rows_reviewed": "{done} / {total} dòng đã duyệt",
    "mark_reviewed": "Đánh dấu đã duyệt xong văn bản", "reviewed_by": "Đã duyệt xong bởi {who} lúc {when}",
    "accept": "Chấp nhận", "reject": "Loại", "edit": "Sửa", "save": "Lưu", "add_row": "Thêm dòng còn thiếu",
    "add_help": "Bôi đen đoạn văn bản chứa chỉ tiêu bị bỏ sót, rồi điền các trường và bấm Thêm.",
    "add": "Thêm", "evidence": "Trích dẫn", "indicator": "Chỉ tiêu (theo văn bản)", "indicator_id": "Mã chỉ tiêu",
    "level": "Cấp", "operator": "Toán tử", "value": "Giá trị", "unit": "Đơn vị", "kind": "Loại", "scope": "Phạm vi",
    "status": "Trạng thái", "reviewer": "Người duyệt", "threshold": "Ngưỡng", "document": "Văn bản",
    "no_text": "Không có nội dung văn bản trong cơ sở dữ liệu (hãy nạp lại văn bản): không tô sáng được.",
    "shortcuts": "Phím tắt: a chấp nhận · r loại · e sửa · j / k dòng sau / trước",
    "conflict": "Xung đột", "conflict_help": "Dòng này vừa được người khác thay đổi. Không có gì bị ghi đè. Hãy tải lại trang và làm lại.",
    "back": "Quay lại", "login": "Đăng nhập", "logout": "Đăng xuất", "user": "Tên đăng nhập", "password": "Mật khẩu",
    "bad_login": "Sai tên đăng nhập hoặc mật khẩu.", "viewer_note": "Bạn chỉ có quyền xem.",
    "unmatched": "Sửa đổi không còn khớp sau lần trích xuất mới (cần duyệt lại)",
    "old_year": "Năm cũ", "new_year": "Năm mới", "change": "Thay đổi", "none": "—", "go_evidence": "xem trích dẫn",
    "not_found": "Không tìm thấy", "forbidden": "Không được phép", "invalid": "Giá trị không hợp lệ",
    "unmatched_rows": "Chỉ tiêu không có mã", "results": "Chỉ tiêu so với kết quả", "count": "Số lượng",
    "lang_other": "English", "any": "(trống)",
    "same_as": "Cùng chỉ tiêu với dòng mã", "link": "Liên kết", "row_id": "mã dòng",
}
EN = {
    "app": "Target review", "documents": "Documents", "targets": "Targets", "compare": "Year over year",
    "search": "Search by decision number or title words", "jurisdiction": "Jurisdiction", "year": "Year",
    "kind_doc": "Kind of document", "review_status": "Review status", "all": "All", "filter": "Filter",
    "done": "Reviewed", "todo": "Not reviewed", "number": "Number", "title": "Title", "rows": "Rows",
    "to_review": "To review", "page": "Page", "prev": "Previous", "next": "Next",
    "of_rows_reviewed": "{done} of {total} rows reviewed", "mark_reviewed": "Mark document reviewed",
    "reviewed_by": "Reviewed by {who} at {when}", "accept": "Accept", "reject": "Reject", "edit": "Edit",
    "save": "Save", "add_row": "Add a missed row", "add_help": "Select the text of the missed target, fill in the fields and press Add.",
    "add": "Add", "evidence": "Evidence", "indicator": "Indicator (document's words)", "indicator_id": "Canonical id",
    "level": "Level", "operator": "Operator", "value": "Value", "unit": "Unit", "kind": "Kind", "scope": "Scope",
    "status": "Status", "reviewer": "Reviewer", "threshold": "Threshold", "document": "Document",
    "no_text": "The document's text is not in the database (ingest it again): no highlights.",
    "shortcuts": "Keys: a accept · r reject · e edit · j / k next / previous row",
    "conflict": "Conflict", "conflict_help": "Someone else changed this row just now. Nothing was overwritten. Reload the page and try again.",
    "back": "Back", "login": "Log in", "logout": "Log out", "user": "User name", "password": "Password",
    "bad_login": "Wrong user name or password.", "viewer_note": "You can look but not change anything.",
    "unmatched": "Corrections that no longer match after a new extraction (review again)",
    "old_year": "Old year", "new_year": "New year", "change": "Change", "none": "—", "go_evidence": "evidence",
    "not_found": "Not found", "forbidden": "Forbidden", "invalid": "Invalid value",
    "unmatched_rows": "Rows without a canonical id", "results": "Targets against results", "count": "Count",
    "lang_other": "Tiếng Việt", "any": "(none)",
    "same_as": "Same indicator as row id", "link": "Link", "row_id": "row id",
}
STATUS = {
    "vi": {"extracted": "chưa duyệt", "accepted": "đã chấp nhận", "edited": "đã sửa", "rejected": "đã loại", "added": "đã thêm"},
    "en": {"extracted": "extracted", "accepted": "accepted", "edited": "edited", "rejected": "rejected", "added": "added"},
}
LEVEL = {
    "vi": {"national": "trung ương", "province": "cấp tỉnh", "district": "cấp huyện", "commune": "cấp xã", None: "—"},
    "en": {"national": "national", "province": "province", "district": "district", "commune": "commune", None: "—"},
}
KIND = {"vi": {"target": "chỉ tiêu", "result": "kết quả"}, "en": {"target": "target", "result": "result"}}
UNIT = {
    "vi": {"percent": "%", "day": "ngày", "point": "điểm", "rank": "hạng", "grade": "", "count": ""},
    "en": {"percent": "%", "day": "days", "point": "points", "rank": "rank", "grade": "", "count": ""},
}
UNIT_NAMES = {
    "vi": {"percent": "phần trăm (%)", "count": "số lượng", "day": "ngày", "rank": "thứ hạng", "grade": "xếp loại", "point": "điểm"},
    "en": {"percent": "percent (%)", "count": "count", "day": "days", "rank": "rank", "grade": "grade", "point": "points"},
}
STATUS_CHANGE = {
    "vi": {"raised": "nâng", "lowered": "hạ", "unchanged": "giữ nguyên", "changed": "đổi", "new": "mới", "dropped": "bỏ",
           "ambiguous": "không rõ", "unmatched": "không khớp", "met": "đạt", "not met": "không đạt", "not comparable": "không so được"},
}


def texts(lang: str) -> dict:
    return EN if lang == "en" else VI


def number(value, lang: str = "vi") -> str:
    """1234.5 -> "1.234,5" (vi) or "1,234.5" (en); 70.0 -> "70"; words stay words."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    text = f"{abs(value):,.4f}".rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    if lang != "en":
        whole, frac = whole.replace(",", "."), frac
        text = whole + ("," + frac if frac else "")
    else:
        text = whole + ("." + frac if frac else "")
    return ("-" if value < 0 else "") + text


def threshold(operator, value, unit, noun=None, lang: str = "vi") -> str:
    """"≥ 70%", "≤ 2,5 ngày", "= Khá", "≥ 1.000 hồ sơ"."""
    if value is None or value == "":
        return ""
    shown = number(value, lang)
    if unit == "percent":
        return f"{OPERATORS.get(operator, operator)} {shown}%"
    suffix = noun if unit == "count" and noun else UNIT["en" if lang == "en" else "vi"].get(unit, unit or "")
    if unit == "rank" and lang != "en":
        return f"{OPERATORS.get(operator, operator)} hạng {shown}"
    return " ".join(p for p in (OPERATORS.get(operator, operator or ""), shown, suffix) if p)
