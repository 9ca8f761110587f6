<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AckResults</name>
    <message>
        <source>{file}: không nhập – {reason}</source>
        <translation>{file}: not imported – {reason}</translation>
    </message>
    <message>
        <source>{n} bản ghi chờ xử lý đã được giải quyết</source>
        <translation>{n} held records settled since</translation>
    </message>
    <message>
        <source>{file}: xác nhận số {number}, {batches} lô – {counts}</source>
        <translation>{file}: acknowledgement {number}, {batches} batches – {counts}</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source> (Mẫu {form})</source>
        <translation> (Form {form})</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Người thực hiện theo luật:</source>
        <translation>Acting in law:</translation>
    </message>
    <message>
        <source>Số {document}:</source>
        <translation>{document} number:</translation>
    </message>
    <message>
        <source>Ghi nhận được từ ngày: {day}</source>
        <translation>Can be recorded from: {day}</translation>
    </message>
    <message>
        <source>Hạn: {day}</source>
        <translation>Due: {day}</translation>
    </message>
    <message numerus="yes">
        <source> – muộn %n ngày làm việc</source>
        <translation>
            <numerusform> – %n working day late</numerusform>
            <numerusform> – %n working days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsBar</name>
    <message>
        <source>Vì sao không? {reason}</source>
        <translation>Why not? {reason}</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <source>&amp;Thêm…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Xóa…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Danh sách hoạt động</source>
        <translation>List of activities</translation>
    </message>
    <message>
        <source>Truyền thông</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Tập huấn cán bộ</source>
        <translation>Staff training</translation>
    </message>
    <message>
        <source>Điểm tư vấn</source>
        <translation>Counselling points</translation>
    </message>
    <message>
        <source>Sinh hoạt nhóm</source>
        <translation>Support groups</translation>
    </message>
    <message>
        <source>Tổ chức tham gia</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Chỉ tiêu năm</source>
        <translation>Year&apos;s targets</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Hoạt động kế hoạch</source>
        <translation>Plan activities</translation>
    </message>
    <message>
        <source>Các hoạt động khác của kế hoạch năm và chỉ tiêu. Hỗ trợ học nghề, việc làm, vay vốn, học văn hóa cho từng người ghi ở phần theo dõi của người đó; báo cáo kỳ tính từ đó.</source>
        <translation>The yearly plan&apos;s other activities and its targets. Vocational, job, loan and schooling support for a person is recorded among that person&apos;s follow-ups; the period report counts it from there.</translation>
    </message>
    <message>
        <source>Của {office}: chỉ đơn vị đó được sửa.</source>
        <translation>Belongs to {office}: only that office may change it.</translation>
    </message>
    <message>
        <source>Xóa bản ghi này?</source>
        <translation>Remove this record?</translation>
    </message>
    <message>
        <source>Bản ghi được đánh dấu đã xóa và lô sau báo cho đơn vị tổng hợp.</source>
        <translation>The record is marked removed, and the next batch tells the consolidating office.</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>{office} (đơn vị này)</source>
        <translation>{office} (this office)</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Số người dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Cán bộ được tập huấn</source>
        <translation>Staff trained</translation>
    </message>
    <message>
        <source>Số giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Chứng chỉ</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Có, số {number}</source>
        <translation>Yes, no. {number}</translation>
    </message>
    <message>
        <source>Tên điểm tư vấn</source>
        <translation>Counselling point</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Mở từ</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Đóng ngày</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>đang hoạt động</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Tên tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tham gia, hỗ trợ</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Số chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Thêm người dùng</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>Tạo tài khoản</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Tên đăng nhập dùng chữ thường không dấu; mật khẩu ít nhất 8 ký tự.</source>
        <translation>User names use lowercase letters without accents; passwords have at least 8 characters.</translation>
    </message>
    <message>
        <source>mật khẩu</source>
        <translation>password</translation>
    </message>
</context>
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
    <name>AmountRow</name>
    <message>
        <source>Số tiền (đồng)</source>
        <translation>Amount (đồng)</translation>
    </message>
    <message>
        <source>đồng</source>
        <translation>VND</translation>
    </message>
</context>
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <source>Cụm mật khẩu của đơn vị</source>
        <translation>Office passphrase</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Cụm mật khẩu:</source>
        <translation>Passphrase:</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Xác định tình trạng nghiện: {name}</source>
        <translation>Addiction assessment: {name}</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Số, ngày văn bản giới thiệu</source>
        <translation>Number and date of the referral letter</translation>
    </message>
    <message>
        <source>Tên chất, ví dụ ketamine</source>
        <translation>Substance name, e.g. ketamine</translation>
    </message>
    <message>
        <source>Chất ma túy khác</source>
        <translation>Other drug</translation>
    </message>
    <message>
        <source>Có nghiện ma túy</source>
        <translation>Addicted</translation>
    </message>
    <message>
        <source>Không nghiện ma túy</source>
        <translation>Not addicted</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Thèm muốn mạnh mẽ hoặc cảm thấy bắt buộc phải sử dụng ma túy</source>
        <translation>Strong craving or a feeling of compulsion to use drugs</translation>
    </message>
    <message>
        <source>Khó khăn trong kiểm soát việc bắt đầu, kết thúc hoặc liều lượng sử dụng</source>
        <translation>Difficulty controlling the start, end or amount of use</translation>
    </message>
    <message>
        <source>Dung nạp: phải tăng liều để đạt được tác dụng như trước</source>
        <translation>Tolerance: higher doses needed for the same effect</translation>
    </message>
    <message>
        <source>Sao nhãng thú vui, sở thích trước đây; dành nhiều thời gian cho ma túy</source>
        <translation>Neglect of former pleasures and interests; much time spent on drugs</translation>
    </message>
    <message>
        <source>Tiếp tục sử dụng dù biết rõ tác hại</source>
        <translation>Continued use despite known harm</translation>
    </message>
    <message>
        <source>Trạng thái cai (hội chứng cai) khi ngừng hoặc giảm sử dụng</source>
        <translation>Withdrawal state when use stops or is reduced</translation>
    </message>
    <message>
        <source>{n}. {criterion}</source>
        <translation>{n}. {criterion}</translation>
    </message>
    <message>
        <source>Cơ sở xác định</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>Cơ sở y tế:</source>
        <translation>Health facility:</translation>
    </message>
    <message>
        <source>Bác sĩ:</source>
        <translation>Doctor:</translation>
    </message>
    <message>
        <source>Ngày tiếp nhận:</source>
        <translation>Date received:</translation>
    </message>
    <message>
        <source>Ngày có kết quả:</source>
        <translation>Result date:</translation>
    </message>
    <message>
        <source>Nguồn:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Tiêu chí chẩn đoán đã có (TT 18/2021/TT-BYT)</source>
        <translation>Diagnostic criteria present (Circular 18/2021/TT-BYT)</translation>
    </message>
    <message>
        <source>Chất ma túy sử dụng</source>
        <translation>Substances used</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Đã chọn {n}/6 tiêu chí.</source>
        <translation>{n} of 6 criteria chosen.</translation>
    </message>
    <message>
        <source>Đủ số tiêu chí để kết luận nghiện.</source>
        <translation>Enough criteria for a conclusion of addiction.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source> phút</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Tự khóa màn hình sau (phút)</source>
        <translation>Lock the screen after (minutes)</translation>
    </message>
    <message>
        <source>Sao lưu ngay…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Bản sao lưu gần nhất:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <source>Sao lưu hằng ngày thêm vào:</source>
        <translation>Also put daily backups in:</translation>
    </message>
    <message>
        <source>Tự khóa màn hình sau:</source>
        <translation>Lock the screen after:</translation>
    </message>
    <message>
        <source>Bản sao lưu được mã hóa: mật khẩu của một người dùng lúc sao lưu, hoặc mã khôi phục, mở được nó, kể cả trên máy mới.</source>
        <translation>Backups are encrypted: the password a user had when it was made, or the recovery code, opens one, on a new PC too.</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Chọn nơi lưu bản sao lưu</source>
        <translation>Choose where to put the backup</translation>
    </message>
    <message>
        <source>Đã sao lưu vào {path}.</source>
        <translation>Backed up to {path}.</translation>
    </message>
    <message>
        <source>Thư mục thứ hai cho bản sao lưu</source>
        <translation>A second folder for backups</translation>
    </message>
    <message>
        <source>Đã lưu thư mục sao lưu thứ hai.</source>
        <translation>The second backup folder is saved.</translation>
    </message>
    <message>
        <source>Đã lưu; áp dụng từ lần đăng nhập sau.</source>
        <translation>Saved; it applies from the next login.</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Bản sao lưu (*.cnbk)</source>
        <translation>Backups (*.cnbk)</translation>
    </message>
    <message>
        <source>Đã khôi phục. Phần mềm sẽ đóng; hãy mở lại để dùng dữ liệu đã khôi phục.</source>
        <translation>Restored. The app will close; open it again to use the restored data.</translation>
    </message>
</context>
<context>
    <name>BatchRecords</name>
    <message>
        <source>Bản ghi trong lô</source>
        <translation>Records in the batch</translation>
    </message>
    <message>
        <source>Hiện bản ghi</source>
        <translation>Show records</translation>
    </message>
    <message>
        <source>Hiện:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Lô {file} bị từ chối, không bản ghi nào được đọc hay ghi: {reason}</source>
        <translation>Batch {file} was rejected; no record was read or written: {reason}</translation>
    </message>
    <message>
        <source>Lô này đã được nhập trước đó: không nhập lại.</source>
        <translation>This batch was imported before: it is not imported again.</translation>
    </message>
    <message>
        <source>Bản ghi trong lô {station} số {seq} (kết quả khi xem trước):</source>
        <translation>Records of batch {seq} from {station} (outcome in the preview):</translation>
    </message>
    <message>
        <source>Tất cả ({n})</source>
        <translation>All ({n})</translation>
    </message>
    <message>
        <source>{outcome} ({n})</source>
        <translation>{outcome} ({n})</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Số lô</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Loại / kỳ</source>
        <translation>Kind / period</translation>
    </message>
    <message>
        <source>Ngày lập</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Người lập</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Mã hóa</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Số bản ghi</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Thay đổi kể từ lô trước</source>
        <translation>Changes since last batch</translation>
    </message>
    <message>
        <source>Kỳ {period}</source>
        <translation>Period {period}</translation>
    </message>
    <message>
        <source>{persons} người, {total} bản ghi</source>
        <translation>{persons} people, {total} records</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Đã xác nhận</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Có xung đột cần xem</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <source>Bị gián đoạn khi ghi: tệp có thể chưa có, hãy xuất lô theo kỳ</source>
        <translation>Cut off while writing: the file may be missing; export a period batch</translation>
    </message>
    <message>
        <source>Đơn vị tổng hợp chưa nhận: bấm “Gửi lại…” để gửi đúng lô này</source>
        <translation>Not received by the office: press “Send again…” to send this very batch</translation>
    </message>
    <message>
        <source>Đơn vị tổng hợp chưa nhận: không còn bản lưu, hãy xuất lô theo kỳ</source>
        <translation>Not received by the office: no copy is kept; export a period batch</translation>
    </message>
    <message>
        <source>{state}: xác nhận số {number} của {office}, nhập ngày {day}</source>
        <translation>{state}: acknowledgement {number} from {office}, imported on {day}</translation>
    </message>
</context>
<context>
    <name>BatchesView</name>
    <message>
        <source>Xuất lô mới…</source>
        <translation>Export a new batch…</translation>
    </message>
    <message>
        <source>Gửi lại…</source>
        <translation>Send again…</translation>
    </message>
    <message>
        <source>Ghi lại lô đang chọn, đúng như khi xuất, vào USB hoặc thư mục</source>
        <translation>Write the selected batch again, exactly as exported, to a stick or folder</translation>
    </message>
    <message>
        <source>Nhập xác nhận của cơ quan tổng hợp…</source>
        <translation>Import the office&apos;s acknowledgement…</translation>
    </message>
    <message>
        <source>Hoặc kéo thả tệp .cnack.zip vào màn hình này</source>
        <translation>Or drop .cnack.zip files onto this screen</translation>
    </message>
    <message>
        <source>Chỉ trưởng trạm hoặc quản trị viên được xuất lô.</source>
        <translation>Only the station head or an administrator may export batches.</translation>
    </message>
    <message>
        <source>Mỗi lô là một tệp đã ký và mã hóa, mang bằng USB hoặc gửi qua e-mail đến đơn vị tổng hợp. Lô đã được nhận sẽ chuyển sang “Đã xác nhận” khi nhập tệp xác nhận.</source>
        <translation>Each batch is a signed, encrypted file, carried on a USB stick or sent by e-mail to the consolidating office. A received batch turns “Acknowledged” once its acknowledgement file is imported.</translation>
    </message>
    <message>
        <source>Lô đã xuất</source>
        <translation>Exported batches</translation>
    </message>
    <message>
        <source>Tình trạng đồng bộ</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>Lô dữ liệu</source>
        <translation>Data batches</translation>
    </message>
    <message>
        <source>{n} lô đã xuất</source>
        <translation>{n} batches exported</translation>
    </message>
    <message>
        <source>Tình trạng đồng bộ ({n} cần xem)</source>
        <translation>Sync state ({n} to review)</translation>
    </message>
    <message>
        <source>Chọn USB hoặc thư mục để gửi lại lô số {seq}</source>
        <translation>Choose the stick or folder to send batch {seq} again</translation>
    </message>
    <message>
        <source>Đã ghi lại lô vào {path}</source>
        <translation>Batch written again to {path}</translation>
    </message>
    <message>
        <source>Chọn tệp xác nhận của cơ quan tổng hợp</source>
        <translation>Choose the consolidating office&apos;s acknowledgement files</translation>
    </message>
    <message>
        <source>Tệp xác nhận (*{suffix})</source>
        <translation>Acknowledgement files (*{suffix})</translation>
    </message>
    <message>
        <source>Đang nhập tệp xác nhận…</source>
        <translation>Importing acknowledgements…</translation>
    </message>
</context>
<context>
    <name>BirthDateField</name>
    <message>
        <source>dd/mm/yyyy hoặc năm</source>
        <translation>dd/mm/yyyy or year</translation>
    </message>
</context>
<context>
    <name>CommuneDialog</name>
    <message>
        <source>Xã, phường của trạm</source>
        <translation>The station&apos;s commune</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Từ ngày 01/07/2025 cả nước có 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu. Hãy chọn xã, phường mà trạm {name} phục vụ: mẫu biểu, báo cáo và lô dữ liệu sẽ ghi tên chính thức và mã của xã.</source>
        <translation>Since 1 July 2025 Vietnam has 34 provinces and cities and 3,321 communes, wards and special zones. Choose the commune that {name} serves: forms, reports and batches will carry its official name and code.</translation>
    </message>
    <message>
        <source>Có thể chọn hoặc sửa sau trong Cài đặt, thẻ “Đơn vị”.</source>
        <translation>You can choose or change it later in Settings, tab “Office”.</translation>
    </message>
</context>
<context>
    <name>CommunePicker</name>
    <message>
        <source>Gõ tên xã, phường (không cần dấu) hoặc mã 5 chữ số</source>
        <translation>Type the commune&apos;s name (accents optional) or its 5-digit code</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune, ward</translation>
    </message>
    <message>
        <source>Mã này không có trong danh mục đơn vị hành chính 2025: hồ sơ giữ nguyên mã cũ. Chọn lại xã, phường nếu biết.</source>
        <translation>This code is not in the 2025 list of administrative units: the record keeps its old code. Choose the commune again if you know it.</translation>
    </message>
</context>
<context>
    <name>ConfirmBox</name>
    <message>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CorrectionRequestDialog</name>
    <message>
        <source>Đề nghị trạm sửa hồ sơ</source>
        <translation>Ask the station to correct a record</translation>
    </message>
    <message>
        <source>Giá trị đề nghị</source>
        <translation>Proposed value</translation>
    </message>
    <message>
        <source>Vì sao cần sửa, theo giấy tờ nào</source>
        <translation>Why it needs correcting, and by which document</translation>
    </message>
    <message>
        <source>Gửi đề nghị</source>
        <translation>Send the request</translation>
    </message>
    <message>
        <source>Đơn vị không sửa hồ sơ của trạm. Đề nghị được gửi kèm tệp xác nhận tiếp theo cho trạm; trạm sửa, rồi hồ sơ đã sửa đến trong lô sau của trạm.</source>
        <translation>This office does not edit a station&apos;s records. The request goes to the station with its next acknowledgement; the station makes the change, and the corrected record comes in its next batch.</translation>
    </message>
    <message>
        <source>Hồ sơ:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>Trường cần sửa:</source>
        <translation>Field to correct:</translation>
    </message>
    <message>
        <source>Giá trị hiện tại:</source>
        <translation>Current value:</translation>
    </message>
    <message>
        <source>Giá trị đề nghị:</source>
        <translation>Proposed value:</translation>
    </message>
    <message>
        <source>Ghi chú cho trạm:</source>
        <translation>Note to the station:</translation>
    </message>
    <message>
        <source>{kind} của {who}, trạm {station}</source>
        <translation>{kind} of {who}, station {station}</translation>
    </message>
    <message>
        <source>(để trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Ngày dạng dd/mm/yyyy; để trống nếu không có ngày</source>
        <translation>A date as dd/mm/yyyy; leave empty for no date</translation>
    </message>
    <message>
        <source>Một số nguyên</source>
        <translation>A whole number</translation>
    </message>
    <message>
        <source>Có hoặc Không</source>
        <translation>Yes or No</translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <source>Trạm tự sửa: bấm “Mở hồ sơ”, sửa và lưu như thường lệ, rồi bấm “Đã sửa”; hồ sơ đã sửa đi trong lô sau. Nếu thấy không nên sửa, bấm “Không sửa…” và ghi lý do.</source>
        <translation>The station makes each change itself: press “Open record”, edit and save as usual, then press “Corrected”; the corrected record goes in the next batch. If it should not change, press “Decline…” and give the reason.</translation>
    </message>
    <message>
        <source>Đề nghị sửa đã nhận</source>
        <translation>Correction requests received</translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Đã sửa</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Sau khi đã sửa hồ sơ đúng như đề nghị</source>
        <translation>Once the record holds the value asked for</translation>
    </message>
    <message>
        <source>Không sửa…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <source>Cơ quan tổng hợp đề nghị trạm sửa ({n})</source>
        <translation>Corrections the office asks for ({n})</translation>
    </message>
    <message>
        <source>{office} đề nghị ngày {day} ({who}): {note}</source>
        <translation>{office} asked on {day} ({who}): {note}</translation>
    </message>
    <message>
        <source>không kèm ghi chú</source>
        <translation>no note given</translation>
    </message>
    <message>
        <source>Đã đánh dấu đã sửa: {field} của {person}.</source>
        <translation>Marked as corrected: {field} of {person}.</translation>
    </message>
    <message>
        <source>Đã ghi không sửa: {field} của {person}.</source>
        <translation>Declined: {field} of {person}.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>DayMonth</name>
    <message>
        <source>Ngày hạn nộp {report}</source>
        <translation>Due day of the {report}</translation>
    </message>
    <message>
        <source>Tháng hạn nộp {report}</source>
        <translation>Due month of the {report}</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>day</translation>
    </message>
    <message>
        <source>tháng</source>
        <translation>month</translation>
    </message>
</context>
<context>
    <name>DayOffTableModel</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Thứ</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Nghỉ hay làm</source>
        <translation>Day off or worked</translation>
    </message>
    <message>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Làm bù (đi làm ngày cuối tuần)</source>
        <translation>Worked (a weekend day worked in exchange)</translation>
    </message>
    <message>
        <source>Nghỉ: {name}</source>
        <translation>Day off: {name}</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Còn lại</source>
        <translation>Time left</translation>
    </message>
    <message numerus="yes">
        <source>Quá hạn %n ngày làm việc</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Còn %n ngày làm việc</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Còn %n ngày</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Hồ sơ thứ nhất</source>
        <translation>First record</translation>
    </message>
    <message>
        <source>Hồ sơ thứ hai</source>
        <translation>Second record</translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Người quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chuyển nơi cư trú (tự động gộp)</source>
        <translation>Moved commune (merged automatically)</translation>
    </message>
    <message>
        <source>Cùng một người (gộp)</source>
        <translation>Same person (merged)</translation>
    </message>
    <message>
        <source>Hai người khác nhau</source>
        <translation>Two different people</translation>
    </message>
    <message>
        <source>Đang áp dụng</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Đã hoàn tác
{at}</source>
        <translation>Undone
{at}</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Không sửa theo đề nghị</source>
        <translation>Decline the correction</translation>
    </message>
    <message>
        <source>ví dụ: giấy tờ gốc ghi đúng như hồ sơ</source>
        <translation>e.g. the original document says what the record holds</translation>
    </message>
    <message>
        <source>Không sửa</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>{field} của {person}</source>
        <translation>{field} of {person}</translation>
    </message>
    <message>
        <source>Đề nghị:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <source>Lý do không sửa:</source>
        <translation>Reason for declining:</translation>
    </message>
</context>
<context>
    <name>DelayedProgress</name>
    <message>
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>DestinationChooser</name>
    <message>
        <source>Lưu vào USB hay thư mục</source>
        <translation>Save to a USB stick or a folder</translation>
    </message>
    <message>
        <source>Thư mục lưu tệp xác nhận</source>
        <translation>Folder for the acknowledgement files</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Tìm lại USB</source>
        <translation>Look for USB sticks again</translation>
    </message>
    <message>
        <source>USB {label}</source>
        <translation>USB stick {label}</translation>
    </message>
    <message>
        <source>Thư mục:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu tệp xác nhận</source>
        <translation>Choose the folder for the acknowledgements</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Chọn nơi lưu lô</source>
        <translation>Where should the batch go?</translation>
    </message>
    <message>
        <source>Lưu vào USB để mang đi, vào một thư mục, hoặc gửi qua e-mail.</source>
        <translation>Save it to a USB stick to carry, to a folder, or send it by e-mail.</translation>
    </message>
    <message>
        <source>Không thấy USB nào: hãy cắm USB rồi bấm “Tìm lại USB”.</source>
        <translation>No USB stick found: plug one in, then click “Look for USB again”.</translation>
    </message>
    <message>
        <source>Tìm lại USB</source>
        <translation>Look for USB again</translation>
    </message>
    <message>
        <source>Thư mục:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Thư mục lưu lô</source>
        <translation>Folder for the batch</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>địa chỉ người nhận (có thể để trống)</source>
        <translation>recipient&apos;s address (may be left empty)</translation>
    </message>
    <message>
        <source>E-mail người nhận</source>
        <translation>Recipient&apos;s e-mail</translation>
    </message>
    <message>
        <source>Lô và một thư soạn sẵn (.eml) được lưu vào {folder}. Mở tệp .eml bằng chương trình e-mail rồi bấm Gửi.</source>
        <translation>The batch and a ready-made message (.eml) are saved in {folder}. Open the .eml file in your e-mail program and click Send.</translation>
    </message>
    <message>
        <source>USB {label} – {path}</source>
        <translation>USB {label} – {path}</translation>
    </message>
    <message>
        <source>USB {label} – {path} (còn trống {free} GB)</source>
        <translation>USB {label} – {path} ({free} GB free)</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu lô</source>
        <translation>Choose the folder for the batch</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Đã mở lại dữ liệu nhập dở lần trước (chưa lưu). Hãy kiểm tra rồi lưu.</source>
        <translation>Unsaved typing from last time has been restored. Check it, then save.</translation>
    </message>
    <message>
        <source>Bỏ bản nháp, nhập mới</source>
        <translation>Discard the draft, start afresh</translation>
    </message>
</context>
<context>
    <name>DueFollowUpTableModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Lần gần nhất</source>
        <translation>Last done</translation>
    </message>
    <message>
        <source>Đến hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Quá hạn
(ngày làm việc)</source>
        <translation>Working days
overdue</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source> ngày tới</source>
        <translation> days ahead</translation>
    </message>
    <message>
        <source>Đến hạn trong vòng (ngày)</source>
        <translation>Due within (days)</translation>
    </message>
    <message>
        <source>Làm mới (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Loại theo dõi</source>
        <translation>Type of follow-up</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Đến hạn trong vòng</source>
        <translation>Due within</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Thăm gặp, xét nghiệm đến hạn</source>
        <translation>Visits and drug tests due</translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>{n} việc, trong đó {late} quá hạn</source>
        <translation>{n} tasks, {late} of them overdue</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Mở hồ sơ đã có</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>Vẫn đăng ký người mới</source>
        <translation>Register as a new person anyway</translation>
    </message>
    <message>
        <source>Quay lại sửa</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <source>Lý do vẫn đăng ký người mới (bắt buộc)</source>
        <translation>Reason for registering a new person anyway (required)</translation>
    </message>
    <message>
        <source>Lý do vẫn đăng ký người mới</source>
        <translation>Reason for registering a new person anyway</translation>
    </message>
    <message>
        <source>Những người dưới đây đã có trong danh sách và có thể là cùng một người. Hãy kiểm tra trước khi đăng ký mới.</source>
        <translation>The people below are already on the list and may be the same person. Check before registering someone new.</translation>
    </message>
    <message>
        <source>Có thể đã đăng ký</source>
        <translation>Possibly registered already</translation>
    </message>
    <message>
        <source>Đang đăng ký: {who}</source>
        <translation>Registering: {who}</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Cặp cần xem xét</source>
        <translation>Pairs to review</translation>
    </message>
    <message>
        <source>Cặp đã quyết định</source>
        <translation>Pairs decided</translation>
    </message>
    <message>
        <source>Tìm theo tên, có dấu hay không dấu…</source>
        <translation>Search by name, with or without diacritics…</translation>
    </message>
    <message>
        <source>Tìm người trùng theo tên</source>
        <translation>Find duplicates by name</translation>
    </message>
    <message>
        <source>Hiện đầy đủ số giấy tờ</source>
        <translation>Show full ID numbers</translation>
    </message>
    <message>
        <source>Số giấy tờ chỉ hiện 4 số cuối, trừ khi bạn chọn ô này</source>
        <translation>ID numbers show only their last 4 digits unless you tick this box</translation>
    </message>
    <message>
        <source>Cùng một người (gộp)</source>
        <translation>Same person (merge)</translation>
    </message>
    <message>
        <source>Hai người khác nhau</source>
        <translation>Two different people</translation>
    </message>
    <message>
        <source>Xem lịch sử hai hồ sơ…</source>
        <translation>History of both records…</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Đưa cặp hồ sơ trở lại danh sách cần xem xét</source>
        <translation>Put the pair of records back on the list to review</translation>
    </message>
    <message>
        <source>Xem lịch sử người này…</source>
        <translation>History of this person…</translation>
    </message>
    <message>
        <source>Các trạm có thể gửi hồ sơ của cùng một người (chuyển nơi cư trú, đăng ký hai lần). Cặp nào cùng số giấy tờ, hoặc họ tên và ngày sinh gần giống (không tính dấu), được liệt kê để cán bộ xem xét. Gộp không xóa hồ sơ nào và có thể hoàn tác.</source>
        <translation>Stations may send records of the same person (someone who moved commune, or was registered twice). Pairs with the same ID number, or a close name and birth date (diacritics aside), are listed here for an officer to review. Merging deletes no record and can be undone.</translation>
    </message>
    <message>
        <source>Tìm:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Người trùng giữa các trạm</source>
        <translation>The same people across stations</translation>
    </message>
    <message>
        <source>Cần xem xét ({n})</source>
        <translation>To review ({n})</translation>
    </message>
    <message>
        <source>Đã quyết định ({n})</source>
        <translation>Decided ({n})</translation>
    </message>
    <message>
        <source>Tài khoản này chỉ được xem, không được quyết định về hồ sơ trùng.</source>
        <translation>This account may only view; it cannot decide about duplicate records.</translation>
    </message>
    <message>
        <source>{shown} / {total} cặp</source>
        <translation>{shown} / {total} pairs</translation>
    </message>
    <message>
        <source>{shown} / {total} quyết định</source>
        <translation>{shown} / {total} decisions</translation>
    </message>
    <message>
        <source>Gộp {first} và {second} thành một người?</source>
        <translation>Merge {first} and {second} into one person?</translation>
    </message>
    <message>
        <source>Hai hồ sơ được tính là một người trong các báo cáo tổng hợp; không hồ sơ nào bị xóa. Có thể hoàn tác ở thẻ “Đã quyết định”.</source>
        <translation>The two records will count as one person in consolidated reports; neither is deleted. This can be undone on the “Decided” tab.</translation>
    </message>
    <message>
        <source>Gộp</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Ghi nhận {first} và {second} là hai người khác nhau?</source>
        <translation>Record {first} and {second} as two different people?</translation>
    </message>
    <message>
        <source>Cặp này sẽ không được đề xuất lại. Có thể hoàn tác ở thẻ “Đã quyết định”.</source>
        <translation>This pair will not be proposed again. This can be undone on the “Decided” tab.</translation>
    </message>
    <message>
        <source>Hoàn tác quyết định “{what}” về {first} và {second}?</source>
        <translation>Undo the decision “{what}” about {first} and {second}?</translation>
    </message>
    <message>
        <source>Cặp hồ sơ sẽ trở lại danh sách cần xem xét.</source>
        <translation>The pair of records goes back on the list to review.</translation>
    </message>
    <message>
        <source>Đã gộp {first} và {second}.</source>
        <translation>Merged {first} and {second}.</translation>
    </message>
    <message>
        <source>Đã ghi nhận {first} và {second} là hai người khác nhau.</source>
        <translation>Recorded {first} and {second} as two different people.</translation>
    </message>
    <message>
        <source>Đã hoàn tác: {first} và {second} trở lại danh sách cần xem xét.</source>
        <translation>Undone: {first} and {second} are back on the list to review.</translation>
    </message>
</context>
<context>
    <name>EndMonitoringDialog</name>
    <message>
        <source>Kết thúc giám sát điện tử</source>
        <translation>End electronic monitoring</translation>
    </message>
    <message>
        <source>Ngày kết thúc:</source>
        <translation>End date:</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>EnrolPanel</name>
    <message>
        <source>Cán bộ được giao quản lý, theo dõi</source>
        <translation>Officer assigned to manage and follow up</translation>
    </message>
    <message>
        <source>Chỉ khi chuyển đến từ xã khác: gõ tên xã cũ (không cần dấu) rồi chọn</source>
        <translation>Only if moved here from another commune: type the old commune&apos;s name (no diacritics needed), then choose</translation>
    </message>
    <message>
        <source>Mở hồ sơ cai nghiện</source>
        <translation>Open the enrolment</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation>Setting:</translation>
    </message>
    <message>
        <source>Đơn vị cung cấp dịch vụ:</source>
        <translation>Treatment provider:</translation>
    </message>
    <message>
        <source>Người quản lý:</source>
        <translation>Manager:</translation>
    </message>
    <message>
        <source>Chuyển đến từ xã:</source>
        <translation>Moved here from commune:</translation>
    </message>
    <message>
        <source>Kết quả “có nghiện” đã được lưu. Người cai nghiện (hoặc người đại diện) phải đăng ký trong 5 ngày làm việc: mở hồ sơ ngay để phần mềm theo dõi thời hạn.</source>
        <translation>The “addicted” result is saved. The person (or their representative) must register within 5 working days: open the enrolment now so the app tracks the deadline.</translation>
    </message>
    <message>
        <source>Mở hồ sơ cai nghiện tự nguyện</source>
        <translation>Open a voluntary treatment enrolment</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>{state}, giai đoạn {stage}</source>
        <translation>{state}, stage {stage}</translation>
    </message>
    <message>
        <source>Hiện tại: {where}</source>
        <translation>Now: {where}</translation>
    </message>
    <message>
        <source>{name} – hiện tại: {where}</source>
        <translation>{name} – now: {where}</translation>
    </message>
</context>
<context>
    <name>EnrolmentsTableModel</name>
    <message>
        <source>Trạm</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Xác định nghiện</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Ra khỏi quy trình</source>
        <translation>Left the process</translation>
    </message>
    <message>
        <source>Chuyển đến từ xã</source>
        <translation>Moved in from commune</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source> tháng</source>
        <translation> months</translation>
    </message>
    <message>
        <source>5 chữ số</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <source>Ngày tiếp nhận:</source>
        <translation>Date received:</translation>
    </message>
    <message>
        <source>Mã xã chuyển đến từ:</source>
        <translation>Commune code moved from:</translation>
    </message>
    <message>
        <source>Số quyết định quản lý sau cai:</source>
        <translation>Post-rehab decision number:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <source>Thời hạn quản lý:</source>
        <translation>Management term:</translation>
    </message>
    <message>
        <source>Hồ sơ chuyển đến (Mẫu 53 và quyết định): thời hạn tính tiếp tại xã.</source>
        <translation>File transferred in (Form 53 and the decision): the term continues in this commune.</translation>
    </message>
    <message>
        <source>Số giấy chứng nhận chấp hành xong:</source>
        <translation>Completion certificate number:</translation>
    </message>
    <message>
        <source>Tiếp theo: đề nghị (Mẫu 50) và quyết định quản lý sau cai (Mẫu 51); 2 năm với người từ đủ 18 tuổi.</source>
        <translation>Next: the proposal (Form 50) and the post-rehab management decision (Form 51); 2 years for a person aged 18 or over.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Xuất lô dữ liệu</source>
        <translation>Export a batch</translation>
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
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Lần xác định nghiện</source>
        <translation>Addiction assessment</translation>
    </message>
    <message>
        <source>Hồ sơ cai nghiện</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Từ trạng thái</source>
        <translation>From state</translation>
    </message>
    <message>
        <source>Sang trạng thái</source>
        <translation>To state</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Muộn (ngày làm việc)</source>
        <translation>Late by (working days)</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Có báo trước</source>
        <translation>Notified in advance</translation>
    </message>
    <message>
        <source>Số tiền (đồng)</source>
        <translation>Amount (VND)</translation>
    </message>
    <message>
        <source>Khóa tìm kiếm</source>
        <translation>Search key</translation>
    </message>
    <message>
        <source>Ngày bước cuối</source>
        <translation>Date of the last step</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Tìm trong:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>Thư mục:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Tên tệp:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Loại tệp:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Thư mục</source>
        <translation>Folders</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Tiến tới</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Lên thư mục cha</source>
        <translation>Parent folder</translation>
    </message>
    <message>
        <source>Tạo thư mục mới</source>
        <translation>Create a new folder</translation>
    </message>
    <message>
        <source>Xem dạng danh sách</source>
        <translation>List view</translation>
    </message>
    <message>
        <source>Xem chi tiết</source>
        <translation>Detail view</translation>
    </message>
    <message>
        <source>Đổi tên</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hiện tệp ẩn</source>
        <translation>Show hidden files</translation>
    </message>
    <message>
        <source>Thư mục mới</source>
        <translation>New folder</translation>
    </message>
    <message>
        <source>Máy tính</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Đã báo Công an xã</source>
        <translation>Reported to the commune police</translation>
    </message>
    <message>
        <source>Họ tên cán bộ</source>
        <translation>Staff member&apos;s name</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Results:</translation>
    </message>
    <message>
        <source>Số tiền:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>Until:</translation>
    </message>
    <message>
        <source>Cán bộ thực hiện:</source>
        <translation>Staff:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Vắng từ ngày:</source>
        <translation>Away from:</translation>
    </message>
    <message>
        <source>Phương pháp:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>Loại điều trị:</source>
        <translation>Treatment:</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Sửa buổi sinh hoạt nhóm</source>
        <translation>Edit support-group session</translation>
    </message>
    <message>
        <source>Thêm buổi sinh hoạt nhóm</source>
        <translation>Add support-group session</translation>
    </message>
    <message>
        <source>Ngày sinh hoạt:</source>
        <translation>Date held:</translation>
    </message>
    <message>
        <source>Điểm tư vấn, địa điểm:</source>
        <translation>Counselling point or place:</translation>
    </message>
    <message>
        <source>Chủ đề:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Số người tham dự:</source>
        <translation>Attendance:</translation>
    </message>
</context>
<context>
    <name>HeldTableModel</name>
    <message>
        <source>Trạm</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Lô số</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Loại bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cách xử lý</source>
        <translation>Settled as</translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Chưa xử lý</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Giữ của đơn vị</source>
        <translation>Kept the office&apos;s</translation>
    </message>
    <message>
        <source>Lấy của trạm</source>
        <translation>Took the station&apos;s</translation>
    </message>
    <message>
        <source>Chọn từng trường</source>
        <translation>Field by field</translation>
    </message>
    <message>
        <source>Đã nhận khi thử lại</source>
        <translation>Taken on retry</translation>
    </message>
    <message>
        <source>Đã bỏ qua</source>
        <translation>Set aside</translation>
    </message>
</context>
<context>
    <name>HeldView</name>
    <message>
        <source>Hiện cả bản ghi đã xử lý</source>
        <translation>Show settled records too</translation>
    </message>
    <message>
        <source>Xem và giải quyết…</source>
        <translation>Review and settle…</translation>
    </message>
    <message>
        <source>Thử lại</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Sau khi đã nhập lô còn thiếu của trạm</source>
        <translation>Once the station&apos;s missing batch is imported</translation>
    </message>
    <message>
        <source>Bỏ qua…</source>
        <translation>Set aside…</translation>
    </message>
    <message>
        <source>Không nhận bản ghi này; trạm cần gửi lại</source>
        <translation>Do not take this record; the station must send it again</translation>
    </message>
    <message>
        <source>Bản ghi trạm gửi mà đơn vị chưa nhận. Xung đột: hai nhánh của cùng một trạm (máy khôi phục từ bản sao lưu) cùng sửa một hồ sơ, cần chọn giữ giá trị nào. Bị từ chối: bản ghi sai quy tắc nhập liệu, hoặc hồ sơ gốc chưa đến (sẽ tự nhận khi lô có hồ sơ gốc được nhập).</source>
        <translation>Records stations sent that this office has not taken. Conflict: two lines of one station (a PC restored from a backup) both changed a record; choose which values stay. Rejected: the record breaks the entry rules, or the record it belongs to has not arrived (it goes in by itself when that batch is imported).</translation>
    </message>
    <message>
        <source>Bản ghi chờ xử lý</source>
        <translation>Held records</translation>
    </message>
    <message>
        <source>{n} bản ghi chờ xử lý: {conflicts} xung đột, {rejected} bị từ chối</source>
        <translation>Held records: {n} ({conflicts} in conflict, {rejected} rejected)</translation>
    </message>
    <message>
        <source>{kind} của {person}, lô số {seq} của trạm {station}: {reason}</source>
        <translation>{kind} of {person}, batch {seq} from {station}: {reason}</translation>
    </message>
    <message>
        <source>Đã lưu cách giải quyết xung đột.</source>
        <translation>The conflict was settled.</translation>
    </message>
    <message>
        <source>Đã nhận bản ghi.</source>
        <translation>The record was taken.</translation>
    </message>
    <message>
        <source>Đơn vị đã có đúng bản ghi này: đã đóng.</source>
        <translation>This office already holds exactly this record: closed.</translation>
    </message>
    <message>
        <source>Đơn vị đã có phiên bản mới hơn: đã đóng.</source>
        <translation>This office already holds a newer version: closed.</translation>
    </message>
    <message>
        <source>Bản ghi giờ là xung đột: hãy xem và giải quyết.</source>
        <translation>The record is now a conflict: review and settle it.</translation>
    </message>
    <message>
        <source>Bỏ qua bản ghi</source>
        <translation>Set the record aside</translation>
    </message>
    <message>
        <source>Bỏ qua bản ghi “{kind}” của {person}?</source>
        <translation>Set aside the “{kind}” record of {person}?</translation>
    </message>
    <message>
        <source>Đơn vị sẽ không nhận bản ghi này; trạm cần sửa và gửi lại nếu cần.</source>
        <translation>This office will not take the record; the station must correct it and send it again if needed.</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Đã bỏ qua bản ghi.</source>
        <translation>The record was set aside.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Người sửa</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Ngày nghỉ, ngày làm bù</source>
        <translation>Days off and make-up working days</translation>
    </message>
    <message>
        <source>Sửa ngày nghỉ, ngày làm bù của đơn vị…</source>
        <translation>Edit the office&apos;s days off and worked days…</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Ngày nghỉ lễ, Tết rơi vào ngày thường và ngày cuối tuần phải đi làm bù: các thời hạn tính theo ngày làm việc bỏ qua ngày nghỉ và tính ngày làm bù.</source>
        <translation>Public holidays falling on weekdays, and weekend days worked in exchange: deadlines in working days skip the days off and count the days worked.</translation>
    </message>
    <message>
        <source>Ngày nghỉ, ngày làm bù theo thông báo</source>
        <translation>Announced days off and worked days</translation>
    </message>
    <message>
        <source>Mỗi năm một mục: {&quot;2027&quot;: {&quot;days_off&quot;: [&quot;yyyy-mm-dd&quot;], &quot;working_days&quot;: [&quot;yyyy-mm-dd&quot;], &quot;note&quot;: &quot;số thông báo&quot;}}. days_off: ngày thường được nghỉ; working_days: ngày cuối tuần đi làm bù.</source>
        <translation>One entry per year: {&quot;2027&quot;: {&quot;days_off&quot;: [&quot;yyyy-mm-dd&quot;], &quot;working_days&quot;: [&quot;yyyy-mm-dd&quot;], &quot;note&quot;: &quot;announcement number&quot;}}. days_off: weekdays off; working_days: weekend days worked.</translation>
    </message>
</context>
<context>
    <name>ImportBatchModel</name>
    <message>
        <source>Trạm</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Lô số</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Loại / kỳ</source>
        <translation>Kind / period</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(chưa xác minh được)</source>
        <translation>(not verified)</translation>
    </message>
    <message>
        <source>Thay đổi kể từ lô trước</source>
        <translation>Changes since last batch</translation>
    </message>
    <message>
        <source>Kỳ {period}</source>
        <translation>Period {period}</translation>
    </message>
    <message>
        <source>{n} nhập</source>
        <translation>{n} new/updated</translation>
    </message>
    <message>
        <source>{n} đã có</source>
        <translation>{n} identical</translation>
    </message>
    <message>
        <source>{n} bản cũ</source>
        <translation>{n} stale</translation>
    </message>
    <message>
        <source>{n} xung đột</source>
        <translation>{n} in conflict</translation>
    </message>
    <message>
        <source>{n} bị từ chối</source>
        <translation>{n} rejected</translation>
    </message>
    <message>
        <source>Bị từ chối: {reason}</source>
        <translation>Rejected: {reason}</translation>
    </message>
    <message>
        <source>Sẵn sàng</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Đã nhập trước đó</source>
        <translation>Imported before</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source> (thiếu lô số {numbers} của trạm)</source>
        <translation> (the station&apos;s batch {numbers} is missing)</translation>
    </message>
</context>
<context>
    <name>ImportSources</name>
    <message>
        <source>Nhập mọi lô trên USB/thư mục này…</source>
        <translation>Import every batch on a USB stick/folder…</translation>
    </message>
    <message>
        <source>Chọn tệp lô…</source>
        <translation>Choose batch files…</translation>
    </message>
    <message>
        <source>hoặc kéo thả tệp .cnb.zip hay thư mục vào màn hình này</source>
        <translation>or drop .cnb.zip files or folders on this screen</translation>
    </message>
    <message>
        <source>USB “{label}” ({path})</source>
        <translation>USB “{label}” ({path})</translation>
    </message>
    <message>
        <source>Không thấy USB nào đang cắm</source>
        <translation>No USB stick plugged in</translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <source>Chọn USB hoặc thư mục chứa các lô</source>
        <translation>Choose the USB stick or folder holding the batches</translation>
    </message>
    <message>
        <source>Chọn tệp lô của trạm</source>
        <translation>Choose the stations&apos; batch files</translation>
    </message>
    <message>
        <source>Lô dữ liệu (*{suffix})</source>
        <translation>Batches (*{suffix})</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Kiểm tra lại</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Xóa danh sách</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>Lô đã chọn để nhập</source>
        <translation>Batches chosen for import</translation>
    </message>
    <message>
        <source>Lô của các trạm đến bằng USB hoặc e-mail. Xem trước cho biết từng bản ghi sẽ được nhập thế nào; chưa có gì được ghi cho đến khi bấm nút Nhập.</source>
        <translation>Stations&apos; batches arrive on USB sticks or by e-mail. The preview says what will happen to every record; nothing is written until you press Import.</translation>
    </message>
    <message>
        <source>Nhập lô</source>
        <translation>Import batches</translation>
    </message>
    <message>
        <source>Đang kiểm tra các lô…</source>
        <translation>Checking the batches…</translation>
    </message>
    <message>
        <source>Đã dừng kiểm tra. Chưa có gì được nhập.</source>
        <translation>Checking stopped. Nothing was imported.</translation>
    </message>
    <message>
        <source>{total} lô: {ready} sẵn sàng, {already} đã nhập trước đó, {rejected} bị từ chối.</source>
        <translation>Batches: {total}; ready {ready}, imported before {already}, rejected {rejected}.</translation>
    </message>
    <message>
        <source>Cụm mật khẩu của đơn vị mở khóa giải mã các lô. Chỉ hỏi một lần cho cả buổi nhập lô.</source>
        <translation>The office passphrase unlocks the key that decrypts the batches. It is asked once for the whole import session.</translation>
    </message>
    <message>
        <source>Cần cụm mật khẩu để xem trước và nhập lô.</source>
        <translation>The passphrase is needed to preview and import batches.</translation>
    </message>
    <message>
        <source>Đang nhập các lô…</source>
        <translation>Importing the batches…</translation>
    </message>
    <message>
        <source>Đã nhập {n} lô ({counts}).</source>
        <translation>Batches imported: {n} ({counts}).</translation>
    </message>
    <message>
        <source>{already} lô đã nhập trước đó, {rejected} lô bị từ chối.</source>
        <translation>Imported before: {already}; rejected: {rejected}.</translation>
    </message>
    <message>
        <source>Đã dừng: {n} lô chưa nhập, chưa có gì của chúng được ghi.</source>
        <translation>Stopped: batches not imported, nothing of them written: {n}.</translation>
    </message>
    <message>
        <source>{n} bản ghi chờ xử lý: xem ở màn hình “Bản ghi chờ xử lý”.</source>
        <translation>Records held: {n}; see the “Held records” screen.</translation>
    </message>
    <message>
        <source>Chưa chọn lô nào.</source>
        <translation>No batch chosen yet.</translation>
    </message>
    <message>
        <source> và {n} nơi khác</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>Đang xem: {names}</source>
        <translation>Checking: {names}</translation>
    </message>
    <message>
        <source>Nhập {n} lô</source>
        <translation>Import batches ({n})</translation>
    </message>
    <message>
        <source>Chỉ cán bộ tổng hợp hoặc quản trị viên được nhập lô.</source>
        <translation>Only consolidating officers and administrators may import batches.</translation>
    </message>
</context>
<context>
    <name>JsonFileDialog</name>
    <message>
        <source>Kiểm tra và lưu</source>
        <translation>Check and save</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <source>Khóa ký và đơn vị tin cậy</source>
        <translation>Signing key and trusted office</translation>
    </message>
    <message>
        <source>Khóa ký của đơn vị</source>
        <translation>This office&apos;s signing key</translation>
    </message>
    <message>
        <source>Xuất thẻ đơn vị…</source>
        <translation>Export office card…</translation>
    </message>
    <message>
        <source>Tin cậy đơn vị tổng hợp…</source>
        <translation>Trust consolidating office…</translation>
    </message>
    <message>
        <source>Đổi cụm mật khẩu…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Đổi khóa ký…</source>
        <translation>Change the signing key…</translation>
    </message>
    <message>
        <source>Chỉ trưởng trạm hoặc quản trị viên được tin cậy đơn vị khác.</source>
        <translation>Only the station head or an administrator may trust another office.</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa ký của đơn vị này:</source>
        <translation>This office&apos;s signing key fingerprint:</translation>
    </message>
    <message>
        <source>Đơn vị tổng hợp được tin cậy:</source>
        <translation>Trusted consolidating office:</translation>
    </message>
    <message>
        <source>Chưa có: lô chưa mã hóa được cho ai.</source>
        <translation>None yet: batches cannot be encrypted for anyone.</translation>
    </message>
    <message>
        <source>{name} ({code}), dấu vân tay {fingerprint}</source>
        <translation>{name} ({code}), fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>Chọn nơi lưu thẻ đơn vị</source>
        <translation>Choose where to save the office card</translation>
    </message>
    <message>
        <source>Đã lưu thẻ đơn vị vào {folder}: {files}. Gửi thẻ cho đơn vị kia.</source>
        <translation>Office card saved in {folder}: {files}. Send the card to the other office.</translation>
    </message>
    <message>
        <source>Đã tin cậy đơn vị tổng hợp mới.</source>
        <translation>The new consolidating office is trusted.</translation>
    </message>
    <message>
        <source>Đã đổi cụm mật khẩu ký. Hãy dùng cụm mới.</source>
        <translation>Signing passphrase changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source>Chọn nơi lưu tệp gửi đơn vị tổng hợp</source>
        <translation>Choose where to save the files for the office</translation>
    </message>
    <message>
        <source>Đã tạo khóa mới {fingerprint}. Gửi cho đơn vị tổng hợp: {files}.</source>
        <translation>New key {fingerprint} made. Send the office: {files}.</translation>
    </message>
</context>
<context>
    <name>LedgerGridModel</name>
    <message>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Chưa đến hạn</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>Trước khi đăng ký</source>
        <translation>Before registration</translation>
    </message>
    <message>
        <source>{name} – khóa cũ thu hồi {on}</source>
        <translation>{name} – old key revoked {on}</translation>
    </message>
    <message>
        <source>{name} – khóa đã thu hồi {on}</source>
        <translation>{name} – key revoked {on}</translation>
    </message>
    <message>
        <source>Khóa của trạm bị thu hồi ngày {on} ({by}): {reason}</source>
        <translation>The station&apos;s key was revoked on {on} ({by}): {reason}</translation>
    </message>
    <message>
        <source>{station}, {period}: {state} (hạn nộp {due})</source>
        <translation>{station}, {period}: {state} (due {due})</translation>
    </message>
    <message>
        <source>6 tháng đầu
{year}</source>
        <translation>First half
{year}</translation>
    </message>
    <message>
        <source>6 tháng cuối
{year}</source>
        <translation>Second half
{year}</translation>
    </message>
    <message>
        <source>Năm
{year}</source>
        <translation>Year
{year}</translation>
    </message>
    <message>
        <source>Mã trạm</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>Tên trạm</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Kỳ {period}, hạn nộp {due}</source>
        <translation>Period {period}, due {due}</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Chỉ lô theo kỳ (kỳ 6 tháng, năm) được tính là báo cáo của kỳ; lô “Thay đổi kể từ lô trước” không được tính, dù gửi cả cơ sở dữ liệu.</source>
        <translation>Only period batches (half-year, year) count as a period&apos;s report; a “Changes since last batch” batch does not, even one with the whole database.</translation>
    </message>
    <message>
        <source>Các kỳ</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>4 kỳ 6 tháng và 2 năm gần nhất</source>
        <translation>The last 4 half-years and 2 years</translation>
    </message>
    <message>
        <source>Theo năm</source>
        <translation>By year</translation>
    </message>
    <message>
        <source>Từ năm</source>
        <translation>From year</translation>
    </message>
    <message>
        <source>Đến năm</source>
        <translation>To year</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Sổ theo dõi lô của các trạm</source>
        <translation>Batch ledger of the stations</translation>
    </message>
    <message>
        <source>Các kỳ:</source>
        <translation>Periods:</translation>
    </message>
    <message>
        <source>Sổ theo dõi lô</source>
        <translation>Batch ledger</translation>
    </message>
    <message>
        <source>Kỳ {period} (hạn nộp {due}): {sent}/{total} trạm đã gửi, {late} trạm quá hạn.</source>
        <translation>{period} (due {due}): {sent}/{total} stations have sent it, {late} overdue.</translation>
    </message>
    <message>
        <source>Quá hạn: {codes}</source>
        <translation>Overdue: {codes}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Đã khóa</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Quên mật khẩu…</source>
        <translation>Forgot password…</translation>
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
        <source>Cửa sổ tự khóa sau một thời gian không dùng. Dữ liệu đang nhập vẫn còn.</source>
        <translation>The window locked itself after a while unused. What you were typing is still there.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{office} – Hồ sơ cai nghiện tự nguyện</source>
        <translation>{office} – Voluntary treatment records</translation>
    </message>
    <message>
        <source>Các màn hình</source>
        <translation>Screens</translation>
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
        <source>Hoạt động kế hoạch</source>
        <translation>Plan activities</translation>
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
        <source>Nhập lô</source>
        <translation>Import batches</translation>
    </message>
    <message>
        <source>Bản ghi chờ xử lý</source>
        <translation>Held records</translation>
    </message>
    <message>
        <source>Trạm</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Sổ theo dõi lô</source>
        <translation>Batch ledger</translation>
    </message>
    <message>
        <source>Người trùng</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Xác nhận gửi trạm</source>
        <translation>Acknowledgements</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Khóa màn hình</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>Đổi &amp;người dùng…</source>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <source>Đổi &amp;mật khẩu…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
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
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Sao lưu gần nhất: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <source>(lần sao lưu hôm nay không thành công)</source>
        <translation>(today&apos;s backup failed)</translation>
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
    <name>MonitoringDialog</name>
    <message>
        <source>Quyết định giám sát điện tử</source>
        <translation>Electronic monitoring decision</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <source>Người quyết định:</source>
        <translation>Decided by:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Giám sát từ ngày:</source>
        <translation>Monitored from:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>Until:</translation>
    </message>
    <message>
        <source>Loại thiết bị:</source>
        <translation>Device type:</translation>
    </message>
    <message>
        <source>Số thiết bị:</source>
        <translation>Device serial number:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>MonitoringEventDialog</name>
    <message>
        <source>Sự kiện trong thời gian giám sát</source>
        <translation>Event during monitoring</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Sự kiện:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>MonitoringPanel</name>
    <message>
        <source>Quyết định giám sát và sự kiện</source>
        <translation>Monitoring decisions and events</translation>
    </message>
    <message>
        <source>Quyết định / sự kiện</source>
        <translation>Decision / event</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Thiết bị, ghi chú</source>
        <translation>Device, notes</translation>
    </message>
    <message>
        <source>&amp;Ghi quyết định giám sát…</source>
        <translation>Record monitoring &amp;decision…</translation>
    </message>
    <message>
        <source>Thêm &amp;sự kiện…</source>
        <translation>Add &amp;event…</translation>
    </message>
    <message>
        <source>&amp;Kết thúc giám sát…</source>
        <translation>E&amp;nd monitoring…</translation>
    </message>
    <message>
        <source>Vì sao không? {reason}</source>
        <translation>Why not? {reason}</translation>
    </message>
    <message>
        <source> (đã kết thúc)</source>
        <translation> (ended)</translation>
    </message>
    <message>
        <source>QĐ {number} ngày {day}, {title} {name}</source>
        <translation>Decision {number} of {day}, {title} {name}</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Biểu đồ hồ sơ mới theo tháng</source>
        <translation>Chart of new records by month</translation>
    </message>
    <message>
        <source>Chưa có dữ liệu</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>OfficeAcksView</name>
    <message>
        <source>Trạm chờ xác nhận</source>
        <translation>Stations awaiting acknowledgement</translation>
    </message>
    <message>
        <source>Ghi xác nhận cho các trạm</source>
        <translation>Write acknowledgements for the stations</translation>
    </message>
    <message>
        <source>Tệp đã ghi</source>
        <translation>Files written</translation>
    </message>
    <message>
        <source>Mỗi trạm có lô mới nhập nhận một tệp xác nhận đã ký, cho biết từng bản ghi đã được nhận, trùng, cũ hơn hay đang chờ xử lý. Mang tệp về trạm bằng USB hoặc gửi e-mail; trạm nhập tệp ở màn hình Lô dữ liệu.</source>
        <translation>Every station with newly imported batches gets a signed acknowledgement saying what became of each record: imported, identical, older, or held for review. Take the files back on a USB stick or by e-mail; the station imports them on its Batches screen.</translation>
    </message>
    <message>
        <source>Lưu vào:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>Xác nhận gửi trạm</source>
        <translation>Acknowledgements for the stations</translation>
    </message>
    <message>
        <source>{n} trạm có lô mới nhập chưa được xác nhận:</source>
        <translation>{n} station(s) with imports not yet acknowledged:</translation>
    </message>
    <message>
        <source>Mọi lô đã nhập đều đã được xác nhận cho trạm.</source>
        <translation>Every imported batch has been acknowledged to its station.</translation>
    </message>
    <message>
        <source>Các tệp xác nhận được ký bằng khóa của đơn vị: hãy nhập cụm mật khẩu ký.</source>
        <translation>The acknowledgements are signed with this office&apos;s key: type the signing passphrase.</translation>
    </message>
    <message>
        <source>Đang ghi tệp xác nhận…</source>
        <translation>Writing the acknowledgements…</translation>
    </message>
    <message>
        <source>Đã ghi {n} tệp xác nhận vào {folder}.</source>
        <translation>{n} acknowledgement file(s) written to {folder}.</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open the folder</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Đơn vị sử dụng phần mềm</source>
        <translation>Your office</translation>
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
        <source>Chọn loại đơn vị, xã của trạm, rồi nhập mã và tên đơn vị.</source>
        <translation>Choose the kind of office and the station&apos;s commune, then enter the office&apos;s code and name.</translation>
    </message>
    <message>
        <source>ví dụ TYT-29287</source>
        <translation>e.g. TYT-29287</translation>
    </message>
    <message>
        <source>ví dụ Trạm Y tế xã Bình Phú</source>
        <translation>e.g. Trạm Y tế xã Bình Phú</translation>
    </message>
    <message>
        <source>Xã, phường của trạm:</source>
        <translation>Station&apos;s commune:</translation>
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
    <name>OfficeSession</name>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>Mã đơn vị:</source>
        <translation>Office code:</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <source>Loại đơn vị:</source>
        <translation>Office kind:</translation>
    </message>
    <message>
        <source>Cấp:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Xã, phường:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <source>Mã tỉnh, mã xã:</source>
        <translation>Province, commune codes:</translation>
    </message>
    <message>
        <source>Chọn xã, phường của trạm (danh mục từ 01/07/2025)</source>
        <translation>Choose the station&apos;s commune (list in force from 1 July 2025)</translation>
    </message>
    <message>
        <source>Lưu xã, phường</source>
        <translation>Save the commune</translation>
    </message>
    <message>
        <source>Đã lưu: {place}.</source>
        <translation>Saved: {place}.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
</context>
<context>
    <name>OpenFiles</name>
    <message>
        <source>Không mở được thư mục {folder}: máy chưa có chương trình mở thư mục. Hãy tự mở thư mục này.</source>
        <translation>Could not open the folder {folder}: no program on this computer opens folders. Open it yourself.</translation>
    </message>
    <message>
        <source>Không mở được tệp {name}: máy chưa có chương trình mở loại tệp này. Tệp nằm ở {folder}.</source>
        <translation>Could not open {name}: no program on this computer opens this kind of file. The file is in {folder}.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Đặt lại mật khẩu bằng mã khôi phục</source>
        <translation>Reset a password with the recovery code</translation>
    </message>
    <message>
        <source>Phiên bản này mã hóa dữ liệu trên máy. Trưởng trạm hoặc quản trị hãy đăng nhập để mã hóa; một bản sao lưu được tạo trước.</source>
        <translation>This version encrypts the data on this PC. The station head or the administrator logs in to encrypt it; a backup is made first.</translation>
    </message>
    <message>
        <source>Hãy đặt lại mật khẩu cho: {names}.</source>
        <translation>Reset the passwords of: {names}.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Sửa tổ chức tham gia</source>
        <translation>Edit organisation taking part</translation>
    </message>
    <message>
        <source>Thêm tổ chức tham gia</source>
        <translation>Add organisation taking part</translation>
    </message>
    <message>
        <source>Tên tổ chức:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Loại tổ chức:</source>
        <translation>Kind of organisation:</translation>
    </message>
    <message>
        <source>Tham gia, hỗ trợ gì:</source>
        <translation>What it contributes:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Đến ngày (nếu có hẹn):</source>
        <translation>Until (if agreed):</translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <source>Sửa buổi truyền thông</source>
        <translation>Edit outreach session</translation>
    </message>
    <message>
        <source>Thêm buổi truyền thông</source>
        <translation>Add outreach session</translation>
    </message>
    <message>
        <source>Ngày tổ chức:</source>
        <translation>Date held:</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Chủ đề:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>Số người tham dự:</source>
        <translation>Attendance:</translation>
    </message>
</context>
<context>
    <name>PairCompare</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Số giấy tờ</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Trạm</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Mã xã</source>
        <translation>Commune code</translation>
    </message>
    <message>
        <source>Thôn/ấp</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Hồ sơ thứ nhất</source>
        <translation>First record</translation>
    </message>
    <message>
        <source>Hồ sơ thứ hai</source>
        <translation>Second record</translation>
    </message>
    <message>
        <source>Chọn một cặp trong danh sách để so sánh.</source>
        <translation>Choose a pair in the list to compare them.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Điểm {score}&lt;/b&gt;: {reasons}</source>
        <translation>&lt;b&gt;Score {score}&lt;/b&gt;: {reasons}</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Hồ sơ thứ nhất</source>
        <translation>First record</translation>
    </message>
    <message>
        <source>Trạm</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Hồ sơ thứ hai</source>
        <translation>Second record</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Đổi cụm mật khẩu ký</source>
        <translation>Change the signing passphrase</translation>
    </message>
    <message>
        <source>Đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Cụm mật khẩu hiện tại:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <source>Cụm mật khẩu mới:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <source>Nhập lại cụm mới:</source>
        <translation>New passphrase again:</translation>
    </message>
    <message>
        <source>Ít nhất 10 ký tự. Hãy ghi lại và cất giữ nơi an toàn: nếu quên, không ai khôi phục được và trạm phải tạo khóa mới.</source>
        <translation>At least 10 characters. Write it down and keep it somewhere safe: if forgotten, nobody can recover it and the station must make new keys.</translation>
    </message>
    <message>
        <source>cụm mật khẩu ký</source>
        <translation>signing passphrase</translation>
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
        <source>Ký lô dữ liệu</source>
        <translation>Sign the batch</translation>
    </message>
    <message>
        <source>Lô được ký bằng khóa của trạm để đơn vị tổng hợp biết lô do trạm lập.</source>
        <translation>The batch is signed with the station&apos;s key so the consolidating office knows the station made it.</translation>
    </message>
    <message>
        <source>Xuất lô</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Xuất không mã hóa (không khuyến nghị)</source>
        <translation>Export unencrypted (not recommended)</translation>
    </message>
    <message>
        <source>Hồ sơ cá nhân trong lô sẽ ở dạng ai cũng đọc được: người nhặt được USB hoặc đọc được thư đều xem được. Chỉ chọn khi đơn vị tổng hợp yêu cầu; việc xuất không mã hóa được ghi vào nhật ký.</source>
        <translation>The personal records in the batch will be readable by anyone who finds the stick or reads the mail. Choose this only if the consolidating office asks for it; an unencrypted export is recorded in the audit log.</translation>
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
    <name>PasswordDialog</name>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Mã khôi phục:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Lưu mật khẩu</source>
        <translation>Save password</translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <source>Mật khẩu ít nhất 8 ký tự.</source>
        <translation>At least 8 characters.</translation>
    </message>
    <message>
        <source>mật khẩu mới</source>
        <translation>new password</translation>
    </message>
</context>
<context>
    <name>PauseExtra</name>
    <message>
        <source>Ốm đau nặng</source>
        <translation>Serious illness</translation>
    </message>
    <message>
        <source>Nằm viện</source>
        <translation>In hospital</translation>
    </message>
    <message>
        <source>Thiên tai, bão lũ</source>
        <translation>Natural disaster, storm or flood</translation>
    </message>
    <message>
        <source>Chọn hoặc nhập lý do bất khả kháng</source>
        <translation>Choose or type the force-majeure reason</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>PendingAckModel</name>
    <message>
        <source>Mã trạm</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>Tên trạm</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Lô chưa xác nhận</source>
        <translation>Batches to acknowledge</translation>
    </message>
    <message>
        <source>Bản ghi chờ đã xử lý</source>
        <translation>Held records settled</translation>
    </message>
    <message>
        <source>Nhập gần nhất</source>
        <translation>Last imported</translation>
    </message>
    <message>
        <source>Đề nghị sửa</source>
        <translation>Correction requests</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Tìm theo tên, số định danh, số điện thoại…</source>
        <translation>Search by name, ID number, phone number…</translation>
    </message>
    <message>
        <source>Tìm người cai nghiện</source>
        <translation>Find a person in treatment</translation>
    </message>
    <message>
        <source>Đăng ký người mới</source>
        <translation>Register a new person</translation>
    </message>
    <message>
        <source>Danh sách người cai nghiện</source>
        <translation>List of people in treatment</translation>
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
    <name>PeriodPage</name>
    <message>
        <source>Chọn dữ liệu cần gửi</source>
        <translation>What to send</translation>
    </message>
    <message>
        <source>Gửi số liệu của một kỳ báo cáo, hoặc mọi thay đổi từ lô trước.</source>
        <translation>Send a reporting period&apos;s records, or every change since the last batch.</translation>
    </message>
    <message>
        <source>Theo kỳ báo cáo:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <source>Các thay đổi kể từ lô trước</source>
        <translation>Changes since the last batch</translation>
    </message>
    <message>
        <source>Lô theo kỳ gồm những người có hồ sơ trong kỳ, dùng cho báo cáo 6 tháng.</source>
        <translation>A period batch holds the people with records in that period, for the six-monthly report.</translation>
    </message>
    <message>
        <source>Gồm mọi hồ sơ được thêm, sửa hoặc xóa sau lô “thay đổi” gần nhất (lô đầu tiên: toàn bộ hồ sơ).</source>
        <translation>Holds every record added, changed or deleted after the latest “changes” batch (the first one: all records).</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Loại kỳ báo cáo</source>
        <translation>Type of reporting period</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Kỳ trong năm</source>
        <translation>Period within the year</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>First half</translation>
    </message>
    <message>
        <source>6 tháng cuối năm</source>
        <translation>Second half</translation>
    </message>
    <message>
        <source>Quý {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <source>Tháng {n}</source>
        <translation>Month {n}</translation>
    </message>
    <message>
        <source>từ {start} đến {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
</context>
<context>
    <name>PersonDetails</name>
    <message>
        <source>Nhân thân và nơi cư trú</source>
        <translation>Identity and residence</translation>
    </message>
    <message>
        <source>Hồ sơ cai nghiện hiện tại</source>
        <translation>Current enrolment</translation>
    </message>
    <message>
        <source>Chưa có hồ sơ cai nghiện.</source>
        <translation>No enrolment yet.</translation>
    </message>
    <message>
        <source>Tên gọi khác:</source>
        <translation>Other names:</translation>
    </message>
    <message>
        <source>Dân tộc:</source>
        <translation>Ethnicity:</translation>
    </message>
    <message>
        <source>Giấy tờ:</source>
        <translation>ID document:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Học vấn:</source>
        <translation>Education:</translation>
    </message>
    <message>
        <source>Nghề nghiệp:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <source>Xã, phường:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <source>Mã tỉnh, mã xã:</source>
        <translation>Province, commune code:</translation>
    </message>
    <message>
        <source>Thôn, tổ:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Người đại diện:</source>
        <translation>Representative:</translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation>Setting:</translation>
    </message>
    <message>
        <source>Đơn vị cung cấp dịch vụ:</source>
        <translation>Treatment provider:</translation>
    </message>
    <message>
        <source>Người quản lý:</source>
        <translation>Manager:</translation>
    </message>
    <message>
        <source>Ngày xác định nghiện:</source>
        <translation>Assessed addicted on:</translation>
    </message>
    <message>
        <source>Sổ đăng ký:</source>
        <translation>Ledger entry:</translation>
    </message>
    <message>
        <source>Quyết định:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Thời hạn:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>Bắt đầu – dự kiến kết thúc:</source>
        <translation>Start – planned end:</translation>
    </message>
    <message>
        <source>Giấy xác nhận hoàn thành:</source>
        <translation>Completion certificate:</translation>
    </message>
    <message>
        <source>{n} tháng</source>
        <translation>{n} months</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Sửa thông tin: {name}</source>
        <translation>Edit: {name}</translation>
    </message>
    <message>
        <source>Đăng ký người mới</source>
        <translation>Register a new person</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter (Ctrl+Enter khi đang ở ô ghi chú)</source>
        <translation>Enter (Ctrl+Enter in the notes)</translation>
    </message>
    <message>
        <source>Mở hồ sơ đã có</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>Số giấy tờ {number} đã có trong danh sách: đây là cùng một người. Hãy mở hồ sơ đã có; nếu số gõ nhầm, hãy sửa ở hồ sơ đó.</source>
        <translation>ID number {number} is already on the list: this is the same person. Open the existing record; if the number was mistyped, correct it there.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>(chưa rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Người đại diện hợp pháp (người từ 12 đến dưới 18 tuổi)</source>
        <translation>Legal representative (for ages 12 to under 18)</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Quan hệ:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Số giấy tờ:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>Nhân thân</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Họ:</source>
        <translation>Family name:</translation>
    </message>
    <message>
        <source>Chữ đệm:</source>
        <translation>Middle name:</translation>
    </message>
    <message>
        <source>Tên:</source>
        <translation>Given name:</translation>
    </message>
    <message>
        <source>Ngày sinh:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Dân tộc:</source>
        <translation>Ethnicity:</translation>
    </message>
    <message>
        <source>Giấy tờ:</source>
        <translation>ID document:</translation>
    </message>
    <message>
        <source>Tên gọi khác:</source>
        <translation>Other names:</translation>
    </message>
    <message>
        <source>Học vấn:</source>
        <translation>Education:</translation>
    </message>
    <message>
        <source>Nghề nghiệp:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <source>Nơi cư trú</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Thôn, tổ:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Xã, phường:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{n} tuổi</source>
        <translation>{n} years old</translation>
    </message>
</context>
<context>
    <name>PersonHeader</name>
    <message>
        <source>Sinh: {birth}</source>
        <translation>Born: {birth}</translation>
    </message>
    <message>
        <source>ĐT {phone}</source>
        <translation>Tel. {phone}</translation>
    </message>
    <message>
        <source>Trạng thái: chưa có hồ sơ cai nghiện</source>
        <translation>State: no enrolment yet</translation>
    </message>
    <message>
        <source>Trạng thái: {state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <source>giai đoạn {stage}</source>
        <translation>stage {stage}</translation>
    </message>
    <message>
        <source>tạm dừng do bất khả kháng từ {day}</source>
        <translation>paused for force majeure since {day}</translation>
    </message>
    <message>
        <source>Mốc tiếp theo: {what} – {due} ({left})</source>
        <translation>Next deadline: {what} – {due} ({left})</translation>
    </message>
    <message numerus="yes">
        <source>quá hạn %n ngày làm việc</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>hạn cuối là hôm nay</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>còn %n ngày làm việc</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>còn %n ngày</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonHistoryDialog</name>
    <message>
        <source>Một người qua các trạm</source>
        <translation>One person across stations</translation>
    </message>
    <message>
        <source>Hiện đầy đủ số giấy tờ</source>
        <translation>Show full ID numbers</translation>
    </message>
    <message>
        <source>Đề nghị trạm sửa…</source>
        <translation>Ask the station to correct…</translation>
    </message>
    <message>
        <source>Nhân thân đang chọn: trạm sửa và gửi lại</source>
        <translation>The selected personal details: the station corrects them and sends them again</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hồ sơ do các trạm gửi&lt;/b&gt;</source>
        <translation>&lt;b&gt;Records sent by the stations&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hồ sơ cai nghiện&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enrolments&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Diễn biến qua các trạm&lt;/b&gt; (theo ngày)</source>
        <translation>&lt;b&gt;What happened, station by station&lt;/b&gt; (by date)</translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Một người: {n} hồ sơ từ {k} trạm ({stations}).</source>
        <translation>One person: {n} records from {k} stations ({stations}).</translation>
    </message>
    <message>
        <source>Chưa gộp: các hồ sơ được xem cạnh nhau để đối chiếu ({stations}).</source>
        <translation>Not merged: the records are shown side by side for comparison ({stations}).</translation>
    </message>
    <message>
        <source>Các trạm ghi tên: {names}.</source>
        <translation>Names as the stations wrote them: {names}.</translation>
    </message>
    <message>
        <source>Đã ghi đề nghị sửa; trạm {station} nhận được trong tệp xác nhận tiếp theo.</source>
        <translation>Request recorded; station {station} receives it with its next acknowledgement.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>← Danh sách</source>
        <translation>← List</translation>
    </message>
    <message>
        <source>Quay lại màn hình vừa xem (Esc, Alt+←)</source>
        <translation>Back to the screen you came from (Esc, Alt+←)</translation>
    </message>
    <message>
        <source>Sửa thông tin</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <source>Ghi nhận xác định nghiện</source>
        <translation>Record an addiction assessment</translation>
    </message>
    <message>
        <source>Ghi theo dõi</source>
        <translation>Record a follow-up</translation>
    </message>
    <message>
        <source>Tiếp nhận sau cai &amp;bắt buộc…</source>
        <translation>Receive after &amp;compulsory rehab…</translation>
    </message>
    <message>
        <source>Tiếp nhận &amp;chuyển đến…</source>
        <translation>Receive &amp;transfer in…</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Diễn biến</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Thông tin chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Giám sát điện tử</source>
        <translation>Electronic monitoring</translation>
    </message>
    <message>
        <source>Bước tiếp theo:</source>
        <translation>Next steps:</translation>
    </message>
    <message>
        <source>Biên bản vi phạm</source>
        <translation>Violation record</translation>
    </message>
    <message>
        <source>Đã ghi nhận. Lập biên bản vi phạm (Mẫu 27) ngay bây giờ?</source>
        <translation>Recorded. Write the violation record (Mẫu 27) now?</translation>
    </message>
    <message>
        <source>Chưa có hồ sơ cai nghiện hoặc quản lý sau cai.</source>
        <translation>No treatment or post-rehab record yet.</translation>
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
    <name>PointDialog</name>
    <message>
        <source>Sửa điểm tư vấn</source>
        <translation>Edit counselling point</translation>
    </message>
    <message>
        <source>Thêm điểm tư vấn</source>
        <translation>Add counselling point</translation>
    </message>
    <message>
        <source>Tên điểm tư vấn:</source>
        <translation>Counselling point:</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Mở từ ngày:</source>
        <translation>Opened on:</translation>
    </message>
    <message>
        <source>Đóng ngày (nếu đã đóng):</source>
        <translation>Closed on (if closed):</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Xem trước số bản ghi</source>
        <translation>Records in the batch</translation>
    </message>
    <message>
        <source>Đang đếm…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Các thay đổi kể từ lô trước.</source>
        <translation>Changes since the last batch.</translation>
    </message>
    <message>
        <source>Kỳ báo cáo {period}.</source>
        <translation>Reporting period {period}.</translation>
    </message>
    <message>
        <source>Lô sẽ gồm:</source>
        <translation>The batch will hold:</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Chưa tin cậy đơn vị tổng hợp nào, nên chưa mã hóa được lô. Hãy nhận thẻ đơn vị của đơn vị tổng hợp rồi bấm “Tin cậy đơn vị tổng hợp…” ở màn hình “Lô dữ liệu”.</source>
        <translation>No consolidating office is trusted yet, so the batch cannot be encrypted. Get the consolidating office&apos;s card, then click “Trust consolidating office…” on the “Data batches” screen.</translation>
    </message>
    <message>
        <source>Lô sẽ được mã hóa để chỉ {name} ({code}) mở được.</source>
        <translation>The batch will be encrypted so that only {name} ({code}) can open it.</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <source>Tóm tắt hồ sơ (1 trang)</source>
        <translation>Record summary (1 page)</translation>
    </message>
    <message>
        <source>Đóng dấu MẬT</source>
        <translation>Stamp CONFIDENTIAL (MẬT)</translation>
    </message>
    <message>
        <source>Mẫu {number} – {name}</source>
        <translation>Form {number} – {name}</translation>
    </message>
    <message>
        <source>Đang chuẩn bị bản in…</source>
        <translation>Preparing the printout…</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Xem trước khi in – {name}</source>
        <translation>Print preview – {name}</translation>
    </message>
    <message>
        <source>Số bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Số bản cần in: mặc định mỗi nơi nhận một bản</source>
        <translation>Copies to print: by default one for each recipient</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>In ra máy in đã chọn</source>
        <translation>Print on the chosen printer</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Lưu thành tệp PDF vào một thư mục</source>
        <translation>Save as a PDF file in a folder</translation>
    </message>
    <message>
        <source>Máy in</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Chưa cài máy in</source>
        <translation>No printer installed</translation>
    </message>
    <message>
        <source>Máy in:</source>
        <translation>Printer:</translation>
    </message>
    <message>
        <source>Số bản:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Vừa trang</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Trang đầu</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Trang trước</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Trang sau</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Trang cuối</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Xem từng trang</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <source>Xem hai trang cạnh nhau</source>
        <translation>Show facing pages</translation>
    </message>
    <message>
        <source>Xem tất cả các trang</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <source>Tỷ lệ phóng</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Trang số</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>Các nút khác</source>
        <translation>More buttons</translation>
    </message>
    <message>
        <source>Không in được: hãy kiểm tra máy in rồi in lại.</source>
        <translation>Nothing was printed: check the printer, then print again.</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu tệp PDF</source>
        <translation>Choose the folder to save the PDF in</translation>
    </message>
    <message>
        <source>Đã lưu tệp PDF</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <source>Đã lưu: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>RecordPreviewModel</name>
    <message>
        <source>Loại bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Đã có, trùng khớp</source>
        <translation>Already held</translation>
    </message>
    <message>
        <source>Bản cũ, bỏ qua</source>
        <translation>Stale, skipped</translation>
    </message>
    <message>
        <source>Xung đột, chờ xử lý</source>
        <translation>Conflict, held</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>(hoạt động kế hoạch)</source>
        <translation>(plan activity)</translation>
    </message>
    <message>
        <source>(chưa rõ người)</source>
        <translation>(person not known yet)</translation>
    </message>
</context>
<context>
    <name>RecordsTableModel</name>
    <message>
        <source>Trạm</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Số giấy tờ</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mã xã</source>
        <translation>Commune code</translation>
    </message>
    <message>
        <source>Theo dõi</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Xét nghiệm gần nhất</source>
        <translation>Last drug test</translation>
    </message>
    <message>
        <source>{n} lần ({tests} xét nghiệm)</source>
        <translation>{n} (drug tests: {tests})</translation>
    </message>
    <message>
        <source>{on}: âm tính</source>
        <translation>{on}: negative</translation>
    </message>
    <message>
        <source>{on}: dương tính ({found})</source>
        <translation>{on}: positive ({found})</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Mã khôi phục</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Nếu mọi người quên mật khẩu, chỉ mã này mở lại được dữ liệu. Hãy chép tay hoặc in ra, cất ở nơi an toàn ngoài máy tính (tủ có khóa của trạm). Mã chỉ hiện một lần này.</source>
        <translation>If everyone forgets their password, only this code opens the data again. Copy it by hand or print it, and keep it somewhere safe away from the PC (the station&apos;s locked cupboard). It is shown only this once.</translation>
    </message>
    <message>
        <source>Tôi đã chép hoặc in mã này và cất ở nơi an toàn</source>
        <translation>I have copied or printed this code and put it somewhere safe</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>RemovalExtra</name>
    <message>
        <source>— chọn lý do —</source>
        <translation>— choose a reason —</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>ReportDueTab</name>
    <message>
        <source>cùng năm</source>
        <translation>of the same year</translation>
    </message>
    <message>
        <source>báo cáo 6 tháng đầu năm</source>
        <translation>report for the first half of the year</translation>
    </message>
    <message>
        <source>của năm sau</source>
        <translation>of the next year</translation>
    </message>
    <message>
        <source>báo cáo năm</source>
        <translation>annual report</translation>
    </message>
    <message>
        <source>Lưu hạn nộp</source>
        <translation>Save the due dates</translation>
    </message>
    <message>
        <source>Trạm gửi báo cáo của kỳ chậm nhất vào ngày này sau khi kỳ kết thúc; quá ngày này mà chưa nhận được, sổ theo dõi lô ghi trạm là quá hạn.</source>
        <translation>Stations send a period&apos;s report by this day after the period ends; once it has passed without the report, the batch ledger shows the station as overdue.</translation>
    </message>
    <message>
        <source>Báo cáo 6 tháng đầu năm:</source>
        <translation>First half-year report:</translation>
    </message>
    <message>
        <source>Báo cáo năm (gồm 6 tháng cuối năm):</source>
        <translation>Annual report (and the second half-year):</translation>
    </message>
    <message>
        <source>Đã lưu hạn nộp báo cáo.</source>
        <translation>Due dates saved.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Thư mục lưu báo cáo</source>
        <translation>Folder for the report</translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Lập báo cáo</source>
        <translation>Make the report</translation>
    </message>
    <message>
        <source>Tệp đã lập</source>
        <translation>Files written</translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Lưu vào thư mục:</source>
        <translation>Save in folder:</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp các chỉ tiêu cai nghiện tự nguyện tại gia đình, cộng đồng của kỳ đã chọn: một dòng cho mỗi trạm và dòng tổng cộng (người đã gộp chỉ tính một lần), kèm số trạm đã gửi báo cáo; một tệp Excel (.xlsx) và một tệp PDF.</source>
        <translation>The consolidated report on voluntary home and community treatment for the chosen period: a row per station and the total (merged people counted once), with how many stations have reported; an Excel file (.xlsx) and a PDF.</translation>
    </message>
    <message>
        <source>Báo cáo các chỉ tiêu cai nghiện tự nguyện tại gia đình, cộng đồng của kỳ đã chọn: một tệp Excel (.xlsx) và một tệp PDF để in, chỉ gồm số liệu tổng hợp.</source>
        <translation>The indicators of voluntary home and community treatment for the chosen period: an Excel file (.xlsx) and a PDF to print, with aggregate figures only.</translation>
    </message>
    <message>
        <source>Báo cáo định kỳ</source>
        <translation>Period reports</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp</source>
        <translation>Consolidated report</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu báo cáo</source>
        <translation>Choose the folder for the report</translation>
    </message>
    <message>
        <source>Đang lập báo cáo kỳ {period}…</source>
        <translation>Making the report for {period}…</translation>
    </message>
    <message>
        <source>Đang lập báo cáo…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Mở thư mục chứa báo cáo</source>
        <translation>Open the report&apos;s folder</translation>
    </message>
    <message>
        <source>Đã lập báo cáo kỳ {period}.</source>
        <translation>The report for {period} is ready.</translation>
    </message>
    <message>
        <source>Đã lập báo cáo kỳ {period}. Kỳ này chưa kết thúc: số liệu tính đến ngày {date}.</source>
        <translation>The report for {period} is ready. The period has not ended: figures run to {date}.</translation>
    </message>
    <message>
        <source>{sent}/{total} trạm đã gửi báo cáo kỳ {period}.</source>
        <translation>{sent}/{total} stations have sent their report for {period}.</translation>
    </message>
    <message>
        <source>Chưa gửi: {stations}.</source>
        <translation>Not sent: {stations}.</translation>
    </message>
    <message>
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Đã hủy: không có tệp nào được ghi.</source>
        <translation>Cancelled: no file was written.</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Hiện có</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Đề nghị</source>
        <translation>Asked for</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ghi chú của cơ quan tổng hợp</source>
        <translation>The office&apos;s note</translation>
    </message>
    <message>
        <source>(không còn ở trạm)</source>
        <translation>(no longer at this station)</translation>
    </message>
    <message>
        <source>Đã khớp</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Chưa sửa</source>
        <translation>Not corrected</translation>
    </message>
</context>
<context>
    <name>Required</name>
    <message>
        <source>Bắt buộc phải nhập</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Ô có dấu * là bắt buộc phải nhập.</source>
        <translation>Fields marked * are required.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Khôi phục bản sao lưu</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Mật khẩu của tôi lúc sao lưu</source>
        <translation>My password when the backup was made</translation>
    </message>
    <message>
        <source>Mã khôi phục</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Tôi hiểu: dữ liệu hiện tại được sao lưu rồi thay bằng bản sao lưu này</source>
        <translation>I understand: the current data is backed up, then replaced by this backup</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Tệp: {name}</source>
        <translation>File: {name}</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Đã xuất lô</source>
        <translation>Batch exported</translation>
    </message>
    <message>
        <source>Lô đã được ghi và đọc lại đầy đủ.</source>
        <translation>The batch was written and read back in full.</translation>
    </message>
    <message>
        <source>Mở thư mục chứa lô</source>
        <translation>Open the batch&apos;s folder</translation>
    </message>
    <message>
        <source>Mở thư để gửi</source>
        <translation>Open the message to send</translation>
    </message>
    <message>
        <source>Tệp lô:</source>
        <translation>Batch file:</translation>
    </message>
    <message>
        <source>Số thứ tự lô:</source>
        <translation>Batch number:</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không (không khuyến nghị)</source>
        <translation>No (not recommended)</translation>
    </message>
    <message>
        <source>Mã hóa:</source>
        <translation>Encrypted:</translation>
    </message>
    <message>
        <source>Số bản ghi:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <source>Chưa gửi (cần sửa):</source>
        <translation>Not sent (to correct):</translation>
    </message>
    <message>
        <source>Thư e-mail:</source>
        <translation>E-mail message:</translation>
    </message>
    <message>
        <source>Không ghi được thư e-mail ({detail}): hãy tự đính kèm tệp lô vào thư.</source>
        <translation>Could not write the e-mail message ({detail}): attach the batch file to a message yourself.</translation>
    </message>
    <message>
        <source>Mở thư, kiểm tra người nhận rồi bấm Gửi trong chương trình e-mail.</source>
        <translation>Open the message, check the recipient, then click Send in your e-mail program.</translation>
    </message>
    <message>
        <source>Nếu lưu vào USB, hãy bấm “Tháo thiết bị an toàn” (Eject) trước khi rút USB, rồi mang đến đơn vị tổng hợp.</source>
        <translation>If you saved to a USB stick, use “Safely remove” (Eject) before pulling it out, then take it to the consolidating office.</translation>
    </message>
</context>
<context>
    <name>ResultsGrid</name>
    <message>
        <source>Không xét nghiệm</source>
        <translation>Not tested</translation>
    </message>
    <message>
        <source>Âm tính</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Dương tính</source>
        <translation>Positive</translation>
    </message>
</context>
<context>
    <name>ReturnRow</name>
    <message>
        <source>Đến ngày</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Chưa về</source>
        <translation>Still away</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Thu hồi khóa của trạm</source>
        <translation>Revoke a station&apos;s key</translation>
    </message>
    <message>
        <source>ví dụ: mất máy tính, mất USB chứa khóa</source>
        <translation>e.g. PC lost, stick holding the key lost</translation>
    </message>
    <message>
        <source>Tiếp tục…</source>
        <translation>Continue…</translation>
    </message>
    <message>
        <source>Sau khi thu hồi, mọi lô ký bằng khóa này mà chưa nhập sẽ bị từ chối; các lô đã nhập giữ nguyên. Trạm phải tạo khóa mới và gửi thẻ đơn vị mới để đăng ký lại.</source>
        <translation>Once revoked, every batch signed with this key that is not imported yet is refused; imported batches stay. The station must make a new key and send its new office card to be registered again.</translation>
    </message>
    <message>
        <source>Trạm:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <source>Dấu vân tay của khóa:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <source>Lý do thu hồi:</source>
        <translation>Reason for revoking:</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Đổi khóa ký</source>
        <translation>Change the signing key</translation>
    </message>
    <message>
        <source>Đã quên cụm mật khẩu hiện tại (hoặc người giữ đã nghỉ)</source>
        <translation>The current passphrase is forgotten (or whoever knew it has left)</translation>
    </message>
    <message>
        <source>Tạo khóa mới</source>
        <translation>Make the new key</translation>
    </message>
    <message>
        <source>Cụm mật khẩu hiện tại:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <source>Cụm mật khẩu của khóa mới:</source>
        <translation>Passphrase of the new key:</translation>
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>Tệp gửi đơn vị tổng hợp được lưu vào {folder}. Nếu đã quên cụm mật khẩu, đơn vị tổng hợp chỉ nhận khóa mới sau khi gọi điện xác minh dấu vân tay.</source>
        <translation>The files for the office are saved in {folder}. If the passphrase is forgotten, the office accepts the new key only after checking its fingerprint by phone.</translation>
    </message>
    <message>
        <source>cụm mật khẩu mới</source>
        <translation>new passphrase</translation>
    </message>
</context>
<context>
    <name>RuleSetTableModel</name>
    <message>
        <source>đã đối chiếu văn bản</source>
        <translation>checked against the text</translation>
    </message>
    <message>
        <source>theo nguồn thứ cấp, chưa đối chiếu văn bản</source>
        <translation>from a secondary source, not checked against the text</translation>
    </message>
    <message>
        <source>{name}
(tạm thời)</source>
        <translation>{name}
(provisional)</translation>
    </message>
</context>
<context>
    <name>RuleSetsTab</name>
    <message>
        <source>Quy định thời hạn</source>
        <translation>Time-limit rules</translation>
    </message>
    <message>
        <source>Sửa tệp điều chỉnh quy định của đơn vị…</source>
        <translation>Edit the office&apos;s rule corrections…</translation>
    </message>
    <message>
        <source>Các thời hạn phần mềm đang áp dụng, theo ngày hiệu lực. Bộ quy định “tạm thời” dùng giá trị dự kiến cho đến khi có văn bản hướng dẫn.</source>
        <translation>The time limits the app applies, by date in force. “Provisional” rule sets use expected values until the implementing texts are published.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {source}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {source}</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>Điều chỉnh quy định thời hạn</source>
        <translation>Correct the time-limit rules</translation>
    </message>
    <message>
        <source>Dạng {&quot;rule_sets&quot;: [{&quot;code&quot;: mã bộ quy định, trường cần sửa: giá trị}]}. Chỉ ghi các trường cần sửa; bộ quy định mới phải có đủ các trường. Ngày viết dạng yyyy-mm-dd.</source>
        <translation>Shape: {&quot;rule_sets&quot;: [{&quot;code&quot;: rule-set code, field to change: value}]}. Give only the fields to change; a new rule set must give every field. Dates as yyyy-mm-dd.</translation>
    </message>
</context>
<context>
    <name>RuleUpdateBar</name>
    <message>
        <source>Nhập cập nhật quy định từ văn phòng…</source>
        <translation>Import a rules update from the office…</translation>
    </message>
    <message>
        <source>Xuất bản cập nhật quy định cho các trạm…</source>
        <translation>Publish a rules update for the stations…</translation>
    </message>
    <message>
        <source>Trạm không tự sửa quy định: văn phòng gửi tệp cập nhật. Chưa nhận cập nhật nào từ văn phòng.</source>
        <translation>The station does not edit its rules: its office sends update files. No update received from the office yet.</translation>
    </message>
    <message>
        <source>Trạm không tự sửa quy định: cập nhật từ văn phòng {office} số {serial} ngày {date}.</source>
        <translation>The station does not edit its rules: update no. {serial} from office {office}, issued {date}.</translation>
    </message>
    <message>
        <source>Chọn tệp cập nhật quy định của văn phòng</source>
        <translation>Choose the office&apos;s rules update file</translation>
    </message>
    <message>
        <source>Tệp cập nhật quy định (*{suffix})</source>
        <translation>Rules update files (*{suffix})</translation>
    </message>
    <message>
        <source>Đã áp dụng cập nhật quy định số {serial} ngày {date}: {n} thay đổi.</source>
        <translation>Rules update no. {serial} of {date} applied: {n} changes.</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu tệp cập nhật quy định</source>
        <translation>Choose the folder for the rules update file</translation>
    </message>
    <message>
        <source>Tệp cập nhật quy định được ký bằng khóa của đơn vị: hãy nhập cụm mật khẩu ký.</source>
        <translation>The rules update file is signed with the office&apos;s key: enter the signing passphrase.</translation>
    </message>
    <message>
        <source>Đã ghi cập nhật quy định số {serial} vào {path}: hãy gửi tệp cho các trạm.</source>
        <translation>Rules update no. {serial} written to {path}: send the file to the stations.</translation>
    </message>
</context>
<context>
    <name>SelfTerminationExtra</name>
    <message>
        <source>Không tuân thủ quy định chuyên môn về cai nghiện</source>
        <translation>Did not follow the treatment rules</translation>
    </message>
    <message numerus="yes">
        <source>Vắng mặt từ %n ngày làm việc liên tục trở lên</source>
        <translation>
            <numerusform>Absent for %n working day or more in a row</numerusform>
            <numerusform>Absent for %n or more working days in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>Bỏ điều trị thay thế 5 ngày hoặc 10 liều liên tục</source>
        <translation>Missed substitution therapy for 5 days or 10 doses in a row</translation>
    </message>
    <message>
        <source>Chọn hoặc nhập lý do</source>
        <translation>Choose or type a reason</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Người dùng</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Quy định thời hạn</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>Ngày nghỉ, làm bù</source>
        <translation>Days off</translation>
    </message>
    <message>
        <source>Sao lưu, bảo mật</source>
        <translation>Backups, security</translation>
    </message>
    <message>
        <source>Hạn nộp báo cáo</source>
        <translation>Report due dates</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
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
<context>
    <name>Shortcuts</name>
    <message>
        <source>Mở màn hình thứ 1 … 9 của danh sách bên trái</source>
        <translation>Open the 1st … 9th screen of the list on the left</translation>
    </message>
    <message>
        <source>Đến ô tìm kiếm (của màn hình đang mở, hoặc tìm người)</source>
        <translation>Go to the search field (of the screen shown, else the people search)</translation>
    </message>
    <message>
        <source>Đăng ký người mới</source>
        <translation>Register a new person</translation>
    </message>
    <message>
        <source>Từ ô tìm người xuống danh sách kết quả</source>
        <translation>From the people search down to its results</translation>
    </message>
    <message>
        <source>Mở người hoặc dòng đang chọn trong danh sách</source>
        <translation>Open the person or line selected in a list</translation>
    </message>
    <message>
        <source>Rời trang một người, về màn hình vừa xem</source>
        <translation>Leave a person&apos;s page, back to the screen you came from</translation>
    </message>
    <message>
        <source>Sang ô, nút hoặc bảng kế tiếp / trước đó</source>
        <translation>Move to the next / previous field, button or table</translation>
    </message>
    <message>
        <source>Di chuyển trong bảng, danh sách, nhóm lựa chọn</source>
        <translation>Move within a table, a list or a group of choices</translation>
    </message>
    <message>
        <source>Bấm nút hoặc đánh dấu ô đang chọn</source>
        <translation>Press the focused button or tick the focused box</translation>
    </message>
    <message>
        <source>Trong hộp thoại: lưu (trong ô ghi chú: xuống dòng)</source>
        <translation>In a dialog: save (in a notes box: a new line)</translation>
    </message>
    <message>
        <source>Trong hộp thoại: lưu, kể cả từ ô ghi chú</source>
        <translation>In a dialog: save, from a notes box too</translation>
    </message>
    <message>
        <source>Trong hộp thoại: đóng, không lưu (hộp thoại giữ bản nháp hỏi trước khi bỏ dữ liệu đã gõ)</source>
        <translation>In a dialog: close without saving (a dialog that keeps drafts asks before dropping what was typed)</translation>
    </message>
    <message>
        <source>Bấm nút hoặc mở thực đơn có chữ gạch chân</source>
        <translation>Press the button or open the menu whose letter is underlined</translation>
    </message>
    <message>
        <source>Alt + chữ gạch chân</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <source>Làm mới màn hình Hôm nay, Theo dõi đến hạn</source>
        <translation>Refresh the Today and Follow-ups due screens</translation>
    </message>
    <message>
        <source>Xuất lô dữ liệu (màn hình Lô dữ liệu)</source>
        <translation>Export a data batch (Data batches screen)</translation>
    </message>
    <message>
        <source>Khóa màn hình</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Xem danh sách phím tắt này</source>
        <translation>Show this list of shortcuts</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Phím</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Tác dụng</source>
        <translation>What it does</translation>
    </message>
</context>
<context>
    <name>SimilarPeopleTableModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Số giấy tờ</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Thôn, tổ</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Giống</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Vì sao</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>StageExtra</name>
    <message>
        <source>Giai đoạn hiện tại:</source>
        <translation>Current stage:</translation>
    </message>
    <message>
        <source>Chuyển sang giai đoạn:</source>
        <translation>Move to stage:</translation>
    </message>
</context>
<context>
    <name>StateCounts</name>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>StationDetail</name>
    <message>
        <source>Chi tiết trạm</source>
        <translation>Station details</translation>
    </message>
    <message>
        <source>Lô đã nhận (số thứ tự):</source>
        <translation>Batches received (numbers):</translation>
    </message>
    <message>
        <source>Lô còn thiếu:</source>
        <translation>Batches missing:</translation>
    </message>
    <message>
        <source>Trùng số lô:</source>
        <translation>Duplicate batch numbers:</translation>
    </message>
    <message>
        <source>Tách nhánh (không nối tiếp lô trước):</source>
        <translation>Forks (not following the batch before):</translation>
    </message>
    <message>
        <source>Lô nhận gần nhất:</source>
        <translation>Last batch received:</translation>
    </message>
    <message>
        <source>Các kỳ đã gửi:</source>
        <translation>Periods sent:</translation>
    </message>
    <message>
        <source>Khóa bị thu hồi:</source>
        <translation>Key revoked:</translation>
    </message>
    <message>
        <source>Phần mềm ở trạm:</source>
        <translation>Station&apos;s app:</translation>
    </message>
    <message>
        <source>Chi tiết trạm {station}</source>
        <translation>Station {station}</translation>
    </message>
    <message>
        <source>{seqs} ({n} lô)</source>
        <translation>{seqs} ({n} batches)</translation>
    </message>
    <message>
        <source>chưa nhận lô nào</source>
        <translation>no batch received yet</translation>
    </message>
    <message>
        <source>số {seqs}: hãy xin trạm gửi lại</source>
        <translation>number {seqs}: ask the station to send it again</translation>
    </message>
    <message>
        <source>số {seqs}: hãy hỏi trạm</source>
        <translation>number {seqs}: ask the station</translation>
    </message>
    <message>
        <source>tại lô số {seqs}: hãy liên hệ trạm</source>
        <translation>at batch {seqs}: contact the station</translation>
    </message>
    <message>
        <source>bản cũ (lô định dạng {n}): hãy nâng cấp phần mềm ở trạm</source>
        <translation>old (batch format {n}): upgrade the app at the station</translation>
    </message>
    <message>
        <source>định dạng lô hiện hành ({n})</source>
        <translation>current batch format ({n})</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>đã đăng ký khóa mới</source>
        <translation>a new key is registered</translation>
    </message>
    <message>
        <source>chờ thẻ đơn vị mới của trạm</source>
        <translation>waiting for the station&apos;s new office card</translation>
    </message>
    <message>
        <source>ngày {on} ({by}): {reason}; {then}</source>
        <translation>on {on} ({by}): {reason}; {then}</translation>
    </message>
</context>
<context>
    <name>StationEditDialog</name>
    <message>
        <source>Sửa tên, mã xã của trạm</source>
        <translation>Correct the station&apos;s name and commune code</translation>
    </message>
    <message>
        <source>ví dụ Trạm Y tế xã Bình Phú</source>
        <translation>e.g. Trạm Y tế xã Bình Phú</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Khóa ký của trạm giữ nguyên (dấu vân tay {fingerprint}); chỉ tên và mã xã được sửa.</source>
        <translation>The station&apos;s signing key stays as it is (fingerprint {fingerprint}); only the name and the commune code change.</translation>
    </message>
    <message>
        <source>Mã trạm:</source>
        <translation>Station code:</translation>
    </message>
    <message>
        <source>Tên trạm:</source>
        <translation>Station name:</translation>
    </message>
    <message>
        <source>Mã xã:</source>
        <translation>Commune code:</translation>
    </message>
</context>
<context>
    <name>StationTableModel</name>
    <message>
        <source>Mã trạm</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>Tên trạm</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Mã xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa ký</source>
        <translation>Signing key fingerprint</translation>
    </message>
    <message>
        <source>Số lô đã nhận</source>
        <translation>Batches received</translation>
    </message>
    <message>
        <source>Lô gần nhất</source>
        <translation>Last batch</translation>
    </message>
    <message>
        <source>Khóa đã thay</source>
        <translation>Keys replaced</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>StationTimelineModel</name>
    <message>
        <source>Trạm</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>StationsView</name>
    <message>
        <source>Trạm đã đăng ký</source>
        <translation>Registered stations</translation>
    </message>
    <message>
        <source>Thêm trạm từ thẻ…</source>
        <translation>Add a station from its card…</translation>
    </message>
    <message>
        <source>Sửa tên, mã xã…</source>
        <translation>Edit name, commune…</translation>
    </message>
    <message>
        <source>Tên và mã xã của trạm đang chọn; khóa giữ nguyên</source>
        <translation>The selected station&apos;s name and commune code; its key stays as it is</translation>
    </message>
    <message>
        <source>Nhận khóa mới của trạm…</source>
        <translation>Accept a station&apos;s new key…</translation>
    </message>
    <message>
        <source>Tệp .json trạm gửi khi đổi khóa, ký bằng khóa cũ (kèm tệp .minisig)</source>
        <translation>The .json a station sends when it changes its key, signed with the old key (with its .minisig)</translation>
    </message>
    <message>
        <source>Thu hồi khóa…</source>
        <translation>Revoke key…</translation>
    </message>
    <message>
        <source>Khi trạm mất máy tính hoặc USB chứa khóa: lô ký bằng khóa đó bị từ chối</source>
        <translation>When a station loses its PC or the stick holding its key: batches signed with that key are refused</translation>
    </message>
    <message>
        <source>Chỉ cán bộ tổng hợp hoặc quản trị viên được làm.</source>
        <translation>Only a consolidating officer or an administrator may do this.</translation>
    </message>
    <message>
        <source>Chỉ nhập được lô của trạm đã đăng ký và ký bằng đúng khóa của trạm. Đăng ký từ thẻ đơn vị trạm gửi, sau khi so dấu vân tay qua điện thoại. Khi trạm đổi khóa, nhận khóa mới từ tệp tuyên bố trạm gửi (ký bằng khóa cũ).</source>
        <translation>Only batches of a registered station, signed with that station&apos;s key, can be imported. Register a station from the office card it sends, after comparing the fingerprint over the phone. When a station changes its key, accept the new key from the statement it sends (signed with the old key).</translation>
    </message>
    <message>
        <source>Trạm</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>{n} trạm đã đăng ký</source>
        <translation>{n} station(s) registered</translation>
    </message>
    <message>
        <source>Đã sửa trạm {code}: {name}, mã xã {commune}.</source>
        <translation>Station {code} corrected: {name}, commune code {commune}.</translation>
    </message>
    <message>
        <source>Đã đăng ký trạm {code}, dấu vân tay {fingerprint}.</source>
        <translation>Station {code} registered, fingerprint {fingerprint}.</translation>
    </message>
    <message>
        <source>Chọn tuyên bố đổi khóa của trạm</source>
        <translation>Choose the station&apos;s key change statement</translation>
    </message>
    <message>
        <source>Tuyên bố đổi khóa (*.json *.minisig)</source>
        <translation>Key change statements (*.json *.minisig)</translation>
    </message>
    <message>
        <source>Đã nhận khóa mới của trạm {code}: dấu vân tay {fingerprint}.</source>
        <translation>New key of station {code} accepted: fingerprint {fingerprint}.</translation>
    </message>
    <message>
        <source>Thu hồi khóa của trạm {name} (mã {code})?</source>
        <translation>Revoke the key of station {name} (code {code})?</translation>
    </message>
    <message>
        <source>Lý do: {reason}. Lô ký bằng khóa này mà chưa nhập sẽ bị từ chối; lô đã nhập giữ nguyên. Không hoàn tác được: trạm phải gửi thẻ đơn vị mới.</source>
        <translation>Reason: {reason}. Batches signed with this key that are not imported yet will be refused; imported batches stay. This cannot be undone: the station must send a new office card.</translation>
    </message>
    <message>
        <source>Thu hồi khóa</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Đã thu hồi khóa của trạm {code} ({name}) ngày {on}. Lô mới của trạm chỉ nhận được sau khi đăng ký thẻ đơn vị mới của trạm.</source>
        <translation>Revoked the key of station {code} ({name}) on {on}. The station&apos;s new batches are accepted only once its new office card is registered.</translation>
    </message>
</context>
<context>
    <name>StoredProblemsDialog</name>
    <message>
        <source>Hồ sơ cần sửa</source>
        <translation>Records to correct</translation>
    </message>
    <message>
        <source>Các hồ sơ dưới đây có nội dung nhập từ phiên bản trước mà nay không được chấp nhận. Chúng chưa được gửi đi trong lô cho đến khi được sửa.</source>
        <translation>The records below hold what an earlier version let in and is no longer accepted. They are not sent in batches until corrected.</translation>
    </message>
    <message>
        <source>{kind}: {problem}</source>
        <translation>{kind}: {problem}</translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation>Open the record</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SyncLine</name>
    <message>
        <source>Cơ quan tổng hợp: {state}</source>
        <translation>Consolidating office: {state}</translation>
    </message>
    <message>
        <source>đã nhận phiên bản {version} (xác nhận ngày {day})</source>
        <translation>holds version {version} (acknowledged on {day})</translation>
    </message>
    <message>
        <source>đã gửi, chưa có xác nhận</source>
        <translation>sent, not acknowledged yet</translation>
    </message>
    <message>
        <source>có thay đổi chưa gửi</source>
        <translation>changes not sent yet</translation>
    </message>
    <message>
        <source>chưa gửi</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>và {n} bản ghi khác</source>
        <translation>and {n} more records</translation>
    </message>
    <message>
        <source>có xung đột cần xem: {items}</source>
        <translation>conflicts to review: {items}</translation>
    </message>
    <message>
        <source>có bản ghi cần xem: {items}</source>
        <translation>records to review: {items}</translation>
    </message>
    <message>
        <source>{kind} phiên bản {version} ({outcome} – {reason})</source>
        <translation>{kind} version {version} ({outcome} – {reason})</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Bản ghi cơ quan tổng hợp chưa nhận nguyên vẹn. Nhấp đúp một dòng để mở hồ sơ người đó, sửa nếu cần, rồi xuất lô mới.</source>
        <translation>Records the consolidating office did not take as sent. Double-click a row to open that person&apos;s page, correct it if needed, then export a new batch.</translation>
    </message>
    <message>
        <source>Bản ghi cơ quan tổng hợp chưa nhận nguyên vẹn</source>
        <translation>Records the consolidating office did not receive whole</translation>
    </message>
    <message>
        <source>Chưa có xác nhận nào của cơ quan tổng hợp. Khi nhận được tệp .cnack.zip, bấm “Nhập xác nhận của cơ quan tổng hợp…” hoặc kéo thả tệp vào màn hình này.</source>
        <translation>No acknowledgement from the consolidating office yet. When a .cnack.zip file arrives, click “Import the office&apos;s acknowledgement…” or drop the file onto this screen.</translation>
    </message>
    <message>
        <source>Theo xác nhận gần nhất của cơ quan tổng hợp, {n} bản ghi:</source>
        <translation>As the consolidating office last acknowledged, {n} records:</translation>
    </message>
    <message>
        <source>{outcome}: {n}</source>
        <translation>{outcome}: {n}</translation>
    </message>
</context>
<context>
    <name>SyncTableModel</name>
    <message>
        <source>Loại bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Lô</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Lý do của cơ quan tổng hợp</source>
        <translation>The office&apos;s reason</translation>
    </message>
    <message>
        <source>(hoạt động kế hoạch)</source>
        <translation>(plan activity)</translation>
    </message>
    <message>
        <source>(không còn ở trạm)</source>
        <translation>(no longer at the station)</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Sửa chỉ tiêu năm</source>
        <translation>Edit the year&apos;s target</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu năm</source>
        <translation>Add a target for the year</translation>
    </message>
    <message>
        <source>Chỉ tiêu:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Số chỉ tiêu:</source>
        <translation>Target:</translation>
    </message>
</context>
<context>
    <name>TermExtra</name>
    <message>
        <source>Cai nghiện lần thứ hai trở lên</source>
        <translation>Second or later treatment</translation>
    </message>
    <message>
        <source> tháng</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Thời hạn cai nghiện:</source>
        <translation>Treatment term:</translation>
    </message>
    <message>
        <source>Theo {rule_set}: {span} tháng</source>
        <translation>Under {rule_set}: {span} months</translation>
    </message>
    <message>
        <source>(chưa đối chiếu văn bản gốc)</source>
        <translation>(not checked against the legal text)</translation>
    </message>
    <message>
        <source>Khác {months} tháng của quy định: hãy ghi lý do vào ô Ghi chú.</source>
        <translation>Not the {months} months of the rules: give the reason in Notes.</translation>
    </message>
    <message>
        <source>Ngoài khoảng {low}–{high} tháng: hãy ghi lý do vào ô Ghi chú.</source>
        <translation>Outside {low}–{high} months: give the reason in Notes.</translation>
    </message>
</context>
<context>
    <name>ThreeWayDialog</name>
    <message>
        <source>Giải quyết xung đột</source>
        <translation>Settle a conflict</translation>
    </message>
    <message>
        <source>Chỉ hiện các trường có thay đổi</source>
        <translation>Show only the changed fields</translation>
    </message>
    <message>
        <source>Lưu cách giải quyết</source>
        <translation>Save the settlement</translation>
    </message>
    <message>
        <source>{kind} của {person}</source>
        <translation>{kind} of {person}</translation>
    </message>
    <message>
        <source>Trạm {station}, lô số {seq}, nhận ngày {day}: {reason}.</source>
        <translation>Station {station}, batch {seq}, received {day}: {reason}.</translation>
    </message>
    <message>
        <source>Trường nền vàng do cả hai nhánh của trạm cùng sửa (trạm đã tách nhánh, ví dụ máy khôi phục từ bản sao lưu rồi nhập tiếp): chọn giữ giá trị nào. Trường chỉ một bản sửa giữ giá trị của bản đó (tô xanh).</source>
        <translation>Fields on yellow were changed by both lines of the station (it forked, e.g. a PC restored from a backup and used on): choose which value stays. A field only one version changed keeps that value (in green).</translation>
    </message>
    <message>
        <source>Phiên bản gốc mà trạm dựa vào chưa từng đến đơn vị (cột Gốc: “không rõ”), nên mọi trường hai bên khác nhau đều cần chọn.</source>
        <translation>The version the station started from never reached this office (Base: “unknown”), so every field where the two differ needs a choice.</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Gốc</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Bản mới đến</source>
        <translation>Version arrived</translation>
    </message>
    <message>
        <source>Bản đang giữ</source>
        <translation>Version held</translation>
    </message>
    <message>
        <source>Giữ</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>bản mới đến (chỉ bản này sửa)</source>
        <translation>the arrived one (only it changed)</translation>
    </message>
    <message>
        <source>bản đang giữ (chỉ bản này sửa)</source>
        <translation>the held one (only it changed)</translation>
    </message>
    <message>
        <source>bản mới đến</source>
        <translation>arrived</translation>
    </message>
    <message>
        <source>bản đang giữ</source>
        <translation>held</translation>
    </message>
    <message>
        <source>Còn {n} trường cần chọn.</source>
        <translation>Fields still needing a choice: {n}.</translation>
    </message>
    <message>
        <source>Đã chọn đủ: có thể lưu.</source>
        <translation>Every choice made: ready to save.</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Làm mới (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Bước do Công an xã thực hiện (thẩm định hồ sơ đăng ký, lập hồ sơ cai nghiện bắt buộc): trạm theo dõi và nhắc, không tính vào việc quá hạn của trạm.</source>
        <translation>Steps the commune police take (appraising a registration, opening a compulsory-treatment dossier): the station follows them up and reminds, and they do not count as the station&apos;s own overdue work.</translation>
    </message>
    <message>
        <source>Hồ sơ quá hạn</source>
        <translation>Overdue records</translation>
    </message>
    <message>
        <source>Hồ sơ đến hạn trong những ngày làm việc tới</source>
        <translation>Records due in the coming working days</translation>
    </message>
    <message>
        <source>Chờ công an</source>
        <translation>Waiting for the police</translation>
    </message>
    <message>
        <source>Thăm gặp, xét nghiệm quá hạn</source>
        <translation>Overdue visits and tests</translation>
    </message>
    <message>
        <source>Hồ sơ theo trạng thái</source>
        <translation>Records by state</translation>
    </message>
    <message>
        <source>Hồ sơ mới theo tháng xác định nghiện, 12 tháng gần đây</source>
        <translation>New records by month of assessment, last 12 months</translation>
    </message>
    <message>
        <source>Hôm nay: đang tải…</source>
        <translation>Today: loading…</translation>
    </message>
    <message>
        <source>Hôm nay, {date}</source>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <source>Hồ sơ quá hạn: {n}</source>
        <translation>Files overdue: {n}</translation>
    </message>
    <message>
        <source>Hồ sơ đến hạn trong {days} ngày làm việc tới: {n}</source>
        <translation>Files due in the next {days} working days: {n}</translation>
    </message>
    <message>
        <source>Chờ công an: {n}</source>
        <translation>Waiting for the police: {n}</translation>
    </message>
    <message>
        <source>Thăm gặp, xét nghiệm quá hạn: {n}</source>
        <translation>Visits and drug tests overdue: {n}</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Sửa đợt tập huấn</source>
        <translation>Edit training</translation>
    </message>
    <message>
        <source>Thêm đợt tập huấn cán bộ</source>
        <translation>Add staff training</translation>
    </message>
    <message>
        <source>Họ tên, cách nhau bằng dấu chấm phẩy (;)</source>
        <translation>Full names, separated by semicolons (;)</translation>
    </message>
    <message>
        <source>Có cấp chứng chỉ, giấy chứng nhận</source>
        <translation>A certificate was issued</translation>
    </message>
    <message>
        <source>Ngày tập huấn:</source>
        <translation>Date of training:</translation>
    </message>
    <message>
        <source>Chủ đề:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Cán bộ được tập huấn:</source>
        <translation>Staff trained:</translation>
    </message>
    <message>
        <source>Số giờ:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <source>Số chứng chỉ:</source>
        <translation>Certificate number:</translation>
    </message>
</context>
<context>
    <name>TransferExtra</name>
    <message>
        <source>Xã, phường nơi chuyển đến:</source>
        <translation>Commune moving to:</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Tin cậy đơn vị tổng hợp</source>
        <translation>Trust the consolidating office</translation>
    </message>
    <message>
        <source>Chưa chọn tệp.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>Đăng ký trạm</source>
        <translation>Register a station</translation>
    </message>
    <message>
        <source>Trưởng trạm đã đọc qua điện thoại đúng dấu vân tay này</source>
        <translation>The station head read out this very fingerprint over the phone</translation>
    </message>
    <message>
        <source>Đăng ký</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Đơn vị tổng hợp đã đọc qua điện thoại đúng dấu vân tay này</source>
        <translation>The consolidating office read out exactly this fingerprint over the phone</translation>
    </message>
    <message>
        <source>Tin cậy</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>ví dụ Trạm Y tế xã Bình Phú</source>
        <translation>e.g. Trạm Y tế xã Bình Phú</translation>
    </message>
    <message>
        <source>Chọn tệp .pub trên thẻ đơn vị của trạm, nhập tên trạm và chọn xã, phường. Rồi gọi điện cho trưởng trạm, nhờ đọc dấu vân tay trên thẻ và so từng nhóm bốn ký tự. Chỉ đăng ký khi khớp hoàn toàn. Trạm đã có khóa mà gửi khóa mới (mất cụm mật khẩu, trưởng trạm mới): chỉ đăng ký sau khi gọi lại số điện thoại đã biết của trạm hoặc nhận công văn có chữ ký, đóng dấu ghi đúng dấu vân tay này.</source>
        <translation>Choose the .pub file of the station&apos;s card, type the station&apos;s name and choose its commune. Then call the station head, ask them to read out the fingerprint on the card and compare each group of four. Register only if all of it matches. A station that already has a key and sends a new one (a lost passphrase, a new head): register it only after calling the station&apos;s known phone number back, or receiving a signed and stamped letter that gives this very fingerprint.</translation>
    </message>
    <message>
        <source>Thẻ của trạm:</source>
        <translation>Station&apos;s card:</translation>
    </message>
    <message>
        <source>Mã trạm:</source>
        <translation>Station code:</translation>
    </message>
    <message>
        <source>Tên trạm:</source>
        <translation>Station name:</translation>
    </message>
    <message>
        <source>Thẻ đơn vị:</source>
        <translation>Office card:</translation>
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
        <source>Dấu vân tay:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Chọn hai tệp của thẻ đơn vị (.pub và .age.pub). Rồi gọi điện cho đơn vị tổng hợp, nhờ họ đọc dấu vân tay trên thẻ của họ và so từng nhóm bốn ký tự. Chỉ tin cậy khi khớp hoàn toàn.</source>
        <translation>Choose both files of the office card (.pub and .age.pub). Then phone the consolidating office, ask them to read out the fingerprint on their card and compare each group of four characters. Trust it only if it matches exactly.</translation>
    </message>
    <message>
        <source>ví dụ Sở Y tế tỉnh Vĩnh Long</source>
        <translation>e.g. Sở Y tế tỉnh Vĩnh Long</translation>
    </message>
    <message>
        <source>Xã, phường:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <source>Chọn tệp thẻ đơn vị</source>
        <translation>Choose the office card files</translation>
    </message>
    <message>
        <source>Thẻ đơn vị (*.pub)</source>
        <translation>Office card (*.pub)</translation>
    </message>
    <message>
        <source>Hãy chọn tệp .pub trên thẻ đơn vị.</source>
        <translation>Choose the .pub file of the office card.</translation>
    </message>
    <message>
        <source>Hãy chọn cả hai tệp của thẻ đơn vị: tệp .pub và tệp .age.pub.</source>
        <translation>Choose both files of the office card: the .pub file and the .age.pub file.</translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message>
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Dữ liệu vừa nhập chưa được lưu.</source>
        <translation>What you typed has not been saved.</translation>
    </message>
    <message>
        <source>Giữ lại làm bản nháp để lần sau nhập tiếp, hay bỏ hẳn dữ liệu này?</source>
        <translation>Keep it as a draft to continue later, or throw it away?</translation>
    </message>
    <message>
        <source>Giữ bản nháp và đóng</source>
        <translation>Keep the draft and close</translation>
    </message>
    <message>
        <source>Bỏ dữ liệu đã nhập</source>
        <translation>Throw it away</translation>
    </message>
    <message>
        <source>Tiếp tục nhập</source>
        <translation>Keep typing</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Tạm khóa (nhập sai mật khẩu)</source>
        <translation>Locked (wrong passwords)</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Người dùng</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Thêm người dùng…</source>
        <translation>Add a user…</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Ngừng hoạt động…</source>
        <translation>Deactivate…</translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu cho {user}</source>
        <translation>Reset {user}&apos;s password</translation>
    </message>
    <message>
        <source>Ngừng hoạt động tài khoản {user}?</source>
        <translation>Deactivate the account {user}?</translation>
    </message>
    <message>
        <source>Người này không đăng nhập được nữa; hồ sơ họ đã nhập vẫn giữ nguyên.</source>
        <translation>This person can no longer log in; the records they entered stay as they are.</translation>
    </message>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>ViolationOffer</name>
    <message>
        <source>Lập biên bản vi phạm</source>
        <translation>Write the violation record</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Đã lưu. Dương tính với {substances} trong thời gian cai nghiện: lập biên bản vi phạm (Mẫu 27) ngay?</source>
        <translation>Saved. Positive for {substances} during treatment: write the violation record (Form 27) now?</translation>
    </message>
    <message>
        <source>Xét nghiệm ngày {day} dương tính với {substances}.</source>
        <translation>Test on {day} positive for {substances}.</translation>
    </message>
</context>
<context>
    <name>WindowKeys</name>
    <message>
        <source>&amp;Tìm kiếm</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Đăng ký n&amp;gười mới…</source>
        <translation>Register a &amp;new person…</translation>
    </message>
    <message>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <source>Xuất lô</source>
        <translation>Exporting the batch</translation>
    </message>
    <message>
        <source>Lô được ký, mã hóa, ghi ra rồi đọc lại để kiểm tra.</source>
        <translation>The batch is signed, encrypted, written, then read back to check it.</translation>
    </message>
    <message>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Đang chuẩn bị…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Đang ghi lô các thay đổi vào {folder}…</source>
        <translation>Writing the batch of changes to {folder}…</translation>
    </message>
    <message>
        <source>Đang ghi lô kỳ {period} vào {folder}…</source>
        <translation>Writing the {period} batch to {folder}…</translation>
    </message>
    <message>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Đã ghi xong lô.</source>
        <translation>The batch is written.</translation>
    </message>
    <message>
        <source>Hãy nhận thẻ đơn vị (tệp .pub và .age.pub) của đơn vị tổng hợp, rồi ở màn hình “Lô dữ liệu” bấm “Tin cậy đơn vị tổng hợp…” và xuất lại.</source>
        <translation>Get the consolidating office&apos;s card (the .pub and .age.pub files), click “Trust consolidating office…” on the “Data batches” screen, then export again.</translation>
    </message>
    <message>
        <source>Bấm “&lt; Quay lại” để chọn một kỳ báo cáo.</source>
        <translation>Click “&lt; Back” to choose a reporting period.</translation>
    </message>
    <message>
        <source>Bấm “&lt; Quay lại” để chọn nơi lưu khác, hoặc cắm lại USB rồi thử lại.</source>
        <translation>Click “&lt; Back” to choose another place, or plug the USB stick in again and retry.</translation>
    </message>
    <message>
        <source>Bấm “&lt; Quay lại” để thay đổi lựa chọn, hoặc “Hủy” để đóng.</source>
        <translation>Click “&lt; Back” to change your choices, or “Cancel” to close.</translation>
    </message>
    <message>
        <source>Bấm “&lt; Quay lại” để thử lại.</source>
        <translation>Click “&lt; Back” to try again.</translation>
    </message>
</context>
<context>
    <name>YearBooks</name>
    <message>
        <source>Sổ sách theo năm (để in)</source>
        <translation>Yearly books (to print)</translation>
    </message>
    <message>
        <source>Năm của sổ</source>
        <translation>Year of the book</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Mẫu {number} – {name}</source>
        <translation>Form {number} – {name}</translation>
    </message>
    <message>
        <source>Đang chuẩn bị bản in…</source>
        <translation>Preparing the printout…</translation>
    </message>
</context>
<context>
    <name>_FileType</name>
    <message>
        <source>Thư mục</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Ổ đĩa</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Lối tắt</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Tệp {kind}</source>
        <translation>{kind} file</translation>
    </message>
</context>
<context>
    <name>_Headers</name>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cỡ</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ngày sửa</source>
        <translation>Date modified</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source> (mặc định: %(default)s)</source>
        <comment> (default: %(default)s)</comment>
        <translation> (default: %(default)s)</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <comment>%(heading)s:</comment>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source>%(prog)s: cảnh báo: %(message)s
</source>
        <comment>%(prog)s: warning: %(message)s
</comment>
        <translation>%(prog)s: warning: %(message)s
</translation>
    </message>
    <message>
        <source>%(prog)s: lỗi: %(message)s
</source>
        <comment>%(prog)s: error: %(message)s
</comment>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>%r không gọi được</source>
        <comment>%r is not callable</comment>
        <translation>%r is not callable</translation>
    </message>
    <message>
        <source>&apos;required&apos; không dùng được cho tham số vị trí</source>
        <comment>&apos;required&apos; is an invalid argument for positionals</comment>
        <translation>&apos;required&apos; is an invalid argument for positionals</translation>
    </message>
    <message>
        <source>.__call__() chưa được định nghĩa</source>
        <comment>.__call__() not defined</comment>
        <translation>.__call__() not defined</translation>
    </message>
    <message>
        <source>chuỗi tùy chọn %(option)r sai: phải bắt đầu bằng một ký tự trong %(prefix_chars)r</source>
        <comment>invalid option string %(option)r: must start with a character %(prefix_chars)r</comment>
        <translation>invalid option string %(option)r: must start with a character %(prefix_chars)r</translation>
    </message>
    <message>
        <source>chuỗi tùy chọn không đúng chỗ: %s</source>
        <comment>unexpected option string: %s</comment>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <source>chuỗi tùy chọn trùng: %s</source>
        <comment>conflicting option string: %s</comment>
        <translation>conflicting option string: %s</translation>
    </message>
    <message>
        <source>các chuỗi tùy chọn trùng: %s</source>
        <comment>conflicting option strings: %s</comment>
        <translation>conflicting option strings: %s</translation>
    </message>
    <message>
        <source>cách dùng: </source>
        <comment>usage: </comment>
        <translation>usage: </translation>
    </message>
    <message>
        <source>cần %s giá trị</source>
        <comment>expected %s argument</comment>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>cần %s giá trị</source>
        <comment>expected %s arguments</comment>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>cần dest= cho tùy chọn như %r</source>
        <comment>dest= is required for options like %r</comment>
        <translation>dest= is required for options like %r</translation>
    </message>
    <message>
        <source>cần một giá trị</source>
        <comment>expected one argument</comment>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>cần một trong các tham số %s</source>
        <comment>one of the arguments %s is required</comment>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>cần ít nhất một giá trị</source>
        <comment>expected at least one argument</comment>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>giá trị conflict_resolution sai: %r</source>
        <comment>invalid conflict_resolution value: %r</comment>
        <translation>invalid conflict_resolution value: %r</translation>
    </message>
    <message>
        <source>in hướng dẫn này rồi thoát</source>
        <comment>show this help message and exit</comment>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>in số phiên bản rồi thoát</source>
        <comment>show program&apos;s version number and exit</comment>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <source>không có lệnh %(parser_name)r (chọn một trong %(choices)s)</source>
        <comment>unknown parser %(parser_name)r (choices: %(choices)s)</comment>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <source>không dùng cùng tham số %s</source>
        <comment>not allowed with argument %s</comment>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>không gộp được: hai nhóm cùng tên %r</source>
        <comment>cannot merge actions - two groups are named %r</comment>
        <translation>cannot merge actions - two groups are named %r</translation>
    </message>
    <message>
        <source>không hiểu tham số %s</source>
        <comment>unrecognized arguments: %s</comment>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>không mở được &apos;%(filename)s&apos;: %(error)s</source>
        <comment>can&apos;t open &apos;%(filename)s&apos;: %(error)s</comment>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>không nhận %(value)r (chọn một trong %(choices)s)</source>
        <comment>invalid choice: %(value)r (choose from %(choices)s)</comment>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>không nhận %(value)r (không phải giá trị %(type)s)</source>
        <comment>invalid %(type)s value: %(value)r</comment>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>không nhận giá trị đi kèm %r</source>
        <comment>ignored explicit argument %r</comment>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>không thể có nhiều nhóm lệnh con</source>
        <comment>cannot have multiple subparser arguments</comment>
        <translation>cannot have multiple subparser arguments</translation>
    </message>
    <message>
        <source>lệnh &apos;%(parser_name)s&apos; sắp bị bỏ</source>
        <comment>command &apos;%(parser_name)s&apos; is deprecated</comment>
        <translation>command &apos;%(parser_name)s&apos; is deprecated</translation>
    </message>
    <message>
        <source>lệnh con</source>
        <comment>subcommands</comment>
        <translation>subcommands</translation>
    </message>
    <message>
        <source>lệnh con trùng: %s</source>
        <comment>conflicting subparser: %s</comment>
        <translation>conflicting subparser: %s</translation>
    </message>
    <message>
        <source>nhận nhiều nhất một giá trị</source>
        <comment>expected at most one argument</comment>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>tham số &quot;-&quot; với chế độ %r</source>
        <comment>argument &quot;-&quot; with mode %r</comment>
        <translation>argument &quot;-&quot; with mode %r</translation>
    </message>
    <message>
        <source>tham số %(argument_name)s %(message)s</source>
        <comment>argument %(argument_name)s: %(message)s</comment>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>tham số &apos;%(argument_name)s&apos; sắp bị bỏ</source>
        <comment>argument &apos;%(argument_name)s&apos; is deprecated</comment>
        <translation>argument &apos;%(argument_name)s&apos; is deprecated</translation>
    </message>
    <message>
        <source>tham số loại trừ nhau phải là tùy chọn</source>
        <comment>mutually exclusive arguments must be optional</comment>
        <translation>mutually exclusive arguments must be optional</translation>
    </message>
    <message>
        <source>tham số vị trí</source>
        <comment>positional arguments</comment>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>thiếu tham số bắt buộc %s</source>
        <comment>the following arguments are required: %s</comment>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>tên khác của lệnh con trùng: %s</source>
        <comment>conflicting subparser alias: %s</comment>
        <translation>conflicting subparser alias: %s</translation>
    </message>
    <message>
        <source>tùy chọn</source>
        <comment>options</comment>
        <translation>options</translation>
    </message>
    <message>
        <source>tùy chọn %(option)s mơ hồ, có thể là %(matches)s</source>
        <comment>ambiguous option: %(option)s could match %(matches)s</comment>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>tùy chọn &apos;%(option)s&apos; sắp bị bỏ</source>
        <comment>option &apos;%(option)s&apos; is deprecated</comment>
        <translation>option &apos;%(option)s&apos; is deprecated</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>2026, 2026-H1, 2026-Q3 hoặc 2026-11</source>
        <translation>2026, 2026-H1, 2026-Q3 or 2026-11</translation>
    </message>
    <message>
        <source>Bố cục chưa đối chiếu mẫu chính thức: {numbers}</source>
        <translation>Layout not yet checked against the official template: {numbers}</translation>
    </message>
    <message>
        <source>Căn cứ: {source}</source>
        <translation>Legal basis: {source}</translation>
    </message>
    <message>
        <source>CẢNH BÁO: tệp này mở được mọi lô gửi đến đơn vị; hãy cất giữ an toàn.</source>
        <translation>WARNING: this file opens every batch sent to this office; keep it safe.</translation>
    </message>
    <message>
        <source>Cập nhật quy định số {serial} ngày {date}: gửi tệp này cho các trạm.</source>
        <translation>Rules update no. {serial} of {date}: send this file to the stations.</translation>
    </message>
    <message>
        <source>Cập nhật từ văn phòng {office} số {serial} ngày {date}</source>
        <translation>Updated by office {office}, no. {serial} of {date}</translation>
    </message>
    <message>
        <source>Cụm mật khẩu ký mới: </source>
        <translation>New signing passphrase: </translation>
    </message>
    <message>
        <source>Cụm mật khẩu ký: </source>
        <translation>Signing passphrase: </translation>
    </message>
    <message>
        <source>Cụm mật khẩu: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Gửi hai tệp này cho đơn vị tổng hợp:</source>
        <translation>Send these two files to the office:</translation>
    </message>
    <message>
        <source>Gửi thẻ này cho đơn vị tổng hợp và đọc cho họ dấu vân tay {said} qua điện thoại.</source>
        <translation>Send this card to the office and read them the fingerprint {said} by phone.</translation>
    </message>
    <message>
        <source>Hồ sơ cai nghiện ma túy tự nguyện tại gia đình, cộng đồng.</source>
        <translation>Records of voluntary home and community drug-addiction treatment.</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>VERB</translation>
    </message>
    <message>
        <source>MÃ KHÔI PHỤC (chỉ hiện một lần, hãy in và cất nơi an toàn): {code}</source>
        <translation>RECOVERY CODE (shown only once; print it and keep it safe): {code}</translation>
    </message>
    <message>
        <source>Mã khôi phục: </source>
        <translation>Recovery code: </translation>
    </message>
    <message>
        <source>Mẫu theo: {basis}</source>
        <translation>Templates of: {basis}</translation>
    </message>
    <message>
        <source>Mật khẩu mới: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Mật khẩu quản trị: </source>
        <translation>Admin password: </translation>
    </message>
    <message>
        <source>Mật khẩu: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>THƯ_MỤC</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>TÊN</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Từ nay lô chỉ được mã hóa cho đơn vị tổng hợp</source>
        <translation>From now on batches are encrypted to the consolidating office only</translation>
    </message>
    <message>
        <source>Từ nay mỗi lô được mã hóa thêm cho {recipient}</source>
        <translation>From now on every batch is also encrypted to {recipient}</translation>
    </message>
    <message>
        <source>USB hoặc thư mục để ghi vào</source>
        <translation>the stick or folder to write to</translation>
    </message>
    <message>
        <source>Xong: {action} {name}.</source>
        <translation>Done: {action} {name}.</translation>
    </message>
    <message>
        <source>Xã, phường: {commune} (mã {code})</source>
        <translation>Commune: {commune} (code {code})</translation>
    </message>
    <message>
        <source>add: các tệp thẻ khóa; revoke: mã trạm; backup: một tệp khóa công khai age</source>
        <translation>add: card files; revoke: station code; backup: an age public key file</translation>
    </message>
    <message>
        <source>bị từ chối</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>chưa đối chiếu, nguồn thứ cấp</source>
        <translation>not checked, secondary source</translation>
    </message>
    <message>
        <source>chỉ các bản ghi của trạm này</source>
        <translation>only the records this station owns</translation>
    </message>
    <message>
        <source>chỉ xem kết quả, không ghi gì</source>
        <translation>show outcomes, write nothing</translation>
    </message>
    <message>
        <source>các biểu mẫu in được và căn cứ</source>
        <translation>the printable forms and their basis</translation>
    </message>
    <message>
        <source>cụm mật khẩu</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>cụm mật khẩu ký</source>
        <translation>signing passphrase</translation>
    </message>
    <message>
        <source>cụm mật khẩu ký mới</source>
        <translation>new signing passphrase</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hoặc yyyy-mm-dd (mặc định: hôm nay)</source>
        <translation>dd/mm/yyyy or yyyy-mm-dd (default: today)</translation>
    </message>
    <message>
        <source>export: bắt buộc; rotate: nơi ghi biên bản đổi khóa</source>
        <translation>export: required; rotate: where the statement goes</translation>
    </message>
    <message>
        <source>ghi bản ghi không mã hóa (có ghi vào nhật ký)</source>
        <translation>write records unencrypted (recorded in the audit log)</translation>
    </message>
    <message>
        <source>ghi mọi bản ghi hiện có ra tệp JSON lines</source>
        <translation>write every current record as JSON lines</translation>
    </message>
    <message>
        <source>ghi một thư nháp .eml đính kèm lô (gửi tới TO nếu có)</source>
        <translation>write an .eml draft with the batch attached (optionally addressed to TO)</translation>
    </message>
    <message>
        <source>gửi lại một lô đã xuất, đúng như cũ</source>
        <translation>send an exported batch again, exactly as it was</translation>
    </message>
    <message>
        <source>in một biểu mẫu ra tệp PDF</source>
        <translation>print one form to a PDF file</translation>
    </message>
    <message>
        <source>khóa của đơn vị</source>
        <translation>this office&apos;s keys</translation>
    </message>
    <message>
        <source>khôi phục bản sao lưu</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>khởi tạo đơn vị</source>
        <translation>create an office</translation>
    </message>
    <message>
        <source>kiểm tra lô</source>
        <translation>verify batches</translation>
    </message>
    <message>
        <source>kiểm tra nhật ký</source>
        <translation>check the audit log</translation>
    </message>
    <message>
        <source>lô</source>
        <translation>batches</translation>
    </message>
    <message>
        <source>lô số {seqs} bị tách nhánh (không nối tiếp lô trước); hãy liên hệ trạm</source>
        <translation>batches {seqs} fork (not chained to the one before); contact the station</translation>
    </message>
    <message>
        <source>lập báo cáo kỳ (.xlsx và .pdf)</source>
        <translation>write the period report (.xlsx and .pdf)</translation>
    </message>
    <message>
        <source>lập tệp xác nhận cho các trạm</source>
        <translation>write acknowledgements</translation>
    </message>
    <message>
        <source>mã khôi phục</source>
        <translation>recovery code</translation>
    </message>
    <message>
        <source>mã tỉnh 2 chữ số (QĐ 19/2025)</source>
        <translation>2-digit province code (QĐ 19/2025)</translation>
    </message>
    <message>
        <source>mã xã 5 chữ số của trạm</source>
        <translation>a station&apos;s 5-digit commune code</translation>
    </message>
    <message>
        <source>mã xã 5 chữ số của trạm, theo danh mục 2025 (không có --province thì lấy tỉnh của xã)</source>
        <translation>5-digit commune code of a station, from the 2025 list (its province if alone)</translation>
    </message>
    <message>
        <source>mật khẩu</source>
        <translation>password</translation>
    </message>
    <message>
        <source>mật khẩu mới</source>
        <translation>new password</translation>
    </message>
    <message>
        <source>một đối tượng JSON, cho script</source>
        <translation>one JSON object, for scripts</translation>
    </message>
    <message>
        <source>mở bản sao lưu bằng mã khôi phục của nó</source>
        <translation>open the backup with its recovery code</translation>
    </message>
    <message>
        <source>ngôn ngữ giao diện (mặc định: CANGHIEN_LANG, hoặc vi)</source>
        <translation>interface language (default: CANGHIEN_LANG, else vi)</translation>
    </message>
    <message>
        <source>người dùng</source>
        <translation>users</translation>
    </message>
    <message>
        <source>như đã đọc qua điện thoại</source>
        <translation>as read out over the phone</translation>
    </message>
    <message>
        <source>nhập lô dữ liệu</source>
        <translation>import batches</translation>
    </message>
    <message>
        <source>nhập tệp xác nhận</source>
        <translation>import acknowledgements</translation>
    </message>
    <message>
        <source>năm của sổ (Mẫu 23, 52)</source>
        <translation>the year of a register (Mẫu 23, 52)</translation>
    </message>
    <message>
        <source>quy định pháp luật đang áp dụng</source>
        <translation>the legal rules in force</translation>
    </message>
    <message>
        <source>reset: dùng mã khôi phục thay cho đăng nhập</source>
        <translation>reset: use the recovery code, not a login</translation>
    </message>
    <message>
        <source>revoke: lý do (mất máy, mất USB)</source>
        <translation>revoke: why (lost PC, stolen stick)</translation>
    </message>
    <message>
        <source>sao lưu</source>
        <translation>back up</translation>
    </message>
    <message>
        <source>số của lô, như trên màn hình Lô dữ liệu</source>
        <translation>the batch&apos;s number, as listed on the Batches screen</translation>
    </message>
    <message>
        <source>số hiệu mẫu: 19 … 28, 50 … 54</source>
        <translation>the form&apos;s number: 19 … 28, 50 … 54</translation>
    </message>
    <message>
        <source>số người cần tạo (mặc định: 50, cỡ một xã)</source>
        <translation>people to make (default: 50, a commune&apos;s)</translation>
    </message>
    <message>
        <source>số đăng ký/năm (mặc định: lần gần nhất)</source>
        <translation>register number/year (default: latest)</translation>
    </message>
    <message>
        <source>số định danh 12 chữ số của người đó</source>
        <translation>the person&apos;s 12-digit ID number</translation>
    </message>
    <message>
        <source>theo người</source>
        <translation>per person</translation>
    </message>
    <message>
        <source>theo năm</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>thiếu lô số {seqs}; hãy xin trạm gửi lại</source>
        <translation>batches {seqs} missing; ask the station to send them again</translation>
    </message>
    <message>
        <source>thư mục dữ liệu (mặc định: CANGHIEN_DATA_DIR, hoặc của người dùng)</source>
        <translation>data folder (default: CANGHIEN_DATA_DIR, else per-user)</translation>
    </message>
    <message>
        <source>thư mục để ghi tệp .xlsx và .pdf</source>
        <translation>folder for the .xlsx and .pdf</translation>
    </message>
    <message>
        <source>thống kê</source>
        <translation>statistics</translation>
    </message>
    <message>
        <source>tin cậy khóa đơn vị khác</source>
        <translation>trust another office</translation>
    </message>
    <message>
        <source>trạm: áp dụng bản cập nhật quy định đã ký của đơn vị tổng hợp</source>
        <translation>station: apply its office&apos;s signed update</translation>
    </message>
    <message>
        <source>tên người dùng</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>tên đăng nhập (mặc định: CANGHIEN_USER)</source>
        <translation>user name (default: CANGHIEN_USER)</translation>
    </message>
    <message>
        <source>tạo dữ liệu mẫu</source>
        <translation>load demo data</translation>
    </message>
    <message>
        <source>tệp (hoặc thư mục) để lưu</source>
        <translation>the file (or a folder)</translation>
    </message>
    <message>
        <source>tệp .jsonl cần ghi</source>
        <translation>the .jsonl file to write</translation>
    </message>
    <message>
        <source>tệp .pub của một trạm để kiểm tra chữ ký, khi không có thư mục dữ liệu của đơn vị</source>
        <translation>a station&apos;s .pub to check signatures with, outside an office&apos;s data folder</translation>
    </message>
    <message>
        <source>tệp PDF cần ghi, hoặc một thư mục (mặc định: thư mục hiện tại)</source>
        <translation>the PDF to write, or a folder (default: here)</translation>
    </message>
    <message>
        <source>tệp cập nhật quy định (.cnrules.zip)</source>
        <translation>the rule-set update file (.cnrules.zip)</translation>
    </message>
    <message>
        <source>xem trước</source>
        <translation>preview</translation>
    </message>
    <message>
        <source>xem “{prog} --help”</source>
        <translation>see “{prog} --help”</translation>
    </message>
    <message>
        <source>xuất lô dữ liệu</source>
        <translation>export a batch</translation>
    </message>
    <message>
        <source>{count} bản ghi</source>
        <translation>{count} records</translation>
    </message>
    <message>
        <source>{name} ({code}), hiệu lực {period}</source>
        <translation>{name} ({code}), in force {period}</translation>
    </message>
    <message>
        <source>Đã hủy.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Đã khôi phục từ {file}.</source>
        <translation>Restored from {file}.</translation>
    </message>
    <message>
        <source>Đã khởi tạo {name} ({code}) tại {data_dir}</source>
        <translation>Created {name} ({code}) in {data_dir}</translation>
    </message>
    <message>
        <source>Đã thu hồi khóa {fingerprint} của trạm {station}</source>
        <translation>Revoked station {station}&apos;s key {fingerprint}</translation>
    </message>
    <message>
        <source>Đã tin cậy {code} ({role}), dấu vân tay {fingerprint}</source>
        <translation>Trusted {code} ({role}), fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>Đã áp dụng cập nhật quy định số {serial} của {office} ngày {date}: {n} thay đổi.</source>
        <translation>Applied rules update no. {serial} from {office} of {date}: {n} changes.</translation>
    </message>
    <message>
        <source>Đã đặt lại mật khẩu của {name}.</source>
        <translation>Reset {name}&apos;s password.</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>đã nhập</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>đã nhập trước đây</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>đã đối chiếu</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>đóng dấu MẬT</source>
        <translation>stamp it MẬT (confidential)</translation>
    </message>
    <message>
        <source>đơn vị tổng hợp: ký bản sửa quy định gửi các trạm</source>
        <translation>consolidating office: sign its rule corrections for its stations</translation>
    </message>
    <message>
        <source>đổi khóa khi không còn cụm mật khẩu cũ (đã mất)</source>
        <translation>rotate without the old passphrase (it is lost)</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Bác sĩ</source>
        <comment>doctor</comment>
        <translation>doctor</translation>
    </message>
    <message>
        <source>Bộ quy định</source>
        <comment>rule_set_code</comment>
        <translation>rule set code</translation>
    </message>
    <message>
        <source>Cai lần 2 trở lên</source>
        <comment>is_repeat</comment>
        <translation>is repeat</translation>
    </message>
    <message>
        <source>Chuyển từ xã</source>
        <comment>transferred_from</comment>
        <translation>transferred from</translation>
    </message>
    <message>
        <source>Chất khác</source>
        <comment>other_substance</comment>
        <translation>other substance</translation>
    </message>
    <message>
        <source>Chất sử dụng</source>
        <comment>substances</comment>
        <translation>substances</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <comment>indicator</comment>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Chủ đề</source>
        <comment>topic</comment>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Chức vụ người quyết định</source>
        <comment>decider_title</comment>
        <translation>Decider&apos;s title</translation>
    </message>
    <message>
        <source>Chữ đệm</source>
        <comment>chu_dem</comment>
        <translation>chu dem</translation>
    </message>
    <message>
        <source>Các phiên bản trước</source>
        <comment>history</comment>
        <translation>history</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <comment>staff</comment>
        <translation>staff</translation>
    </message>
    <message>
        <source>Cán bộ được tập huấn</source>
        <comment>trainees</comment>
        <translation>Staff trained</translation>
    </message>
    <message>
        <source>Có báo</source>
        <comment>reported</comment>
        <translation>reported</translation>
    </message>
    <message>
        <source>Có chứng chỉ</source>
        <comment>certified</comment>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <source>Có nghiện</source>
        <comment>addicted</comment>
        <translation>addicted</translation>
    </message>
    <message>
        <source>Cơ sở xác định</source>
        <comment>facility</comment>
        <translation>facility</translation>
    </message>
    <message>
        <source>Dân tộc</source>
        <comment>ethnicity</comment>
        <translation>ethnicity</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <comment>notes</comment>
        <translation>notes</translation>
    </message>
    <message>
        <source>Giai đoạn</source>
        <comment>stage</comment>
        <translation>stage</translation>
    </message>
    <message>
        <source>Giấy tờ người đại diện</source>
        <comment>rep_id_number</comment>
        <translation>rep id number</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <comment>sex</comment>
        <translation>sex</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <comment>mode</comment>
        <translation>mode</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <comment>place_type</comment>
        <translation>place type</translation>
    </message>
    <message>
        <source>Hạn</source>
        <comment>due_on</comment>
        <translation>due on</translation>
    </message>
    <message>
        <source>Hạn kết thúc QLSC</source>
        <comment>post_rehab_end_due</comment>
        <translation>post rehab end due</translation>
    </message>
    <message>
        <source>Họ</source>
        <comment>ho</comment>
        <translation>ho</translation>
    </message>
    <message>
        <source>Khóa tìm kiếm</source>
        <comment>search_key</comment>
        <translation>search key</translation>
    </message>
    <message>
        <source>Kết quả xét nghiệm</source>
        <comment>results</comment>
        <translation>results</translation>
    </message>
    <message>
        <source>Loại</source>
        <comment>kind</comment>
        <translation>kind</translation>
    </message>
    <message>
        <source>Loại giấy tờ</source>
        <comment>doc_type</comment>
        <translation>doc type</translation>
    </message>
    <message>
        <source>Loại thiết bị</source>
        <comment>device_type</comment>
        <translation>Device type</translation>
    </message>
    <message>
        <source>Loại tổ chức</source>
        <comment>org_kind</comment>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <source>Lý do</source>
        <comment>exit_reason</comment>
        <translation>exit reason</translation>
    </message>
    <message>
        <source>Lý do</source>
        <comment>reason</comment>
        <translation>reason</translation>
    </message>
    <message>
        <source>Lý do kết thúc</source>
        <comment>end_reason</comment>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <source>Muộn (ngày làm việc)</source>
        <comment>late_by</comment>
        <translation>late by</translation>
    </message>
    <message>
        <source>Mã băm nội dung</source>
        <comment>content_hash</comment>
        <translation>content hash</translation>
    </message>
    <message>
        <source>Mã bản ghi</source>
        <comment>id</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>Mã ghi danh</source>
        <comment>enrolment_id</comment>
        <translation>enrolment id</translation>
    </message>
    <message>
        <source>Mã giám sát</source>
        <comment>monitoring_id</comment>
        <translation>Monitoring ID</translation>
    </message>
    <message>
        <source>Mã người</source>
        <comment>person_id</comment>
        <translation>person id</translation>
    </message>
    <message>
        <source>Mã tỉnh</source>
        <comment>province_code</comment>
        <translation>province code</translation>
    </message>
    <message>
        <source>Mã xác định nghiện</source>
        <comment>assessment_id</comment>
        <translation>assessment id</translation>
    </message>
    <message>
        <source>Mã xã</source>
        <comment>commune_code</comment>
        <translation>commune code</translation>
    </message>
    <message>
        <source>Nghiện CDTP</source>
        <comment>opioid</comment>
        <translation>opioid</translation>
    </message>
    <message>
        <source>Nghề nghiệp</source>
        <comment>occupation</comment>
        <translation>occupation</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <comment>referral</comment>
        <translation>referral</translation>
    </message>
    <message>
        <source>Ngày</source>
        <comment>occurred_on</comment>
        <translation>occurred on</translation>
    </message>
    <message>
        <source>Ngày QĐ quản lý sau cai</source>
        <comment>post_rehab_on</comment>
        <translation>post rehab on</translation>
    </message>
    <message>
        <source>Ngày bắt đầu</source>
        <comment>started_on</comment>
        <translation>started on</translation>
    </message>
    <message>
        <source>Ngày bắt đầu giám sát</source>
        <comment>start_on</comment>
        <translation>Monitoring start date</translation>
    </message>
    <message>
        <source>Ngày có kết quả</source>
        <comment>result_on</comment>
        <translation>result on</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <comment>completed_on</comment>
        <translation>completed on</translation>
    </message>
    <message>
        <source>Ngày kết thúc QLSC</source>
        <comment>post_rehab_ended_on</comment>
        <translation>post rehab ended on</translation>
    </message>
    <message>
        <source>Ngày kết thúc dự kiến</source>
        <comment>planned_end_on</comment>
        <translation>planned end on</translation>
    </message>
    <message>
        <source>Ngày kết thúc theo quyết định</source>
        <comment>end_on</comment>
        <translation>End date in the decision</translation>
    </message>
    <message>
        <source>Ngày kết thúc thực tế</source>
        <comment>ended_on</comment>
        <translation>Actual end date</translation>
    </message>
    <message>
        <source>Ngày mở</source>
        <comment>opened_on</comment>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <comment>decision_on</comment>
        <translation>decision on</translation>
    </message>
    <message>
        <source>Ngày ra khỏi</source>
        <comment>exit_on</comment>
        <translation>exit on</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <comment>birth_date</comment>
        <translation>birth date</translation>
    </message>
    <message>
        <source>Ngày sự kiện cuối</source>
        <comment>last_event_on</comment>
        <translation>last event on</translation>
    </message>
    <message>
        <source>Ngày thẩm định</source>
        <comment>appraised_on</comment>
        <translation>appraised on</translation>
    </message>
    <message>
        <source>Ngày tiếp nhận</source>
        <comment>received_on</comment>
        <translation>received on</translation>
    </message>
    <message>
        <source>Ngày tổ chức</source>
        <comment>held_on</comment>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Ngày xác định nghiện</source>
        <comment>assessed_on</comment>
        <translation>assessed on</translation>
    </message>
    <message>
        <source>Ngày đóng</source>
        <comment>closed_on</comment>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <comment>registered_on</comment>
        <translation>registered on</translation>
    </message>
    <message>
        <source>Người quyết định</source>
        <comment>decider_name</comment>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Người quản lý</source>
        <comment>manager</comment>
        <translation>manager</translation>
    </message>
    <message>
        <source>Người sửa cuối</source>
        <comment>changed_by</comment>
        <translation>changed by</translation>
    </message>
    <message>
        <source>Người đại diện</source>
        <comment>rep_name</comment>
        <translation>rep name</translation>
    </message>
    <message>
        <source>Năm</source>
        <comment>year</comment>
        <translation>Year</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <comment>birth_year</comment>
        <translation>birth year</translation>
    </message>
    <message>
        <source>Nội dung tham gia, hỗ trợ</source>
        <comment>contribution</comment>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <comment>version</comment>
        <translation>version</translation>
    </message>
    <message>
        <source>Phiên bản gốc</source>
        <comment>base_version</comment>
        <translation>base version</translation>
    </message>
    <message>
        <source>Quan hệ</source>
        <comment>rep_relationship</comment>
        <translation>rep relationship</translation>
    </message>
    <message>
        <source>Sang trạng thái</source>
        <comment>to_state</comment>
        <translation>to state</translation>
    </message>
    <message>
        <source>Số QĐ quản lý sau cai</source>
        <comment>post_rehab_decision_number</comment>
        <translation>post rehab decision number</translation>
    </message>
    <message>
        <source>Số chỉ tiêu</source>
        <comment>target</comment>
        <translation>Target</translation>
    </message>
    <message>
        <source>Số chứng chỉ</source>
        <comment>cert_number</comment>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Số giấy chứng nhận kết thúc</source>
        <comment>post_rehab_end_number</comment>
        <translation>post rehab end number</translation>
    </message>
    <message>
        <source>Số giấy tờ</source>
        <comment>id_number</comment>
        <translation>id number</translation>
    </message>
    <message>
        <source>Số giấy xác nhận</source>
        <comment>certificate_number</comment>
        <translation>certificate number</translation>
    </message>
    <message>
        <source>Số giờ</source>
        <comment>hours</comment>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Số người tham dự</source>
        <comment>attendance</comment>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <comment>decision_number</comment>
        <translation>decision number</translation>
    </message>
    <message>
        <source>Số sổ đăng ký</source>
        <comment>ledger_number</comment>
        <translation>ledger number</translation>
    </message>
    <message>
        <source>Số thiết bị</source>
        <comment>device_serial</comment>
        <translation>Device serial number</translation>
    </message>
    <message>
        <source>Số tiền (đồng)</source>
        <comment>amount_vnd</comment>
        <translation>amount vnd</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <comment>number</comment>
        <translation>number</translation>
    </message>
    <message>
        <source>Tham gia từ ngày</source>
        <comment>joined_on</comment>
        <translation>Taking part from</translation>
    </message>
    <message>
        <source>Tham gia đến ngày</source>
        <comment>left_on</comment>
        <translation>Taking part until</translation>
    </message>
    <message>
        <source>Thôn/tổ</source>
        <comment>village</comment>
        <translation>village</translation>
    </message>
    <message>
        <source>Thời hạn (tháng)</source>
        <comment>term_months</comment>
        <translation>term months</translation>
    </message>
    <message>
        <source>Thời điểm sửa (UTC)</source>
        <comment>changed_at</comment>
        <translation>changed at</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <comment>criteria</comment>
        <translation>criteria</translation>
    </message>
    <message>
        <source>Tiếp nhận từ</source>
        <comment>entry</comment>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Trình độ học vấn</source>
        <comment>education</comment>
        <translation>education</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <comment>state</comment>
        <translation>state</translation>
    </message>
    <message>
        <source>Tên</source>
        <comment>ten</comment>
        <translation>ten</translation>
    </message>
    <message>
        <source>Tên khác</source>
        <comment>other_names</comment>
        <translation>other names</translation>
    </message>
    <message>
        <source>Tên tổ chức</source>
        <comment>org_name</comment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tên điểm tư vấn</source>
        <comment>point_name</comment>
        <translation>Counselling point</translation>
    </message>
    <message>
        <source>Tạm dừng do bất khả kháng</source>
        <comment>pauses</comment>
        <translation>Force-majeure pauses</translation>
    </message>
    <message>
        <source>Từ trạng thái</source>
        <comment>from_state</comment>
        <translation>from state</translation>
    </message>
    <message>
        <source>Việc</source>
        <comment>action</comment>
        <translation>action</translation>
    </message>
    <message>
        <source>Văn bản giới thiệu</source>
        <comment>referral_ref</comment>
        <translation>referral ref</translation>
    </message>
    <message>
        <source>ĐT người đại diện</source>
        <comment>rep_phone</comment>
        <translation>rep phone</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <comment>phone</comment>
        <translation>phone</translation>
    </message>
    <message>
        <source>Đã xóa</source>
        <comment>deleted</comment>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Đơn vị cung cấp dịch vụ</source>
        <comment>provider</comment>
        <translation>provider</translation>
    </message>
    <message>
        <source>Đơn vị tạo</source>
        <comment>origin_office</comment>
        <translation>origin office</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <comment>until</comment>
        <translation>until</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <comment>address_detail</comment>
        <translation>address detail</translation>
    </message>
    <message>
        <source>Địa chỉ điểm tư vấn</source>
        <comment>address</comment>
        <translation>Counselling point&apos;s address</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <comment>place</comment>
        <translation>Place</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <comment>audience</comment>
        <translation>Audience</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <source>Chi họp xét duyệt hồ sơ cai nghiện (số người được xét × định mức)</source>
        <comment>cost_appraisal</comment>
        <translation>Appraisal meetings (people appraised × unit cost)</translation>
    </message>
    <message>
        <source>Chi lập hồ sơ quản lý sau cai nghiện (số hồ sơ × định mức)</source>
        <comment>cost_post_rehab</comment>
        <translation>Post-rehab management files (files × unit cost)</translation>
    </message>
    <message>
        <source>Chi thù lao người được giao quản lý (theo thực chi; mức tối đa ở phần ghi chú)</source>
        <comment>honorarium</comment>
        <translation>Honorarium of the assigned staff (as paid; the cap is in the notes)</translation>
    </message>
    <message>
        <source>Chi tư vấn, hướng dẫn lập hồ sơ đăng ký cai nghiện (số hồ sơ × định mức)</source>
        <comment>cost_registration</comment>
        <translation>Counselling for registration files (files × unit cost)</translation>
    </message>
    <message>
        <source>Chuyển nơi cư trú, chuyển hồ sơ đến xã khác (Mẫu 25)</source>
        <comment>moved_out</comment>
        <translation>Moved to another commune, file sent on (Mẫu 25)</translation>
    </message>
    <message>
        <source>Chuyển sang điều trị nghiện bằng thuốc thay thế</source>
        <comment>ost_switch</comment>
        <translation>Switched to opioid substitution therapy</translation>
    </message>
    <message>
        <source>Cộng kinh phí tính theo định mức (8.3 + 8.4 + 8.5)</source>
        <comment>cost_total</comment>
        <translation>Total at unit costs (8.3 + 8.4 + 8.5)</translation>
    </message>
    <message>
        <source>Dừng, chuyển cai nghiện trong kỳ</source>
        <comment>section.V</comment>
        <translation>Exits and transfers in the period</translation>
    </message>
    <message>
        <source>Hoàn thành 3 giai đoạn và hỗ trợ một lần</source>
        <comment>section.III</comment>
        <translation>Stages a–c completed and the one-time support</translation>
    </message>
    <message>
        <source>Hoàn thành cai nghiện trong kỳ</source>
        <comment>section.IV</comment>
        <translation>Treatment completed in the period</translation>
    </message>
    <message>
        <source>Hỗ trợ giải quyết các vấn đề xã hội trong kỳ</source>
        <comment>section.VII</comment>
        <translation>Social support in the period</translation>
    </message>
    <message>
        <source>Không thực hiện cai nghiện sau khi có quyết định</source>
        <comment>not_started</comment>
        <translation>Did not start after the decision</translation>
    </message>
    <message>
        <source>Không đăng ký cai nghiện trong thời hạn</source>
        <comment>not_registered</comment>
        <translation>Did not register in time</translation>
    </message>
    <message>
        <source>Lập hồ sơ đề nghị đưa vào cơ sở cai nghiện bắt buộc</source>
        <comment>compulsory_dossier</comment>
        <translation>Compulsory-treatment dossiers opened</translation>
    </message>
    <message>
        <source>Người nghiện ma túy; đăng ký và quyết định cai nghiện trong kỳ</source>
        <comment>section.I</comment>
        <translation>Addicts; registrations and decisions in the period</translation>
    </message>
    <message>
        <source>Người được giao quản lý và kinh phí</source>
        <comment>section.VIII</comment>
        <translation>Assigned staff and budget</translation>
    </message>
    <message>
        <source>Nhận hồ sơ người chuyển đến từ xã khác</source>
        <comment>moved_in</comment>
        <translation>Files received of people who moved in from another commune</translation>
    </message>
    <message>
        <source>Quản lý sau cai nghiện</source>
        <comment>section.VI</comment>
        <translation>Post-rehab management</translation>
    </message>
    <message>
        <source>Số lượt chi hỗ trợ một lần</source>
        <comment>support_paid</comment>
        <translation>One-time support payments made</translation>
    </message>
    <message>
        <source>Số lượt hỗ trợ học nghề</source>
        <comment>vocational</comment>
        <translation>Vocational training support (times)</translation>
    </message>
    <message>
        <source>Số lượt hỗ trợ học văn hóa cho người từ 12 đến dưới 18 tuổi</source>
        <comment>schooling</comment>
        <translation>Schooling support for people aged 12 to under 18 (times)</translation>
    </message>
    <message>
        <source>Số lượt hỗ trợ vay vốn</source>
        <comment>loans</comment>
        <translation>Loan support (times)</translation>
    </message>
    <message>
        <source>Số lượt hỗ trợ, giới thiệu việc làm</source>
        <comment>jobs</comment>
        <translation>Job support and referrals (times)</translation>
    </message>
    <message>
        <source>Số lượt xét nghiệm ma túy trong kỳ khi đang cai nghiện</source>
        <comment>treatment_tests</comment>
        <translation>Drug tests in the period during treatment</translation>
    </message>
    <message>
        <source>Số lượt xét nghiệm ma túy trong kỳ khi đang quản lý sau cai</source>
        <comment>post_rehab_tests</comment>
        <translation>Drug tests in the period during post-rehab management</translation>
    </message>
    <message>
        <source>Số người bắt đầu cai nghiện</source>
        <comment>started</comment>
        <translation>People who started treatment</translation>
    </message>
    <message>
        <source>Số người có quyết định cai nghiện tại gia đình, cộng đồng (Mẫu 24)</source>
        <comment>decided</comment>
        <translation>People with a home/community treatment decision (Mẫu 24)</translation>
    </message>
    <message>
        <source>Số người hoàn thành 3 giai đoạn a, b, c trong kỳ (đủ điều kiện hỗ trợ)</source>
        <comment>support_eligible</comment>
        <translation>People who completed stages a, b and c in the period (eligible for support)</translation>
    </message>
    <message>
        <source>Số người hoàn thành cai nghiện (Giấy xác nhận, Mẫu 26a)</source>
        <comment>completed</comment>
        <translation>People who completed treatment (certificate, Mẫu 26a)</translation>
    </message>
    <message>
        <source>Số người kết thúc quản lý sau cai nghiện trong kỳ (Mẫu 54)</source>
        <comment>post_rehab_ended</comment>
        <translation>People whose post-rehab management ended in the period (Mẫu 54)</translation>
    </message>
    <message>
        <source>Số người nghiện ma túy trong danh sách do Công an xã quản lý tại thời điểm cuối kỳ (không bắt buộc)</source>
        <comment>on_police_list</comment>
        <translation>Addicts on the commune police list at the period end (optional)</translation>
    </message>
    <message>
        <source>Số người tái nghiện trong kỳ</source>
        <comment>relapsed</comment>
        <translation>People who relapsed in the period</translation>
    </message>
    <message>
        <source>Số người từ 12 đến dưới 18 tuổi được hỗ trợ học văn hóa</source>
        <comment>schooling_people</comment>
        <translation>People aged 12 to under 18 given schooling support</translation>
    </message>
    <message>
        <source>Số người đang cai nghiện tại thời điểm cuối kỳ</source>
        <comment>in_treatment</comment>
        <translation>People in treatment at the end of the period</translation>
    </message>
    <message>
        <source>Số người đang quản lý sau cai nghiện tại thời điểm cuối kỳ</source>
        <comment>post_rehab_managed</comment>
        <translation>People under post-rehab management at the end of the period</translation>
    </message>
    <message>
        <source>Số người đăng ký cai nghiện tự nguyện (vào Sổ đăng ký, Mẫu 23)</source>
        <comment>registered</comment>
        <translation>People registered for voluntary treatment (ledger entries, Mẫu 23)</translation>
    </message>
    <message>
        <source>Số người được giao quản lý, hỗ trợ người cai nghiện, người quản lý sau cai nghiện (ghi trong hồ sơ)</source>
        <comment>staff</comment>
        <translation>Staff assigned to manage and support people in treatment or post-rehab (as recorded in the files)</translation>
    </message>
    <message>
        <source>Số người được hỗ trợ học nghề</source>
        <comment>vocational_people</comment>
        <translation>People given vocational training support</translation>
    </message>
    <message>
        <source>Số người được hỗ trợ vay vốn</source>
        <comment>loans_people</comment>
        <translation>People given loan support</translation>
    </message>
    <message>
        <source>Số người được hỗ trợ, giới thiệu việc làm</source>
        <comment>jobs_people</comment>
        <translation>People given job support or referrals</translation>
    </message>
    <message>
        <source>Số quyết định quản lý sau cai nghiện trong kỳ (Mẫu 51)</source>
        <comment>post_rehab_decided</comment>
        <translation>Post-rehab management decisions in the period (Mẫu 51)</translation>
    </message>
    <message>
        <source>Số tiền hỗ trợ một lần đã chi</source>
        <comment>support_amount</comment>
        <translation>Amount of one-time support paid</translation>
    </message>
    <message>
        <source>Số tiền vay vốn được hỗ trợ</source>
        <comment>loan_amount</comment>
        <translation>Amount of loans supported</translation>
    </message>
    <message>
        <source>Sử dụng ma túy trong thời gian cai nghiện (Biên bản, Mẫu 27)</source>
        <comment>used_in_treatment</comment>
        <translation>Used drugs during treatment (record, Mẫu 27)</translation>
    </message>
    <message>
        <source>Trong đó: bị Tòa án tuyên bố mất tích</source>
        <comment>removed_mat_tich</comment>
        <translation>Of which: declared missing by a court</translation>
    </message>
    <message>
        <source>Trong đó: chuyển đi nơi khác</source>
        <comment>removed_chuyen_di_noi_khac</comment>
        <translation>Of which: moved away</translation>
    </message>
    <message>
        <source>Trong đó: chấp hành án phạt tù</source>
        <comment>removed_chap_hanh_an</comment>
        <translation>Of which: serving a prison sentence</translation>
    </message>
    <message>
        <source>Trong đó: chết</source>
        <comment>removed_chet</comment>
        <translation>Of which: died</translation>
    </message>
    <message>
        <source>Trong đó: dương tính</source>
        <comment>post_rehab_positive</comment>
        <translation>Of which: positive</translation>
    </message>
    <message>
        <source>Trong đó: dương tính</source>
        <comment>treatment_positive</comment>
        <translation>Of which: positive</translation>
    </message>
    <message>
        <source>Trong đó: giai đoạn a) Tiếp nhận, phân loại</source>
        <comment>in_treatment_stage_a</comment>
        <translation>Of which: stage a) Intake and classification</translation>
    </message>
    <message>
        <source>Trong đó: giai đoạn b) Điều trị cắt cơn, giải độc</source>
        <comment>in_treatment_stage_b</comment>
        <translation>Of which: stage b) Withdrawal and detox</translation>
    </message>
    <message>
        <source>Trong đó: giai đoạn c) Giáo dục, tư vấn, phục hồi hành vi</source>
        <comment>in_treatment_stage_c</comment>
        <translation>Of which: stage c) Education, counselling, behaviour</translation>
    </message>
    <message>
        <source>Trong đó: giai đoạn d) Lao động trị liệu, học nghề</source>
        <comment>in_treatment_stage_d</comment>
        <translation>Of which: stage d) Work therapy, vocational training</translation>
    </message>
    <message>
        <source>Trong đó: giai đoạn đ) Chuẩn bị tái hòa nhập cộng đồng</source>
        <comment>in_treatment_stage_e</comment>
        <translation>Of which: stage đ) Preparing reintegration</translation>
    </message>
    <message>
        <source>Trong đó: không sử dụng ma túy</source>
        <comment>removed_khong_su_dung</comment>
        <translation>Of which: no drug use</translation>
    </message>
    <message>
        <source>Trong đó: trong thời gian quản lý sau cai nghiện</source>
        <comment>relapsed_post_rehab</comment>
        <translation>of whom: during post-rehab management</translation>
    </message>
    <message>
        <source>Tự ý chấm dứt cai nghiện</source>
        <comment>self_terminated</comment>
        <translation>Self-terminated treatment</translation>
    </message>
    <message>
        <source>Đang cai nghiện</source>
        <comment>section.II</comment>
        <translation>In treatment</translation>
    </message>
    <message>
        <source>Đưa ra khỏi danh sách</source>
        <comment>removed</comment>
        <translation>Removed from the list</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Buổi giáo dục</source>
        <comment>giao_duc</comment>
        <translation>Education session</translation>
    </message>
    <message>
        <source>Bước trong quy trình</source>
        <comment>entity.enrolment_event</comment>
        <translation>Lifecycle step</translation>
    </message>
    <message>
        <source>Bản cũ</source>
        <comment>outcome.stale</comment>
        <translation>Stale</translation>
    </message>
    <message>
        <source>Bắt đầu cai nghiện</source>
        <comment>deadline.decision_on</comment>
        <translation>Start treatment</translation>
    </message>
    <message>
        <source>Bắt đầu sau quyết định (ngày làm việc)</source>
        <comment>rule.start_wd</comment>
        <translation>Start after the decision (working days)</translation>
    </message>
    <message>
        <source>Bị Tòa án tuyên bố mất tích</source>
        <comment>mat_tich</comment>
        <translation>Declared missing by a court</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <comment>outcome.rejected</comment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Cai nghiện lần 2 trở đi, tối thiểu (tháng)</source>
        <comment>rule.repeat_term_months_min</comment>
        <translation>Repeat treatment, shortest term (months)</translation>
    </message>
    <message>
        <source>Cai nghiện lần 2 trở đi, tối đa (tháng)</source>
        <comment>rule.repeat_term_months_max</comment>
        <translation>Repeat treatment, longest term (months)</translation>
    </message>
    <message>
        <source>Cao đẳng, đại học</source>
        <comment>cao_dang_dai_hoc</comment>
        <translation>College or university</translation>
    </message>
    <message>
        <source>Chuyển nơi cư trú</source>
        <comment>CHUYEN_NOI_CU_TRU</comment>
        <translation>Moved to another commune</translation>
    </message>
    <message>
        <source>Chuyển đi nơi khác</source>
        <comment>chuyen_di_noi_khac</comment>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Chuyển điều trị thay thế</source>
        <comment>CHUYEN_DIEU_TRI_THAY_THE</comment>
        <translation>Switched to substitution therapy</translation>
    </message>
    <message>
        <source>Chấp hành án phạt tù</source>
        <comment>chap_hanh_an</comment>
        <translation>Serving a prison sentence</translation>
    </message>
    <message>
        <source>Chất dạng thuốc phiện</source>
        <comment>thuoc_phien</comment>
        <translation>Opioids</translation>
    </message>
    <message>
        <source>Chất sử dụng (*)</source>
        <comment>report.substance</comment>
        <translation>Substance (*)</translation>
    </message>
    <message>
        <source>Chỉ tiêu theo chất sử dụng và hình thức cai nghiện</source>
        <comment>report.table_substance_place</comment>
        <translation>Indicators by substance and setting</translation>
    </message>
    <message>
        <source>Chỉ tiêu theo giới tính và nhóm tuổi</source>
        <comment>report.table_sex_age</comment>
        <translation>Indicators by sex and age band</translation>
    </message>
    <message>
        <source>Chủ tịch UBND xã</source>
        <comment>chu_tich_ubnd_xa</comment>
        <translation>Chair of the commune People&apos;s Committee</translation>
    </message>
    <message>
        <source>Chứng minh nhân dân (cũ)</source>
        <comment>cmnd</comment>
        <translation>Old identity card (CMND)</translation>
    </message>
    <message>
        <source>Cocaine</source>
        <comment>cocaine</comment>
        <translation>Cocaine</translation>
    </message>
    <message>
        <source>Cán bộ tổng hợp</source>
        <comment>can_bo_tong_hop</comment>
        <translation>Consolidating officer</translation>
    </message>
    <message>
        <source>Công an giới thiệu</source>
        <comment>cong_an</comment>
        <translation>Police referral</translation>
    </message>
    <message>
        <source>Công an xã</source>
        <comment>cong_an_xa</comment>
        <translation>Commune police</translation>
    </message>
    <message>
        <source>Căn cước công dân</source>
        <comment>cccd</comment>
        <translation>Citizen identity card (CCCD)</translation>
    </message>
    <message>
        <source>Căn cứ ghi trên biểu mẫu</source>
        <comment>rule.form_basis</comment>
        <translation>Legal basis printed on forms</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý</source>
        <comment>rule.source</comment>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Cơ sở điều trị thay thế</source>
        <comment>co_so_dieu_tri_thay_the</comment>
        <translation>Substitution-therapy clinic</translation>
    </message>
    <message>
        <source>Cấp tỉnh</source>
        <comment>tinh</comment>
        <translation>Province level</translation>
    </message>
    <message>
        <source>Cần sa</source>
        <comment>can_sa</comment>
        <translation>Cannabis</translation>
    </message>
    <message>
        <source>Cắt cơn, giải độc</source>
        <comment>cat_con</comment>
        <translation>Withdrawal and detox</translation>
    </message>
    <message>
        <source>Dưới 14 tuổi</source>
        <comment>&lt;14</comment>
        <translation>Under 14</translation>
    </message>
    <message>
        <source>Ghi danh</source>
        <comment>enrolments</comment>
        <translation>Enrolments</translation>
    </message>
    <message>
        <source>Giấy khai sinh</source>
        <comment>giay_khai_sinh</comment>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <comment>report.sex</comment>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Hiệu lực từ ngày</source>
        <comment>rule.effective_from</comment>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <comment>HOAN_THANH</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Hình thức cai nghiện</source>
        <comment>report.place</comment>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Hết hạn quản lý sau cai</source>
        <comment>deadline.post_rehab_end</comment>
        <translation>Post-rehab term ends</translation>
    </message>
    <message>
        <source>Hết thời hạn cai nghiện</source>
        <comment>deadline.term_end</comment>
        <translation>Treatment term ends</translation>
    </message>
    <message>
        <source>Hồ sơ cai nghiện</source>
        <comment>entity.enrolment</comment>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>Hỗ trợ học nghề</source>
        <comment>hoc_nghe</comment>
        <translation>Vocational training support</translation>
    </message>
    <message>
        <source>Hỗ trợ học văn hóa</source>
        <comment>hoc_van</comment>
        <translation>Schooling support</translation>
    </message>
    <message>
        <source>Hỗ trợ một lần (xong giai đoạn a–c)</source>
        <comment>tro_cap</comment>
        <translation>One-time support (stages a–c done)</translation>
    </message>
    <message>
        <source>Hỗ trợ một lần khi xong giai đoạn</source>
        <comment>rule.support_after_stage</comment>
        <translation>One-time support once this stage is done</translation>
    </message>
    <message>
        <source>Hỗ trợ một lần, tối thiểu (lần mức lương cơ sở)</source>
        <comment>rule.support_base_salaries</comment>
        <translation>One-time support, at least (× base salary)</translation>
    </message>
    <message>
        <source>Hỗ trợ vay vốn</source>
        <comment>vay_von</comment>
        <translation>Loan support</translation>
    </message>
    <message>
        <source>Hỗ trợ việc làm</source>
        <comment>viec_lam</comment>
        <translation>Job support</translation>
    </message>
    <message>
        <source>Hộ chiếu</source>
        <comment>ho_chieu</comment>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Khác</source>
        <comment>khac</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Không sử dụng ma túy trong thời gian quản lý sau cai</source>
        <comment>khong_su_dung</comment>
        <translation>No drug use during post-rehab management</translation>
    </message>
    <message>
        <source>Không thực hiện</source>
        <comment>KHONG_THUC_HIEN</comment>
        <translation>Did not start</translation>
    </message>
    <message>
        <source>Không đi học</source>
        <comment>khong</comment>
        <translation>No schooling</translation>
    </message>
    <message>
        <source>Không đăng ký</source>
        <comment>KHONG_DANG_KY</comment>
        <translation>Did not register</translation>
    </message>
    <message>
        <source>Kết thúc quản lý sau cai</source>
        <comment>KET_THUC_QLSC</comment>
        <translation>Post-rehab ended</translation>
    </message>
    <message>
        <source>Lập hồ sơ cai nghiện bắt buộc</source>
        <comment>LAP_HO_SO_CAI_NGHIEN_BAT_BUOC</comment>
        <translation>Compulsory-treatment dossier</translation>
    </message>
    <message>
        <source>Lập hồ sơ cai nghiện bắt buộc</source>
        <comment>deadline.exit_on</comment>
        <translation>Compulsory-treatment dossier</translation>
    </message>
    <message>
        <source>Lập hồ sơ cai nghiện bắt buộc</source>
        <comment>police.lap_ho_so_bat_buoc</comment>
        <translation>Compulsory-treatment dossier</translation>
    </message>
    <message>
        <source>Lập hồ sơ cai nghiện bắt buộc (ngày làm việc)</source>
        <comment>rule.dossier_wd</comment>
        <translation>Compulsory-treatment dossier (working days)</translation>
    </message>
    <message>
        <source>Lập hồ sơ quản lý sau cai</source>
        <comment>deadline.completed_on</comment>
        <translation>Open post-rehab management</translation>
    </message>
    <message>
        <source>Lập hồ sơ quản lý sau cai (ngày làm việc)</source>
        <comment>rule.post_rehab_open_wd</comment>
        <translation>Open post-rehab management (working days)</translation>
    </message>
    <message>
        <source>Ma túy tổng hợp (ATS)</source>
        <comment>ats</comment>
        <translation>Amphetamine-type stimulants</translation>
    </message>
    <message>
        <source>Máu</source>
        <comment>mau</comment>
        <translation>Blood</translation>
    </message>
    <message>
        <source>Nam</source>
        <comment>nam</comment>
        <translation>Male</translation>
    </message>
    <message>
        <source>Người</source>
        <comment>persons</comment>
        <translation>People</translation>
    </message>
    <message>
        <source>Người cai nghiện hoặc người đại diện hợp pháp</source>
        <comment>nguoi_cai_nghien</comment>
        <translation>The person or their legal representative</translation>
    </message>
    <message>
        <source>Người ký báo cáo định kỳ</source>
        <comment>rule.report_signer</comment>
        <translation>Who signs the period report</translation>
    </message>
    <message>
        <source>Người ra quyết định cai nghiện</source>
        <comment>rule.decider</comment>
        <translation>Who decides the treatment</translation>
    </message>
    <message>
        <source>Người được giao quản lý</source>
        <comment>nguoi_quan_ly</comment>
        <translation>Assigned commune manager</translation>
    </message>
    <message>
        <source>Nhân thân</source>
        <comment>entity.person</comment>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Nhóm tuổi (cuối kỳ)</source>
        <comment>report.age</comment>
        <translation>Age band (at period end)</translation>
    </message>
    <message>
        <source>Nhập liệu</source>
        <comment>nhap_lieu</comment>
        <translation>Data entry</translation>
    </message>
    <message>
        <source>Nơi nhận báo cáo định kỳ</source>
        <comment>rule.report_recipient</comment>
        <translation>Who receives the period report</translation>
    </message>
    <message>
        <source>Nước tiểu</source>
        <comment>nuoc_tieu</comment>
        <translation>Urine</translation>
    </message>
    <message>
        <source>Nữ</source>
        <comment>nu</comment>
        <translation>Female</translation>
    </message>
    <message>
        <source>Qua điện thoại</source>
        <comment>dien_thoai</comment>
        <translation>By phone</translation>
    </message>
    <message>
        <source>Quản lý sau cai</source>
        <comment>QUAN_LY_SAU_CAI</comment>
        <translation>Post-rehab management</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <comment>quan_tri</comment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Ra khỏi danh sách</source>
        <comment>RA_KHOI_DANH_SACH</comment>
        <translation>Removed from the list</translation>
    </message>
    <message>
        <source>Ra quyết định cai nghiện</source>
        <comment>deadline.registered_on</comment>
        <translation>Issue the decision</translation>
    </message>
    <message>
        <source>Ra quyết định sau đăng ký (ngày làm việc)</source>
        <comment>rule.decision_wd</comment>
        <translation>Decide after registration (working days)</translation>
    </message>
    <message>
        <source>Số giai đoạn của quy trình</source>
        <comment>rule.stage_count</comment>
        <translation>Stages of the process</translation>
    </message>
    <message>
        <source>Sử dụng trong thời gian cai</source>
        <comment>SU_DUNG_TRONG_THOI_GIAN_CAI</comment>
        <translation>Used during treatment</translation>
    </message>
    <message>
        <source>Sự kiện</source>
        <comment>events</comment>
        <translation>Lifecycle steps</translation>
    </message>
    <message>
        <source>Theo dõi</source>
        <comment>entity.follow_up</comment>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Theo dõi</source>
        <comment>follow_ups</comment>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Thông báo khi chuyển nơi cư trú (ngày làm việc)</source>
        <comment>rule.transfer_notice_wd</comment>
        <translation>Notice on moving (working days)</translation>
    </message>
    <message>
        <source>Thăm gặp</source>
        <comment>due.visit</comment>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Thăm gặp</source>
        <comment>tham_gap</comment>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Thẩm định hồ sơ đăng ký</source>
        <comment>police.tham_dinh</comment>
        <translation>Appraise the registration</translation>
    </message>
    <message>
        <source>Thẻ căn cước</source>
        <comment>can_cuoc</comment>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>Thời hạn cai nghiện tối thiểu (tháng)</source>
        <comment>rule.term_months_min</comment>
        <translation>Shortest treatment term (months)</translation>
    </message>
    <message>
        <source>Thời hạn cai nghiện tối đa (tháng)</source>
        <comment>rule.term_months_max</comment>
        <translation>Longest treatment term (months)</translation>
    </message>
    <message>
        <source>Thời hạn quản lý sau cai (tháng)</source>
        <comment>rule.post_rehab_months</comment>
        <translation>Post-rehab management term (months)</translation>
    </message>
    <message>
        <source>Tiểu học</source>
        <comment>tieu_hoc</comment>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>Trung cấp</source>
        <comment>trung_cap</comment>
        <translation>Vocational school</translation>
    </message>
    <message>
        <source>Trung học cơ sở</source>
        <comment>thcs</comment>
        <translation>Lower secondary school</translation>
    </message>
    <message>
        <source>Trung học phổ thông</source>
        <comment>thpt</comment>
        <translation>Upper secondary school</translation>
    </message>
    <message>
        <source>Trưởng Công an xã</source>
        <comment>truong_cong_an_xa</comment>
        <translation>Commune police chief</translation>
    </message>
    <message>
        <source>Trưởng trạm</source>
        <comment>truong_tram</comment>
        <translation>Station head</translation>
    </message>
    <message>
        <source>Trạm Y tế xã</source>
        <comment>tram_y_te_xa</comment>
        <translation>Commune health station</translation>
    </message>
    <message>
        <source>Tái nghiện trong quản lý sau cai</source>
        <comment>TAI_NGHIEN_TRONG_QLSC</comment>
        <translation>Relapsed in post-rehab</translation>
    </message>
    <message>
        <source>Tâm thần</source>
        <comment>tam_than</comment>
        <translation>Psychiatric</translation>
    </message>
    <message>
        <source>Tư vấn</source>
        <comment>tu_van</comment>
        <translation>Counselling</translation>
    </message>
    <message>
        <source>Tại cộng đồng</source>
        <comment>cong_dong</comment>
        <translation>In the community</translation>
    </message>
    <message>
        <source>Tại gia đình</source>
        <comment>gia_dinh</comment>
        <translation>At home</translation>
    </message>
    <message>
        <source>Tại nhà</source>
        <comment>tai_nha</comment>
        <translation>At home</translation>
    </message>
    <message>
        <source>Tại trạm y tế</source>
        <comment>tai_tram</comment>
        <translation>At the station</translation>
    </message>
    <message>
        <source>Tổng số</source>
        <comment>report.total</comment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Từ 14 đến dưới 16</source>
        <comment>14-&lt;16</comment>
        <translation>14 to under 16</translation>
    </message>
    <message>
        <source>Từ 16 đến dưới 18</source>
        <comment>16-&lt;18</comment>
        <translation>16 to under 18</translation>
    </message>
    <message>
        <source>Từ 18 đến dưới 30</source>
        <comment>18-30</comment>
        <translation>18 to under 30</translation>
    </message>
    <message>
        <source>Từ 30 tuổi trở lên</source>
        <comment>&gt;=30</comment>
        <translation>30 and over</translation>
    </message>
    <message>
        <source>Tự nguyện</source>
        <comment>tu_nguyen</comment>
        <translation>Voluntary</translation>
    </message>
    <message>
        <source>Tự ý chấm dứt</source>
        <comment>TU_Y_CHAM_DUT</comment>
        <translation>Self-terminated</translation>
    </message>
    <message>
        <source>Vắng mặt bị coi là tự ý chấm dứt (ngày làm việc)</source>
        <comment>rule.self_termination_absence_wd</comment>
        <translation>Absence counted as self-termination (working days)</translation>
    </message>
    <message>
        <source>Vắng mặt nơi cư trú</source>
        <comment>vang_mat</comment>
        <translation>Absence from home</translation>
    </message>
    <message>
        <source>Vắng mặt, sắp thành tự ý chấm dứt</source>
        <comment>deadline.absence</comment>
        <translation>Absence nearing self-termination</translation>
    </message>
    <message>
        <source>Xung đột</source>
        <comment>outcome.conflict</comment>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Xác định nghiện</source>
        <comment>assessments</comment>
        <translation>Addiction assessments</translation>
    </message>
    <message>
        <source>Xác định tình trạng nghiện</source>
        <comment>entity.assessment</comment>
        <translation>Addiction assessment</translation>
    </message>
    <message>
        <source>Xác định: có nghiện</source>
        <comment>addicted</comment>
        <translation>Assessment: addicted</translation>
    </message>
    <message>
        <source>Xác định: không nghiện</source>
        <comment>not_addicted</comment>
        <translation>Assessment: not addicted</translation>
    </message>
    <message>
        <source>Xét nghiệm</source>
        <comment>due.test</comment>
        <translation>Drug test</translation>
    </message>
    <message>
        <source>Xét nghiệm ma túy</source>
        <comment>xet_nghiem</comment>
        <translation>Drug test</translation>
    </message>
    <message>
        <source>a) Tiếp nhận, phân loại</source>
        <comment>a</comment>
        <translation>a) Intake and classification</translation>
    </message>
    <message>
        <source>b) Điều trị cắt cơn, giải độc</source>
        <comment>b</comment>
        <translation>b) Withdrawal and detox</translation>
    </message>
    <message>
        <source>c) Giáo dục, tư vấn, phục hồi hành vi</source>
        <comment>c</comment>
        <translation>c) Education, counselling, behaviour</translation>
    </message>
    <message>
        <source>d) Lao động trị liệu, học nghề</source>
        <comment>d</comment>
        <translation>d) Work therapy, vocational training</translation>
    </message>
    <message>
        <source>biên bản vi phạm</source>
        <comment>violation_number</comment>
        <translation>violation record</translation>
    </message>
    <message>
        <source>Biên bản vi phạm</source>
        <comment>form.27</comment>
        <translation>Violation record</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt nhóm hỗ trợ</source>
        <comment>buoi_sinh_hoat_nhom</comment>
        <translation>Support-group sessions</translation>
    </message>
    <message>
        <source>Buổi truyền thông</source>
        <comment>entity.outreach_session</comment>
        <translation>Outreach session</translation>
    </message>
    <message>
        <source>Buổi truyền thông, tuyên truyền về phòng, chống ma túy</source>
        <comment>buoi_truyen_thong</comment>
        <translation>Outreach and communication sessions on drug prevention</translation>
    </message>
    <message>
        <source>Bản đăng ký cai nghiện</source>
        <comment>form.22</comment>
        <translation>Registration for treatment</translation>
    </message>
    <message>
        <source>Chi họp xét duyệt hồ sơ (đồng/người)</source>
        <comment>rule.cost_appraisal_person_vnd</comment>
        <translation>Appraisal meeting (VND per person)</translation>
    </message>
    <message>
        <source>Chi lập hồ sơ quản lý sau cai (đồng/hồ sơ)</source>
        <comment>rule.cost_post_rehab_file_vnd</comment>
        <translation>Post-rehab file (VND per file)</translation>
    </message>
    <message>
        <source>Chi tư vấn lập hồ sơ đăng ký (đồng/hồ sơ)</source>
        <comment>rule.cost_registration_file_vnd</comment>
        <translation>Registration file counselling (VND per file)</translation>
    </message>
    <message>
        <source>Chuyển đến</source>
        <comment>chuyen_den</comment>
        <translation>Transferred in</translation>
    </message>
    <message>
        <source>Chưa ghi danh cai nghiện</source>
        <comment>person.not_enrolled</comment>
        <translation>Not enrolled in treatment</translation>
    </message>
    <message>
        <source>Chỉ tiêu kế hoạch</source>
        <comment>entity.plan_target</comment>
        <translation>Plan target</translation>
    </message>
    <message>
        <source>Chỉ tiêu kế hoạch</source>
        <comment>plan_targets</comment>
        <translation>Plan targets</translation>
    </message>
    <message>
        <source>Cán bộ được tập huấn</source>
        <comment>can_bo_tap_huan</comment>
        <translation>Staff trained</translation>
    </message>
    <message>
        <source>Có</source>
        <comment>bool.true</comment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Danh sách quản lý sau cai nghiện</source>
        <comment>form.52</comment>
        <translation>List of people under post-rehab management</translation>
    </message>
    <message>
        <source>Doanh nghiệp</source>
        <comment>doanh_nghiep</comment>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Ghi nhận tái nghiện cả sau hoàn thành, sau quản lý sau cai</source>
        <comment>rule.relapse_any_stage</comment>
        <translation>Relapse recorded after completion and post-rehab too</translation>
    </message>
    <message>
        <source>Giám sát điện tử</source>
        <comment>entity.monitoring</comment>
        <translation>Electronic monitoring</translation>
    </message>
    <message>
        <source>Giám sát điện tử</source>
        <comment>monitorings</comment>
        <translation>Electronic monitoring</translation>
    </message>
    <message>
        <source>Giấy chứng nhận hoàn thành quản lý sau cai</source>
        <comment>form.54</comment>
        <translation>Certificate: post-rehab management completed</translation>
    </message>
    <message>
        <source>Giấy xác nhận hoàn thành</source>
        <comment>form.26a</comment>
        <translation>Completion certificate</translation>
    </message>
    <message>
        <source>Hội Cựu chiến binh</source>
        <comment>cuu_chien_binh</comment>
        <translation>Veterans&apos; Association</translation>
    </message>
    <message>
        <source>Hội Liên hiệp Phụ nữ</source>
        <comment>hoi_phu_nu</comment>
        <translation>Women&apos;s Union</translation>
    </message>
    <message>
        <source>Hội Nông dân</source>
        <comment>hoi_nong_dan</comment>
        <translation>Farmers&apos; Association</translation>
    </message>
    <message>
        <source>Hợp đồng dịch vụ cai nghiện</source>
        <comment>form.28</comment>
        <translation>Treatment service contract</translation>
    </message>
    <message>
        <source>Khoảng là kỳ báo cáo (cột “Thực hiện trong kỳ”) hoặc từ 01/01 đến hết kỳ (cột “Lũy kế”); chỉ tiêu năm là tổng các chỉ tiêu đã đặt cho năm; tỷ lệ là lũy kế chia chỉ tiêu, nhân 100</source>
        <comment>plan.rule.span</comment>
        <translation>The span is the reporting period (column “In the period”) or 1 January to the period&apos;s end (column “Year to date”); the year&apos;s target is the sum of the targets set for the year; the share is the year to date divided by the target, times 100</translation>
    </message>
    <message>
        <source>Không</source>
        <comment>bool.false</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>Kế hoạch tái hòa nhập cộng đồng</source>
        <comment>form.21</comment>
        <translation>Reintegration plan</translation>
    </message>
    <message>
        <source>Kết quả thực hiện kế hoạch</source>
        <comment>plan.title</comment>
        <translation>Results against the plan</translation>
    </message>
    <message>
        <source>Lượt người dự các buổi truyền thông, tuyên truyền</source>
        <comment>luot_nguoi_truyen_thong</comment>
        <translation>Attendances at outreach and communication sessions</translation>
    </message>
    <message>
        <source>Mất tín hiệu</source>
        <comment>mat_tin_hieu</comment>
        <translation>Signal lost</translation>
    </message>
    <message>
        <source>Mặt trận Tổ quốc</source>
        <comment>mat_tran</comment>
        <translation>Fatherland Front</translation>
    </message>
    <message>
        <source>Người quyết định giám sát điện tử</source>
        <comment>rule.monitoring_decider</comment>
        <translation>Who decides electronic monitoring</translation>
    </message>
    <message>
        <source>Người từ 12 đến dưới 18 tuổi được hỗ trợ học văn hóa</source>
        <comment>ho_tro_hoc_van</comment>
        <translation>People aged 12 to under 18 given schooling support</translation>
    </message>
    <message>
        <source>Người được hỗ trợ học nghề</source>
        <comment>ho_tro_hoc_nghe</comment>
        <translation>People given vocational training support</translation>
    </message>
    <message>
        <source>Người được hỗ trợ vay vốn</source>
        <comment>ho_tro_vay_von</comment>
        <translation>People given loan support</translation>
    </message>
    <message>
        <source>Người được hỗ trợ, giới thiệu việc làm</source>
        <comment>ho_tro_viec_lam</comment>
        <translation>People given job support or referrals</translation>
    </message>
    <message>
        <source>Như mục {number} của báo cáo, tính cho khoảng: {rule}</source>
        <comment>plan.rule.support</comment>
        <translation>As row {number} of the report, counted over the span: {rule}</translation>
    </message>
    <message>
        <source>Nơi nhận báo cáo tổng hợp</source>
        <comment>rule.office_report_recipient</comment>
        <translation>Who receives the consolidated report</translation>
    </message>
    <message>
        <source>Phiếu phân loại và kế hoạch cai nghiện</source>
        <comment>form.20</comment>
        <translation>Classification and treatment plan</translation>
    </message>
    <message>
        <source>Phiếu thu thập thông tin</source>
        <comment>form.19</comment>
        <translation>Intake information sheet</translation>
    </message>
    <message>
        <source>Quyết định cai nghiện</source>
        <comment>form.24</comment>
        <translation>Treatment decision</translation>
    </message>
    <message>
        <source>Quyết định quản lý sau cai nghiện</source>
        <comment>form.51</comment>
        <translation>Post-rehab management decision</translation>
    </message>
    <message>
        <source>Rời khu vực cho phép</source>
        <comment>roi_khu_vuc</comment>
        <translation>Left the permitted area</translation>
    </message>
    <message>
        <source>Sau cai nghiện bắt buộc</source>
        <comment>sau_bat_buoc</comment>
        <translation>After compulsory rehab</translation>
    </message>
    <message>
        <source>Sau cai nghiện bắt buộc (12 đến dưới 18 tuổi)</source>
        <comment>sau_bat_buoc_vtn</comment>
        <translation>After compulsory rehab (aged 12 to under 18)</translation>
    </message>
    <message>
        <source>Sinh hoạt nhóm</source>
        <comment>group_sessions</comment>
        <translation>Support groups</translation>
    </message>
    <message>
        <source>Sinh hoạt nhóm hỗ trợ</source>
        <comment>entity.group_session</comment>
        <translation>Support-group session</translation>
    </message>
    <message>
        <source>Số buổi sinh hoạt nhóm hỗ trợ có ngày tổ chức trong khoảng</source>
        <comment>plan.rule.buoi_sinh_hoat_nhom</comment>
        <translation>Support-group sessions held on a day in the span</translation>
    </message>
    <message>
        <source>Số buổi truyền thông, tuyên truyền có ngày tổ chức trong khoảng</source>
        <comment>plan.rule.buoi_truyen_thong</comment>
        <translation>Outreach and communication sessions held on a day in the span</translation>
    </message>
    <message>
        <source>Số cán bộ khác nhau có tên trong các lần tập huấn có ngày trong khoảng: mỗi người một lần trong đơn vị của mình (so tên không dấu, không phân biệt hoa thường)</source>
        <comment>plan.rule.can_bo_tap_huan</comment>
        <translation>Different staff named in the trainings held in the span: each person once within their office (names compared without diacritics or case)</translation>
    </message>
    <message>
        <source>Số tổ chức, doanh nghiệp tham gia vào một ngày nào đó trong khoảng</source>
        <comment>plan.rule.to_chuc_tham_gia</comment>
        <translation>Organisations and enterprises taking part on some day of the span</translation>
    </message>
    <message>
        <source>Số điểm tư vấn hoạt động vào một ngày nào đó trong khoảng: mở từ trước hoặc trong khoảng, chưa đóng trước khi khoảng bắt đầu</source>
        <comment>plan.rule.diem_tu_van</comment>
        <translation>Counselling points open on some day of the span: opened before or during it, not closed before it began</translation>
    </message>
    <message>
        <source>Sổ đăng ký cai nghiện tự nguyện</source>
        <comment>form.23</comment>
        <translation>Register of voluntary treatment</translation>
    </message>
    <message>
        <source>Sự kiện giám sát</source>
        <comment>entity.monitoring_event</comment>
        <translation>Monitoring event</translation>
    </message>
    <message>
        <source>Sự kiện giám sát</source>
        <comment>monitoring_events</comment>
        <translation>Monitoring events</translation>
    </message>
    <message>
        <source>Tháo thiết bị</source>
        <comment>thao_thiet_bi</comment>
        <translation>Device removed</translation>
    </message>
    <message>
        <source>Thông báo chuyển nơi cư trú khi quản lý sau cai</source>
        <comment>form.53</comment>
        <translation>Notice of a move during post-rehab management</translation>
    </message>
    <message>
        <source>Thù lao cán bộ quản lý, tối đa (% lương cơ sở/tháng)</source>
        <comment>rule.honorarium_max_base_salary_pct</comment>
        <translation>Staff honorarium cap (% of base salary a month)</translation>
    </message>
    <message>
        <source>Thời hạn quản lý sau cai nghiện bắt buộc (tháng)</source>
        <comment>rule.post_rehab_months_after_compulsory</comment>
        <translation>Post-rehab term after compulsory treatment (months)</translation>
    </message>
    <message>
        <source>Truyền thông</source>
        <comment>outreach_sessions</comment>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Tái nghiện sau cai</source>
        <comment>TAI_NGHIEN_SAU_CAI</comment>
        <translation>Relapse after rehab</translation>
    </message>
    <message>
        <source>Tập huấn cán bộ</source>
        <comment>entity.staff_training</comment>
        <translation>Staff training</translation>
    </message>
    <message>
        <source>Tập huấn cán bộ</source>
        <comment>trainings</comment>
        <translation>Staff training</translation>
    </message>
    <message>
        <source>Tổ chức tham gia</source>
        <comment>entity.mobilised_organisation</comment>
        <translation>Organisation taking part</translation>
    </message>
    <message>
        <source>Tổ chức tham gia</source>
        <comment>organisations</comment>
        <translation>Organisations taking part</translation>
    </message>
    <message>
        <source>Tổ chức, doanh nghiệp được huy động tham gia</source>
        <comment>to_chuc_tham_gia</comment>
        <translation>Organisations and enterprises mobilised to take part</translation>
    </message>
    <message>
        <source>Tổng số người tham dự các buổi truyền thông, tuyên truyền có ngày tổ chức trong khoảng</source>
        <comment>plan.rule.luot_nguoi_truyen_thong</comment>
        <translation>The attendance of the outreach and communication sessions held in the span, summed</translation>
    </message>
    <message>
        <source>buổi</source>
        <comment>report.unit.sessions</comment>
        <translation>sessions</translation>
    </message>
    <message>
        <source>bác sĩ</source>
        <comment>doctor</comment>
        <translation>doctor</translation>
    </message>
    <message>
        <source>bắt đầu cai nghiện</source>
        <comment>bat_dau</comment>
        <translation>start treatment</translation>
    </message>
    <message>
        <source>cai nghiện lần 2 trở đi</source>
        <comment>is_repeat</comment>
        <translation>repeat treatment</translation>
    </message>
    <message>
        <source>chuyển giai đoạn</source>
        <comment>chuyen_giai_doan</comment>
        <translation>move to the next stage</translation>
    </message>
    <message>
        <source>chuyển nơi cư trú</source>
        <comment>chuyen_di</comment>
        <translation>transfer to another commune</translation>
    </message>
    <message>
        <source>chuyển nơi cư trú, liên kết tự động</source>
        <comment>transfer</comment>
        <translation>moved commune, linked automatically</translation>
    </message>
    <message>
        <source>chuyển thẩm định</source>
        <comment>tham_dinh</comment>
        <translation>send for appraisal</translation>
    </message>
    <message>
        <source>chuyển điều trị thay thế</source>
        <comment>chuyen_thay_the</comment>
        <translation>switch to substitution therapy</translation>
    </message>
    <message>
        <source>chuyển đến từ xã</source>
        <comment>transferred_from</comment>
        <translation>transferred from commune</translation>
    </message>
    <message>
        <source>chất khác</source>
        <comment>other_substance</comment>
        <translation>other substance</translation>
    </message>
    <message>
        <source>chất sử dụng</source>
        <comment>substances</comment>
        <translation>substances</translation>
    </message>
    <message>
        <source>chỉ tiêu</source>
        <comment>indicator</comment>
        <translation>indicator</translation>
    </message>
    <message>
        <source>chọn xã, phường của trạm</source>
        <comment>set_commune</comment>
        <translation>choose the station&apos;s commune</translation>
    </message>
    <message>
        <source>chủ đề</source>
        <comment>topic</comment>
        <translation>topic</translation>
    </message>
    <message>
        <source>chức vụ người quyết định</source>
        <comment>decider_title</comment>
        <translation>decider&apos;s title</translation>
    </message>
    <message>
        <source>chữ đệm</source>
        <comment>chu_dem</comment>
        <translation>middle name</translation>
    </message>
    <message>
        <source>có chứng chỉ</source>
        <comment>certified</comment>
        <translation>certificate issued</translation>
    </message>
    <message>
        <source>cơ quan tổng hợp đã có phiên bản mới hơn</source>
        <comment>reason.stale</comment>
        <translation>the office already holds a newer version</translation>
    </message>
    <message>
        <source>cơ sở xác định</source>
        <comment>facility</comment>
        <translation>assessing facility</translation>
    </message>
    <message>
        <source>danh sách cán bộ được tập huấn</source>
        <comment>trainees</comment>
        <translation>list of staff trained</translation>
    </message>
    <message>
        <source>dân tộc</source>
        <comment>ethnicity</comment>
        <translation>ethnicity</translation>
    </message>
    <message>
        <source>dùng chất dạng thuốc phiện</source>
        <comment>opioid</comment>
        <translation>opioid use</translation>
    </message>
    <message>
        <source>dương tính</source>
        <comment>test.+</comment>
        <translation>positive</translation>
    </message>
    <message>
        <source>ghi chú</source>
        <comment>notes</comment>
        <translation>notes</translation>
    </message>
    <message>
        <source>ghi hoạt động kế hoạch</source>
        <comment>record_activities</comment>
        <translation>record the plan&apos;s activities</translation>
    </message>
    <message>
        <source>ghi nhận không thực hiện</source>
        <comment>khong_thuc_hien</comment>
        <translation>record failure to start</translation>
    </message>
    <message>
        <source>ghi nhận không đăng ký</source>
        <comment>khong_dang_ky</comment>
        <translation>record failure to register</translation>
    </message>
    <message>
        <source>ghi nhận tái nghiện</source>
        <comment>tai_nghien</comment>
        <translation>record relapse</translation>
    </message>
    <message>
        <source>ghi nhận tái nghiện sau cai</source>
        <comment>tai_nghien_sau_cai</comment>
        <translation>record relapse after rehab</translation>
    </message>
    <message>
        <source>ghi nhận tự ý chấm dứt</source>
        <comment>tu_y_cham_dut</comment>
        <translation>record self-termination</translation>
    </message>
    <message>
        <source>giai đoạn</source>
        <comment>stage</comment>
        <translation>stage</translation>
    </message>
    <message>
        <source>giấy chứng nhận kết thúc</source>
        <comment>post_rehab_end_number</comment>
        <translation>end-of-post-rehab certificate</translation>
    </message>
    <message>
        <source>giấy xác nhận hoàn thành</source>
        <comment>certificate_number</comment>
        <translation>completion certificate</translation>
    </message>
    <message>
        <source>giới tính</source>
        <comment>sex</comment>
        <translation>sex</translation>
    </message>
    <message>
        <source>hình thức</source>
        <comment>mode</comment>
        <translation>mode</translation>
    </message>
    <message>
        <source>hình thức cai nghiện</source>
        <comment>place_type</comment>
        <translation>setting</translation>
    </message>
    <message>
        <source>hạn kết thúc quản lý sau cai</source>
        <comment>post_rehab_end_due</comment>
        <translation>post-rehab end due</translation>
    </message>
    <message>
        <source>hết bất khả kháng</source>
        <comment>het_bat_kha_khang</comment>
        <translation>end of force majeure</translation>
    </message>
    <message>
        <source>họ</source>
        <comment>ho</comment>
        <translation>family name</translation>
    </message>
    <message>
        <source>họ tên gần giống</source>
        <comment>similar_name</comment>
        <translation>similar name</translation>
    </message>
    <message>
        <source>họ tên người quyết định</source>
        <comment>decider_name</comment>
        <translation>decider&apos;s full name</translation>
    </message>
    <message>
        <source>họ tên người đại diện</source>
        <comment>rep_name</comment>
        <translation>representative&apos;s name</translation>
    </message>
    <message>
        <source>học vấn</source>
        <comment>education</comment>
        <translation>education</translation>
    </message>
    <message>
        <source>hồ sơ đề nghị</source>
        <comment>dossier_number</comment>
        <translation>dossier</translation>
    </message>
    <message>
        <source>không có quyền ghi</source>
        <comment>os.no_permission</comment>
        <translation>no permission to write there</translation>
    </message>
    <message>
        <source>không tìm thấy</source>
        <comment>os.not_found</comment>
        <translation>not found</translation>
    </message>
    <message>
        <source>kết luận</source>
        <comment>conclusion</comment>
        <translation>conclusion</translation>
    </message>
    <message>
        <source>kết luận</source>
        <comment>field.addicted</comment>
        <translation>conclusion</translation>
    </message>
    <message>
        <source>kết quả xét nghiệm</source>
        <comment>results</comment>
        <translation>test results</translation>
    </message>
    <message>
        <source>kết thúc giám sát điện tử</source>
        <comment>ket_thuc_giam_sat</comment>
        <translation>end of electronic monitoring</translation>
    </message>
    <message>
        <source>kết thúc quản lý sau cai</source>
        <comment>ket_thuc_qlsc</comment>
        <translation>end post-rehab management</translation>
    </message>
    <message>
        <source>loại giấy tờ</source>
        <comment>doc_type</comment>
        <translation>ID document type</translation>
    </message>
    <message>
        <source>loại thiết bị</source>
        <comment>device_type</comment>
        <translation>device type</translation>
    </message>
    <message>
        <source>loại tổ chức</source>
        <comment>org_kind</comment>
        <translation>kind of organisation</translation>
    </message>
    <message>
        <source>lý do</source>
        <comment>exit_reason</comment>
        <translation>reason</translation>
    </message>
    <message>
        <source>lượt</source>
        <comment>report.unit.times</comment>
        <translation>times</translation>
    </message>
    <message>
        <source>lượt người</source>
        <comment>report.unit.attendances</comment>
        <translation>attendances</translation>
    </message>
    <message>
        <source>lập biên bản sử dụng ma túy</source>
        <comment>su_dung_khi_cai</comment>
        <translation>record drug use during treatment</translation>
    </message>
    <message>
        <source>lập báo cáo</source>
        <comment>report</comment>
        <translation>write reports</translation>
    </message>
    <message>
        <source>lập hồ sơ cai nghiện bắt buộc</source>
        <comment>lap_ho_so_bat_buoc</comment>
        <translation>open a compulsory-treatment dossier</translation>
    </message>
    <message>
        <source>mã tỉnh</source>
        <comment>province_code</comment>
        <translation>province code</translation>
    </message>
    <message>
        <source>mã xã</source>
        <comment>commune_code</comment>
        <translation>commune code</translation>
    </message>
    <message>
        <source>một phần của đường dẫn là tệp chứ không phải thư mục</source>
        <comment>os.not_a_folder</comment>
        <translation>part of the path is a file, not a folder</translation>
    </message>
    <message>
        <source>nghìn đồng</source>
        <comment>report.unit.thousand_vnd</comment>
        <translation>thousand VND</translation>
    </message>
    <message>
        <source>nghề nghiệp</source>
        <comment>occupation</comment>
        <translation>occupation</translation>
    </message>
    <message>
        <source>nguồn giới thiệu</source>
        <comment>referral</comment>
        <translation>referral</translation>
    </message>
    <message>
        <source>ngày bắt đầu</source>
        <comment>start_on</comment>
        <translation>start date</translation>
    </message>
    <message>
        <source>ngày bắt đầu</source>
        <comment>started_on</comment>
        <translation>start date</translation>
    </message>
    <message>
        <source>ngày bắt đầu tham gia</source>
        <comment>joined_on</comment>
        <translation>date it began taking part</translation>
    </message>
    <message>
        <source>ngày chuyển thẩm định</source>
        <comment>appraised_on</comment>
        <translation>appraisal date</translation>
    </message>
    <message>
        <source>ngày có kết quả</source>
        <comment>result_on</comment>
        <translation>result date</translation>
    </message>
    <message>
        <source>ngày dự kiến kết thúc</source>
        <comment>planned_end_on</comment>
        <translation>planned end date</translation>
    </message>
    <message>
        <source>ngày hoàn thành</source>
        <comment>completed_on</comment>
        <translation>completion date</translation>
    </message>
    <message>
        <source>ngày kết thúc</source>
        <comment>end_on</comment>
        <translation>end date</translation>
    </message>
    <message>
        <source>ngày kết thúc quản lý sau cai</source>
        <comment>post_rehab_ended_on</comment>
        <translation>post-rehab end date</translation>
    </message>
    <message>
        <source>ngày kết thúc tham gia</source>
        <comment>left_on</comment>
        <translation>date it stopped taking part</translation>
    </message>
    <message>
        <source>ngày kết thúc thực tế</source>
        <comment>ended_on</comment>
        <translation>actual end date</translation>
    </message>
    <message>
        <source>ngày mở</source>
        <comment>opened_on</comment>
        <translation>opening date</translation>
    </message>
    <message>
        <source>ngày quyết định</source>
        <comment>decision_on</comment>
        <translation>decision date</translation>
    </message>
    <message>
        <source>ngày quyết định quản lý sau cai</source>
        <comment>post_rehab_on</comment>
        <translation>post-rehab decision date</translation>
    </message>
    <message>
        <source>ngày quyết định quản lý sau cai</source>
        <comment>since</comment>
        <translation>date of the post-rehab decision</translation>
    </message>
    <message>
        <source>ngày ra khỏi quy trình</source>
        <comment>exit_on</comment>
        <translation>exit date</translation>
    </message>
    <message>
        <source>ngày sinh</source>
        <comment>birth_date</comment>
        <translation>birth date</translation>
    </message>
    <message>
        <source>ngày tiếp nhận</source>
        <comment>received_on</comment>
        <translation>date received</translation>
    </message>
    <message>
        <source>ngày tổ chức</source>
        <comment>held_on</comment>
        <translation>date held</translation>
    </message>
    <message>
        <source>ngày về</source>
        <comment>until</comment>
        <translation>return date</translation>
    </message>
    <message>
        <source>ngày xác định nghiện</source>
        <comment>assessed_on</comment>
        <translation>assessment date</translation>
    </message>
    <message>
        <source>ngày đóng</source>
        <comment>closed_on</comment>
        <translation>closing date</translation>
    </message>
    <message>
        <source>ngày đăng ký</source>
        <comment>registered_on</comment>
        <translation>registration date</translation>
    </message>
    <message>
        <source>người</source>
        <comment>report.unit.persons</comment>
        <translation>persons</translation>
    </message>
    <message>
        <source>người</source>
        <comment>report.unit.staff</comment>
        <translation>people</translation>
    </message>
    <message>
        <source>người được giao quản lý</source>
        <comment>manager</comment>
        <translation>assigned manager</translation>
    </message>
    <message>
        <source>người đại diện hợp pháp</source>
        <comment>representative</comment>
        <translation>legal representative</translation>
    </message>
    <message>
        <source>nhập lô dữ liệu</source>
        <comment>import</comment>
        <translation>import batches</translation>
    </message>
    <message>
        <source>năm</source>
        <comment>year</comment>
        <translation>year</translation>
    </message>
    <message>
        <source>năm sinh</source>
        <comment>birth_year</comment>
        <translation>birth year</translation>
    </message>
    <message>
        <source>năm sinh lệch 1</source>
        <comment>birth_year_off_by_one</comment>
        <translation>birth year off by one</translation>
    </message>
    <message>
        <source>nội dung tham gia, hỗ trợ</source>
        <comment>contribution</comment>
        <translation>what it contributes</translation>
    </message>
    <message>
        <source>quan hệ của người đại diện</source>
        <comment>rep_relationship</comment>
        <translation>representative&apos;s relationship</translation>
    </message>
    <message>
        <source>quy định áp dụng</source>
        <comment>rule_set_code</comment>
        <translation>rules applied</translation>
    </message>
    <message>
        <source>quyết định</source>
        <comment>decision_number</comment>
        <translation>decision</translation>
    </message>
    <message>
        <source>quyết định giám sát điện tử</source>
        <comment>giam_sat_dien_tu</comment>
        <translation>electronic monitoring decision</translation>
    </message>
    <message>
        <source>quyết định quản lý sau cai</source>
        <comment>post_rehab_decision_number</comment>
        <translation>post-rehab decision</translation>
    </message>
    <message>
        <source>quyết định quản lý sau cai</source>
        <comment>quan_ly_sau_cai</comment>
        <translation>open post-rehab management</translation>
    </message>
    <message>
        <source>quản lý người dùng</source>
        <comment>manage_users</comment>
        <translation>manage users</translation>
    </message>
    <message>
        <source>ra quyết định</source>
        <comment>quyet_dinh</comment>
        <translation>issue the decision</translation>
    </message>
    <message>
        <source>số chỉ tiêu</source>
        <comment>target</comment>
        <translation>target number</translation>
    </message>
    <message>
        <source>số chứng chỉ</source>
        <comment>cert_number</comment>
        <translation>certificate number</translation>
    </message>
    <message>
        <source>số giấy tờ</source>
        <comment>id_number</comment>
        <translation>ID number</translation>
    </message>
    <message>
        <source>số giấy tờ người đại diện</source>
        <comment>rep_id_number</comment>
        <translation>representative&apos;s ID number</translation>
    </message>
    <message>
        <source>số giờ</source>
        <comment>hours</comment>
        <translation>hours</translation>
    </message>
    <message>
        <source>số người tham dự</source>
        <comment>attendance</comment>
        <translation>attendance</translation>
    </message>
    <message>
        <source>số thiết bị</source>
        <comment>device_serial</comment>
        <translation>device serial number</translation>
    </message>
    <message>
        <source>số điện thoại</source>
        <comment>phone</comment>
        <translation>phone number</translation>
    </message>
    <message>
        <source>sổ đăng ký</source>
        <comment>ledger_number</comment>
        <translation>ledger</translation>
    </message>
    <message>
        <source>sửa</source>
        <comment>change.update</comment>
        <translation>changed</translation>
    </message>
    <message>
        <source>sửa cấu hình</source>
        <comment>edit_settings</comment>
        <translation>change settings</translation>
    </message>
    <message>
        <source>sửa hồ sơ</source>
        <comment>edit_records</comment>
        <translation>edit records</translation>
    </message>
    <message>
        <source>thôn, tổ</source>
        <comment>village</comment>
        <translation>village</translation>
    </message>
    <message>
        <source>thời hạn (tháng)</source>
        <comment>term_months</comment>
        <translation>term (months)</translation>
    </message>
    <message>
        <source>tiêu chí chẩn đoán</source>
        <comment>criteria</comment>
        <translation>diagnostic criteria</translation>
    </message>
    <message>
        <source>tiếp nhận người quản lý sau cai chuyển đến</source>
        <comment>tiep_nhan_chuyen_den</comment>
        <translation>receive a person under post-rehab management transferred in</translation>
    </message>
    <message>
        <source>tiếp nhận sau cai nghiện bắt buộc</source>
        <comment>tiep_nhan_sau_bat_buoc</comment>
        <translation>receive after compulsory rehab</translation>
    </message>
    <message>
        <source>trùng họ tên</source>
        <comment>same_name</comment>
        <translation>same name</translation>
    </message>
    <message>
        <source>trùng ngày sinh</source>
        <comment>same_birth</comment>
        <translation>same birth date</translation>
    </message>
    <message>
        <source>trùng năm sinh</source>
        <comment>same_birth_year</comment>
        <translation>same birth year</translation>
    </message>
    <message>
        <source>trùng số giấy tờ</source>
        <comment>same_id</comment>
        <translation>same ID number</translation>
    </message>
    <message>
        <source>trùng số điện thoại</source>
        <comment>same_phone</comment>
        <translation>same phone</translation>
    </message>
    <message>
        <source>trạm y tế</source>
        <comment>station</comment>
        <translation>station</translation>
    </message>
    <message>
        <source>trạng thái</source>
        <comment>state</comment>
        <translation>state</translation>
    </message>
    <message>
        <source>tên</source>
        <comment>ten</comment>
        <translation>given name</translation>
    </message>
    <message>
        <source>tên gọi khác</source>
        <comment>other_names</comment>
        <translation>other names</translation>
    </message>
    <message>
        <source>tên tổ chức</source>
        <comment>org_name</comment>
        <translation>organisation&apos;s name</translation>
    </message>
    <message>
        <source>tên điểm tư vấn</source>
        <comment>point_name</comment>
        <translation>counselling point&apos;s name</translation>
    </message>
    <message>
        <source>tên đơn vị</source>
        <comment>name</comment>
        <translation>office name</translation>
    </message>
    <message>
        <source>tạm dừng do bất khả kháng</source>
        <comment>tam_dung_bat_kha_khang</comment>
        <translation>pause for force majeure</translation>
    </message>
    <message>
        <source>tạo dữ liệu mẫu</source>
        <comment>load_demo</comment>
        <translation>load demo data</translation>
    </message>
    <message>
        <source>tạo mới</source>
        <comment>change.create</comment>
        <translation>created</translation>
    </message>
    <message>
        <source>tạo tài khoản quản trị</source>
        <comment>create_admin</comment>
        <translation>create administrators</translation>
    </message>
    <message>
        <source>tệp đang mở trong chương trình khác</source>
        <comment>os.in_use</comment>
        <translation>the file is open in another program</translation>
    </message>
    <message>
        <source>tổ chức</source>
        <comment>report.unit.organisations</comment>
        <translation>organisations</translation>
    </message>
    <message>
        <source>văn bản chuyển</source>
        <comment>transfer_number</comment>
        <translation>transfer letter</translation>
    </message>
    <message>
        <source>văn bản giới thiệu</source>
        <comment>referral_ref</comment>
        <translation>referral letter</translation>
    </message>
    <message>
        <source>xem hồ sơ</source>
        <comment>view_records</comment>
        <translation>view records</translation>
    </message>
    <message>
        <source>xem nhật ký</source>
        <comment>view_audit</comment>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>xuất lô dữ liệu</source>
        <comment>export</comment>
        <translation>export batches</translation>
    </message>
    <message>
        <source>xác nhận hoàn thành</source>
        <comment>hoan_thanh</comment>
        <translation>certify completion</translation>
    </message>
    <message>
        <source>xóa</source>
        <comment>change.delete</comment>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Áp dụng giám sát điện tử</source>
        <comment>rule.electronic_monitoring</comment>
        <translation>Electronic monitoring applies</translation>
    </message>
    <message>
        <source>âm tính</source>
        <comment>test.-</comment>
        <translation>negative</translation>
    </message>
    <message>
        <source>Đang cai nghiện</source>
        <comment>DANG_CAI_NGHIEN</comment>
        <translation>In treatment</translation>
    </message>
    <message>
        <source>Đang thẩm định</source>
        <comment>DANG_THAM_DINH</comment>
        <translation>Under police appraisal</translation>
    </message>
    <message>
        <source>Điều trị</source>
        <comment>dieu_tri</comment>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Điểm tư vấn</source>
        <comment>counselling_points</comment>
        <translation>Counselling points</translation>
    </message>
    <message>
        <source>Điểm tư vấn</source>
        <comment>entity.counselling_point</comment>
        <translation>Counselling point</translation>
    </message>
    <message>
        <source>Điểm tư vấn hoạt động</source>
        <comment>diem_tu_van</comment>
        <translation>Counselling points open</translation>
    </message>
    <message>
        <source>Đoàn Thanh niên</source>
        <comment>doan_thanh_nien</comment>
        <translation>Youth Union</translation>
    </message>
    <message>
        <source>Đã chết</source>
        <comment>chet</comment>
        <translation>Died</translation>
    </message>
    <message>
        <source>Đã có quyết định</source>
        <comment>DA_CO_QUYET_DINH</comment>
        <translation>Decision issued</translation>
    </message>
    <message>
        <source>Đã có, trùng khớp</source>
        <comment>outcome.identical</comment>
        <translation>Already held</translation>
    </message>
    <message>
        <source>Đã nhận</source>
        <comment>outcome.imported</comment>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Đã xác định nghiện</source>
        <comment>DA_XAC_DINH_NGHIEN</comment>
        <translation>Determined addicted</translation>
    </message>
    <message>
        <source>Đã đăng ký</source>
        <comment>DA_DANG_KY</comment>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Đăng ký cai nghiện</source>
        <comment>deadline.assessed_on</comment>
        <translation>Register for treatment</translation>
    </message>
    <message>
        <source>Đăng ký sau khi có kết quả (ngày làm việc)</source>
        <comment>rule.registration_wd</comment>
        <translation>Register after the result (working days)</translation>
    </message>
    <message>
        <source>Đơn vị cung cấp dịch vụ cai nghiện</source>
        <comment>don_vi_cung_cap_dich_vu</comment>
        <translation>Treatment provider</translation>
    </message>
    <message>
        <source>Đơn vị cung cấp dịch vụ thông báo (ngày làm việc)</source>
        <comment>rule.provider_notice_wd</comment>
        <translation>Provider notifies the commune (working days)</translation>
    </message>
    <message>
        <source>Đề nghị quản lý sau cai nghiện</source>
        <comment>form.50</comment>
        <translation>Proposal for post-rehab management</translation>
    </message>
    <message>
        <source>Đề nghị tiếp tục quản lý, hỗ trợ (chuyển nơi cư trú)</source>
        <comment>form.25</comment>
        <translation>Request to continue management and support (a move)</translation>
    </message>
    <message>
        <source>đ) Chuẩn bị tái hòa nhập cộng đồng</source>
        <comment>e</comment>
        <translation>đ) Preparing reintegration</translation>
    </message>
    <message>
        <source>điểm</source>
        <comment>report.unit.points</comment>
        <translation>points</translation>
    </message>
    <message>
        <source>điện thoại người đại diện</source>
        <comment>rep_phone</comment>
        <translation>representative&apos;s phone</translation>
    </message>
    <message>
        <source>đăng ký cai nghiện</source>
        <comment>dang_ky</comment>
        <translation>register</translation>
    </message>
    <message>
        <source>đơn vị cung cấp dịch vụ</source>
        <comment>provider</comment>
        <translation>treatment provider</translation>
    </message>
    <message>
        <source>đơn vị tổng hợp</source>
        <comment>district</comment>
        <translation>consolidating office</translation>
    </message>
    <message>
        <source>đưa ra khỏi danh sách</source>
        <comment>ra_khoi_danh_sach</comment>
        <translation>remove from the list</translation>
    </message>
    <message>
        <source>địa chỉ</source>
        <comment>address</comment>
        <translation>address</translation>
    </message>
    <message>
        <source>địa chỉ</source>
        <comment>address_detail</comment>
        <translation>address</translation>
    </message>
    <message>
        <source>địa điểm</source>
        <comment>place</comment>
        <translation>place</translation>
    </message>
    <message>
        <source>đối tượng tham dự</source>
        <comment>audience</comment>
        <translation>audience</translation>
    </message>
    <message>
        <source>ổ đĩa chỉ cho đọc</source>
        <comment>os.read_only</comment>
        <translation>the drive is read-only</translation>
    </message>
    <message>
        <source>ổ đĩa không đọc ghi được, có thể USB đã bị rút</source>
        <comment>os.device_error</comment>
        <translation>the drive cannot be read or written: was the stick pulled out?</translation>
    </message>
    <message>
        <source>ổ đĩa đã đầy</source>
        <comment>os.disk_full</comment>
        <translation>the disk is full</translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <source>, giai đoạn “{stage}”</source>
        <translation>, stage “{stage}”</translation>
    </message>
    <message>
        <source>, khi đang “{state}”</source>
        <translation>, while “{state}”</translation>
    </message>
    <message>
        <source>, kết quả dương tính</source>
        <translation>, positive</translation>
    </message>
    <message>
        <source>, lý do “{reason}”</source>
        <translation>, reason “{reason}”</translation>
    </message>
    <message>
        <source>, người từ {low} đến dưới {high} tuổi vào ngày đó</source>
        <translation>, people aged {low} to under {high} on the day</translation>
    </message>
    <message>
        <source>Không có trong dữ liệu của phần mềm: danh sách do Công an xã quản lý; điền tay nếu có (không bắt buộc)</source>
        <translation>Not in the app&apos;s data: the list is kept by the commune police; fill in by hand if known (optional)</translation>
    </message>
    <message>
        <source>Không có trong dữ liệu của phần mềm: điền tay theo số thực chi</source>
        <translation>Not in the app&apos;s data: fill in by hand with the amount actually paid</translation>
    </message>
    <message>
        <source>Số hồ sơ ghi “chuyển đến từ xã” có bước đầu tiên ghi nhận tại trạm nằm trong kỳ</source>
        <translation>Files marked “transferred from commune” whose first step recorded here falls within the period</translation>
    </message>
    <message>
        <source>Số hồ sơ lần đầu chuyển sang giai đoạn {names} trong kỳ (đã xong giai đoạn a, b, c)</source>
        <translation>Enrolments first moving to stage {names} within the period (stages a, b and c done)</translation>
    </message>
    <message>
        <source>Số hồ sơ ở trạng thái “{state}” vào cuối ngày cuối kỳ, tính lại từ lịch sử sự kiện</source>
        <translation>Enrolments in state “{state}” at the end of the period&apos;s last day, replayed from the event history</translation>
    </message>
    <message>
        <source>Số lượt</source>
        <translation>Number of</translation>
    </message>
    <message>
        <source>Số người khác nhau có lượt</source>
        <translation>Distinct people with</translation>
    </message>
    <message>
        <source>Số người quản lý khác nhau ghi trong các hồ sơ ở trạng thái {states} vào một lúc nào đó trong kỳ</source>
        <translation>Distinct managers recorded on files in state {states} at some moment of the period</translation>
    </message>
    <message>
        <source>Số sự kiện {names} có ngày trong kỳ</source>
        <translation>Events {names} dated within the period</translation>
    </message>
    <message>
        <source>Tổng các dòng {numbers}</source>
        <translation>Sum of rows {numbers}</translation>
    </message>
    <message>
        <source>Tổng số tiền (quy ra nghìn đồng) của</source>
        <translation>Sum of amounts (in thousand VND) of</translation>
    </message>
    <message>
        <source>{events} × mức chi “{rate}” của quy định có hiệu lực vào ngày đó</source>
        <translation>{events} × the unit cost “{rate}” of the rules in force on that day</translation>
    </message>
    <message>
        <source>{what} “{kind}” có ngày trong kỳ</source>
        <translation>{what} “{kind}” follow-ups dated within the period</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>--enrolment chọn một lần cai nghiện của một người: không dùng cùng --year.</source>
        <comment>form.enrolment_with_year</comment>
        <translation>--enrolment chooses one person&apos;s treatment: it does not go with --year.</translation>
    </message>
    <message>
        <source>Bản ghi đang chờ {record_id} đã được xử lý hoặc không còn: hãy tải lại danh sách.</source>
        <comment>held.not_open</comment>
        <translation>Held record {record_id} was already settled or is gone: reload the list.</translation>
    </message>
    <message>
        <source>Bản lưu của lô số {seq} bị hỏng hoặc không phải lô đã xuất: không gửi lại được; hãy xuất một lô theo kỳ mới thay thế.</source>
        <comment>batch_copy.damaged</comment>
        <translation>The kept copy of batch {seq} is damaged or is not the batch exported: it cannot be sent again; export a new period batch instead.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} bị hỏng ({detail}): không khôi phục gì; hãy chọn bản sao lưu khác.</source>
        <comment>backup.damaged</comment>
        <translation>The backup {path} is damaged ({detail}): nothing was restored; choose another backup.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} do phiên bản mới hơn tạo ({revision}): hãy cài phiên bản phần mềm mới trước.</source>
        <comment>backup.too_new</comment>
        <translation>The backup {path} comes from a newer version ({revision}): install the newer app first.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} đã bị sửa ({part}): không khôi phục gì; hãy chọn bản sao lưu khác.</source>
        <comment>backup.tampered</comment>
        <translation>The backup {path} was altered ({part}): nothing was restored; choose another backup.</translation>
    </message>
    <message>
        <source>Bảng tính trong lô bị hỏng: hãy xin trạm gửi lại lô.</source>
        <comment>import.bad_workbook</comment>
        <translation>The workbook in the batch is damaged: ask the station to send it again.</translation>
    </message>
    <message>
        <source>Bảng tính trong lô chứa công thức hoặc macro ({name}): không nhận vì lý do an toàn.</source>
        <comment>import.workbook_active</comment>
        <translation>The batch&apos;s workbook carries formulas or macros ({name}): refused for safety.</translation>
    </message>
    <message>
        <source>Bảng tính và bản dữ liệu máy đọc trong lô không khớp nhau ở trang “{sheet}”, dòng {row}, cột {column}: không nhận lô này; hãy đề nghị trạm xuất lại lô.</source>
        <comment>import.copies_differ</comment>
        <translation>The batch&apos;s workbook and its machine copy disagree at sheet “{sheet}”, row {row}, column {column}: the batch is refused; ask the station to export it again.</translation>
    </message>
    <message>
        <source>Chưa chỉ định người dùng: hãy dùng --user TÊN hoặc biến CANGHIEN_USER.</source>
        <comment>auth.no_user</comment>
        <translation>No user given: pass --user NAME or set CANGHIEN_USER.</translation>
    </message>
    <message>
        <source>Chưa chọn người dùng: hãy bấm vào một dòng trong danh sách trước.</source>
        <comment>user.choose_first</comment>
        <translation>No user chosen: click a row of the list first.</translation>
    </message>
    <message>
        <source>Chưa chọn xã, phường: hãy gõ tên (không cần dấu) rồi chọn trong danh sách.</source>
        <comment>places.not_chosen</comment>
        <translation>No commune chosen: type its name (accents optional), then choose it in the list.</translation>
    </message>
    <message>
        <source>Chưa có đơn vị nào trong {path}: hãy chạy “canghien init station” trước.</source>
        <comment>office.missing</comment>
        <translation>No office in {path}: run “canghien init station” first.</translation>
    </message>
    <message>
        <source>Chưa ghi lý do vẫn đăng ký người mới dù danh sách có người giống: hãy nhập lý do.</source>
        <comment>person.lookalike_reason</comment>
        <translation>No reason given for registering a new person although the list holds someone similar: enter a reason.</translation>
    </message>
    <message>
        <source>Chưa hoàn thành đủ các giai đoạn bắt buộc a, b, c: hãy ghi nhận các giai đoạn trước.</source>
        <comment>transition.stages_incomplete</comment>
        <translation>Stages a, b and c are not all completed: record them first.</translation>
    </message>
    <message>
        <source>Chưa tin cậy khóa của đơn vị tổng hợp: hãy nhận thẻ đơn vị rồi tin cậy nó (màn hình Lô dữ liệu, hoặc “canghien trust add”).</source>
        <comment>trust.no_district</comment>
        <translation>No consolidating office key is trusted yet: get its office card and trust it (Batches screen, or “canghien trust add”).</translation>
    </message>
    <message>
        <source>Chưa đến hạn: chỉ được ghi nhận từ ngày {earliest}.</source>
        <comment>transition.too_early</comment>
        <translation>Too early: this can only be recorded from {earliest}.</translation>
    </message>
    <message>
        <source>Chất “khác” cần ghi rõ tên chất (ví dụ ketamine): hãy nhập tên chất.</source>
        <comment>substance.other_needs_text</comment>
        <translation>Substance “other” needs a name (e.g. ketamine): type it in.</translation>
    </message>
    <message>
        <source>Chỉ giám sát điện tử người đang cai nghiện hoặc đang quản lý sau cai: hồ sơ đang “{state_label}”.</source>
        <comment>monitoring.wrong_state</comment>
        <translation>Only a person in treatment or under post-rehab management can be monitored electronically: the record is “{state_label}”.</translation>
    </message>
    <message>
        <source>Chỉ lần xét nghiệm mới có kết quả theo chất: hãy chọn loại “xét nghiệm”.</source>
        <comment>followup.results_not_test</comment>
        <translation>Only a drug test has results per substance: choose the “drug test” kind.</translation>
    </message>
    <message>
        <source>Chỉ người nghiện các chất dạng thuốc phiện mới chuyển sang điều trị thay thế.</source>
        <comment>transition.not_opioid</comment>
        <translation>Only people dependent on opioids can switch to substitution therapy.</translation>
    </message>
    <message>
        <source>Chỉ trưởng trạm hoặc quản trị được mã hóa cơ sở dữ liệu: hãy nhờ họ đăng nhập trước.</source>
        <comment>db.encrypt_needs_head</comment>
        <translation>Only the station head or the administrator may encrypt the database: ask them to log in first.</translation>
    </message>
    <message>
        <source>Chữ ký của lô không hợp lệ: lô có thể đã bị sửa, đừng dùng; hãy xin gửi lại.</source>
        <comment>batch.bad_signature</comment>
        <translation>The batch signature does not verify: it may have been altered; do not use it, ask again.</translation>
    </message>
    <message>
        <source>Chữ ký của tuyên bố đổi khóa của trạm {office} không hợp lệ: tệp có thể đã bị sửa; không nhận khóa mới, hãy xin trạm gửi lại.</source>
        <comment>rotation.bad_signature</comment>
        <translation>The signature of station {office}&apos;s key change statement does not verify: it may have been altered; the new key is refused, ask the station again.</translation>
    </message>
    <message>
        <source>Chữ số thứ 4 của số định danh “{value}” là {digit}, theo giới tính và năm sinh phải là {expected}: hãy kiểm tra số, giới tính và năm sinh.</source>
        <comment>id.century_sex</comment>
        <translation>Digit 4 of ID number “{value}” is {digit}, but the sex and birth year need {expected}: check the number, sex and birth year.</translation>
    </message>
    <message>
        <source>Chữ số thứ 5–6 của số định danh “{value}” là {digits}, theo năm sinh phải là {expected}: hãy kiểm tra số và năm sinh.</source>
        <comment>id.birth_year</comment>
        <translation>Digits 5–6 of ID number “{value}” are {digits}, but the birth year needs {expected}: check the number and birth year.</translation>
    </message>
    <message>
        <source>Có số chứng chỉ nhưng chưa chọn “có chứng chỉ”: hãy chọn, hoặc xóa số.</source>
        <comment>activity.no_certificate</comment>
        <translation>A certificate number is given but “certificate issued” is not ticked: tick it, or clear the number.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} chưa được mã hóa: trưởng trạm hoặc quản trị hãy đăng nhập để mã hóa.</source>
        <comment>db.not_encrypted</comment>
        <translation>The database {path} is not encrypted yet: the station head or the administrator must log in to encrypt it.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} đã được mã hóa: không cần làm lại.</source>
        <comment>db.already_encrypted</comment>
        <translation>The database {path} is already encrypted: nothing to do.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang bận (có chương trình khác đang ghi): hãy thử lại sau ít phút.</source>
        <comment>db.locked</comment>
        <translation>The database is busy (another program is writing): try again in a minute.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu được tạo bởi phiên bản mới hơn ({revision}): hãy cài phiên bản phần mềm mới.</source>
        <comment>db.too_new</comment>
        <translation>The database comes from a newer version ({revision}): install the newer app.</translation>
    </message>
    <message>
        <source>Cả trạm và đơn vị đều sửa “{field_label}”: hãy chọn giữ giá trị nào trước khi lưu.</source>
        <comment>held.choice_missing</comment>
        <translation>Both the station and this office changed “{field_label}”: choose which value to keep.</translation>
    </message>
    <message>
        <source>Cần chọn lý do: hãy chọn lý do trong danh sách.</source>
        <comment>transition.reason_required</comment>
        <translation>A reason is required: choose one from the list.</translation>
    </message>
    <message>
        <source>Cập nhật quy định số {serial} đã được nhập ngày {on}: trạm đang áp dụng bản này, không cần nhập lại.</source>
        <comment>rules_update.replayed</comment>
        <translation>Rules update no. {serial} was already imported on {on}: the station applies it, no need to import it again.</translation>
    </message>
    <message>
        <source>Cụm mật khẩu ký cần ít nhất {minimum} ký tự: hãy chọn cụm dài hơn.</source>
        <comment>passphrase.too_short</comment>
        <translation>The signing passphrase needs at least {minimum} characters: choose a longer one.</translation>
    </message>
    <message>
        <source>Danh sách tệp trong lô khác với manifest: lô có thể đã bị sửa; hãy xin gửi lại.</source>
        <comment>batch.members_differ</comment>
        <translation>The files in the batch differ from its manifest: it may have been altered; ask again.</translation>
    </message>
    <message>
        <source>Dấu vân tay {actual} khác với {expected} đã đọc qua điện thoại: không tin cậy khóa này.</source>
        <comment>trust.fingerprint_mismatch</comment>
        <translation>Fingerprint {actual} differs from {expected} read over the phone: the key is not trusted.</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu chỉ được tạo trên một trạm chưa có người nào: hãy khởi tạo một thư mục mới.</source>
        <comment>demo.not_empty</comment>
        <translation>Demo data can only go into a station with no people yet: initialise a new folder.</translation>
    </message>
    <message>
        <source>Dữ liệu trước khi khôi phục đã được sao lưu tại {path}.</source>
        <comment>backup.kept_before_restore</comment>
        <translation>The data as it was before the restore is backed up at {path}.</translation>
    </message>
    <message>
        <source>Giám sát đã kết thúc ngày {value}: không kết thúc lần nữa.</source>
        <comment>monitoring.already_ended</comment>
        <translation>The monitoring already ended on {value}: it cannot be ended again.</translation>
    </message>
    <message>
        <source>Hai lần nhập {what} không khớp: hãy nhập lại.</source>
        <comment>auth.mismatch</comment>
        <translation>The two {what} entries differ: type them again.</translation>
    </message>
    <message>
        <source>Hãy ghi ngắn gọn lý do không sửa, để khi cơ quan tổng hợp hỏi lại thì trạm trả lời được.</source>
        <comment>correction.reason_required</comment>
        <translation>Give a short reason for declining, so the station can answer when the office asks again.</translation>
    </message>
    <message>
        <source>Hạn nộp báo cáo 6 tháng đầu năm “{value}” đến trước khi kỳ kết thúc (30/06): hãy chọn một ngày từ tháng 7.</source>
        <comment>settings.due_before_end</comment>
        <translation>The first half-year report&apos;s due date “{value}” comes before the period ends (30/06): choose a day from July on.</translation>
    </message>
    <message>
        <source>Hạn nộp “{value}” không có trong mọi năm: hãy chọn một ngày có thật (ngày/tháng), không dùng 29/02.</source>
        <comment>settings.bad_due_date</comment>
        <translation>Due date “{value}” does not exist every year: choose a real day/month, not 29/02.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa mang giá trị cơ quan tổng hợp đề nghị cho “{name}”: hãy bấm “Mở hồ sơ”, sửa và lưu, rồi bấm lại “Đã sửa”; nếu không sửa, bấm “Không sửa…” và ghi lý do.</source>
        <comment>correction.not_made</comment>
        <translation>The record does not hold the value the office asked for in “{name}” yet: press “Open record”, change it and save, then press “Corrected” again; if it should stay, press “Decline…” and give the reason.</translation>
    </message>
    <message>
        <source>Hồ sơ không tạm dừng: chỉ ghi nhận hết bất khả kháng sau khi đã ghi nhận bắt đầu.</source>
        <comment>transition.not_paused</comment>
        <translation>The record is not paused: record the end of force majeure only after recording its start.</translation>
    </message>
    <message>
        <source>Hồ sơ này thuộc trạm {owner}: chỉ trạm đó được sửa; đơn vị tổng hợp hãy gửi đề nghị sửa cho trạm.</source>
        <comment>record.not_owner</comment>
        <translation>This record belongs to station {owner}: only that station changes it; the office sends the station a correction request.</translation>
    </message>
    <message>
        <source>Hồ sơ {record_type} {record_id} không có trong lô: mục “{field}” có nội dung bảng tính không chứa được ({problem}); hãy sửa mục này, lô sau sẽ gửi hồ sơ.</source>
        <comment>export.record_skipped</comment>
        <translation>Record {record_type} {record_id} was left out of the batch: its field “{field}” holds what a spreadsheet cannot ({problem}); correct the field and the next batch sends the record.</translation>
    </message>
    <message>
        <source>Hồ sơ {table} {record_id} khác với nhật ký: có thể đã bị sửa ngoài phần mềm.</source>
        <comment>audit.record_changed</comment>
        <translation>Record {table} {record_id} differs from the audit log: it may have been edited outside the app.</translation>
    </message>
    <message>
        <source>Hồ sơ {table} {record_id} không có trong nhật ký: có thể đã bị thêm ngoài phần mềm.</source>
        <comment>audit.no_entry</comment>
        <translation>Record {table} {record_id} has no audit entry: it may have been added outside the app.</translation>
    </message>
    <message>
        <source>Hồ sơ đang tạm dừng do bất khả kháng: hãy ghi nhận “hết bất khả kháng” trước.</source>
        <comment>transition.paused</comment>
        <translation>The record is paused for force majeure: record “end of force majeure” first.</translation>
    </message>
    <message>
        <source>Hồ sơ đã đang tạm dừng do bất khả kháng: hãy ghi nhận ngày hết bất khả kháng.</source>
        <comment>transition.already_paused</comment>
        <translation>The record is already paused for force majeure: record the day the force majeure ended.</translation>
    </message>
    <message>
        <source>Khoản hỗ trợ một lần của đợt cai nghiện này đã được ghi nhận ngày {paid_on}: không ghi lần thứ hai; nếu ghi nhầm, hãy sửa lần đã ghi.</source>
        <comment>followup.support_paid_once</comment>
        <translation>This treatment&apos;s one-time support was already recorded on {paid_on}: do not record it twice; if that entry was wrong, correct it.</translation>
    </message>
    <message>
        <source>Khóa của trạm {station} đã bị thu hồi ngày {on}: không cần thu hồi lại; hãy đăng ký thẻ khóa mới của trạm khi nhận được.</source>
        <comment>revoke.already</comment>
        <translation>Station {station}&apos;s key was already revoked on {on}: nothing to do; register the station&apos;s new key card when it arrives.</translation>
    </message>
    <message>
        <source>Khóa không mở được cơ sở dữ liệu {path} (tệp của đơn vị khác hoặc đã hỏng): hãy khôi phục từ bản sao lưu.</source>
        <comment>db.key_rejected</comment>
        <translation>The key does not open the database {path} (another office&apos;s file, or damaged): restore from a backup.</translation>
    </message>
    <message>
        <source>Khóa mã hóa “{value}” không phải khóa age (age1…): hãy lấy lại tệp .age.pub.</source>
        <comment>keys.bad_recipient</comment>
        <translation>Encryption key “{value}” is not an age recipient (age1…): get the .age.pub file again.</translation>
    </message>
    <message>
        <source>Khóa “{value}…” không phải khóa công khai minisign Ed25519: hãy kiểm tra tệp khóa.</source>
        <comment>keys.bad_key</comment>
        <translation>Key “{value}…” is not a minisign Ed25519 public key: check the key file.</translation>
    </message>
    <message>
        <source>Không còn bản lưu của lô số {seq} (đã quá thời hạn lưu hoặc chưa lưu được): hãy xuất một lô theo kỳ mới thay thế.</source>
        <comment>batch_copy.missing</comment>
        <translation>No copy of batch {seq} is kept (past the retention, or it could not be kept): export a new period batch instead.</translation>
    </message>
    <message>
        <source>Không có biểu mẫu “{number}”: xem các biểu mẫu in được bằng lệnh “canghien forms”.</source>
        <comment>form.unknown</comment>
        <translation>There is no form “{number}”: see the printable forms with “canghien forms”.</translation>
    </message>
    <message>
        <source>Không có người dùng “{username}”: hãy kiểm tra tên đăng nhập.</source>
        <comment>user.unknown</comment>
        <translation>There is no user “{username}”: check the user name.</translation>
    </message>
    <message>
        <source>Không có thay đổi nào kể từ lô trước: chưa cần xuất lô mới.</source>
        <comment>export.nothing_new</comment>
        <translation>Nothing has changed since the last batch: no new batch is needed.</translation>
    </message>
    <message>
        <source>Không có trạm hay khóa nào mang mã “{value}” trong danh sách trạm: hãy kiểm tra mã trạm.</source>
        <comment>revoke.unknown</comment>
        <translation>No station or key “{value}” is registered: check the station&apos;s code.</translation>
    </message>
    <message>
        <source>Không có {what}: hãy nhập trên bàn phím hoặc đặt biến {env}.</source>
        <comment>auth.no_secret</comment>
        <translation>No {what} given: type it at the terminal or set {env}.</translation>
    </message>
    <message>
        <source>Không ghi được báo cáo vào {path} ({detail_label}): kiểm tra thư mục còn chỗ và cho phép ghi, rồi lập lại.</source>
        <comment>report.write_failed</comment>
        <translation>Could not write the report to {path} ({detail_label}): check the folder has room and is writable, then try again.</translation>
    </message>
    <message>
        <source>Không ghi được lô vào {path} ({detail_label}): kiểm tra USB/ổ đĩa còn chỗ và cắm chắc, rồi gửi lại.</source>
        <comment>batch_copy.write_failed</comment>
        <translation>Could not write the batch to {path} ({detail_label}): check the stick has room and is seated, then send it again.</translation>
    </message>
    <message>
        <source>Không ghi được lô vào {path} ({detail_label}): kiểm tra USB/ổ đĩa còn chỗ và cắm chắc, rồi xuất lại.</source>
        <comment>export.write_failed</comment>
        <translation>Could not write the batch to {path} ({detail_label}): check the stick has room and is seated, then export again.</translation>
    </message>
    <message>
        <source>Không ghi được tệp xác nhận vào {path} ({detail_label}): kiểm tra USB/thư mục còn chỗ và cho phép ghi, rồi ghi lại.</source>
        <comment>ack.write_failed</comment>
        <translation>Could not write the acknowledgements to {path} ({detail_label}): check the stick or folder has room and is writable, then try again.</translation>
    </message>
    <message>
        <source>Không giải mã được lô bằng khóa của đơn vị này: lô có thể gửi nhầm nơi nhận; hãy hỏi trạm.</source>
        <comment>import.cannot_decrypt</comment>
        <translation>This office&apos;s key cannot decrypt the batch: it may be meant for another office; ask the station.</translation>
    </message>
    <message>
        <source>Không lập được {form} khi hồ sơ đang ở trạng thái “{state_label}”: hãy chọn biểu mẫu phù hợp với trạng thái hồ sơ.</source>
        <comment>form.not_applicable</comment>
        <translation>{form} cannot be produced while the enrolment is “{state_label}”: choose a form that fits its state.</translation>
    </message>
    <message>
        <source>Không thể tự ngừng tài khoản của mình ({username}): hãy nhờ một quản trị khác.</source>
        <comment>user.not_self</comment>
        <translation>You cannot deactivate your own account ({username}): ask another administrator.</translation>
    </message>
    <message>
        <source>Không thể “{action_label}” khi hồ sơ đang ở trạng thái “{state_label}”.</source>
        <comment>transition.illegal</comment>
        <translation>Cannot “{action_label}” while the enrolment is “{state_label}”.</translation>
    </message>
    <message>
        <source>Không thể “{action_label}” với hồ sơ theo quy định trước ngày 01/07/2026: hãy chọn bước có trong danh sách.</source>
        <comment>transition.not_in_rule_set</comment>
        <translation>Cannot “{action_label}” on a record under the rules before 01/07/2026: choose a step from the list.</translation>
    </message>
    <message>
        <source>Không tìm thấy bộ quy định “{value}”: hãy khôi phục tệp quy định hoặc gọi bộ phận kỹ thuật.</source>
        <comment>rulesets.unknown</comment>
        <translation>Rule set “{value}” was not found: restore the rule-set file or call IT support.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ {record_id}: có thể đã bị xóa.</source>
        <comment>record.not_found</comment>
        <translation>Record {record_id} was not found: it may have been deleted.</translation>
    </message>
    <message>
        <source>Không tìm thấy người có số định danh {id_number}: hãy kiểm tra lại 12 chữ số.</source>
        <comment>form.person_not_found</comment>
        <translation>No person has the ID number {id_number}: check the 12 digits.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp sao lưu {path}: hãy kiểm tra đường dẫn.</source>
        <comment>backup.missing</comment>
        <translation>The backup file {path} was not found: check the path.</translation>
    </message>
    <message>
        <source>Không tìm thấy đề nghị sửa này ở trạm: hãy tải lại danh sách.</source>
        <comment>correction.unknown</comment>
        <translation>This correction request is not at this station: reload the list.</translation>
    </message>
    <message>
        <source>Không đọc ghi được tệp dữ liệu (lỗi ổ đĩa): hãy kiểm tra ổ đĩa rồi mở lại; nếu vẫn lỗi, hãy khôi phục từ bản sao lưu.</source>
        <comment>db.io_error</comment>
        <translation>The data file cannot be read or written (a disk fault): check the drive and open again; if it persists, restore from a backup.</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được {path} ({detail_label}): hãy kiểm tra ổ đĩa và quyền ghi của thư mục, rồi thử lại.</source>
        <comment>os.error</comment>
        <translation>Could not read or write {path} ({detail_label}): check the drive and that the folder is writable, then try again.</translation>
    </message>
    <message>
        <source>Kết luận xác định tình trạng nghiện là “không nghiện”: không thể ghi danh cai nghiện.</source>
        <comment>assessment.not_addicted</comment>
        <translation>The addiction assessment concluded “not addicted”: enrolment is not possible.</translation>
    </message>
    <message>
        <source>Kết luận “nghiện” cần ít nhất 3 tiêu chí (đang có {count}): hãy kiểm tra lại.</source>
        <comment>assessment.conclusion_mismatch</comment>
        <translation>A conclusion of “addicted” needs at least 3 criteria ({count} chosen): check again.</translation>
    </message>
    <message>
        <source>Kỳ báo cáo {value} chưa bắt đầu (từ ngày {start}): hãy chọn kỳ đã hoặc đang diễn ra.</source>
        <comment>report.period_not_started</comment>
        <translation>Period {value} has not started yet (it starts on {start}): choose a past or current period.</translation>
    </message>
    <message>
        <source>Kỳ báo cáo “{value}” không hợp lệ: dùng dạng 2026, 2026-H1, 2026-Q3 hoặc 2026-11.</source>
        <comment>period.invalid</comment>
        <translation>Period “{value}” is not valid: use 2026, 2026-H1, 2026-Q3 or 2026-11.</translation>
    </message>
    <message>
        <source>Lô chứa hai tệp cùng tên “{name}”: không nhận; hãy xin trạm gửi lại lô gốc.</source>
        <comment>batch.duplicate_member</comment>
        <translation>The batch holds two members named “{name}”: refused; ask the station for the original batch.</translation>
    </message>
    <message>
        <source>Lô chứa thành phần lạ “{name}”: không nhận; hãy xin đơn vị gửi lại lô gốc.</source>
        <comment>batch.bad_member</comment>
        <translation>The batch holds an unexpected member “{name}”: refused; ask for the original batch.</translation>
    </message>
    <message>
        <source>Lô của trạm {station} chứa bản ghi {record_type_label} thuộc trạm {owner}: mỗi trạm chỉ được gửi hồ sơ của chính mình, nên cả lô bị từ chối và không có gì được ghi; hãy báo trạm {station} và trạm {owner}.</source>
        <comment>import.not_owner</comment>
        <translation>Station {station}&apos;s batch carries a {record_type_label} record owned by station {owner}: a station may only send its own records, so the whole batch is refused and nothing was written; tell stations {station} and {owner}.</translation>
    </message>
    <message>
        <source>Lô của trạm {station} được ký bằng khóa đã bị thu hồi ngày {on}: không nhận; trạm phải tạo khóa mới và gửi thẻ đơn vị mới, hãy đăng ký thẻ đó sau khi so dấu vân tay qua điện thoại.</source>
        <comment>import.key_revoked</comment>
        <translation>Station {station}&apos;s batch is signed with a key revoked on {on}: refused; the station must make a new key and send its new office card, then register that card after checking its fingerprint by phone.</translation>
    </message>
    <message>
        <source>Lô dùng định dạng phiên bản {version}, mới hơn phần mềm này: hãy cập nhật phần mềm.</source>
        <comment>batch.newer_format</comment>
        <translation>The batch uses format version {version}, newer than this app: update the app.</translation>
    </message>
    <message>
        <source>Lô ghi là của trạm {station} nhưng được ký bằng khóa của đơn vị khác: không nhận.</source>
        <comment>import.wrong_station</comment>
        <translation>The batch claims station {station} but is signed with another office&apos;s key: refused.</translation>
    </message>
    <message>
        <source>Lô ghi là của trạm {station} – {name}, nhưng trạm này chưa được đăng ký ở đây với khóa đã ký lô (mã khóa {key}): hãy đăng ký thẻ đơn vị của trạm sau khi so dấu vân tay qua điện thoại, rồi nhập lại lô.</source>
        <comment>batch.unknown_station</comment>
        <translation>The batch says it comes from station {station} – {name}, but that station is not registered here with the key that signed the batch (key id {key}): register the station&apos;s office card after comparing the fingerprint by phone, then import the batch again.</translation>
    </message>
    <message>
        <source>Lô giải mã được nhưng {member} không phải văn bản UTF-8 (phần mềm ở trạm ghi sai): hãy xin trạm cập nhật phần mềm rồi xuất lại lô.</source>
        <comment>import.not_utf8</comment>
        <translation>The batch decrypts, but {member} is not UTF-8 text (the station&apos;s program wrote it wrong): ask the station to update the app and export again.</translation>
    </message>
    <message>
        <source>Lô khai {count} bản ghi loại {record_type}, con số không hợp lý: không nhận.</source>
        <comment>import.absurd_counts</comment>
        <translation>The batch declares {count} {record_type} records, an absurd number: refused.</translation>
    </message>
    <message>
        <source>Lô không được mã hóa: đơn vị tổng hợp chỉ nhận lô đã mã hóa; hãy xin trạm xuất lại.</source>
        <comment>import.not_encrypted</comment>
        <translation>The batch is not encrypted: the office only takes encrypted batches; ask for a new export.</translation>
    </message>
    <message>
        <source>Lô mang mã lô của một lô khác đã nhận (của trạm {station}) nhưng nội dung khác: không nhận; hãy hỏi trạm gửi lô này.</source>
        <comment>import.batch_id_reused</comment>
        <translation>The batch reuses the id of another batch already received (from station {station}) with other contents: refused; ask the station that sent it.</translation>
    </message>
    <message>
        <source>Lô số {seq} không nối tiếp lô trước (prev_sha256 khác): có thể bị tách nhánh; hãy liên hệ trạm.</source>
        <comment>batch.chain_broken</comment>
        <translation>Batch {seq} does not follow the previous one (prev_sha256 differs): a fork; contact the station.</translation>
    </message>
    <message>
        <source>Lô số {seq} được xuất không mã hóa nên không giữ bản lưu để gửi lại: hãy xuất một lô theo kỳ mới thay thế.</source>
        <comment>batch_copy.unencrypted</comment>
        <translation>Batch {seq} was exported unencrypted, so no copy was kept to send again: export a new period batch instead.</translation>
    </message>
    <message>
        <source>Lô thiếu “{name}”: hãy xin đơn vị gửi lại lô đầy đủ.</source>
        <comment>batch.missing_member</comment>
        <translation>The batch lacks “{name}”: ask the sender for the complete batch.</translation>
    </message>
    <message>
        <source>Lô được ký bằng khóa {key} chưa được tin cậy: hãy xác nhận thẻ đơn vị của nơi gửi trước.</source>
        <comment>batch.unknown_key</comment>
        <translation>The batch is signed with untrusted key {key}: confirm the sender&apos;s office card first.</translation>
    </message>
    <message>
        <source>Lỗi ngoài dự kiến ({detail}); chi tiết ghi ở {log}: hãy gửi tệp này cho bộ phận kỹ thuật.</source>
        <comment>internal.error</comment>
        <translation>Unexpected error ({detail}); details are in {log}: send that file to IT support.</translation>
    </message>
    <message>
        <source>Manifest của lô không ghi mã trạm (station.code): không nhận; hãy liên hệ trạm.</source>
        <comment>batch.bad_station_code</comment>
        <translation>The batch&apos;s manifest names no station code (station.code): refused; contact the station.</translation>
    </message>
    <message>
        <source>Mã băm lô trước (prev_sha256) của lô số {seq} không hợp lệ: không nhận; hãy liên hệ trạm.</source>
        <comment>batch.bad_prev</comment>
        <translation>The previous batch&apos;s hash (prev_sha256) of batch {seq} is not valid: refused; contact the station.</translation>
    </message>
    <message>
        <source>Mã khôi phục phải gồm 25 chữ và số (5 nhóm 5 ký tự): hãy nhập lại theo tờ đã in.</source>
        <comment>recovery.malformed</comment>
        <translation>The recovery code has 25 letters and digits (5 groups of 5): type it again from the printed sheet.</translation>
    </message>
    <message>
        <source>Mã lô (batch_id) “{value}” trong manifest không phải UUID: không nhận; hãy liên hệ trạm.</source>
        <comment>batch.bad_batch_id</comment>
        <translation>The batch id (batch_id) “{value}” in its manifest is not a UUID: refused; contact the station.</translation>
    </message>
    <message>
        <source>Mã tỉnh “{value}” không có trong danh mục đơn vị hành chính 2025: hãy kiểm tra lại mã tỉnh.</source>
        <comment>places.unknown_province</comment>
        <translation>Province code “{value}” is not in the 2025 list of administrative units: check the province code.</translation>
    </message>
    <message>
        <source>Mã tỉnh “{value}” phải gồm đúng 2 chữ số: hãy nhập lại.</source>
        <comment>province_code.invalid</comment>
        <translation>Province code “{value}” must be exactly 2 digits: type it again.</translation>
    </message>
    <message>
        <source>Mã xã chuyển đến “{value}” không hợp lệ: cần đúng 5 chữ số của xã cũ, khác xã này.</source>
        <comment>transfer.bad_commune</comment>
        <translation>Commune code “{value}” is not valid: give the 5 digits of the former commune, not this one.</translation>
    </message>
    <message>
        <source>Mã xã {value} là {commune}, không thuộc tỉnh mã {province}: hãy kiểm tra lại mã tỉnh hoặc mã xã.</source>
        <comment>places.other_province</comment>
        <translation>Commune code {value} is {commune}, not in province {province}: check the province or the commune code.</translation>
    </message>
    <message>
        <source>Mã xã “{value}” không có trong danh mục đơn vị hành chính 2025: hãy chọn xã, phường trong danh sách.</source>
        <comment>places.unknown_commune</comment>
        <translation>Commune code “{value}” is not in the 2025 list of administrative units: choose a commune from the list.</translation>
    </message>
    <message>
        <source>Mã xã “{value}” không hợp lệ: mã xã gồm đúng 5 chữ số (QĐ 19/2025), hãy kiểm tra lại.</source>
        <comment>trust.bad_commune</comment>
        <translation>Commune code “{value}” is not valid: it has exactly 5 digits (QĐ 19/2025); check it.</translation>
    </message>
    <message>
        <source>Mã xã “{value}” phải gồm đúng 5 chữ số: hãy nhập lại.</source>
        <comment>commune_code.invalid</comment>
        <translation>Commune code “{value}” must be exactly 5 digits: type it again.</translation>
    </message>
    <message>
        <source>Mã đơn vị “{value}” chỉ được gồm chữ in hoa không dấu, số và gạch ngang (tối đa 20).</source>
        <comment>office.code_invalid</comment>
        <translation>Office code “{value}” may only hold capital letters, digits and hyphens (20 at most).</translation>
    </message>
    <message>
        <source>Mật khẩu cần ít nhất {minimum} ký tự: hãy chọn mật khẩu dài hơn.</source>
        <comment>password.too_short</comment>
        <translation>The password needs at least {minimum} characters: choose a longer one.</translation>
    </message>
    <message>
        <source>Mật khẩu hoặc mã khôi phục không mở được bản sao lưu {path}: hãy dùng mật khẩu lúc sao lưu.</source>
        <comment>backup.wrong_secret</comment>
        <translation>The password or recovery code does not open the backup {path}: use the password valid when it was made.</translation>
    </message>
    <message>
        <source>Mốc nhật ký (audit_anchor) trong biên nhận số {ack} của đơn vị {office} không hợp lệ: không nhận; hãy liên hệ đơn vị {office}.</source>
        <comment>anchor.bad_ack</comment>
        <translation>The audit anchor (audit_anchor) of office {office}&apos;s acknowledgement {ack} is not valid: refused; contact office {office}.</translation>
    </message>
    <message>
        <source>Mốc nhật ký (audit_anchor) trong lô số {seq} của trạm {station} không hợp lệ: không nhận; hãy liên hệ trạm.</source>
        <comment>anchor.bad_batch</comment>
        <translation>The audit anchor (audit_anchor) of station {station}&apos;s batch {seq} is not valid: refused; contact the station.</translation>
    </message>
    <message>
        <source>Một lần nhập lô khác (trong cửa sổ hoặc trên dòng lệnh) đang chạy ở đơn vị này: hãy thử lại khi lần đó xong.</source>
        <comment>import.busy</comment>
        <translation>Another import (in the window or on the command line) is running at this office: try again when it ends.</translation>
    </message>
    <message>
        <source>Mục nhật ký #{seq} không còn như khi biên nhận số {ack} gửi trạm {station} được lập: nhật ký đã bị sửa lại hoặc cắt bớt sau đó; hãy báo lãnh đạo đơn vị và cán bộ công nghệ thông tin.</source>
        <comment>audit.anchor_ack</comment>
        <translation>Audit entry #{seq} is no longer what it was when acknowledgement {ack} to station {station} was written: the log was rewritten or cut since; tell the office head and the IT person.</translation>
    </message>
    <message>
        <source>Mục nhật ký #{seq} không còn như khi lô số {batch} được gửi đi: nhật ký đã bị sửa lại hoặc cắt bớt sau đó; hãy báo trưởng trạm và cán bộ công nghệ thông tin.</source>
        <comment>audit.anchor_batch</comment>
        <translation>Audit entry #{seq} is no longer what it was when batch {batch} left: the log was rewritten or cut since; tell the station head and the IT person.</translation>
    </message>
    <message>
        <source>Mục nhật ký #{seq} đã bị sửa: dữ liệu có thể đã bị can thiệp, hãy báo trưởng trạm.</source>
        <comment>audit.altered</comment>
        <translation>Audit entry #{seq} was altered: the data may have been tampered with; tell the station head.</translation>
    </message>
    <message>
        <source>Ngày có kết quả {result} trước ngày tiếp nhận {received}: hãy kiểm tra lại ngày.</source>
        <comment>assessment.result_before_received</comment>
        <translation>The result date {result} is before the date received {received}: check the dates.</translation>
    </message>
    <message>
        <source>Ngày kết thúc {value} không sau ngày bắt đầu {other}: hãy nhập lại.</source>
        <comment>monitoring.end_before_start</comment>
        <translation>The end date {value} is not after the start date {other}: enter it again.</translation>
    </message>
    <message>
        <source>Ngày quyết định {value} theo “{rule_set}”, chưa có giám sát điện tử (chỉ từ 01/07/2026): hãy kiểm tra ngày.</source>
        <comment>monitoring.not_in_force</comment>
        <translation>The decision date {value} falls under “{rule_set}”, which has no electronic monitoring (only from 01/07/2026): check the date.</translation>
    </message>
    <message>
        <source>Ngày sinh {value} nằm trong tương lai: hãy kiểm tra lại ngày sinh.</source>
        <comment>birth.future</comment>
        <translation>Birth date {value} is in the future: check the birth date.</translation>
    </message>
    <message>
        <source>Ngày {value} ngoài thời gian giám sát (từ {start}): hãy kiểm tra ngày.</source>
        <comment>monitoring.event_outside</comment>
        <translation>The date {value} is outside the monitoring period (from {start}): check the date.</translation>
    </message>
    <message>
        <source>Ngày {value} nằm trong tương lai: chỉ ghi nhận việc đã xảy ra.</source>
        <comment>transition.date_future</comment>
        <translation>Date {value} is in the future: only record what has happened.</translation>
    </message>
    <message>
        <source>Ngày {value} trước ngày {other} của bước trước: hãy kiểm tra lại ngày.</source>
        <comment>transition.date_before</comment>
        <translation>Date {value} is before {other}, the date of the previous step: check the date.</translation>
    </message>
    <message>
        <source>Ngày “{value}” không hợp lệ: hãy nhập theo dạng dd/mm/yyyy.</source>
        <comment>date.invalid</comment>
        <translation>Date “{value}” is not valid: type it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Người có số định danh {id_number} chưa có hồ sơ cai nghiện: chưa có biểu mẫu nào để in.</source>
        <comment>form.no_enrolment</comment>
        <translation>The person with ID number {id_number} has no treatment record yet: there is no form to print.</translation>
    </message>
    <message>
        <source>Người có số định danh {id_number} không có lần đăng ký số {ledger} trong sổ: hãy kiểm tra số thứ tự và năm.</source>
        <comment>form.enrolment_not_found</comment>
        <translation>The person with ID number {id_number} has no registration {ledger} in the register: check the number and the year.</translation>
    </message>
    <message>
        <source>Người dùng “{username}” cần được trưởng trạm đặt lại mật khẩu sau khi mã hóa: hãy dùng “canghien user reset {username}”.</source>
        <comment>db.user_needs_reset</comment>
        <translation>User “{username}” needs the station head to reset their password after encryption: run “canghien user reset {username}”.</translation>
    </message>
    <message>
        <source>Người dùng “{username}” đã tồn tại: hãy chọn tên khác.</source>
        <comment>user.exists</comment>
        <translation>User “{username}” already exists: choose another name.</translation>
    </message>
    <message>
        <source>Người dưới 12 tuổi ({age} tuổi) không thuộc đối tượng cai nghiện tự nguyện: không thể ghi danh.</source>
        <comment>enrolment.under_12</comment>
        <translation>A person under 12 ({age}) cannot be enrolled in voluntary treatment.</translation>
    </message>
    <message>
        <source>Người từ 12 đến dưới 18 tuổi cần có người đại diện hợp pháp: hãy nhập người đại diện.</source>
        <comment>representative.required</comment>
        <translation>A person aged 12 to under 18 needs a legal representative: enter one.</translation>
    </message>
    <message>
        <source>Nhập sai mật khẩu nhiều lần: hãy đợi {seconds} giây rồi thử lại.</source>
        <comment>auth.slow_down</comment>
        <translation>Several wrong passwords: wait {seconds} seconds, then try again.</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi của trạm {station} đã bị sửa lại hoặc cắt bớt sau lô số {batch}: lô số {seq} không được nhập; hãy hỏi trưởng trạm và cán bộ công nghệ thông tin.</source>
        <comment>anchor.batch_rewritten</comment>
        <translation>Station {station}&apos;s audit log was rewritten or cut after batch {batch}: batch {seq} is not imported; ask the station head and the IT person.</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi của đơn vị {office} đã bị sửa lại hoặc cắt bớt sau biên nhận số {number}: biên nhận số {ack} không được nhập; hãy báo trưởng trạm và hỏi cán bộ công nghệ thông tin của đơn vị {office}.</source>
        <comment>anchor.ack_rewritten</comment>
        <translation>Office {office}&apos;s audit log was rewritten or cut after acknowledgement {number}: acknowledgement {ack} is not imported; tell the station head and ask office {office}&apos;s IT person.</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi mất các mục #{first}–#{last}: dữ liệu có thể đã bị can thiệp, hãy báo trưởng trạm.</source>
        <comment>audit.missing</comment>
        <translation>Audit entries #{first}–#{last} are missing: the data may have been tampered with; tell the station head.</translation>
    </message>
    <message>
        <source>Nhật ký toàn vẹn: {entries} mục, {records} hồ sơ khớp.</source>
        <comment>audit.ok</comment>
        <translation>Audit log intact: {entries} entries, {records} records match.</translation>
    </message>
    <message>
        <source>Nâng cấp cơ sở dữ liệu thất bại; bản sao lưu ở {backup}: hãy gọi bộ phận kỹ thuật.</source>
        <comment>db.migration_failed</comment>
        <translation>The database upgrade failed; a backup is at {backup}: call IT support.</translation>
    </message>
    <message>
        <source>Năm sinh {birth_year} không thể có số định danh 12 số (chỉ 1900–2399): hãy kiểm tra năm sinh.</source>
        <comment>id.century_unsupported</comment>
        <translation>Birth year {birth_year} cannot have a 12-digit ID number (only 1900–2399): check the birth year.</translation>
    </message>
    <message>
        <source>Năm sinh {value} không hợp lý: hãy kiểm tra lại năm sinh.</source>
        <comment>birth.too_old</comment>
        <translation>Birth year {value} is not plausible: check the birth year.</translation>
    </message>
    <message>
        <source>Năm {value} không hợp lệ: hãy chọn một năm từ {first} đến {last}.</source>
        <comment>form.bad_year</comment>
        <translation>The year {value} is not valid: choose a year from {first} to {last}.</translation>
    </message>
    <message>
        <source>Năm {value} ngoài khoảng {low}–{high}: hãy chọn năm của kế hoạch.</source>
        <comment>plan.year_range</comment>
        <translation>Year {value} is outside {low}–{high}: choose the plan&apos;s year.</translation>
    </message>
    <message>
        <source>Phần hồ sơ của lô không phải tệp mã hóa age hợp lệ: hãy xin trạm gửi lại lô.</source>
        <comment>import.bad_encryption</comment>
        <translation>The batch&apos;s records are not a valid age file: ask the station to send it again.</translation>
    </message>
    <message>
        <source>Sai cụm mật khẩu của đơn vị (mở khóa ký và giải mã): hãy nhập lại cụm mật khẩu.</source>
        <comment>keys.wrong_passphrase</comment>
        <translation>Wrong office passphrase (it unlocks signing and decryption): type it again.</translation>
    </message>
    <message>
        <source>Sai tên đăng nhập hoặc mật khẩu: hãy thử lại.</source>
        <comment>auth.failed</comment>
        <translation>Wrong user name or password: try again.</translation>
    </message>
    <message>
        <source>Số bản ghi trong lô khác với số khai trong manifest: không nhận; hãy xin gửi lại.</source>
        <comment>import.counts_differ</comment>
        <translation>The records in the batch differ from the manifest&apos;s counts: refused; ask again.</translation>
    </message>
    <message>
        <source>Số giấy khai sinh “{value}” dài quá {maximum} ký tự: hãy rút gọn.</source>
        <comment>id.too_long</comment>
        <translation>Birth certificate number “{value}” is longer than {maximum} characters: shorten it.</translation>
    </message>
    <message>
        <source>Số giấy tờ {value} đã có trong danh sách: {name} (tình trạng: {where}). Hãy mở hồ sơ đã có; nếu số gõ nhầm, hãy sửa ở hồ sơ đó.</source>
        <comment>person.id_number_taken</comment>
        <translation>ID number {value} is already on the list: {name} (status: {where}). Open the existing record; if the number was mistyped, correct it there.</translation>
    </message>
    <message>
        <source>Số giấy tờ “{value}” phải gồm đúng {expected} chữ số: hãy kiểm tra và nhập lại.</source>
        <comment>id.format</comment>
        <translation>ID number “{value}” must be exactly {expected} digits: check it and type it again.</translation>
    </message>
    <message>
        <source>Số hộ chiếu “{value}” phải gồm 1 chữ cái và 7–8 chữ số (ví dụ {expected}): hãy nhập lại.</source>
        <comment>id.passport_format</comment>
        <translation>Passport number “{value}” must be 1 letter and 7–8 digits (e.g. {expected}): type it again.</translation>
    </message>
    <message>
        <source>Số ngày giữ bản lưu lô “{value}” không hợp lệ: hãy nhập một số nguyên từ 1 trở lên.</source>
        <comment>batch_copy.bad_days</comment>
        <translation>“{value}” is not a valid number of days to keep batch copies: enter a whole number of 1 or more.</translation>
    </message>
    <message>
        <source>Số thứ tự lô (seq) “{value}” trong manifest không phải số nguyên dương: không nhận; hãy liên hệ trạm.</source>
        <comment>batch.bad_sequence</comment>
        <translation>The batch&apos;s sequence number (seq) “{value}” in its manifest is not a positive integer: refused; contact the station.</translation>
    </message>
    <message>
        <source>Số tiền chỉ dành cho các khoản hỗ trợ và không được âm: hãy kiểm tra lại.</source>
        <comment>followup.amount_invalid</comment>
        <translation>An amount belongs only to support and cannot be negative: check it.</translation>
    </message>
    <message>
        <source>Số điện thoại “{value}” không hợp lệ: chỉ dùng chữ số, ví dụ 0912345678.</source>
        <comment>phone.invalid</comment>
        <translation>Phone number “{value}” is not valid: use digits only, e.g. 0912345678.</translation>
    </message>
    <message>
        <source>Số định danh “{value}” có mã tỉnh đăng ký khai sinh {prefix} không tồn tại: hãy kiểm tra 3 số đầu.</source>
        <comment>id.province</comment>
        <translation>ID number “{value}” starts with {prefix}, not a birth-registration province: check the first 3 digits.</translation>
    </message>
    <message>
        <source>Thiếu mã xã chuyển đến từ: hãy nhập mã xã 5 chữ số của nơi cũ.</source>
        <comment>entry.from_required</comment>
        <translation>The commune transferred from is missing: enter the 5-digit code of the former commune.</translation>
    </message>
    <message>
        <source>Thiếu ngày quyết định quản lý sau cai của xã cũ: hãy nhập ngày ghi trên quyết định.</source>
        <comment>entry.since_required</comment>
        <translation>The date of the former commune&apos;s post-rehab decision is missing: enter the date on the decision.</translation>
    </message>
    <message>
        <source>Thiếu số {field_label}: hãy nhập số văn bản.</source>
        <comment>transition.number_required</comment>
        <translation>The {field_label} number is missing: type it in.</translation>
    </message>
    <message>
        <source>Thiếu tệp khóa {path} bên cạnh cơ sở dữ liệu: hãy khôi phục từ bản sao lưu.</source>
        <comment>keyslots.missing</comment>
        <translation>The key file {path} beside the database is missing: restore from a backup.</translation>
    </message>
    <message>
        <source>Thiếu {field_label}: hãy nhập giá trị này.</source>
        <comment>required</comment>
        <translation>{field_label} is missing: please fill it in.</translation>
    </message>
    <message>
        <source>Thiếu {field_label}: hãy nhập theo quyết định giám sát.</source>
        <comment>monitoring.required</comment>
        <translation>The {field_label} is missing: enter it as the monitoring decision says.</translation>
    </message>
    <message>
        <source>Thành phần “{name}” của lô lớn bất thường: không mở; hãy xin đơn vị gửi lại lô gốc.</source>
        <comment>batch.too_large</comment>
        <translation>Member “{name}” of the batch is abnormally large: not opened; ask for the original batch.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu không cho ghi (chỉ đọc hoặc không có quyền): hãy nhờ cán bộ kỹ thuật cho phép ghi vào thư mục dữ liệu, rồi mở lại.</source>
        <comment>db.read_only</comment>
        <translation>The data folder cannot be written to (read-only, or no permission): ask IT support to make it writable, then open again.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu {path} đang mở trong một cửa sổ khác: hãy dùng cửa sổ đó.</source>
        <comment>window.already_open</comment>
        <translation>The data folder {path} is already open in another window: use that window.</translation>
    </message>
    <message>
        <source>Thư mục {path} không có tệp lô nào (*.cnb.zip): hãy chọn đúng thư mục hoặc ổ USB.</source>
        <comment>import.no_batches</comment>
        <translation>The folder {path} holds no batch file (*.cnb.zip): choose the right folder or USB stick.</translation>
    </message>
    <message>
        <source>Thư mục {path} đã có dữ liệu của một đơn vị: không khởi tạo lại. Hãy chọn thư mục khác.</source>
        <comment>office.exists</comment>
        <translation>{path} already holds an office: nothing was changed. Choose another folder.</translation>
    </message>
    <message>
        <source>Thẻ này mang khóa của trạm {station} đã bị thu hồi ngày {on}: không đăng ký lại được; hãy xin trạm tạo khóa mới và gửi thẻ mới.</source>
        <comment>trust.key_revoked</comment>
        <translation>This card carries station {station}&apos;s key revoked on {on}: it cannot be registered again; ask the station to make a new key and send its new card.</translation>
    </message>
    <message>
        <source>Thời gian tự khóa phải từ {minimum} đến {maximum} phút: hãy nhập lại.</source>
        <comment>session.idle_out_of_range</comment>
        <translation>The idle lock time must be between {minimum} and {maximum} minutes: type it again.</translation>
    </message>
    <message>
        <source>Thời hạn quản lý sau cai đã hết ngày {value}: không tiếp nhận; hãy kiểm tra ngày quyết định.</source>
        <comment>entry.term_over</comment>
        <translation>The post-rehab term already ended on {value}: not received; check the decision date.</translation>
    </message>
    <message>
        <source>Thời hạn {value} tháng ngoài khoảng {low}–{high} tháng của {rule_set}, khoảng này chưa được đối chiếu văn bản gốc: hãy ghi lý do vào ô ghi chú (ví dụ: theo quyết định số …) rồi lưu.</source>
        <comment>transition.term_unverified</comment>
        <translation>A term of {value} months is outside {low}–{high} months under {rule_set}, a range not yet checked against the legal text: give the reason in the notes (for example, the decision&apos;s number) and save again.</translation>
    </message>
    <message>
        <source>Thời hạn {value} tháng ngoài khoảng {low}–{high} tháng của {rule_set}: hãy nhập lại.</source>
        <comment>transition.term_out_of_range</comment>
        <translation>A term of {value} months is outside {low}–{high} months under {rule_set}: type it again.</translation>
    </message>
    <message>
        <source>Tiêu chí chẩn đoán phải nằm trong khoảng 1–6: hãy chọn lại.</source>
        <comment>assessment.criteria_invalid</comment>
        <translation>Diagnostic criteria must be between 1 and 6: choose again.</translation>
    </message>
    <message>
        <source>Trạm chưa xuất lô số {seq}: hãy xem số lô trong màn hình Lô dữ liệu.</source>
        <comment>batch_copy.no_batch</comment>
        <translation>This station exported no batch number {seq}: look up the number on the Batches screen.</translation>
    </message>
    <message>
        <source>Trạm không thể lưu hồ sơ với giá trị này ({problem}), nên đề nghị không được ghi: hãy sửa giá trị đề nghị.</source>
        <comment>correction.invalid_value</comment>
        <translation>The station could not save the record with this value ({problem}), so nothing was asked: correct the proposed value.</translation>
    </message>
    <message>
        <source>Trạm không tự sửa quy định thời hạn: hãy xin văn phòng sửa rồi nhập tệp cập nhật quy định văn phòng gửi.</source>
        <comment>rules.from_office</comment>
        <translation>A station does not edit its legal time limits: ask the office to correct them, then import the rules update file it sends.</translation>
    </message>
    <message>
        <source>Trạm {station} vẫn gửi lô theo định dạng cũ (1): lô vẫn được nhận, nhưng hãy nâng cấp phần mềm ở trạm để thứ tự các lô được xác định chắc chắn.</source>
        <comment>import.old_format</comment>
        <translation>Station {station} still sends batches in the old format (1): they are imported, but upgrade the app at the station so the order of its batches is known for sure.</translation>
    </message>
    <message>
        <source>Trạm {station} đã có một khóa khác: hãy gọi điện hoặc nhận công văn của trạm, rồi nhập dấu vân tay họ đọc bằng --fingerprint.</source>
        <comment>trust.replacement_unchecked</comment>
        <translation>Station {station} already has another key: call the station or get its signed letter, then give the fingerprint it reads out with --fingerprint.</translation>
    </message>
    <message>
        <source>Tuyên bố đổi khóa của trạm {office} không được ký bằng khóa đang đăng ký của trạm: không nhận khóa mới; hãy gọi điện hỏi trạm.</source>
        <comment>rotation.unknown_key</comment>
        <translation>The key change statement of station {office} is not signed by the station&apos;s registered key: the new key is refused; call the station.</translation>
    </message>
    <message>
        <source>Tuyên bố đổi khóa của trạm {station} được ký bằng khóa đã bị thu hồi ngày {on}: không nhận; hãy xin trạm gửi thẻ đơn vị mới và đăng ký thẻ đó sau khi so dấu vân tay.</source>
        <comment>rotation.key_revoked</comment>
        <translation>Station {station}&apos;s key change statement is signed by a key revoked on {on}: refused; ask the station for its new office card and register it after checking its fingerprint.</translation>
    </message>
    <message>
        <source>Tài khoản tạm khóa do nhập sai nhiều lần: hãy thử lại sau {minutes} phút.</source>
        <comment>auth.locked</comment>
        <translation>The account is locked after repeated failures: try again in {minutes} minutes.</translation>
    </message>
    <message>
        <source>Tài khoản “{username}” đã ngừng hoạt động: hãy tạo tài khoản mới nếu người này quay lại.</source>
        <comment>user.inactive</comment>
        <translation>The account “{username}” is deactivated: create a new account if this person returns.</translation>
    </message>
    <message>
        <source>Tên đăng nhập “{value}” chỉ được gồm chữ không dấu, số, dấu chấm, gạch dưới.</source>
        <comment>user.name_invalid</comment>
        <translation>User name “{value}” may only hold plain letters, digits, dots and underscores.</translation>
    </message>
    <message>
        <source>Tên “{value}” có hai lần trong danh sách cán bộ: hãy bỏ bớt một.</source>
        <comment>activity.trainee_twice</comment>
        <translation>The name “{value}” is in the staff list twice: remove one.</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu bị hỏng (đĩa lỗi hoặc bản chép bị cắt): hãy khôi phục từ bản sao lưu gần nhất.</source>
        <comment>db.damaged</comment>
        <translation>The database file is damaged (a disk fault, or a copy cut short): restore the latest backup.</translation>
    </message>
    <message>
        <source>Tệp cập nhật quy định có mục “{field}” sai hoặc thiếu: hãy xin văn phòng gửi lại tệp.</source>
        <comment>rules_update.bad_field</comment>
        <translation>The rules update file has a wrong or missing “{field}”: ask the office to send the file again.</translation>
    </message>
    <message>
        <source>Tệp cập nhật quy định có quy định “{value}” mà phiên bản phần mềm này không đọc được: hãy cập nhật phần mềm rồi nhập lại tệp.</source>
        <comment>rules_update.invalid</comment>
        <translation>The rules update file has a rule “{value}” this version of the software cannot read: update the software, then import the file again.</translation>
    </message>
    <message>
        <source>Tệp cập nhật quy định số {serial} cũ hơn bản số {current} trạm đang áp dụng: không nhập; hãy dùng tệp mới nhất của văn phòng.</source>
        <comment>rules_update.older</comment>
        <translation>Rules update no. {serial} is older than no. {current} the station applies: not imported; use the office&apos;s latest file.</translation>
    </message>
    <message>
        <source>Tệp cập nhật quy định {path} bị hỏng hoặc không đọc được ({detail}): hãy xin văn phòng gửi lại tệp.</source>
        <comment>rules_update.corrupt</comment>
        <translation>The rules update file {path} is damaged or unreadable ({detail}): ask the office to send it again.</translation>
    </message>
    <message>
        <source>Tệp cập nhật quy định đã bị sửa sau khi ký (chữ ký của văn phòng {office} không khớp): không nhập; hãy xin văn phòng gửi lại tệp.</source>
        <comment>rules_update.bad_signature</comment>
        <translation>The rules update file was changed after it was signed (office {office}&apos;s signature does not match): not imported; ask the office to send it again.</translation>
    </message>
    <message>
        <source>Tệp cập nhật quy định được ký bằng khóa {key}, không phải khóa của văn phòng {office} mà trạm tin cậy: không nhập; hãy xin văn phòng gửi tệp do chính văn phòng ký.</source>
        <comment>rules_update.unknown_key</comment>
        <translation>The rules update file is signed with key {key}, not the key of office {office} the station trusts: not imported; ask the office for a file it signed itself.</translation>
    </message>
    <message>
        <source>Tệp khóa {path} bị hỏng: hãy khôi phục từ bản sao lưu.</source>
        <comment>keyslots.damaged</comment>
        <translation>The key file {path} is damaged: restore from a backup.</translation>
    </message>
    <message>
        <source>Tệp khóa {path} không đúng định dạng minisign: hãy lấy lại tệp .pub từ đơn vị gửi.</source>
        <comment>keys.bad_file</comment>
        <translation>Key file {path} is not in minisign format: get the .pub file from its office again.</translation>
    </message>
    <message>
        <source>Tệp kê khai của lô có mục “{field}” sai hoặc thiếu: hãy xin trạm xuất lại lô bằng phiên bản phần mềm hiện hành.</source>
        <comment>batch.bad_field</comment>
        <translation>The batch manifest&apos;s field “{field}” is wrong or missing: ask the station to export the batch again with the current version.</translation>
    </message>
    <message>
        <source>Tệp lô {path} bị hỏng hoặc không đọc được ({detail}): hãy xin đơn vị gửi lại tệp.</source>
        <comment>batch.corrupt</comment>
        <translation>Batch {path} is damaged or unreadable ({detail}): ask the sender for the file again.</translation>
    </message>
    <message>
        <source>Tệp manifest.json của lô không đúng định dạng: hãy xin đơn vị gửi lại lô.</source>
        <comment>batch.bad_manifest</comment>
        <translation>The batch&apos;s manifest.json is not in the expected format: ask for the batch again.</translation>
    </message>
    <message>
        <source>Tệp mã hóa có {count} người nhận, quá nhiều để là lô thật: không mở.</source>
        <comment>import.too_many_recipients</comment>
        <translation>The encrypted file names {count} recipients, too many for a real batch: not opened.</translation>
    </message>
    <message>
        <source>Tệp ngày nghỉ, ngày làm bù có mục sai “{value}”: hãy sửa theo mẫu (năm: các ngày dạng yyyy-mm-dd).</source>
        <comment>workdays.bad_override</comment>
        <translation>The days-off file has a bad entry “{value}”: fix it to the documented shape (year: yyyy-mm-dd dates).</translation>
    </message>
    <message>
        <source>Tệp quy định thời hạn có mục sai hoặc thiếu “{value}”: hãy sửa tệp ghi đè rồi mở lại phần mềm.</source>
        <comment>rulesets.invalid</comment>
        <translation>The rule-set file has a wrong or missing entry “{value}”: fix the override file and restart the app.</translation>
    </message>
    <message>
        <source>Tệp xác nhận có mục “{field}” sai hoặc thiếu: hãy xin đơn vị tổng hợp gửi lại tệp.</source>
        <comment>ack.bad_field</comment>
        <translation>The acknowledgement&apos;s field “{field}” is wrong or missing: ask the consolidating office to send it again.</translation>
    </message>
    <message>
        <source>Tệp xác nhận {path} không dành cho đơn vị này: hãy kiểm tra lại tệp.</source>
        <comment>ack.not_for_us</comment>
        <translation>Acknowledgement {path} is not meant for this office: check the file.</translation>
    </message>
    <message>
        <source>Tệp {name} không phải tệp cập nhật quy định (*.cnrules.zip) nguyên vẹn: hãy xin văn phòng gửi lại tệp gốc.</source>
        <comment>rules_update.bad_member</comment>
        <translation>{name} is not an intact rules update file (*.cnrules.zip): ask the office to send the original file again.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải bản sao lưu của phần mềm này: hãy chọn tệp .cnbk khác.</source>
        <comment>backup.not_ours</comment>
        <translation>{path} is not a backup of this app: choose another .cnbk file.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải cơ sở dữ liệu của phần mềm này: hãy chọn đúng thư mục dữ liệu.</source>
        <comment>db.not_ours</comment>
        <translation>{path} is not a database of this app: choose the right data folder.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải tuyên bố đổi khóa của trạm hoặc thiếu tệp chữ ký .minisig đi kèm: hãy chọn tệp .json trạm gửi, để cùng thư mục với tệp .minisig.</source>
        <comment>rotation.bad_file</comment>
        <translation>{path} is not a station&apos;s key change statement, or its .minisig signature is missing: choose the .json the station sent, beside its .minisig.</translation>
    </message>
    <message>
        <source>Tệp {path} đang mở trong chương trình khác (Excel, trình xem PDF): hãy đóng tệp đó rồi thử lại; tệp cũ vẫn giữ nguyên.</source>
        <comment>file.in_use</comment>
        <translation>{path} is open in another program (Excel, a PDF viewer): close it and try again; the old file is unchanged.</translation>
    </message>
    <message>
        <source>Tệp {path} đọc lại không khớp với bản lưu nên đã bị xóa: USB có thể bị lỗi, hãy thử USB khác rồi gửi lại.</source>
        <comment>batch_copy.read_back_failed</comment>
        <translation>{path} read back differs from the kept copy, so it was deleted: the stick may be faulty; try another one and send again.</translation>
    </message>
    <message>
        <source>Tệp “{name}” trong lô không khớp mã băm đã ký: lô đã bị sửa hoặc hỏng; hãy xin gửi lại.</source>
        <comment>batch.tampered</comment>
        <translation>“{name}” does not match its signed hash: the batch was altered or damaged; ask again.</translation>
    </message>
    <message>
        <source>Vai trò “{role_label}” không được phép {operation_label}: hãy nhờ người có quyền.</source>
        <comment>permission.denied</comment>
        <translation>The role “{role_label}” may not {operation_label}: ask someone who may.</translation>
    </message>
    <message>
        <source>Vai trò “{role}” không dùng ở loại đơn vị này: hãy chọn vai trò khác.</source>
        <comment>user.role_unfit</comment>
        <translation>The role “{role}” does not exist at this kind of office: choose another role.</translation>
    </message>
    <message>
        <source>Việc này chỉ dành cho {expected_label}: đơn vị này là {actual_label}.</source>
        <comment>office.wrong_kind</comment>
        <translation>This is only for a {expected_label}: this office is a {actual_label}.</translation>
    </message>
    <message>
        <source>Vẫn chưa nhận được bản ghi này ({reason}): hãy nhập các lô còn thiếu của trạm rồi thử lại.</source>
        <comment>held.still_rejected</comment>
        <translation>This record still cannot go in ({reason}): import the station&apos;s missing batches, then retry.</translation>
    </message>
    <message>
        <source>Vắng mặt cần ngày bắt đầu và ngày kết thúc không trước ngày bắt đầu: hãy nhập lại.</source>
        <comment>followup.absence_dates</comment>
        <translation>An absence needs an end date that is not before its start: type it again.</translation>
    </message>
    <message>
        <source>Xã chuyển đến là chính xã của trạm: hãy chọn xã, phường nơi người này chuyển đến.</source>
        <comment>transfer.same_commune</comment>
        <translation>The commune moved to is the station&apos;s own: choose the commune the person is moving to.</translation>
    </message>
    <message>
        <source>chưa giải mã nên chưa kiểm hai bản hồ sơ và quyền sở hữu từng bản ghi: hãy chạy trong thư mục dữ liệu của đơn vị tổng hợp.</source>
        <comment>verify.unchecked_records</comment>
        <translation>not decrypted, so the two copies of the records and each record&apos;s owner were not checked: run it in the consolidating office&apos;s data folder.</translation>
    </message>
    <message>
        <source>chưa kiểm chữ ký: không có khóa công khai (.pub) của trạm; hãy đặt tệp .pub cạnh lô hoặc dùng --key.</source>
        <comment>verify.unchecked_signature</comment>
        <translation>signature not checked: the station&apos;s public key (.pub) is not at hand; put its .pub beside the batch or use --key.</translation>
    </message>
    <message>
        <source>chưa kiểm trạm ký có đúng là trạm đã đăng ký, khóa có bị thu hồi không, thứ tự lô: hãy chạy trong thư mục dữ liệu của đơn vị tổng hợp.</source>
        <comment>verify.unchecked_station</comment>
        <translation>not checked whether the signer is the registered station, its key revoked, or the batch order: run it in the consolidating office&apos;s data folder.</translation>
    </message>
    <message>
        <source>cảnh báo: đơn vị chưa có lô số {seqs} của trạm này (đứng trước lô này); hãy xin trạm gửi lại.</source>
        <comment>verify.missing_before</comment>
        <translation>warning: this office does not hold this station&apos;s batch {seqs} (before this one); ask the station to send it again.</translation>
    </message>
    <message>
        <source>{bad} trong {total} tệp không hợp lệ (lý do ở từng dòng trên): đừng nhập các tệp này; hãy xin đơn vị gửi lại.</source>
        <comment>verify.some_bad</comment>
        <translation>{bad} of {total} files are not valid (the lines above say why): do not import them; ask for them again.</translation>
    </message>
    <message>
        <source>{field_label} chứa ký tự vô hình {char} (thường do dán từ nơi khác): hãy xóa trường này và gõ lại.</source>
        <comment>text.format_char</comment>
        <translation>{field_label} holds the invisible character {char} (often pasted in): clear the field and type it again.</translation>
    </message>
    <message>
        <source>{field_label} chứa ký tự điều khiển {char} (không nhìn thấy được): hãy xóa trường này và gõ lại.</source>
        <comment>text.control_char</comment>
        <translation>{field_label} holds the control character {char} (invisible): clear the field and type it again.</translation>
    </message>
    <message>
        <source>{field_label} chứa ký tự “{shown}” ({char}) mà biểu mẫu in ra không hiển thị được: hãy xóa hoặc thay ký tự đó.</source>
        <comment>text.undrawable</comment>
        <translation>{field_label} holds the character “{shown}” ({char}), which printed forms cannot show: delete or replace it.</translation>
    </message>
    <message>
        <source>{field_label} dài {length} ký tự, vượt quá {maximum} ký tự cho phép: hãy rút ngắn.</source>
        <comment>text.too_long</comment>
        <translation>{field_label} is {length} characters long, over the {maximum} allowed: shorten it.</translation>
    </message>
    <message>
        <source>{field_label} không ở dạng Unicode dựng sẵn (NFC): hãy đặt bộ gõ về Unicode dựng sẵn rồi gõ lại.</source>
        <comment>text.not_nfc</comment>
        <translation>{field_label} is not in Unicode NFC form: set the keyboard to precomposed Unicode and type it again.</translation>
    </message>
    <message>
        <source>{field_label} {value} ngoài khoảng {low}–{high}: hãy nhập lại.</source>
        <comment>activity.number_range</comment>
        <translation>{field_label} {value} is outside {low}–{high}: enter it again.</translation>
    </message>
    <message>
        <source>{field_label} {value} trước ngày bắt đầu {other}: hãy kiểm tra lại ngày.</source>
        <comment>activity.end_before_start</comment>
        <translation>{field_label} {value} is before the start date {other}: check the dates.</translation>
    </message>
    <message>
        <source>{form} là sổ, danh sách theo năm: hãy chọn năm (--year YYYY).</source>
        <comment>form.needs_year</comment>
        <translation>{form} is a register or list kept per year: choose the year (--year YYYY).</translation>
    </message>
    <message>
        <source>{form} lập cho một người: hãy chọn người (--person và số định danh 12 chữ số).</source>
        <comment>form.needs_person</comment>
        <translation>{form} is made out for one person: choose the person (--person and the 12-digit ID number).</translation>
    </message>
    <message>
        <source>{name} chỉ nhận Có hoặc Không, không phải “{value}”: hãy gõ lại.</source>
        <comment>correction.not_yes_no</comment>
        <translation>{name} takes only Yes or No, not “{value}”: type it again.</translation>
    </message>
    <message>
        <source>{name} phải là một số nguyên, không phải “{value}”: hãy gõ lại.</source>
        <comment>correction.not_a_number</comment>
        <translation>{name} must be a whole number, not “{value}”: type it again.</translation>
    </message>
    <message>
        <source>{rejected} trong {total} lô bị từ chối (lý do ở từng dòng trên); các lô còn lại đã nhập: hãy xin trạm gửi lại các lô bị từ chối.</source>
        <comment>import.some_rejected</comment>
        <translation>{rejected} of {total} batches were refused (the lines above say why); the others were imported: ask the stations to send the refused ones again.</translation>
    </message>
    <message>
        <source>Đã chọn có chứng chỉ nhưng thiếu số chứng chỉ: hãy nhập số, hoặc bỏ chọn.</source>
        <comment>activity.certificate_number</comment>
        <translation>“Certificate issued” is ticked but the certificate number is missing: enter it, or untick.</translation>
    </message>
    <message>
        <source>Đã có chỉ tiêu “{indicator_label}” năm {year}: hãy sửa chỉ tiêu đó thay vì thêm mới.</source>
        <comment>plan.target_exists</comment>
        <translation>There is already a target for “{indicator_label}” in {year}: edit that target instead of adding one.</translation>
    </message>
    <message>
        <source>Đã hủy theo yêu cầu: không có tệp nào được tạo.</source>
        <comment>cancelled</comment>
        <translation>Cancelled as asked: no file was written.</translation>
    </message>
    <message>
        <source>Đã quá hạn ngày {due} ({days} ngày làm việc): theo luật đây là trường hợp “{instead_label}”; hãy ghi nhận “{instead_label}” rồi lập biên bản vi phạm (Mẫu 27).</source>
        <comment>transition.deadline_missed</comment>
        <translation>The deadline of {due} has passed (working days late: {days}): in law this is “{instead_label}”; record “{instead_label}”, then write the violation record (Mẫu 27).</translation>
    </message>
    <message>
        <source>Đã ở giai đoạn cuối: hãy ghi nhận hoàn thành.</source>
        <comment>transition.last_stage</comment>
        <translation>Already at the last stage: record completion instead.</translation>
    </message>
    <message>
        <source>Đơn vị không còn giữ hồ sơ {record_id} để so sánh: hãy nhập lại lô của trạm.</source>
        <comment>held.record_gone</comment>
        <translation>This office no longer holds record {record_id} to compare with: import the batch again.</translation>
    </message>
    <message>
        <source>Đơn vị không có bản ghi {record} (hoặc trạm đã xóa nó): không thể đề nghị sửa.</source>
        <comment>correction.no_record</comment>
        <translation>This office holds no record {record} (or the station deleted it): nothing can be asked about it.</translation>
    </message>
    <message>
        <source>Đề nghị sửa “{name}” này đã được xử lý trước đó: hãy tải lại danh sách.</source>
        <comment>correction.closed</comment>
        <translation>This request about “{name}” was already closed: reload the list.</translation>
    </message>
    <message>
        <source>Ổ đĩa chứa dữ liệu đã đầy: hãy xóa bớt tệp không cần trên ổ đó rồi thử lại; dữ liệu đã lưu vẫn còn nguyên.</source>
        <comment>db.disk_full</comment>
        <translation>The disk holding the data is full: delete files you do not need on it, then try again; the saved records are intact.</translation>
    </message>
    <message>
        <source>“canghien trust {action}” cần tên tệp hoặc mã trạm: xem “canghien trust --help”.</source>
        <comment>cli.trust_needs_files</comment>
        <translation>“canghien trust {action}” needs a file name or a station code: see “canghien trust --help”.</translation>
    </message>
    <message>
        <source>“{field}” không phải một trường trạm nhập cho loại hồ sơ này (mã, phiên bản, đơn vị tạo… do phần mềm ghi): không thể đề nghị sửa; hãy chọn trường khác.</source>
        <comment>correction.not_requestable</comment>
        <translation>“{field}” is not a field the station types for this kind of record (ids, versions, owner… are the software&apos;s): it cannot be asked for; choose another field.</translation>
    </message>
    <message>
        <source>“{value}” không phải số sổ đăng ký dạng N/YYYY (ví dụ 7/2026): hãy nhập lại.</source>
        <comment>form.bad_ledger</comment>
        <translation>“{value}” is not a register number of the form N/YYYY (for example 7/2026): enter it again.</translation>
    </message>
</context>
<context>
    <name>outcome_reasons</name>
    <message>
        <source>bản ghi {parent} mà bản ghi này thuộc về chưa đến đơn vị tổng hợp: cần các lô trước</source>
        <translation>its {parent} record has not reached the office: the earlier batches are needed</translation>
    </message>
    <message>
        <source>bị bỏ trống</source>
        <comment>required</comment>
        <translation>missing</translation>
    </message>
    <message>
        <source>bị bỏ trống dù có chứng chỉ</source>
        <comment>activity.certificate_number</comment>
        <translation>missing for a training with a certificate</translation>
    </message>
    <message>
        <source>bị bỏ trống dù người này từ 12 đến dưới 18 tuổi</source>
        <comment>representative.required</comment>
        <translation>missing for a person aged 12 to under 18</translation>
    </message>
    <message>
        <source>chưa chọn dù có số chứng chỉ</source>
        <comment>activity.no_certificate</comment>
        <translation>not set, yet a certificate number is given</translation>
    </message>
    <message>
        <source>chưa ở dạng Unicode dựng sẵn (NFC)</source>
        <comment>text.not_nfc</comment>
        <translation>not in Unicode NFC form</translation>
    </message>
    <message>
        <source>chỉ lần xét nghiệm mới có kết quả</source>
        <comment>followup.results_not_test</comment>
        <translation>only a drug test has results</translation>
    </message>
    <message>
        <source>chữ số 5–6 là {digits}, theo năm sinh phải là {expected}</source>
        <comment>id.birth_year</comment>
        <translation>digits 5-6 are {digits}, {expected} for this birth year</translation>
    </message>
    <message>
        <source>chữ số thứ 4 là {digit}, theo giới tính và năm sinh phải là {expected}</source>
        <comment>id.century_sex</comment>
        <translation>digit 4 is {digit}, {expected} for this sex and birth year</translation>
    </message>
    <message>
        <source>cách đây hơn 110 năm</source>
        <comment>birth.too_old</comment>
        <translation>more than 110 years ago</translation>
    </message>
    <message>
        <source>có ký tự vô hình {char}</source>
        <comment>text.format_char</comment>
        <translation>invisible format character {char}</translation>
    </message>
    <message>
        <source>có ký tự {char} không in ra được</source>
        <comment>text.undrawable</comment>
        <translation>character {char} no printed form can show</translation>
    </message>
    <message>
        <source>có ký tự điều khiển {char}</source>
        <comment>text.control_char</comment>
        <translation>control character {char}</translation>
    </message>
    <message>
        <source>có tên ghi hai lần</source>
        <comment>activity.trainee_twice</comment>
        <translation>a name listed twice</translation>
    </message>
    <message>
        <source>có {count} tiêu chí cho kết luận nghiện, cần ít nhất 3</source>
        <comment>assessment.conclusion_mismatch</comment>
        <translation>{count} for a conclusion of addicted, at least 3</translation>
    </message>
    <message>
        <source>cả hai nhánh của trạm đều sửa: {fields}</source>
        <translation>both lines changed {fields}</translation>
    </message>
    <message>
        <source>dài quá {maximum} ký tự</source>
        <comment>id.too_long</comment>
        <translation>longer than {maximum} characters</translation>
    </message>
    <message>
        <source>dài {length} ký tự, tối đa {maximum}</source>
        <comment>text.too_long</comment>
        <translation>{length} characters, at most {maximum}</translation>
    </message>
    <message>
        <source>dòng {line} không đọc được: {problem}</source>
        <translation>line {line}: {problem}</translation>
    </message>
    <message>
        <source>gộp: hai nhánh của trạm sửa các trường khác nhau</source>
        <comment>merged</comment>
        <translation>merged: the station&apos;s two lines changed different fields</translation>
    </message>
    <message>
        <source>hai nhánh của trạm không có phiên bản chung nào mà đơn vị đã thấy</source>
        <comment>no common version known</comment>
        <translation>the station&apos;s two lines share no version this office has seen</translation>
    </message>
    <message>
        <source>hồ sơ</source>
        <comment>enrolment_id</comment>
        <translation>enrolment</translation>
    </message>
    <message>
        <source>không có số như vậy cho năm sinh ngoài 1900–2399</source>
        <comment>id.century_unsupported</comment>
        <translation>no such number for a birth year outside 1900-2399</translation>
    </message>
    <message>
        <source>không gồm {expected} chữ số</source>
        <comment>id.format</comment>
        <translation>not {expected} digits</translation>
    </message>
    <message>
        <source>không gồm đúng 2 chữ số</source>
        <comment>province_code.invalid</comment>
        <translation>not 2 digits</translation>
    </message>
    <message>
        <source>không gồm đúng 5 chữ số</source>
        <comment>commune_code.invalid</comment>
        <translation>not 5 digits</translation>
    </message>
    <message>
        <source>không hợp lệ cho loại này</source>
        <comment>followup.amount_invalid</comment>
        <translation>not allowed for this kind</translation>
    </message>
    <message>
        <source>không nằm trong khoảng 1–6</source>
        <comment>assessment.criteria_invalid</comment>
        <translation>not between 1 and 6</translation>
    </message>
    <message>
        <source>không phải số điện thoại</source>
        <comment>phone.invalid</comment>
        <translation>not a phone number</translation>
    </message>
    <message>
        <source>không đúng dạng số hộ chiếu</source>
        <comment>id.passport_format</comment>
        <translation>not a passport number</translation>
    </message>
    <message>
        <source>không được phép từ trạng thái này</source>
        <comment>transition.illegal</comment>
        <translation>not allowed from this state</translation>
    </message>
    <message>
        <source>mã không có trong danh mục</source>
        <comment>code.unknown</comment>
        <translation>unknown code</translation>
    </message>
    <message>
        <source>mã tỉnh đầu số {prefix} không có</source>
        <comment>id.province</comment>
        <translation>unknown province prefix {prefix}</translation>
    </message>
    <message>
        <source>một nhánh của trạm đã xóa bản ghi, nhánh kia sửa nó</source>
        <comment>deleted on one side</comment>
        <translation>one line of the station deleted the record, the other edited it</translation>
    </message>
    <message>
        <source>ngoài khoảng {low}–{high}</source>
        <comment>plan.year_range</comment>
        <translation>not from {low} to {high}</translation>
    </message>
    <message>
        <source>ngày không hợp lệ</source>
        <comment>date.invalid</comment>
        <translation>not a valid date</translation>
    </message>
    <message>
        <source>người</source>
        <comment>person_id</comment>
        <translation>person</translation>
    </message>
    <message>
        <source>nằm trong tương lai</source>
        <comment>birth.future</comment>
        <translation>in the future</translation>
    </message>
    <message>
        <source>nằm trong tương lai</source>
        <comment>transition.date_future</comment>
        <translation>in the future</translation>
    </message>
    <message>
        <source>nội dung không khớp mã kiểm tra: trạm cần xuất lại lô</source>
        <comment>content hash does not match the fields</comment>
        <translation>the content does not match its hash: the station must export again</translation>
    </message>
    <message>
        <source>số vượt giới hạn lưu trữ</source>
        <comment>number.out_of_range</comment>
        <translation>number out of range</translation>
    </message>
    <message>
        <source>sửa từ một phiên bản đơn vị chưa từng nhận</source>
        <comment>edited from a version this office never received</comment>
        <translation>edited from a version this office never received</translation>
    </message>
    <message>
        <source>thiếu tên chất “khác”</source>
        <comment>substance.other_needs_text</comment>
        <translation>missing for substance other</translation>
    </message>
    <message>
        <source>trước ngày bắt đầu</source>
        <comment>activity.end_before_start</comment>
        <translation>before it began</translation>
    </message>
    <message>
        <source>trước ngày bắt đầu vắng mặt</source>
        <comment>followup.absence_dates</comment>
        <translation>before the absence began</translation>
    </message>
    <message>
        <source>trước ngày tiếp nhận</source>
        <comment>assessment.result_before_received</comment>
        <translation>before the date received</translation>
    </message>
    <message>
        <source>trạm đã nhận bản do đơn vị tổng hợp hòa hai nhánh</source>
        <comment>adopted</comment>
        <translation>the station took the version the office built on both lines</translation>
    </message>
    <message>
        <source>tự lấy giá trị mới nhất (ít rủi ro, cần xem): {fields}</source>
        <translation>latest value taken (low risk, flagged): {fields}</translation>
    </message>
    <message>
        <source>xác định nghiện</source>
        <comment>assessment_id</comment>
        <translation>assessment</translation>
    </message>
    <message>
        <source>{value} ngoài khoảng {low}–{high}</source>
        <comment>activity.number_range</comment>
        <translation>{value} not from {low} to {high}</translation>
    </message>
    <message>
        <source>đơn vị tổng hợp giữ bản đang có của trạm: hãy xem lại hồ sơ này</source>
        <comment>settled at the office: the version it held was kept</comment>
        <translation>settled at the office: the version it held was kept; look at this record</translation>
    </message>
    <message>
        <source>đơn vị tổng hợp đã giải quyết từng trường</source>
        <comment>settled at the office field by field</comment>
        <translation>settled at the office field by field</translation>
    </message>
    <message>
        <source>đơn vị tổng hợp đã giải quyết: lấy giá trị của trạm</source>
        <comment>settled at the office: the station&apos;s values were taken</comment>
        <translation>settled at the office: the station&apos;s values were taken</translation>
    </message>
    <message>
        <source>đơn vị tổng hợp đã nhận khi bản ghi cha đến</source>
        <comment>taken at the office once its parent record arrived</comment>
        <translation>taken at the office once its parent record arrived</translation>
    </message>
    <message>
        <source>đơn vị tổng hợp để riêng: hãy gửi lại bản ghi này</source>
        <comment>set aside at the office: send this record again</comment>
        <translation>set aside at the office: send this record again</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>mã {code} (không có trong danh mục 2025)</source>
        <translation>code {code} (not in the 2025 list)</translation>
    </message>
</context>
</TS>
