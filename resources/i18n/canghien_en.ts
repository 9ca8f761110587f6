<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AdminPage</name>
    <message>
        <source>Tài khoản quản trị đầu tiên</source>
        <translation>First administrator account</translation>
    </message>
    <message>
        <source>Người quản trị tạo tài khoản cho các cán bộ khác.</source>
        <translation>The administrator creates accounts for the other staff.</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>Tên đăng nhập dùng chữ thường không dấu; mật khẩu ít nhất 8 ký tự.</source>
        <translation>User names use plain lower-case letters; passwords need at least 8 characters.</translation>
    </message>
    <message>
        <source>mật khẩu</source>
        <translation>password</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{office} – Hồ sơ cai nghiện tự nguyện</source>
        <translation>{office} – Voluntary treatment records</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Người cai nghiện</source>
        <translation>People in treatment</translation>
    </message>
    <message>
        <source>Theo dõi đến hạn</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Lô dữ liệu</source>
        <translation>Data batches</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Người dùng: {user} ({role})</source>
        <translation>User: {user} ({role})</translation>
    </message>
    <message>
        <source>Hồ sơ cai nghiện ma túy tự nguyện tại gia đình, cộng đồng.
Phiên bản {version}.</source>
        <translation>Records of voluntary drug-addiction treatment at home and in the community.
Version {version}.</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Đã xảy ra lỗi không mong muốn ({error}). Chi tiết được ghi trong {log}: hãy gửi tệp này cho bộ phận kỹ thuật.</source>
        <translation>An unexpected error occurred ({error}). The details are in {log}: send this file to IT support.</translation>
    </message>
    <message>
        <source>Cai nghiện tự nguyện</source>
        <translation>Voluntary treatment</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Đơn vị sử dụng phần mềm</source>
        <translation>Your office</translation>
    </message>
    <message>
        <source>Chọn loại đơn vị, rồi nhập mã và tên đơn vị.</source>
        <translation>Choose the kind of office, then enter its code and name.</translation>
    </message>
    <message>
        <source>Trạm y tế xã, phường (nhập hồ sơ người cai nghiện)</source>
        <translation>Commune health station (records people in treatment)</translation>
    </message>
    <message>
        <source>Đơn vị tổng hợp (nhận lô dữ liệu từ các trạm)</source>
        <translation>Consolidating office (receives data batches from stations)</translation>
    </message>
    <message>
        <source>ví dụ TYT-PHUTHUONG</source>
        <translation>e.g. TYT-PHUTHUONG</translation>
    </message>
    <message>
        <source>ví dụ Trạm Y tế xã Phú Thượng</source>
        <translation>e.g. Trạm Y tế xã Phú Thượng</translation>
    </message>
    <message>
        <source>Mã đơn vị:</source>
        <translation>Office code:</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <source>Mã đơn vị gồm chữ in hoa không dấu, chữ số và gạch ngang, tối đa 20 ký tự.</source>
        <translation>The office code uses plain capital letters, digits and hyphens, 20 characters at most.</translation>
    </message>
    <message>
        <source>Dữ liệu được lưu tại: {path}</source>
        <translation>Data is kept in: {path}</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Cụm mật khẩu ký</source>
        <translation>Signing passphrase</translation>
    </message>
    <message>
        <source>Dùng để ký các lô dữ liệu gửi đi, chứng minh chúng do đơn vị này lập.</source>
        <translation>It signs the data batches you send, proving this office made them.</translation>
    </message>
    <message>
        <source>Cụm mật khẩu ký:</source>
        <translation>Signing passphrase:</translation>
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Ít nhất 10 ký tự. Hãy ghi lại và cất giữ nơi an toàn: nếu quên, không ai khôi phục được.</source>
        <translation>At least 10 characters. Write it down and keep it safe: if it is forgotten, nobody can recover it.</translation>
    </message>
    <message>
        <source>cụm mật khẩu ký</source>
        <translation>signing passphrase</translation>
    </message>
    <message>
        <source>Đang khởi tạo đơn vị, xin chờ…</source>
        <translation>Creating the office, please wait…</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Tìm theo tên, số định danh, số điện thoại…</source>
        <translation>Search by name, ID number, phone number…</translation>
    </message>
    <message>
        <source>Tìm:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>{shown} / {total} người</source>
        <translation>{shown} / {total} people</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Thôn/tổ</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>Màn hình này sẽ có trong một phiên bản sau của phần mềm.</source>
        <translation>This screen comes in a later version of the app.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Khởi tạo đơn vị</source>
        <translation>Set up the office</translation>
    </message>
    <message>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Khởi tạo</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
