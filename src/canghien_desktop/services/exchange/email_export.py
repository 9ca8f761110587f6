"""The "e-mail" destination: a ready-to-send ``.eml`` file with the batch attached, which any
mail program opens as a draft (stations often mail from another PC or a phone)."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from canghien_desktop.storage.files import write_atomic


def write_eml(batch: Path, out_dir: Path, station_name: str, to: str = "") -> Path:
    message = EmailMessage()
    message["Subject"] = f"Lô dữ liệu cai nghiện: {batch.name}"
    message["To"] = to
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"  # Outlook and Thunderbird open it as a draft to send
    message.set_content(
        f"Kính gửi đơn vị tổng hợp,\n\n{station_name} gửi lô dữ liệu {batch.name} (đã ký và mã "
        "hóa). Xin vui lòng nhập lô và gửi lại tệp xác nhận.\n\nTrân trọng.\n"
    )
    message.add_attachment(
        batch.read_bytes(), maintype="application", subtype="zip", filename=batch.name
    )
    return write_atomic(out_dir / f"{batch.name}.eml", message.as_bytes(policy=SMTP))
