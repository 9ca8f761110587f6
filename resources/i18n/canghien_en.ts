<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AdminPage</name>
    <message>
        <source>Tài khoản quản trị đầu tiên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người quản trị tạo tài khoản cho các cán bộ khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập dùng chữ thường không dấu; mật khẩu ít nhất 8 ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{office} – Hồ sơ cai nghiện tự nguyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người cai nghiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo dõi đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lô dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người dùng: {user} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ cai nghiện ma túy tự nguyện tại gia đình, cộng đồng.
Phiên bản {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Đã xảy ra lỗi không mong muốn ({error}). Chi tiết được ghi trong {log}: hãy gửi tệp này cho bộ phận kỹ thuật.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cai nghiện tự nguyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Đơn vị sử dụng phần mềm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn loại đơn vị, rồi nhập mã và tên đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạm y tế xã, phường (nhập hồ sơ người cai nghiện)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị tổng hợp (nhận lô dữ liệu từ các trạm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ TYT-PHUTHUONG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ví dụ Trạm Y tế xã Phú Thượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã đơn vị gồm chữ in hoa không dấu, chữ số và gạch ngang, tối đa 20 ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu được lưu tại: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Cụm mật khẩu ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dùng để ký các lô dữ liệu gửi đi, chứng minh chúng do đơn vị này lập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cụm mật khẩu ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ít nhất 10 ký tự. Hãy ghi lại và cất giữ nơi an toàn: nếu quên, không ai khôi phục được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cụm mật khẩu ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang khởi tạo đơn vị, xin chờ…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Tìm theo tên, số định danh, số điện thoại…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} / {total} người</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn/tổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>Màn hình này sẽ có trong một phiên bản sau của phần mềm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Khởi tạo đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khởi tạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
