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
    <message>
        <source> – muộn {days} ngày làm việc</source>
        <translation> – {days} working days late</translation>
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
        <source>Có nghiện ma túy</source>
        <translation>Addicted</translation>
    </message>
    <message>
        <source>Không nghiện ma túy</source>
        <translation>Not addicted</translation>
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
    <message>
        <source>Quá hạn {n} ngày</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Còn {n} ngày</source>
        <translation>{n} days left</translation>
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
        <source>Quá hạn (ngày)</source>
        <translation>Days overdue</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source> ngày tới</source>
        <translation> days ahead</translation>
    </message>
    <message>
        <source>Làm mới (F5)</source>
        <translation>Refresh (F5)</translation>
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
        <source>Tìm theo tên, có dấu hay không dấu…</source>
        <translation>Search by name, with or without diacritics…</translation>
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
    <name>EnrolPanel</name>
    <message>
        <source>Cán bộ được giao quản lý, theo dõi</source>
        <translation>Officer assigned to manage and follow up</translation>
    </message>
    <message>
        <source>Chỉ khi chuyển đến từ xã khác: mã 5 chữ số của xã cũ</source>
        <translation>Only for someone who moved here: the 5-digit code of the former commune</translation>
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
    <message>
        <source>dương tính</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>âm tính</source>
        <translation>negative</translation>
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
        <source>4 kỳ 6 tháng và 2 năm gần nhất</source>
        <translation>The last 4 half-years and 2 years</translation>
    </message>
    <message>
        <source>Theo năm</source>
        <translation>By year</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
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
    <name>MonthChart</name>
    <message>
        <source>Chưa có dữ liệu</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>OfficeAcksView</name>
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
        <source>Mã tỉnh:</source>
        <translation>Province code:</translation>
    </message>
    <message>
        <source>Mã xã:</source>
        <translation>Commune code:</translation>
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
        <source>Đăng ký người mới</source>
        <translation>Register a new person</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
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
        <source>Mã tỉnh:</source>
        <translation>Province code:</translation>
    </message>
    <message>
        <source>Mã xã:</source>
        <translation>Commune code:</translation>
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
        <source>Mốc tiếp theo: {what} – {due} ({left})</source>
        <translation>Next deadline: {what} – {due} ({left})</translation>
    </message>
    <message>
        <source>hạn cuối là hôm nay</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>còn {n} ngày</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>quá hạn {n} ngày</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>còn {n} ngày làm việc</source>
        <translation>{n} working days left</translation>
    </message>
    <message>
        <source>quá hạn {n} ngày làm việc</source>
        <translation>{n} working days overdue</translation>
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
        <source>Về danh sách người cai nghiện (Alt+←)</source>
        <translation>Back to the list of people (Alt+←)</translation>
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
        <source>Bước tiếp theo:</source>
        <translation>Next steps:</translation>
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
        <source>Mẫu 22 – Bản đăng ký cai nghiện</source>
        <translation>Form 22 – Treatment registration</translation>
    </message>
    <message>
        <source>Mẫu 24 – Dự thảo quyết định cai nghiện</source>
        <translation>Form 24 – Draft treatment decision</translation>
    </message>
    <message>
        <source>Mẫu 26a – Giấy xác nhận hoàn thành</source>
        <translation>Form 26a – Completion certificate</translation>
    </message>
    <message>
        <source>Mẫu 27 – Biên bản vi phạm</source>
        <translation>Form 27 – Violation record</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu tệp PDF</source>
        <translation>Choose a folder for the PDF file</translation>
    </message>
    <message>
        <source>Đang tạo tệp PDF…</source>
        <translation>Writing the PDF file…</translation>
    </message>
    <message>
        <source>Đã tạo tệp PDF</source>
        <translation>PDF file written</translation>
    </message>
    <message>
        <source>Đã lưu: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Mở tệp</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
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
        <source>của năm sau</source>
        <translation>of the next year</translation>
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
        <source>{name}
(tạm thời)</source>
        <translation>{name}
(provisional)</translation>
    </message>
</context>
<context>
    <name>RuleSetsTab</name>
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
    <name>SelfTerminationExtra</name>
    <message>
        <source>Không tuân thủ quy định chuyên môn về cai nghiện</source>
        <translation>Did not follow the treatment rules</translation>
    </message>
    <message>
        <source>Vắng mặt từ {days} ngày làm việc liên tục trở lên</source>
        <translation>Absent for {days} or more working days in a row</translation>
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
        <source>ví dụ Trạm Y tế xã Đại Phúc</source>
        <translation>e.g. Trạm Y tế xã Đại Phúc</translation>
    </message>
    <message>
        <source>5 chữ số, ví dụ 29536</source>
        <translation>5 digits, e.g. 29536</translation>
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
        <source>(không còn ở trạm)</source>
        <translation>(no longer at the station)</translation>
    </message>
</context>
<context>
    <name>TermExtra</name>
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
        <source>(quy định tạm thời)</source>
        <translation>(provisional rules)</translation>
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
        <source>Thăm gặp, xét nghiệm quá hạn: {n}</source>
        <translation>Visits and drug tests overdue: {n}</translation>
    </message>
    <message>
        <source>Thời hạn đến trong {days} ngày làm việc tới: {n}</source>
        <translation>Deadlines in the next {days} working days: {n}</translation>
    </message>
</context>
<context>
    <name>TransferExtra</name>
    <message>
        <source>5 chữ số</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <source>Mã xã nơi chuyển đến:</source>
        <translation>Destination commune code:</translation>
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
        <source>5 chữ số, ví dụ 29536</source>
        <translation>5 digits, e.g. 29536</translation>
    </message>
    <message>
        <source>Đăng ký trạm</source>
        <translation>Register a station</translation>
    </message>
    <message>
        <source>ví dụ Trạm Y tế xã Đại Phúc</source>
        <translation>e.g. Trạm Y tế xã Đại Phúc</translation>
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
        <source>ví dụ Phòng Y tế huyện</source>
        <translation>e.g. District Health Office</translation>
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
        <source>Mã xã:</source>
        <translation>Commune code:</translation>
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
        <source>Chọn tệp .pub trên thẻ đơn vị của trạm và nhập tên, mã xã của trạm. Rồi gọi điện cho trưởng trạm, nhờ đọc dấu vân tay trên thẻ và so từng nhóm bốn ký tự. Chỉ đăng ký khi khớp hoàn toàn. Trạm đã có khóa mà gửi khóa mới (mất cụm mật khẩu, trưởng trạm mới): chỉ đăng ký sau khi gọi lại số điện thoại đã biết của trạm hoặc nhận công văn có chữ ký, đóng dấu ghi đúng dấu vân tay này.</source>
        <translation>Choose the .pub file of the station&apos;s card and type the station&apos;s name and commune code. Then call the station head, ask them to read out the fingerprint on the card and compare each group of four. Register only if all of it matches. A station that already has a key and sends a new one (a lost passphrase, a new head): register it only after calling the station&apos;s known phone number back, or receiving a signed and stamped letter that gives this very fingerprint.</translation>
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
</TS>
