<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>چینی (ساده‌شده)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>چینی (سنتی)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>روسی</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>ترکی</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>تیگرینیا</translation>
    </message>
    <message>
        <source>checked by a native speaker</source>
        <translation>بررسی‌شده به دست یک اهل زبان</translation>
    </message>
    <message>
        <source>machine-drafted, not yet checked by a native speaker</source>
        <translation>پیش‌نویس ماشینی، هنوز به دست یک اهل زبان بررسی نشده</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>درباره SafeLog</translation>
    </message>
    <message>
        <source>SafeLog</source>
        <translation>SafeLog</translation>
    </message>
    <message>
        <source>A private, encrypted log of harassment, stalking and transnational repression, and the evidence for it.

Your log stays on this computer. SafeLog sends nothing anywhere.

Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). You may share and change SafeLog under its terms.

Your vault is kept in this folder:</source>
        <translation>دفتری خصوصی و رمزگذاری‌شده برای ثبت آزار و اذیت (harassment)، تعقیب و مزاحمت مداوم (stalking) و سرکوب فرامرزی (transnational repression)، همراه با مدارک آن.

دفتر شما روی همین رایانه می‌ماند. SafeLog هیچ چیزی را به جایی نمی‌فرستد.

مجوز: GNU General Public License، نسخهٔ ۳ یا بالاتر (GPL-3.0-or-later). می‌توانید SafeLog را طبق شرایط آن با دیگران به اشتراک بگذارید و تغییر دهید.

گاوصندوق شما در این پوشه نگهداری می‌شود:</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>پوشهٔ گاوصندوق</translation>
    </message>
    <message>
        <source>Languages. Corrections from native speakers are welcome: see &quot;Translations&quot; in SafeLog&apos;s README.</source>
        <translation>زبان‌ها. از اصلاحات اهل زبان استقبال می‌کنیم: بخش «Translations» را در README برنامهٔ SafeLog ببینید.</translation>
    </message>
    <message>
        <source>Languages and their review state</source>
        <translation>زبان‌ها و وضعیت بررسی آن‌ها</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Select all rows</source>
        <translation>انتخاب همهٔ ردیف‌ها</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>منوهای بیشتر</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>کارهای بیشتر</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup of your log</source>
        <translation>ذخیرهٔ نسخهٔ پشتیبان از دفتر</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1)</source>
        <translation>نسخه‌های پشتیبان SafeLog (*%1)</translation>
    </message>
    <message>
        <source>Your backup is saved as %1. It is encrypted: only your passphrase or your recovery key opens it. Keep a copy away from this computer, for example on a USB stick in a safe place.</source>
        <translation>نسخهٔ پشتیبان شما با نام %1 ذخیره شد. این نسخه رمزگذاری‌شده است: فقط عبارت عبور یا کلید بازیابی شما آن را باز می‌کند. یک نسخه را دور از این رایانه نگه دارید، مثلاً روی یک فلش USB در جایی امن.</translation>
    </message>
    <message>
        <source>Backing up your log…</source>
        <translation>در حال پشتیبان‌گیری از دفتر…</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>You have not made a backup of your log yet. If this computer is lost or broken, a backup is the only way to get your log back.</source>
        <translation>هنوز از دفترتان نسخهٔ پشتیبان نگرفته‌اید. اگر این رایانه گم شود یا خراب شود، نسخهٔ پشتیبان تنها راه برگرداندن دفترتان است.</translation>
    </message>
    <message>
        <source>Your last backup was made on %1, more than %2 days ago.</source>
        <translation>آخرین نسخهٔ پشتیبان شما در %1 گرفته شده است، یعنی بیش از %2 روز پیش.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>الان نه</translation>
    </message>
</context>
<context>
    <name>CaptureButton</name>
    <message>
        <source>This desktop does not let SafeLog see the screen. Take a screenshot with your system&apos;s tool (for example PrtScn) and paste it here with Ctrl+V.</source>
        <translation>این میز کار به SafeLog اجازه نمی‌دهد صفحه را ببیند. با ابزار خود سیستم (مثلاً دکمهٔ PrtScn) عکس صفحه بگیرید و با Ctrl+V اینجا بچسبانید.</translation>
    </message>
    <message>
        <source>SafeLog cannot tell which window is in front on this desktop; capture a region around it instead.</source>
        <translation>SafeLog در این میز کار نمی‌تواند تشخیص دهد کدام پنجره جلوست؛ به جای آن، محدوده‌ای دور آن پنجره را بگیرید.</translation>
    </message>
    <message>
        <source>Capture screen</source>
        <translation>عکس از صفحه</translation>
    </message>
    <message>
        <source>Put a picture of the screen straight into the vault; SafeLog hides itself while it takes it.</source>
        <translation>عکس صفحه را مستقیم در گاوصندوق بگذارید؛ SafeLog هنگام گرفتن عکس خودش را پنهان می‌کند.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>همین حالا</translation>
    </message>
    <message>
        <source>in {n} seconds</source>
        <translation>تا {n} ثانیهٔ دیگر</translation>
    </message>
    <message>
        <source>Whole screen, {when}</source>
        <translation>کل صفحه، {when}</translation>
    </message>
    <message>
        <source>A region, {when}</source>
        <translation>یک محدوده، {when}</translation>
    </message>
    <message>
        <source>The window in front, {when}</source>
        <translation>پنجرهٔ جلو، {when}</translation>
    </message>
    <message>
        <source>Screen capture {time}</source>
        <translation>عکس صفحه {time}</translation>
    </message>
    <message>
        <source>captured from the screen by SafeLog</source>
        <translation>گرفته‌شده از صفحه توسط SafeLog</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Surveillance</source>
        <translation>زیر نظر گرفتن</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>تعقیب</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>آزار آنلاین</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>تهدید</translation>
    </message>
    <message>
        <source>Threats to family abroad</source>
        <translation>تهدید خانواده در خارج از کشور</translation>
    </message>
    <message>
        <source>Hacking or phishing</source>
        <translation>هک یا فیشینگ</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>جعل هویت</translation>
    </message>
    <message>
        <source>Smear or doxxing</source>
        <translation>بدنام‌سازی یا افشای اطلاعات شخصی</translation>
    </message>
    <message>
        <source>Approach by officials</source>
        <translation>تماس از سوی مقامات</translation>
    </message>
    <message>
        <source>Coerced return</source>
        <translation>بازگرداندن اجباری</translation>
    </message>
    <message>
        <source>Bounty</source>
        <translation>تعیین جایزه برای دستگیری</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>حملهٔ فیزیکی</translation>
    </message>
    <message>
        <source>Property damage</source>
        <translation>آسیب به اموال</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>تغییر عبارت عبور</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>یک عبارت عبور تازه انتخاب کنید</translation>
    </message>
    <message>
        <source>You opened your log with your recovery key. Choose a new passphrase now, one you will remember. Your recovery key keeps working.</source>
        <translation>دفترتان را با کلید بازیابی باز کردید. همین حالا یک عبارت عبور تازه انتخاب کنید که یادتان بماند. کلید بازیابی شما همچنان کار می‌کند.</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. From then on, only the new one opens your log; your recovery key keeps working.</source>
        <translation>یک عبارت عبور تازه انتخاب کنید. چهار یا پنج کلمهٔ بی‌ربط با فاصله میانشان، آسان به یاد می‌مانند و حدس زدنشان بسیار سخت است. از آن پس فقط عبارت تازه دفترتان را باز می‌کند؛ کلید بازیابی شما همچنان کار می‌کند.</translation>
    </message>
    <message>
        <source>Your passphrase now</source>
        <translation>عبارت عبور فعلی شما</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارت عبور تازه</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>عبارت عبور تازه را دوباره بنویسید</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>دوباره</translation>
    </message>
    <message>
        <source>Changing the passphrase, please wait</source>
        <translation>در حال تغییر عبارت عبور، لطفاً صبر کنید</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعداً</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Type the passphrase you use now first.</source>
        <translation>اول عبارت عبوری را که الان استفاده می‌کنید بنویسید.</translation>
    </message>
    <message>
        <source>That is not the passphrase you use now. Check that Caps Lock is off, then try again.</source>
        <translation>این عبارت عبور فعلی شما نیست. مطمئن شوید Caps Lock خاموش است، سپس دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. From now on, only the new one opens your log.</source>
        <translation>عبارت عبور شما تغییر کرد. از این پس فقط عبارت تازه دفترتان را باز می‌کند.</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>To do</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>به من مربوط نیست</translation>
    </message>
    <message>
        <source>Need help</source>
        <translation>کمک لازم دارم</translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation>اول این کار را بکنید</translation>
    </message>
    <message>
        <source>Do this soon</source>
        <translation>به‌زودی انجام دهید</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>هر وقت توانستید</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>فهرست‌های ایمنی</translation>
    </message>
    <message>
        <source>Safety checklists</source>
        <translation>فهرست‌های ایمنی</translation>
    </message>
    <message>
        <source>Print checklist summary…</source>
        <translation>چاپ خلاصهٔ فهرست‌ها…</translation>
    </message>
    <message>
        <source>Save a PDF of your progress to print or to show someone who helps you</source>
        <translation>یک PDF از پیشرفت خود ذخیره کنید تا چاپ کنید یا به کسی که کمکتان می‌کند نشان دهید</translation>
    </message>
    <message>
        <source>Small steps that make you safer. Take them at your own pace, on your own or with someone you trust. What you mark stays in your locked log.</source>
        <translation>گام‌های کوچکی که شما را امن‌تر می‌کنند. با سرعت خودتان پیش بروید، تنها یا همراه کسی که به او اعتماد دارید. آنچه علامت می‌زنید در دفتر قفل‌شدهٔ شما می‌ماند.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>فهرست ایمنی</translation>
    </message>
    <message>
        <source>How far you are</source>
        <translation>چقدر پیش رفته‌اید</translation>
    </message>
    <message>
        <source>Most important next step</source>
        <translation>مهم‌ترین گام بعدی</translation>
    </message>
    <message>
        <source>Choose a checklist and press Enter, or use its button, to go through it one step at a time.</source>
        <translation>یک فهرست را انتخاب کنید و Enter را بزنید، یا دکمه‌اش را بزنید، تا گام به گام آن را پیش ببرید.</translation>
    </message>
    <message>
        <source>The checklists could not be found in this copy of SafeLog.</source>
        <translation>فهرست‌های ایمنی در این نسخه از SafeLog پیدا نشدند.</translation>
    </message>
    <message>
        <source>Checklists that could not be read and are not shown: {0}.</source>
        <translation>این فهرست‌ها خوانده نشدند و نشان داده نمی‌شوند: {0}.</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0} از {1} انجام شد</translation>
    </message>
    <message>
        <source>{0} waiting for help</source>
        <translation>{0} در انتظار کمک</translation>
    </message>
    <message>
        <source>{0} percent done: {1}</source>
        <translation>{0} درصد انجام شد: {1}</translation>
    </message>
    <message>
        <source>Nothing left to do here</source>
        <translation>اینجا کاری باقی نمانده</translation>
    </message>
    <message>
        <source>Every step has an answer.</source>
        <translation>برای همهٔ گام‌ها پاسخی ثبت شده است.</translation>
    </message>
    <message>
        <source>Waiting for help</source>
        <translation>در انتظار کمک</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>دوباره ببینید</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Save the checklist summary</source>
        <translation>ذخیرهٔ خلاصهٔ فهرست‌ها</translation>
    </message>
    <message>
        <source>checklist-summary.pdf</source>
        <translation>checklist-summary.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The checklist summary was saved as %1. You can print it or show it to someone who helps you.</source>
        <translation>خلاصهٔ فهرست‌ها با نام %1 ذخیره شد. می‌توانید آن را چاپ کنید یا به کسی که کمکتان می‌کند نشان دهید.</translation>
    </message>
    <message>
        <source>Preparing the checklist summary…</source>
        <translation>در حال آماده کردن خلاصهٔ فهرست‌ها…</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>یک عبارت عبور انتخاب کنید</translation>
    </message>
    <message>
        <source>A passphrase is like a password, but longer. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. Don&apos;t use one you use anywhere else, and don&apos;t tell it to anyone.</source>
        <translation>عبارت عبور مثل رمز عبور است، اما بلندتر. چهار یا پنج کلمهٔ بی‌ربط با فاصله میانشان، آسان به یاد می‌مانند و حدس زدنشان بسیار سخت است. از عبارتی که جای دیگری به کار می‌برید استفاده نکنید و آن را به هیچ کس نگویید.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارت عبور تازه</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>عبارت عبور را دوباره بنویسید</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قدرت عبارت عبور</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <source>Printed on your dossier, so the police know who made the record. You can add it or change it later under “Your details”.</source>
        <translation>روی پرونده‌تان چاپ می‌شود تا پلیس بداند چه کسی این سوابق را ثبت کرده است. بعداً هم می‌توانید آن را در «مشخصات شما» اضافه یا عوض کنید.</translation>
    </message>
    <message>
        <source>optional, e.g. AB</source>
        <translation>اختیاری، مثلاً AB</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>حروف اول نامتان، برای شماره‌گذاری مدارک</translation>
    </message>
    <message>
        <source>Used to number your evidence the way the police do (AB1, AB2, …).</source>
        <translation>برای شماره‌گذاری مدارک شما به همان روشی که پلیس انجام می‌دهد (AB1، AB2، …).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>دوباره</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>حروف اول نام شما</translation>
    </message>
    <message>
        <source>Setting up encryption, please wait</source>
        <translation>در حال راه‌اندازی رمزگذاری، لطفاً صبر کنید</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Create my log</source>
        <translation>ساختن دفتر من</translation>
    </message>
    <message>
        <source>Strong. Make sure you will remember it.</source>
        <translation>قوی است. مطمئن شوید که یادتان می‌ماند.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>دو عبارت عبور هنوز یکی نیستند.</translation>
    </message>
    <message>
        <source>Both passphrases match.</source>
        <translation>هر دو عبارت عبور یکی هستند.</translation>
    </message>
    <message>
        <source>Use one to four letters A to Z, or leave it empty.</source>
        <translation>یک تا چهار حرف لاتین A تا Z بنویسید، یا خالی بگذارید.</translation>
    </message>
    <message>
        <source>Setting up encryption. This takes a few seconds…</source>
        <translation>در حال راه‌اندازی رمزگذاری. چند ثانیه طول می‌کشد…</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Type a date, such as 1 Dec 2026 or 01/12/2026. Up and Down change the day; Alt+Down opens a calendar.</source>
        <translation>یک تاریخ بنویسید، مثل 1 Dec 2026 یا 01/12/2026. کلیدهای بالا و پایین روز را تغییر می‌دهند؛ Alt+Down تقویم را باز می‌کند.</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026</source>
        <translation>مثلاً 1 Dec 2026</translation>
    </message>
    <message>
        <source>Type a date and time, such as 1 Dec 2026 18:30 or 01/12/2026 18:30, or only a time for today. Up and Down change the part under the cursor; Alt+Down opens a calendar.</source>
        <translation>یک تاریخ و ساعت بنویسید، مثل 1 Dec 2026 18:30 یا 01/12/2026 18:30، یا فقط ساعت برای امروز. کلیدهای بالا و پایین بخشی را که مکان‌نما روی آن است تغییر می‌دهند؛ Alt+Down تقویم را باز می‌کند.</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026 18:30</source>
        <translation>مثلاً 1 Dec 2026 18:30</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>انتخاب روز در تقویم (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>انتخاب روز در تقویم</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>The same day in the Solar Hijri calendar</source>
        <translation>همین روز در تقویم هجری شمسی</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>SafeLog</source>
        <translation>SafeLog</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Make a dossier</source>
        <translation>ساختن پرونده</translation>
    </message>
    <message>
        <source>A dossier is a PDF report of what happened, with your evidence files and a list of their fingerprints, in one new folder. You can give it to the police, a lawyer or a support service. Nothing in your log is changed.</source>
        <translation>پرونده یک گزارش PDF از آنچه رخ داده است، همراه با فایل‌های مدرک و فهرستی از اثر انگشت دیجیتال آن‌ها، در یک پوشهٔ تازه است. می‌توانید آن را به پلیس، وکیل یا یک سازمان حمایتی بدهید. چیزی در دفتر شما تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>کدام بازه</translation>
    </message>
    <message>
        <source>Everything in my log</source>
        <translation>همهٔ دفتر من</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>۳ ماه گذشته</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>۶ ماه گذشته</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>۱۲ ماه گذشته</translation>
    </message>
    <message>
        <source>Choose the dates…</source>
        <translation>انتخاب تاریخ‌ها…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>until</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>All incidents in this period</source>
        <translation>همهٔ رویدادهای این بازه</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln incident(s) the timeline shows now</source>
        <translation>
            <numerusform>فقط %Ln رویدادی که خط زمانی الان نشان می‌دهد</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the incident chosen in the timeline: %1</source>
        <translation>فقط رویدادی که در خط زمانی انتخاب شده: %1</translation>
    </message>
    <message>
        <source>Leave out of the dossier</source>
        <translation>در پرونده نیاید</translation>
    </message>
    <message>
        <source>Add a summary of my safety checklists</source>
        <translation>خلاصه‌ای از فهرست‌های ایمنی من اضافه شود</translation>
    </message>
    <message>
        <source>Add a draft witness statement for a solicitor to finish (PDF and Word)</source>
        <translation>پیش‌نویس اظهارنامهٔ شاهد (witness statement) اضافه شود تا وکیل (solicitor) آن را کامل کند (PDF و Word)</translation>
    </message>
    <message>
        <source>Your own words, in date order and numbered, with your exhibits cited. It is a draft: a solicitor checks it with you before anyone signs it.</source>
        <translation>حرف‌های خود شما، به ترتیب تاریخ و شماره‌دار، با اشاره به پیوست‌های (exhibits) شما. این یک پیش‌نویس است: پیش از امضا، وکیل آن را با شما بررسی می‌کند.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>بازه</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>انتخاب جای ذخیره…</translation>
    </message>
    <message>
        <source>My private notes</source>
        <translation>یادداشت‌های خصوصی من</translation>
    </message>
    <message>
        <source>Exact places: map points and the GPS positions in photos</source>
        <translation>مکان‌های دقیق: نقطه‌های نقشه و موقعیت GPS در عکس‌ها</translation>
    </message>
    <message>
        <source>Camera, phone and software details inside the files</source>
        <translation>اطلاعات دوربین، گوشی و نرم‌افزار درون فایل‌ها</translation>
    </message>
    <message>
        <source>How to contact witnesses and other people</source>
        <translation>راه تماس با شاهدان و افراد دیگر</translation>
    </message>
    <message>
        <source>What each incident did to me</source>
        <translation>اثر هر رویداد بر من</translation>
    </message>
    <message>
        <source>The original names of my evidence files</source>
        <translation>نام‌های اصلی فایل‌های مدرک من</translation>
    </message>
    <message>
        <source>The evidence files themselves (their fingerprints stay in the report)</source>
        <translation>خود فایل‌های مدرک (اثر انگشت دیجیتالشان در گزارش می‌ماند)</translation>
    </message>
    <message>
        <source>Who told me about incidents I did not see myself (they stay marked second-hand)</source>
        <translation>چه کسی دربارهٔ رویدادهایی که خودم ندیدم به من گفت (همچنان «با واسطه» علامت می‌خورند)</translation>
    </message>
    <message>
        <source>No incident falls in this period. Choose a longer period.</source>
        <translation>هیچ رویدادی در این بازه نیست. بازهٔ بلندتری انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence file(s)</source>
        <translation>
            <numerusform>%Ln فایل مدرک</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) with a GPS position</source>
        <translation>
            <numerusform>%Ln عکس با موقعیت GPS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) with a map point</source>
        <translation>
            <numerusform>%Ln رویداد با نقطهٔ نقشه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private note(s)</source>
        <translation>
            <numerusform>%Ln یادداشت خصوصی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with such details</source>
        <translation>
            <numerusform>%Ln فایل با چنین اطلاعاتی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with contact details</source>
        <translation>
            <numerusform>%Ln نفر با اطلاعات تماس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln incident(s)</source>
        <translation>
            <numerusform>در %Ln رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln فایل</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier will hold %1 and %2 (%3).</source>
        <translation>پرونده شامل %1 و %2 (%3) خواهد بود.</translation>
    </message>
    <message>
        <source>The dossier will hold %1.</source>
        <translation>پرونده شامل %1 خواهد بود.</translation>
    </message>
    <message>
        <source>none in this dossier</source>
        <translation>هیچ کدام در این پرونده نیست</translation>
    </message>
</context>
<context>
    <name>DossierDone</name>
    <message>
        <source>Your dossier is ready</source>
        <translation>پرونده‌تان آماده است</translation>
    </message>
    <message numerus="yes">
        <source>%n incident</source>
        <translation>
            <numerusform>%n رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file</source>
        <translation>
            <numerusform>%n فایل مدرک</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation>
            <numerusform>%n فایل مدرک</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds %1 and %2. Give the whole folder, not only the PDF, to the police, your lawyer or a support service: a USB stick is a good way.</source>
        <translation>شامل %1 و %2 است. کل پوشه را، نه فقط PDF را، به پلیس، وکیلتان یا یک سازمان حمایتی بدهید: فلش USB راه خوبی است.</translation>
    </message>
    <message>
        <source>Where the dossier is</source>
        <translation>پرونده کجاست</translation>
    </message>
    <message>
        <source>Document identifier</source>
        <translation>شناسهٔ سند</translation>
    </message>
    <message>
        <source>Anyone who receives it can check that nothing in it was changed since you made it. In a terminal, in that folder, they type:</source>
        <translation>هر کسی که آن را بگیرد می‌تواند بررسی کند که از زمان ساختن آن چیزی در آن تغییر نکرده است. در ترمینال، داخل همان پوشه، این را می‌نویسند:</translation>
    </message>
    <message>
        <source>The line that checks it</source>
        <translation>دستوری که آن را بررسی می‌کند</translation>
    </message>
    <message>
        <source>The document identifier is printed on every page of the PDF. Write it down: it tells this dossier apart from any other you make.</source>
        <translation>شناسهٔ سند روی همهٔ صفحه‌های PDF چاپ شده است. آن را یادداشت کنید: این شناسه این پرونده را از هر پروندهٔ دیگری که می‌سازید جدا می‌کند.</translation>
    </message>
    <message>
        <source>The files in this folder are NOT encrypted: anyone who opens the folder can read them, so keep them somewhere safe, or delete them once you have given them to the police.</source>
        <translation>فایل‌های این پوشه رمزگذاری‌شده نیستند: هر کسی که پوشه را باز کند می‌تواند آن‌ها را بخواند. پس آن‌ها را جای امنی نگه دارید، یا وقتی به پلیس دادید پاکشان کنید.</translation>
    </message>
    <message>
        <source>These files are not encrypted</source>
        <translation>این فایل‌ها رمزگذاری‌شده نیستند</translation>
    </message>
    <message>
        <source>It is in</source>
        <translation>محل آن</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>نمایش در پوشه</translation>
    </message>
    <message>
        <source>SafeLog could not open a file manager on this computer; your dossier&apos;s files are in this folder: %1</source>
        <translation>SafeLog نتوانست برنامهٔ مدیریت فایل را در این رایانه باز کند؛ فایل‌های پرونده‌تان در این پوشه است: %1</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <source>That folder is synced to %1. What you save there would be copied to %1&apos;s computers on the internet at once, where others may be able to reach it. Save it there anyway?</source>
        <translation>این پوشه با %1 همگام می‌شود. هر چه آنجا ذخیره کنید فوراً در رایانه‌های %1 در اینترنت کپی می‌شود، جایی که شاید دیگران به آن دسترسی داشته باشند. باز هم آنجا ذخیره شود؟</translation>
    </message>
    <message>
        <source>That is your Desktop: anyone who looks at this computer&apos;s screen would see it. Save it there anyway?</source>
        <translation>این میز کار (Desktop) شماست: هر کسی که به صفحهٔ این رایانه نگاه کند آن را می‌بیند. باز هم آنجا ذخیره شود؟</translation>
    </message>
    <message>
        <source>Choose a folder for the dossier (a new folder is made inside it)</source>
        <translation>یک پوشه برای پرونده انتخاب کنید (پوشهٔ تازه‌ای داخل آن ساخته می‌شود)</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose a folder that is there.</source>
        <translation>این پوشه وجود ندارد. پوشه‌ای را انتخاب کنید که موجود باشد.</translation>
    </message>
    <message>
        <source>Making your dossier…</source>
        <translation>در حال ساختن پرونده‌تان…</translation>
    </message>
    <message>
        <source>The dossier was not made; nothing was written.</source>
        <translation>پرونده ساخته نشد؛ چیزی نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>EmailPane</name>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>به</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>رونوشت به</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>متن پیام</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ضمیمه‌ها</translation>
    </message>
    <message>
        <source>Original message source</source>
        <translation>متن خام پیام</translation>
    </message>
    <message>
        <source>Show the original message source</source>
        <translation>نمایش متن خام پیام</translation>
    </message>
    <message>
        <source>Every header and line exactly as the message was saved</source>
        <translation>همهٔ سرآیندها و خط‌ها، دقیقاً همان‌طور که پیام ذخیره شده است</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Show the readable message</source>
        <translation>نمایش پیام به شکل خوانا</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
    <message>
        <source>(no name, {kind})</source>
        <translation>(بدون نام، {kind})</translation>
    </message>
    <message>
        <source>SafeLog could not read this file as an e-mail. The file is kept unchanged; “Show the original message source” shows exactly what it holds.</source>
        <translation>SafeLog نتوانست این فایل را به‌عنوان ایمیل بخواند. فایل بدون تغییر نگهداری شده است؛ با «نمایش متن خام پیام» دقیقاً می‌بینید چه چیزی در آن است.</translation>
    </message>
    <message>
        <source>This file does not look like a complete e-mail: it has no sender, recipient, subject or date. “Show the original message source” shows exactly what it holds.</source>
        <translation>این فایل شبیه یک ایمیل کامل نیست: فرستنده، گیرنده، موضوع یا تاریخ ندارد. با «نمایش متن خام پیام» دقیقاً می‌بینید چه چیزی در آن است.</translation>
    </message>
    <message>
        <source>Parts of this e-mail are damaged or unusual, so some of it may be missing below; “Show the original message source” shows exactly what it holds.</source>
        <translation>بخش‌هایی از این ایمیل آسیب دیده یا غیرعادی است، برای همین ممکن است چیزهایی از آن در پایین نیامده باشد؛ با «نمایش متن خام پیام» دقیقاً می‌بینید چه چیزی در آن است.</translation>
    </message>
    <message>
        <source>[The message is longer than this; save a copy to see all of it.]</source>
        <translation>[پیام از این بلندتر است؛ برای دیدن همهٔ آن یک کپی ذخیره کنید.]</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>PDF document</source>
        <translation>سند PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>صدا</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویدیو</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>فایل دیگر</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>پیوست</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>افزوده شده</translation>
    </message>
    <message>
        <source>Evidence for this incident</source>
        <translation>مدارک این رویداد</translation>
    </message>
    <message>
        <source>Drag photos, screenshots or documents here, or choose “Add files…”. The originals are kept unchanged and encrypted.</source>
        <translation>عکس‌ها، عکس‌های صفحه یا سندها را اینجا بکشید و رها کنید، یا «افزودن فایل‌ها…» را انتخاب کنید. فایل‌های اصلی بدون تغییر و رمزگذاری‌شده نگهداری می‌شوند.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>افزودن فایل‌ها…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>دیدن</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>ذخیرهٔ یک کپی…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>کپی ذخیره‌شده رمزگذاری نشده است.</translation>
    </message>
    <message>
        <source>They show something online</source>
        <translation>چیزی در اینترنت را نشان می‌دهند</translation>
    </message>
    <message>
        <source>Screenshots or captures of a post, a message or a profile</source>
        <translation>عکس صفحه یا ضبط یک پست، پیام یا صفحهٔ پروفایل</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the vault…</source>
        <translation>
            <numerusform>در حال افزودن %n فایل به گاوصندوق…</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation>پلتفرم یا برنامه</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>بدون پلتفرم</translation>
    </message>
    <message>
        <source>Full web address</source>
        <translation>نشانی کامل وب</translation>
    </message>
    <message>
        <source>Account name or ID</source>
        <translation>نام یا شناسهٔ حساب</translation>
    </message>
    <message>
        <source>The @name or number that posted it</source>
        <translation>@نام یا شماره‌ای که آن را فرستاده</translation>
    </message>
    <message>
        <source>Time shown on the screen</source>
        <translation>زمانی که روی صفحه نوشته شده</translation>
    </message>
    <message>
        <source>As written on the screen, e.g. 14:32 or &apos;3 hours ago&apos;</source>
        <translation>همان‌طور که روی صفحه نوشته شده، مثلاً 14:32 یا «۳ ساعت پیش»</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>نشانی وب</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>زمان روی صفحه</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>افزودن مدرک</translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>این فایل از قبل با عنوان پیوست (exhibit) {old} در دفتر شما هست؛ SafeLog فقط یک کپی از آن نگه می‌دارد که حالا هم با {old} و هم با {new} فهرست شده است.</translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old} ({name}), added on {day}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>این فایل از قبل با عنوان پیوست (exhibit) {old} ({name}) در دفتر شما هست و در {day} افزوده شده است؛ SafeLog فقط یک کپی از آن نگه می‌دارد که حالا هم با {old} و هم با {new} فهرست شده است.</translation>
    </message>
    <message>
        <source>{ref} ({name}): {note}</source>
        <translation>{ref} ({name}): {note}</translation>
    </message>
</context>
<context>
    <name>ExhibitViewer</name>
    <message>
        <source>Exhibit {ref}</source>
        <translation>پیوست {ref}</translation>
    </message>
    <message>
        <source>{ref} · {name} · {size}</source>
        <translation>{ref} · {name} · {size}</translation>
    </message>
    <message>
        <source>Text of the exhibit</source>
        <translation>متن پیوست</translation>
    </message>
    <message>
        <source>SafeLog cannot show this kind of file inside the app. It is kept safely; you can save a copy to open it with another program.</source>
        <translation>SafeLog نمی‌تواند این نوع فایل را درون برنامه نشان دهد. فایل با امنیت نگهداری شده است؛ می‌توانید یک کپی ذخیره کنید تا با برنامهٔ دیگری بازش کنید.</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>دربارهٔ این فایل</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>ذخیرهٔ یک کپی…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>کپی ذخیره‌شده رمزگذاری نشده است.</translation>
    </message>
    <message>
        <source>This file is too large to open inside SafeLog. You can save a copy to open it with another program.</source>
        <translation>این فایل برای باز شدن درون SafeLog خیلی بزرگ است. می‌توانید یک کپی ذخیره کنید تا با برنامهٔ دیگری بازش کنید.</translation>
    </message>
    <message>
        <source>SafeLog could not make a safe preview of this picture. The original is kept unchanged; you can save a copy.</source>
        <translation>SafeLog نتوانست پیش‌نمایش امنی از این تصویر بسازد. فایل اصلی بدون تغییر نگهداری شده است؛ می‌توانید یک کپی ذخیره کنید.</translation>
    </message>
    <message>
        <source>This is a small preview SafeLog made safely. The original is kept unchanged in the vault.</source>
        <translation>این پیش‌نمایش کوچکی است که SafeLog به‌شکل امن ساخته است. فایل اصلی بدون تغییر در گاوصندوق است.</translation>
    </message>
    <message>
        <source>This computer cannot play sound or video inside SafeLog; use “Save a copy…” to play it with another program.</source>
        <translation>این رایانه نمی‌تواند صدا یا ویدیو را درون SafeLog پخش کند؛ با «ذخیرهٔ یک کپی…» آن را با برنامهٔ دیگری پخش کنید.</translation>
    </message>
    <message>
        <source>This exhibit</source>
        <translation>این پیوست</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شمارهٔ مرجع</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>نام اصلی</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>اثر انگشت دیجیتال (SHA-256)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>جزئیات فنی</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>افزوده شده</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>دوربین</translation>
    </message>
    <message>
        <source>Location in the file</source>
        <translation>مکان درون فایل</translation>
    </message>
    <message>
        <source>How you got it</source>
        <translation>چطور به دستتان رسید</translation>
    </message>
    <message>
        <source>Not said yet. “How you got it…” in the list adds it.</source>
        <translation>هنوز گفته نشده. با «چطور به دستتان رسید…» در فهرست می‌توانید آن را اضافه کنید.</translation>
    </message>
    <message>
        <source>Where the original is kept</source>
        <translation>اصل آن کجا نگهداری می‌شود</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>اثر انگشت دیجیتال (SHA-256)</translation>
    </message>
    <message>
        <source>About the file</source>
        <translation>دربارهٔ فایل</translation>
    </message>
    <message>
        <source>Where it was online</source>
        <translation>کجای اینترنت بود</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>نشانی وب</translation>
    </message>
    <message>
        <source>The exact record</source>
        <translation>اطلاعات دقیق</translation>
    </message>
    <message>
        <source>Exact file type</source>
        <translation>نوع دقیق فایل</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>اندازه به بایت</translation>
    </message>
    <message>
        <source>Dates of the file you added</source>
        <translation>تاریخ‌های فایلی که افزودید</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ساخته‌شده</translation>
    </message>
    <message>
        <source>Details saved inside the file</source>
        <translation>اطلاعات ذخیره‌شده درون فایل</translation>
    </message>
    <message>
        <source>This document does not say which program made it or when. That is common and does not affect the evidence.</source>
        <translation>این سند نمی‌گوید کدام برنامه و چه زمانی آن را ساخته است. این معمول است و به مدرک بودن آن آسیبی نمی‌زند.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>The copy you save will NOT be encrypted: anyone who can open that folder can see it. The original stays safely in SafeLog. Save a copy of {ref}?</source>
        <translation>کپی‌ای که ذخیره می‌کنید رمزگذاری نخواهد شد: هر کسی که بتواند آن پوشه را باز کند می‌تواند آن را ببیند. فایل اصلی با امنیت در SafeLog می‌ماند. یک کپی از {ref} ذخیره شود؟</translation>
    </message>
    <message>
        <source>Save a copy of {ref}</source>
        <translation>ذخیرهٔ یک کپی از {ref}</translation>
    </message>
    <message>
        <source>Saved an exact copy of {ref}. Remember it is not encrypted; delete it when you no longer need it.</source>
        <translation>یک کپی دقیق از {ref} ذخیره شد. یادتان باشد که رمزگذاری نشده است؛ وقتی دیگر لازمش ندارید پاکش کنید.</translation>
    </message>
    <message>
        <source>Saving a copy of {ref}…</source>
        <translation>در حال ذخیرهٔ یک کپی از {ref}…</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>زمان روی صفحه</translation>
    </message>
    <message>
        <source>Location saved in the file</source>
        <translation>مکان ذخیره‌شده در فایل</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>عرض جغرافیایی</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>طول جغرافیایی</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>توجه کنید</translation>
    </message>
    <message>
        <source>Anyone you give the original file to can see this location.</source>
        <translation>هر کسی که فایل اصلی را به او بدهید می‌تواند این مکان را ببیند.</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Search titles, what happened, places and people</source>
        <translation>جستجو در عنوان‌ها، شرح ماجرا، مکان‌ها و افراد</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>جستجو در دفتر</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>پاک کردن جستجو</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>بازه</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>هر زمان</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>۷ روز گذشته</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>۳ ماه گذشته</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>۱۲ ماه گذشته</translation>
    </message>
    <message>
        <source>Between two dates…</source>
        <translation>بین دو تاریخ…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>از این روز</translation>
    </message>
    <message>
        <source>Up to and including this day</source>
        <translation>تا همین روز (با خود این روز)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>نوع رویداد</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>همهٔ انواع</translation>
    </message>
    <message>
        <source>Several kinds…</source>
        <translation>چند نوع…</translation>
    </message>
    <message>
        <source>Kinds of incident to show</source>
        <translation>انواع رویدادی که نشان داده شوند</translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation>فرد درگیر</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>هر کسی</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>مدرک</translation>
    </message>
    <message>
        <source>With or without evidence</source>
        <translation>با مدرک یا بدون مدرک</translation>
    </message>
    <message>
        <source>With evidence</source>
        <translation>با مدرک</translation>
    </message>
    <message>
        <source>Without evidence</source>
        <translation>بدون مدرک</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>گزارش‌شده</translation>
    </message>
    <message>
        <source>Reported or not</source>
        <translation>گزارش‌شده یا نه</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>هنوز گزارش نشده</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>نمایش همه</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>پاک کردن جستجو و همهٔ فیلترها</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n نوع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>when</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>مختصات</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>شرح ماجرا</translation>
    </message>
    <message>
        <source>how it affected you</source>
        <translation>اثر آن بر شما</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>یادداشت‌های خصوصی</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>reports made</source>
        <translation>گزارش‌های داده‌شده</translation>
    </message>
    <message>
        <source>people</source>
        <translation>افراد</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this incident</source>
        <translation>سابقهٔ این رویداد</translation>
    </message>
    <message>
        <source>SafeLog never overwrites an entry. Each time it was saved, a new version was added. Choose a version to read it.</source>
        <translation>SafeLog هرگز نوشته‌ای را پاک یا جایگزین نمی‌کند. هر بار که ذخیره شد، یک نسخهٔ تازه افزوده شد. یک نسخه را انتخاب کنید تا آن را بخوانید.</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>نسخه‌های ذخیره‌شده</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>متن نسخهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>First recorded</source>
        <translation>نخستین ثبت</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>تغییر کرد: {fields}</translation>
    </message>
    <message>
        <source>Saved again, nothing changed</source>
        <translation>دوباره ذخیره شد، چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>Version {n} · {time}</source>
        <translation>نسخهٔ {n} · {time}</translation>
    </message>
    <message>
        <source>Version {n} · {time} · by {who}</source>
        <translation>نسخهٔ {n} · {time} · توسط {who}</translation>
    </message>
    <message>
        <source>What changed in this version:</source>
        <translation>در این نسخه چه چیزی تغییر کرد:</translation>
    </message>
    <message>
        <source>  Before: {text}</source>
        <translation>  پیش از آن: {text}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>  After: {text}</source>
        <translation>  پس از آن: {text}</translation>
    </message>
    <message>
        <source>Report {n}: {route}</source>
        <translation>گزارش {n}: {route}</translation>
    </message>
    <message>
        <source>person {n}</source>
        <translation>فرد {n}</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>هم‌اندازهٔ پنجره</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>اندازهٔ واقعی</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>چرخش به چپ</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>چرخش به راست</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>What happened</source>
        <translation>شرح ماجرا</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>گزارش‌های داده‌شده</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>حقوقی</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>مدارک</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>یادداشت‌های خصوصی</translation>
    </message>
    <message>
        <source>What you type is kept safely in the vault as a draft, even if this window closes.</source>
        <translation>آنچه می‌نویسید، حتی اگر این پنجره بسته شود، به‌صورت پیش‌نویس با امنیت در گاوصندوق نگهداری می‌شود.</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>دور انداختن…</translation>
    </message>
    <message>
        <source>Close, keep draft</source>
        <translation>بستن، پیش‌نویس بماند</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Private notes are only for you. They are never put into a dossier or an export unless you choose to include them.</source>
        <translation>یادداشت‌های خصوصی فقط برای خود شماست. هرگز در پرونده یا خروجی نمی‌آیند، مگر خودتان بخواهید.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>رویداد تازه</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>ویرایش رویداد</translation>
    </message>
    <message>
        <source>You have unsaved writing for this incident from before. Continue where you left off?</source>
        <translation>از قبل نوشته‌ای ذخیره‌نشده برای این رویداد دارید. از همان جایی که ماندید ادامه می‌دهید؟</translation>
    </message>
    <message>
        <source>You started writing a new incident earlier and did not save it. Continue where you left off?</source>
        <translation>پیش‌تر نوشتن یک رویداد تازه را شروع کردید و آن را ذخیره نکردید. از همان جایی که ماندید ادامه می‌دهید؟</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>ادامهٔ نوشتن</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>دور انداختن</translation>
    </message>
    <message>
        <source>Your unsaved writing is back. Save when ready.</source>
        <translation>نوشتهٔ ذخیره‌نشدهٔ شما برگشت. هر وقت آماده بودید ذخیره کنید.</translation>
    </message>
    <message>
        <source>Evidence is kept with a saved incident. Save this incident first; you can go on editing it afterwards.</source>
        <translation>مدارک همراه یک رویداد ذخیره‌شده نگهداری می‌شوند. اول این رویداد را ذخیره کنید؛ بعد می‌توانید ویرایش آن را ادامه دهید.</translation>
    </message>
    <message>
        <source>Save now and add evidence</source>
        <translation>ذخیره و افزودن مدرک</translation>
    </message>
    <message>
        <source>Draft kept safely at {time}.</source>
        <translation>پیش‌نویس در ساعت {time} با امنیت نگهداری شد.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Throw away what you changed in this window? This cannot be undone.</source>
        <translation>آنچه را در این پنجره تغییر دادید دور بیندازید؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>A few words, e.g. &apos;Same car outside my flat&apos;</source>
        <translation>چند کلمه، مثلاً «همان ماشین جلوی آپارتمانم»</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>کجا رخ داد</translation>
    </message>
    <message>
        <source>Street, town, or &apos;online&apos;</source>
        <translation>خیابان، شهر یا «آنلاین»</translation>
    </message>
    <message>
        <source>Map coordinates (optional)</source>
        <translation>مختصات نقشه (اختیاری)</translation>
    </message>
    <message>
        <source>Optional, e.g. 51.5074, -0.1278</source>
        <translation>اختیاری، مثلاً 51.5074, -0.1278</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>شرح ماجرا</translation>
    </message>
    <message>
        <source>In your own words, in any language. Include what was said, what you saw, and anything unusual.</source>
        <translation>با کلمات خودتان، به هر زبانی. آنچه گفته شد، آنچه دیدید و هر چیز غیرعادی را بنویسید.</translation>
    </message>
    <message>
        <source>How it affected you</source>
        <translation>اثر آن بر شما</translation>
    </message>
    <message>
        <source>Fear, changes to your routine, work, health, family.</source>
        <translation>ترس، تغییر در کارهای روزمره، کار، سلامت، خانواده.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Optional words to group entries, separated by commas</source>
        <translation>کلمه‌هایی اختیاری برای دسته‌بندی نوشته‌ها، جدا شده با ویرگول</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>یادداشت‌های خصوصی</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;دسته</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;زمان</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;مکان</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>مختصات</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>&amp;شرح ماجرا</translation>
    </message>
    <message>
        <source>How it &amp;affected you</source>
        <translation>ا&amp;ثر آن بر شما</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;برچسب‌ها</translation>
    </message>
    <message>
        <source>Give the incident a short title, such as &apos;Followed home from the station&apos;.</source>
        <translation>یک عنوان کوتاه به رویداد بدهید، مثلاً «از ایستگاه تا خانه تعقیبم کردند».</translation>
    </message>
    <message>
        <source>Type the latitude and longitude as two numbers, such as 51.5074, -0.1278, or leave this empty.</source>
        <translation>عرض و طول جغرافیایی را به شکل دو عدد بنویسید، مثلاً 51.5074, -0.1278، یا این را خالی بگذارید.</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>Every saved version of this incident</source>
        <translation>همهٔ نسخه‌های ذخیره‌شدهٔ این رویداد</translation>
    </message>
    <message>
        <source>Choose an incident from the list to see it here.</source>
        <translation>یک رویداد را از فهرست انتخاب کنید تا اینجا دیده شود.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>مدارک</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>مختصات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>شرح ماجرا</translation>
    </message>
    <message>
        <source>(Nothing written yet.)</source>
        <translation>(هنوز چیزی نوشته نشده.)</translation>
    </message>
    <message>
        <source>How it affected me</source>
        <translation>اثر آن بر من</translation>
    </message>
    <message>
        <source>Private notes — only for you, never exported unless you choose</source>
        <translation>یادداشت‌های خصوصی — فقط برای شما، هرگز در خروجی نمی‌آید مگر خودتان بخواهید</translation>
    </message>
    <message>
        <source>First recorded {first}</source>
        <translation>نخستین ثبت {first}</translation>
    </message>
    <message>
        <source>last changed {last}</source>
        <translation>آخرین تغییر {last}</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>آنچه کردند</translation>
    </message>
    <message>
        <source>The effect on me</source>
        <translation>اثر آن بر من</translation>
    </message>
    <message>
        <source>How I know (second-hand)</source>
        <translation>از کجا می‌دانم (با واسطه)</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>چرا فکر می‌کنم یک دولت پشت آن است</translation>
    </message>
    <message>
        <source>Breaks court order</source>
        <translation>نقض حکم دادگاه (court order)</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>حقوقی</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Vehicle: {v}</source>
        <translation>وسیلهٔ نقلیه: {v}</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>احتمالی</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>قطعی</translation>
    </message>
    <message>
        <source>Link to a state: {s}</source>
        <translation>ارتباط با یک دولت: {s}</translation>
    </message>
    <message>
        <source>Contact: {c}</source>
        <translation>تماس: {c}</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>گزارش‌های داده‌شده</translation>
    </message>
    <message>
        <source>Not reported yet.</source>
        <translation>هنوز گزارش نشده.</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>گزارش به</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شمارهٔ مرجع</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>گفتگو با</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>ارجاع به</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
</context>
<context>
    <name>InsideWindow</name>
    <message>
        <source>Inside {ref}</source>
        <translation>درون {ref}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>پیام‌ها</translation>
    </message>
    <message>
        <source>Make an incident from the chosen messages</source>
        <translation>ساختن یک رویداد از پیام‌های انتخاب‌شده</translation>
    </message>
    <message>
        <source>{shown} of {total} messages; choose the ones that belong to one incident.</source>
        <translation>{shown} از {total} پیام؛ پیام‌هایی را انتخاب کنید که به یک رویداد مربوط‌اند.</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>فایل‌های درون آن</translation>
    </message>
    <message>
        <source>Add the chosen files as exhibits</source>
        <translation>افزودن فایل‌های انتخاب‌شده به عنوان پیوست</translation>
    </message>
    <message>
        <source>Files inside {ref}; each one you add keeps a link to it.</source>
        <translation>فایل‌های درون {ref}؛ هر فایلی که اضافه کنید پیوندش با آن حفظ می‌شود.</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>علامت زدن همه</translation>
    </message>
    <message>
        <source>Tick the messages first.</source>
        <translation>اول پیام‌ها را علامت بزنید.</translation>
    </message>
    <message>
        <source>Added incident “{title}”, dated at the first message.</source>
        <translation>رویداد «{title}» افزوده شد، با تاریخ نخستین پیام.</translation>
    </message>
    <message>
        <source>Adding the chosen files…</source>
        <translation>در حال افزودن فایل‌های انتخاب‌شده…</translation>
    </message>
    <message>
        <source>Inside…</source>
        <translation>درون آن…</translation>
    </message>
    <message>
        <source>The messages of a chat, or the files inside an e-mail, zip or saved page</source>
        <translation>پیام‌های یک گفتگو، یا فایل‌های درون یک ایمیل، فایل zip یا صفحهٔ ذخیره‌شده</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>SafeLog</source>
        <translation>SafeLog</translation>
    </message>
    <message>
        <source>Welcome to SafeLog</source>
        <translation>به SafeLog خوش آمدید</translation>
    </message>
    <message>
        <source>SafeLog is a private notebook for writing down what is happening to you: being followed or watched, threats, online abuse, or pressure on you or your family. It keeps the dates, places, people and evidence together, so that when you are ready you can show a clear record to the police, a lawyer or a support service.</source>
        <translation>SafeLog دفترچه‌ای خصوصی است برای نوشتن آنچه برایتان پیش می‌آید: تعقیب شدن یا زیر نظر بودن، تهدید، آزار آنلاین، یا فشار بر شما یا خانواده‌تان. تاریخ‌ها، مکان‌ها، افراد و مدارک را کنار هم نگه می‌دارد تا هر وقت آماده بودید بتوانید سابقه‌ای روشن به پلیس، وکیل یا یک سازمان حمایتی نشان دهید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It stays on this computer.&lt;/b&gt; Nothing is sent anywhere.</source>
        <translation>&lt;b&gt;روی همین رایانه می‌ماند.&lt;/b&gt; هیچ چیزی به جایی فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is encrypted.&lt;/b&gt; Without your passphrase nobody can read it.</source>
        <translation>&lt;b&gt;رمزگذاری‌شده است.&lt;/b&gt; بدون عبارت عبور شما هیچ کس نمی‌تواند آن را بخواند.</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you forget your passphrase,&lt;/b&gt; only your recovery key can open it. Nobody else can, not even the people who make SafeLog. You will see the recovery key in a moment: write it down and keep it safe.</source>
        <translation>&lt;b&gt;اگر عبارت عبورتان را فراموش کنید،&lt;/b&gt; فقط کلید بازیابی می‌تواند دفتر را باز کند. هیچ کس دیگری نمی‌تواند، حتی سازندگان SafeLog. کلید بازیابی را چند لحظهٔ دیگر می‌بینید: آن را یادداشت کنید و جای امنی نگه دارید.</translation>
    </message>
    <message>
        <source>Create my private log</source>
        <translation>ساختن دفتر خصوصی من</translation>
    </message>
    <message>
        <source>I have a backup: restore it…</source>
        <translation>نسخهٔ پشتیبان دارم: بازگردانی آن…</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Step</source>
        <translation>گام</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>چه کسی می‌تواند کمک کند</translation>
    </message>
    <message>
        <source>Where this advice comes from</source>
        <translation>این توصیه از کجا آمده</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>کپی نشانی</translation>
    </message>
    <message>
        <source>Copy the address of {0}</source>
        <translation>کپی نشانی {0}</translation>
    </message>
    <message>
        <source>Address copied. Paste it into a browser when you are ready; SafeLog empties the clipboard after 30 seconds.</source>
        <translation>نشانی کپی شد. هر وقت آماده بودید آن را در مرورگر بچسبانید؛ SafeLog پس از ۳۰ ثانیه کلیپ‌بورد را خالی می‌کند.</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>Following me</source>
        <translation>تعقیب کردن من</translation>
    </message>
    <message>
        <source>Contacting me, or trying to, by any means</source>
        <translation>تماس با من یا تلاش برای تماس، از هر راهی</translation>
    </message>
    <message>
        <source>Publishing material about me</source>
        <translation>انتشار مطالبی دربارهٔ من</translation>
    </message>
    <message>
        <source>Monitoring my internet, email or messages</source>
        <translation>زیر نظر گرفتن اینترنت، ایمیل یا پیام‌های من</translation>
    </message>
    <message>
        <source>Loitering near me, my home or work</source>
        <translation>پرسه زدن نزدیک من، خانه یا محل کارم</translation>
    </message>
    <message>
        <source>Interfering with my property</source>
        <translation>دست بردن در اموال من</translation>
    </message>
    <message>
        <source>Watching or spying on me</source>
        <translation>زیر نظر گرفتن یا جاسوسی کردن از من</translation>
    </message>
    <message>
        <source>I feared violence would be used against me</source>
        <translation>می‌ترسیدم علیه من خشونت شود</translation>
    </message>
    <message>
        <source>It caused me serious alarm or distress</source>
        <translation>باعث نگرانی یا پریشانی شدید من شد</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <source>What they did (tick any that apply)</source>
        <translation>آنچه کردند (هر مورد را که درست است علامت بزنید)</translation>
    </message>
    <message>
        <source>The effect on you</source>
        <translation>اثر آن بر شما</translation>
    </message>
    <message>
        <source>How I know it</source>
        <translation>از کجا می‌دانم</translation>
    </message>
    <message>
        <source>Only if you did not see it yourself: who told you, when and how (for example &apos;my sister, by phone on 4 May&apos;).</source>
        <translation>فقط اگر خودتان ندیدید: چه کسی، کی و چطور به شما گفت (مثلاً «خواهرم، تلفنی، ۴ مه»).</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>چرا فکر می‌کنم یک دولت پشت آن است</translation>
    </message>
    <message>
        <source>Optional: what makes you think a government or its agents are behind this.</source>
        <translation>اختیاری: چه چیزی باعث می‌شود فکر کنید یک دولت یا مأمورانش پشت این کار هستند.</translation>
    </message>
    <message>
        <source>Court orders this breaches</source>
        <translation>احکام دادگاه که این کار نقض می‌کند</translation>
    </message>
    <message>
        <source>No court orders are recorded. Add them under Incident &gt; Orders and risk assessments.</source>
        <translation>هیچ حکم دادگاهی (court order) ثبت نشده است. آن‌ها را در رویداد &gt; احکام و ارزیابی‌های خطر اضافه کنید.</translation>
    </message>
    <message>
        <source>How &amp;I know it (if I did not see it myself)</source>
        <translation>&amp;از کجا می‌دانم (اگر خودم ندیدم)</translation>
    </message>
    <message>
        <source>&amp;Why I think a state is behind it</source>
        <translation>&amp;چرا فکر می‌کنم یک دولت پشت آن است</translation>
    </message>
    <message>
        <source>This breaches a court &amp;order</source>
        <translation>این کار یک &amp;حکم دادگاه را نقض می‌کند</translation>
    </message>
    <message>
        <source>These headings follow the law on stalking and harassment, so a solicitor or the police can use your record. Leave them empty if you are not sure. This is not legal advice.</source>
        <translation>این عنوان‌ها از قانون تعقیب و مزاحمت مداوم (stalking) و آزار و اذیت (harassment) پیروی می‌کنند تا وکیل (solicitor) یا پلیس بتواند از سوابق شما استفاده کند. اگر مطمئن نیستید خالی بگذارید. این مشاورهٔ حقوقی نیست.</translation>
    </message>
</context>
<context>
    <name>LegalWindow</name>
    <message>
        <source>Orders and risk assessments</source>
        <translation>احکام و ارزیابی‌های خطر</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>احکام دادگاه (court orders)</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>ارزیابی‌های خطر (risk assessments)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New incident</source>
        <translation>رویداد تازه</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Orders and risk assessments…</source>
        <translation>احکام و ارزیابی‌های خطر…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل کردن</translation>
    </message>
    <message>
        <source>Quick hide</source>
        <translation>پنهان کردن فوری</translation>
    </message>
    <message>
        <source>Lock and minimise at once (Ctrl+Shift+H), from any SafeLog window</source>
        <translation>قفل و کوچک کردن فوری (Ctrl+Shift+H)، از هر پنجرهٔ SafeLog</translation>
    </message>
    <message>
        <source>Check the vault for damage…</source>
        <translation>بررسی سلامت گاوصندوق…</translation>
    </message>
    <message>
        <source>Make a dossier…</source>
        <translation>ساختن پرونده…</translation>
    </message>
    <message>
        <source>A PDF report with your evidence, to give to the police, a lawyer or a support service (Ctrl+D)</source>
        <translation>یک گزارش PDF همراه مدارک شما، برای دادن به پلیس، وکیل یا یک سازمان حمایتی (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Back up my log…</source>
        <translation>پشتیبان‌گیری از دفتر…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>بازگردانی از نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>تغییر عبارت عبور…</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>ساختن کلید بازیابی تازه…</translation>
    </message>
    <message>
        <source>Your details…</source>
        <translation>مشخصات شما…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>درباره SafeLog</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>الگو</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>فهرست‌های ایمنی</translation>
    </message>
    <message>
        <source>&amp;SafeLog</source>
        <translation>&amp;SafeLog</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;رویداد</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نمایش</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>را&amp;هنما</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>کارهای اصلی</translation>
    </message>
    <message>
        <source>Choose an incident in the timeline first.</source>
        <translation>اول یک رویداد را در خط زمانی انتخاب کنید.</translation>
    </message>
    <message>
        <source>Your vault passed every check. Nothing is damaged.</source>
        <translation>گاوصندوق شما از همهٔ بررسی‌ها سالم گذشت. هیچ چیزی آسیب ندیده است.</translation>
    </message>
    <message>
        <source>Checking your vault…</source>
        <translation>در حال بررسی گاوصندوق…</translation>
    </message>
    <message>
        <source>The settings could not be saved; they apply until SafeLog is closed.</source>
        <translation>تنظیمات ذخیره نشد؛ تا وقتی SafeLog بسته شود اعمال می‌شوند.</translation>
    </message>
    <message>
        <source>Make a dossier</source>
        <translation>ساختن پرونده</translation>
    </message>
    <message>
        <source>Edit the chosen incident</source>
        <translation>ویرایش رویداد انتخاب‌شده</translation>
    </message>
    <message>
        <source>Lock, from any SafeLog window</source>
        <translation>قفل کردن، از هر پنجرهٔ SafeLog</translation>
    </message>
    <message>
        <source>Quick hide: lock and minimise</source>
        <translation>پنهان کردن فوری: قفل و کوچک کردن</translation>
    </message>
    <message>
        <source>Timeline, People, Pattern, Checklists</source>
        <translation>خط زمانی، افراد، الگو، فهرست‌های ایمنی</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
</context>
<context>
    <name>MediaPane</name>
    <message>
        <source>Play</source>
        <translation>پخش</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>موقعیت</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Make a new recovery key</source>
        <translation>ساختن کلید بازیابی تازه</translation>
    </message>
    <message>
        <source>Make a new recovery key if yours was lost, or if someone else may have seen it. The key you have now stops working at once, on this computer and in every backup you make from now on. Backups you made before still open with the old key.

To go on, type your passphrase.</source>
        <translation>اگر کلید بازیابی‌تان گم شده یا ممکن است کس دیگری آن را دیده باشد، یک کلید تازه بسازید. کلید فعلی شما فوراً از کار می‌افتد، هم روی این رایانه و هم در هر نسخهٔ پشتیبانی که از این به بعد می‌گیرید. نسخه‌های پشتیبان قبلی همچنان با کلید قدیمی باز می‌شوند.

برای ادامه، عبارت عبورتان را بنویسید.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>عبارت عبور شما</translation>
    </message>
    <message>
        <source>Making a new recovery key, please wait</source>
        <translation>در حال ساختن کلید بازیابی تازه، لطفاً صبر کنید</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>ساختن کلید تازه</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>کلید بازیابی تازهٔ شما</translation>
    </message>
    <message>
        <source>Your old recovery key no longer opens your log. This new one is the only other way in if you forget your passphrase, and it is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>کلید بازیابی قدیمی دیگر دفترتان را باز نمی‌کند. اگر عبارت عبورتان را فراموش کنید، این کلید تازه تنها راه دیگر است، و فقط همین یک بار نشان داده می‌شود.

آن را روی کاغذ بنویسید یا چاپ کنید و جای امنی نگه دارید: دور از این رایانه، و دور از هر کسی که ممکن است بخواهد دفترتان را بخواند.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
    <message>
        <source>I have written down or printed my new recovery key.</source>
        <translation>کلید بازیابی تازه‌ام را یادداشت یا چاپ کرده‌ام.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>اول عبارت عبورتان را بنویسید.</translation>
    </message>
    <message>
        <source>That is not your passphrase. Check that Caps Lock is off, then try again. Nothing was changed.</source>
        <translation>این عبارت عبور شما نیست. مطمئن شوید Caps Lock خاموش است، سپس دوباره امتحان کنید. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Your new recovery key will not be shown again, and the old one no longer works. Have you written it down or printed it?</source>
        <translation>کلید بازیابی تازه‌تان دیگر نشان داده نمی‌شود، و کلید قدیمی دیگر کار نمی‌کند. آن را یادداشت یا چاپ کرده‌اید؟</translation>
    </message>
</context>
<context>
    <name>ObtainedQuestion</name>
    <message>
        <source>I took this photo or recording myself</source>
        <translation>خودم این عکس را گرفتم یا ضبطش کردم</translation>
    </message>
    <message>
        <source>Someone sent it to me</source>
        <translation>کسی آن را برایم فرستاد</translation>
    </message>
    <message>
        <source>I saved it from a website or app</source>
        <translation>آن را از یک وب‌سایت یا برنامه ذخیره کردم</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>راه دیگری</translation>
    </message>
    <message>
        <source>How did you get this file?</source>
        <translation>این فایل چطور به دستتان رسید؟</translation>
    </message>
    <message>
        <source>The police will ask how you got each piece of evidence. Your answer is printed beside it in the dossier. You can change it later.</source>
        <translation>پلیس می‌پرسد هر مدرک چطور به دستتان رسیده است. پاسخ شما کنار آن در پرونده چاپ می‌شود. بعداً می‌توانید آن را تغییر دهید.</translation>
    </message>
    <message>
        <source>More about how you got it</source>
        <translation>توضیح بیشتر دربارهٔ اینکه چطور به دستتان رسید</translation>
    </message>
    <message>
        <source>For example: who sent it, when, and in which app</source>
        <translation>برای نمونه: چه کسی فرستاد، کی، و در کدام برنامه</translation>
    </message>
    <message>
        <source>Where is the original kept?</source>
        <translation>اصل آن کجا نگهداری می‌شود؟</translation>
    </message>
    <message>
        <source>Optional. For example: on my phone, or the letter is in a drawer at home</source>
        <translation>اختیاری. برای نمونه: در گوشی‌ام، یا نامه در کشوی خانه است</translation>
    </message>
    <message>
        <source>More about it (optional)</source>
        <translation>توضیح بیشتر (اختیاری)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>فعلاً نه</translation>
    </message>
    <message>
        <source>Nothing is saved; you can answer later.</source>
        <translation>چیزی ذخیره نمی‌شود؛ بعداً می‌توانید پاسخ دهید.</translation>
    </message>
    <message>
        <source>Exhibit {ref} ({name})</source>
        <translation>پیوست {ref} ({name})</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>پیوست {ref}</translation>
    </message>
    <message>
        <source>How did you get these files?</source>
        <translation>این فایل‌ها چطور به دستتان رسید؟</translation>
    </message>
    <message>
        <source>Your answer is saved for each of the exhibits {refs}.</source>
        <translation>پاسخ شما برای هر یک از پیوست‌های {refs} ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>Saved. The dossier will say how you got {refs}.</source>
        <translation>ذخیره شد. در پرونده می‌آید که {refs} چطور به دستتان رسید.</translation>
    </message>
    <message>
        <source>How you got it…</source>
        <translation>چطور به دستتان رسید…</translation>
    </message>
    <message>
        <source>Say how you got the selected file and where the original is</source>
        <translation>بگویید فایل انتخاب‌شده چطور به دستتان رسید و اصل آن کجاست</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Harassment injunction</source>
        <translation>دستور منع آزار و اذیت (harassment injunction)</translation>
    </message>
    <message>
        <source>Stalking Protection Order</source>
        <translation>حکم حمایت در برابر تعقیب (Stalking Protection Order)</translation>
    </message>
    <message>
        <source>Non-molestation order</source>
        <translation>حکم منع آزار (non-molestation order)</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>حکم منع تماس (restraining order)</translation>
    </message>
    <message>
        <source>Other order</source>
        <translation>حکم دیگر</translation>
    </message>
    <message>
        <source>Harassment injunction (Protection from Harassment Act 1997 s.3)</source>
        <translation>دستور منع آزار و اذیت (Harassment injunction, Protection from Harassment Act 1997 s.3)</translation>
    </message>
    <message>
        <source>Stalking Protection Order (Stalking Protection Act 2019)</source>
        <translation>حکم حمایت در برابر تعقیب (Stalking Protection Order, Stalking Protection Act 2019)</translation>
    </message>
    <message>
        <source>Non-molestation order (Family Law Act 1996 s.42)</source>
        <translation>حکم منع آزار (Non-molestation order, Family Law Act 1996 s.42)</translation>
    </message>
    <message>
        <source>Restraining order (Sentencing Act 2020 s.359-360)</source>
        <translation>حکم منع تماس (Restraining order, Sentencing Act 2020 s.359-360)</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>No.</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>حکم</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>صادر شده</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>پایان اعتبار</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>معتبر</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>نقض‌ها</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>احکام دادگاه</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>نوع حکم</translation>
    </message>
    <message>
        <source>Date made</source>
        <translation>تاریخ صدور</translation>
    </message>
    <message>
        <source>It expires on</source>
        <translation>اعتبارش تمام می‌شود در</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>تاریخ پایان اعتبار</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>دادگاه</translation>
    </message>
    <message>
        <source>Case number or reference</source>
        <translation>شمارهٔ پروندهٔ دادگاه یا شمارهٔ مرجع</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>مفاد</translation>
    </message>
    <message>
        <source>What the order forbids, as it is written in the order</source>
        <translation>آنچه حکم ممنوع می‌کند، همان‌طور که در حکم نوشته شده</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>افزودن حکم</translation>
    </message>
    <message>
        <source>Save changes to the chosen order</source>
        <translation>ذخیرهٔ تغییرات حکم انتخاب‌شده</translation>
    </message>
    <message>
        <source>New</source>
        <translation>تازه</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Made on</source>
        <translation>&amp;صدور در</translation>
    </message>
    <message>
        <source>&amp;Court</source>
        <translation>&amp;دادگاه</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>شمارهٔ &amp;مرجع</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>م&amp;فاد</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>بدون تاریخ پایان</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>Breaches: {list}</source>
        <translation>نقض‌ها: {list}</translation>
    </message>
    <message>
        <source>No incident is marked as breaching this order.</source>
        <translation>هیچ رویدادی به عنوان نقض این حکم علامت نخورده است.</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>نمایش یا پنهان کردن آنچه نوشتید</translation>
    </message>
</context>
<context>
    <name>PasteSupport</name>
    <message>
        <source>Save these details</source>
        <translation>ذخیرهٔ این اطلاعات</translation>
    </message>
    <message>
        <source>dragged from a web page</source>
        <translation>کشیده‌شده از یک صفحهٔ وب</translation>
    </message>
    <message>
        <source>Pasted image {time}</source>
        <translation>تصویر چسبانده‌شده {time}</translation>
    </message>
    <message>
        <source>Pasted text {time}</source>
        <translation>متن چسبانده‌شده {time}</translation>
    </message>
    <message>
        <source>There is nothing to paste: copy a screenshot, a picture or some text first.</source>
        <translation>چیزی برای چسباندن نیست: اول یک عکس صفحه، یک تصویر یا متنی را کپی کنید.</translation>
    </message>
    <message>
        <source>Adding to the vault…</source>
        <translation>در حال افزودن به گاوصندوق…</translation>
    </message>
    <message>
        <source>Save these details to {ref}</source>
        <translation>ذخیرهٔ این اطلاعات در {ref}</translation>
    </message>
</context>
<context>
    <name>PatternChart</name>
    <message>
        <source>Per week</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>{period}: nothing recorded</source>
        <translation>{period}: چیزی ثبت نشده</translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}: {count}</translation>
    </message>
    <message>
        <source>{period}: {total} in total ({parts})</source>
        <translation>{period}: در مجموع {total} ({parts})</translation>
    </message>
    <message>
        <source>Nothing recorded yet. The chart fills in as you add incidents.</source>
        <translation>هنوز چیزی ثبت نشده. با افزودن رویدادها نمودار پر می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from the week of {first} to the week of {last}.</source>
        <translation>
            <numerusform>%Ln رویداد از هفتهٔ {first} تا هفتهٔ {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest was the week of {busy} ({n}).</source>
        <translation>شلوغ‌ترین هفته، هفتهٔ {busy} بود ({n}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from {first} to {last}.</source>
        <translation>
            <numerusform>%Ln رویداد از {first} تا {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest month was {busy} ({n}).</source>
        <translation>شلوغ‌ترین ماه {busy} بود ({n}).</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>This copy of SafeLog cannot show PDF files. The file is kept safely; you can save a copy to read it.</source>
        <translation>این نسخه از SafeLog نمی‌تواند فایل PDF نشان دهد. فایل با امنیت نگهداری شده است؛ می‌توانید یک کپی ذخیره کنید تا آن را بخوانید.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>سند PDF</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Perpetrator (known)</source>
        <translation>عامل (شناخته‌شده)</translation>
    </message>
    <message>
        <source>Perpetrator (unknown)</source>
        <translation>عامل (ناشناس)</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>درگیر</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>People in this incident</source>
        <translation>افراد این رویداد</translation>
    </message>
    <message>
        <source>People already recorded</source>
        <translation>افرادی که از قبل ثبت شده‌اند</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Someone already recorded:</source>
        <translation>کسی که از قبل ثبت شده:</translation>
    </message>
    <message>
        <source>Record someone new…</source>
        <translation>ثبت فرد تازه…</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>فرد تازه</translation>
    </message>
    <message>
        <source>Role in this incident</source>
        <translation>نقش در این رویداد</translation>
    </message>
    <message>
        <source>Add to this incident</source>
        <translation>افزودن به این رویداد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>No one added yet. Add the people involved, even if you do not know their names.</source>
        <translation>هنوز کسی اضافه نشده. افراد درگیر را اضافه کنید، حتی اگر نامشان را نمی‌دانید.</translation>
    </message>
    <message>
        <source>Who was involved or saw it. Each person is recorded once, so you can see how often they appear.</source>
        <translation>چه کسی درگیر بود یا آن را دید. هر فرد یک بار ثبت می‌شود تا ببینید چند بار تکرار شده است.</translation>
    </message>
    <message>
        <source>No one recorded yet</source>
        <translation>هنوز کسی ثبت نشده</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (تازه)</translation>
    </message>
    <message>
        <source>Role of {name}</source>
        <translation>نقش {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>حذف {name}</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>چه کسی است</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>نخستین بار دیده شده</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخرین بار دیده شده</translation>
    </message>
    <message>
        <source>People in your record</source>
        <translation>افراد در سوابق شما</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>افزودن یک فرد…</translation>
    </message>
    <message>
        <source>Everyone you have recorded, most often involved first.</source>
        <translation>همهٔ کسانی که ثبت کرده‌اید، به ترتیب بیشترین تکرار.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>ذخیرهٔ فرد</translation>
    </message>
    <message>
        <source>Incidents with this person</source>
        <translation>رویدادهای مربوط به این فرد</translation>
    </message>
    <message>
        <source>Double-click an incident to open it</source>
        <translation>برای باز کردن یک رویداد روی آن دو بار کلیک کنید</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>فرد تازه</translation>
    </message>
    <message>
        <source>Not linked to any incident yet.</source>
        <translation>هنوز به هیچ رویدادی وصل نشده.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name or short description</source>
        <translation>نام یا توصیف کوتاه</translation>
    </message>
    <message>
        <source>A name, or e.g. &apos;man in grey car&apos;</source>
        <translation>یک نام، یا مثلاً «مرد در ماشین خاکستری»</translation>
    </message>
    <message>
        <source>Kind of person</source>
        <translation>نوع فرد</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توصیف</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>وسیلهٔ نقلیه</translation>
    </message>
    <message>
        <source>Make, colour, number plate</source>
        <translation>سازنده، رنگ، شمارهٔ پلاک</translation>
    </message>
    <message>
        <source>Link to a state</source>
        <translation>ارتباط با یک دولت</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>معلوم نیست</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>احتمالی</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>قطعی</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>راه تماس با او</translation>
    </message>
    <message>
        <source>For witnesses: phone, email</source>
        <translation>برای شاهدان: تلفن، ایمیل</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>یادداشت‌هایی دربارهٔ این فرد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>چه کسی است</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Give this person a name, or a short description such as &apos;man in grey car&apos;.</source>
        <translation>به این فرد یک نام یا یک توصیف کوتاه بدهید، مثلاً «مرد در ماشین خاکستری».</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your details</source>
        <translation>مشخصات شما</translation>
    </message>
    <message>
        <source>These details are printed on the first page of your dossier, so that the police know who made the record and how to reach you safely. They stay inside your locked log. You can leave any of them empty.</source>
        <translation>این مشخصات روی صفحهٔ اول پرونده‌تان چاپ می‌شود تا پلیس بداند چه کسی این سوابق را ثبت کرده و چطور می‌تواند با امنیت با شما تماس بگیرد. درون دفتر قفل‌شدهٔ شما می‌مانند. می‌توانید هر کدام را خالی بگذارید.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>حروف اول نامتان، برای شماره‌گذاری مدارک</translation>
    </message>
    <message>
        <source>For example: call my mobile only between 9 and 5; never leave a voicemail; or contact me through my support worker.</source>
        <translation>برای نمونه: فقط بین ساعت ۹ و ۵ به موبایلم زنگ بزنید؛ هرگز پیام صوتی نگذارید؛ یا از طریق مددکارم (support worker) با من تماس بگیرید.</translation>
    </message>
    <message>
        <source>How the police may contact you safely</source>
        <translation>پلیس چطور می‌تواند با امنیت با شما تماس بگیرد</translation>
    </message>
    <message>
        <source>For example: Persian (Farsi)</source>
        <translation>برای نمونه: Persian (Farsi)</translation>
    </message>
    <message>
        <source>The language you prefer to speak</source>
        <translation>زبانی که ترجیح می‌دهید با آن صحبت کنید</translation>
    </message>
    <message>
        <source>Do you need an interpreter?</source>
        <translation>به مترجم شفاهی نیاز دارید؟</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>گفته نشده</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>For example: Maryam Rahimi</source>
        <translation>برای نمونه: Maryam Rahimi</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport</source>
        <translation>نام شما با حروف لاتین، همان‌طور که در گذرنامه‌تان آمده</translation>
    </message>
    <message>
        <source>For example: text first; never leave a voicemail, the phone is shared.</source>
        <translation>برای نمونه: text first; never leave a voicemail, the phone is shared.</translation>
    </message>
    <message>
        <source>How the police may contact you safely, in English</source>
        <translation>پلیس چطور می‌تواند با امنیت با شما تماس بگیرد، به انگلیسی</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>حروف اول نام</translation>
    </message>
    <message>
        <source>New evidence is numbered with them, the way the police do (AB1, AB2, …). Evidence you already have keeps its numbers.</source>
        <translation>مدارک تازه با این حروف شماره‌گذاری می‌شوند، به همان روشی که پلیس انجام می‌دهد (AB1، AB2، …). مدارکی که از قبل دارید شماره‌شان را نگه می‌دارند.</translation>
    </message>
    <message>
        <source>How to contact you safely</source>
        <translation>راه تماس امن با شما</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>نیاز به مترجم شفاهی</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>نام با حروف لاتین</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport. If your name is written in another script, such as Arabic, Persian or Chinese, this lets police systems record it.</source>
        <translation>نام شما با حروف لاتین، همان‌طور که در گذرنامه‌تان آمده است. اگر نامتان به خط دیگری نوشته می‌شود، مثل عربی، فارسی یا چینی، با این کار سیستم‌های پلیس می‌توانند آن را ثبت کنند.</translation>
    </message>
    <message>
        <source>Safe contact, in English</source>
        <translation>راه تماس امن، به انگلیسی</translation>
    </message>
    <message>
        <source>If you wrote how to contact you in another language, say it here in English for the officer.</source>
        <translation>اگر راه تماس با خودتان را به زبان دیگری نوشته‌اید، اینجا آن را برای مأمور پلیس به انگلیسی بنویسید.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>درایو</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ناشناخته</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>پوشه</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;جستجو در:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>عقب</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>عقبگرد</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>جلوتر</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>جلوگرد</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>پوشهٔ بالاتر</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>برو به پوشهٔ بالاتر</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ایجاد پوشهٔ جدید</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ایجاد یک پوشه جدید</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>نمایش لیستی</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>تغییر به حالت نمایش لیستی</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>نمایش با جزئیات</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>تغییر به حالت نمایش با جزئیات</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>نوار کناری</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>لیست مکان‌ها و نشانه‌ها</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>مکان‌های اخیر</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;نام پرونده:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>پوشه:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;پرونده‌هایی از نوع:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>پوشه‌ها</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>تمام پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;بازکردن</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;انتخاب</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;تغییر نام</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>نمایش پرونده‌های م&amp;خفی</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;پوشه جدید</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>پوشهٔ جدید</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>نمایش </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 از قبل موجود است.
آیا مایل هستید جایگزین شود؟</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
پرونده یافت نشد.
لطفاً درستی نام پرونده داده شده را بررسی کنید.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
پوشه یافت نشد
لطفاً درستی نام پرونده داده شده را بررسی کنید.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>آیا مطمئن هستید که می‌خواهید &apos;%1&apos; را حذف نمایید؟</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; از حفاظت نوشتاری برخوردار است.
با این حال آیا مایل هستید حذف شود؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>نمی‌توان پوشه را حذف کرد.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>حجم</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تاریخ تغییر</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>رایانه</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>نوع</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;بازگردانی</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>باز&amp;انجام</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ب&amp;رش</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کپی</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;چسباندن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>انتخاب همه</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ذخیرهٔ همه</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;بله</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>بله برای &amp;همه</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نه</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>نه برای ه&amp;مه</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>دور انداختن</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>بازگشت به پیش‌فرض‌ها</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>کلید بازیابی شما</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only other way to open your log. Nobody can make a new one for you. It is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>اگر روزی عبارت عبورتان را فراموش کنید، این کلید تنها راه دیگر برای باز کردن دفترتان است. هیچ کس نمی‌تواند کلید تازه‌ای برایتان بسازد. فقط همین یک بار نشان داده می‌شود.

آن را روی کاغذ بنویسید یا چاپ کنید و جای امنی نگه دارید: دور از این رایانه، و دور از هر کسی که ممکن است بخواهد دفترتان را بخواند.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>چاپ کلید بازیابی</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>ذخیره در یک فایل…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>ذخیرهٔ کلید بازیابی در یک فایل</translation>
    </message>
    <message>
        <source>I have written down, printed or saved my recovery key.</source>
        <translation>کلید بازیابی‌ام را یادداشت، چاپ یا ذخیره کرده‌ام.</translation>
    </message>
    <message>
        <source>Open my log</source>
        <translation>باز کردن دفتر من</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>کلید بازیابی: %1</translation>
    </message>
    <message>
        <source>SafeLog recovery key</source>
        <translation>کلید بازیابی SafeLog</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase.</source>
        <translation>اگر عبارت عبورتان را فراموش کنید، این کلید دفتر SafeLog شما را باز می‌کند.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe, away from the computer.</source>
        <translation>آن را جای امنی نگه دارید، دور از رایانه.</translation>
    </message>
    <message>
        <source>A recovery key in a file on this computer is no safer than the computer: anyone who gets into it can find the key, and if the computer is lost or broken, the key is lost with it. Paper, or a USB stick kept somewhere else, is much safer.

Plug in a USB stick now if you have one, then choose it in the next window. Save the key to a file?</source>
        <translation>کلید بازیابی در فایلی روی این رایانه امن‌تر از خود رایانه نیست: هر کسی که به رایانه راه پیدا کند می‌تواند کلید را پیدا کند، و اگر رایانه گم شود یا خراب شود، کلید هم با آن از دست می‌رود. کاغذ، یا فلش USB که جای دیگری نگه داشته شود، بسیار امن‌تر است.

اگر فلش USB دارید همین حالا آن را وصل کنید، سپس در پنجرهٔ بعدی آن را انتخاب کنید. کلید در یک فایل ذخیره شود؟</translation>
    </message>
    <message>
        <source>Save the recovery key (choose a USB stick)</source>
        <translation>ذخیرهٔ کلید بازیابی (یک فلش USB انتخاب کنید)</translation>
    </message>
    <message>
        <source>Saved. That file is on this computer: move it to a safe place of its own, such as a USB stick, and then delete it here.</source>
        <translation>ذخیره شد. این فایل روی همین رایانه است: آن را به جای امنی مثل یک فلش USB منتقل کنید و بعد اینجا پاکش کنید.</translation>
    </message>
    <message>
        <source>Saved on the USB stick. Keep the stick somewhere safe, away from this computer.</source>
        <translation>روی فلش USB ذخیره شد. فلش را جای امنی، دور از این رایانه، نگه دارید.</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>فایل‌های متنی (*.txt)</translation>
    </message>
    <message>
        <source>The recovery key could not be saved there. Choose another place, such as a USB stick.</source>
        <translation>کلید بازیابی آنجا ذخیره نشد. جای دیگری، مثل یک فلش USB، انتخاب کنید.</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase. Keep this page somewhere safe, away from the computer.</source>
        <translation>اگر عبارت عبورتان را فراموش کنید، این کلید دفتر SafeLog شما را باز می‌کند. این صفحه را جای امنی، دور از رایانه، نگه دارید.</translation>
    </message>
    <message>
        <source>The recovery key could not be printed. Write it down by hand instead.</source>
        <translation>کلید بازیابی چاپ نشد. به جای آن، آن را با دست بنویسید.</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out and that every character is readable.</source>
        <translation>به چاپگر فرستاده شد. مطمئن شوید صفحه بیرون آمده و همهٔ نویسه‌ها خوانا هستند.</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Where you reported it</source>
        <translation>کجا گزارش دادید</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>معلوم نیست</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>تاریخ گزارش</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>شمارهٔ مرجع</translation>
    </message>
    <message>
        <source>Crime or case reference, if given</source>
        <translation>شمارهٔ پروندهٔ پلیس (crime reference number) یا شمارهٔ پرونده‌ای دیگر، اگر دادند</translation>
    </message>
    <message>
        <source>Who you spoke to</source>
        <translation>با چه کسی صحبت کردید</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number</source>
        <translation>نام و شمارهٔ مأمور</translation>
    </message>
    <message>
        <source>What happened next</source>
        <translation>بعد چه شد</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>ارجاع به</translation>
    </message>
    <message>
        <source>If they passed you to someone else</source>
        <translation>اگر شما را به کس دیگری سپردند</translation>
    </message>
    <message>
        <source>Remove this report…</source>
        <translation>حذف این گزارش…</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>گزارش به</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شمارهٔ مرجع</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>گفتگو با</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Remove this report? What you typed in it will be lost.</source>
        <translation>این گزارش حذف شود؟ آنچه در آن نوشتید از بین می‌رود.</translation>
    </message>
    <message>
        <source>Report {n}</source>
        <translation>گزارش {n}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>999 (emergency)</source>
        <translation>۹۹۹ (999) اورژانس</translation>
    </message>
    <message>
        <source>101 (police, non-emergency)</source>
        <translation>۱۰۱ (101) پلیس، غیراضطراری</translation>
    </message>
    <message>
        <source>Local police force online</source>
        <translation>گزارش آنلاین به پلیس محلی</translation>
    </message>
    <message>
        <source>Counter Terrorism Policing</source>
        <translation>پلیس مبارزه با تروریسم (Counter Terrorism Policing)</translation>
    </message>
    <message>
        <source>Report Fraud</source>
        <translation>گزارش کلاهبرداری (Report Fraud)</translation>
    </message>
    <message>
        <source>Platform or website</source>
        <translation>پلتفرم یا وب‌سایت</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>خط کمک</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>No reports yet. If you told the police, a helpline or a platform, add it here: who you spoke to and what they said matters later.</source>
        <translation>هنوز گزارشی نیست. اگر به پلیس، یک خط کمک یا یک پلتفرم خبر دادید، اینجا اضافه کنید: اینکه با چه کسی صحبت کردید و چه گفتند، بعداً مهم است.</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation>افزودن گزارش</translation>
    </message>
</context>
<context>
    <name>RestoreJourney</name>
    <message>
        <source>Choose the backup to restore</source>
        <translation>انتخاب نسخهٔ پشتیبان برای بازگردانی</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1);;All files (*)</source>
        <translation>نسخه‌های پشتیبان SafeLog (*%1);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>در حال بررسی و بازگردانی نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>This backup is of a different log, not of the one on this computer now. If you go on, the log here now is moved aside (kept, not deleted) and the log from the backup takes its place. Put the backup&apos;s log in place of this one?</source>
        <translation>این نسخهٔ پشتیبان مال دفتر دیگری است، نه دفتری که الان روی این رایانه است. اگر ادامه دهید، دفتر فعلی کنار گذاشته می‌شود (نگه داشته می‌شود، پاک نمی‌شود) و دفتر نسخهٔ پشتیبان جای آن را می‌گیرد. دفتر نسخهٔ پشتیبان جای این دفتر گذاشته شود؟</translation>
    </message>
    <message>
        <source>Nothing was changed. Your log is as it was; unlock it as usual.</source>
        <translation>چیزی تغییر نکرد. دفترتان همان‌طور است که بود؛ مثل همیشه قفل آن را باز کنید.</translation>
    </message>
    <message>
        <source>That passphrase or key does not open this backup. Nothing was changed.</source>
        <translation>این عبارت عبور یا کلید، این نسخهٔ پشتیبان را باز نمی‌کند. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Your log is restored from the backup. Unlock it with the passphrase it had when the backup was made.</source>
        <translation>دفترتان از نسخهٔ پشتیبان بازگردانده شد. قفل آن را با عبارت عبوری باز کنید که هنگام گرفتن نسخهٔ پشتیبان داشت.</translation>
    </message>
    <message>
        <source>The log that was here before is kept, untouched, in %1.</source>
        <translation>دفتری که پیش‌تر اینجا بود، دست‌نخورده، در %1 نگهداری شده است.</translation>
    </message>
    <message>
        <source>The restore was stopped. Nothing was changed.</source>
        <translation>بازگردانی متوقف شد. چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>RestoreSecretDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>بازگردانی از نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>عبارت عبور نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Type the recovery key that belonged to your log when the backup “%1” was made.</source>
        <translation>کلید بازیابی‌ای را بنویسید که هنگام گرفتن نسخهٔ پشتیبان «%1» مال دفترتان بود.</translation>
    </message>
    <message>
        <source>Recovery key of the backup</source>
        <translation>کلید بازیابی نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>استفاده از عبارت عبور</translation>
    </message>
    <message>
        <source>Type the passphrase your log had when the backup “%1” was made. The backup is checked completely before anything is replaced.</source>
        <translation>عبارت عبوری را بنویسید که دفترتان هنگام گرفتن نسخهٔ پشتیبان «%1» داشت. پیش از جایگزین شدن هر چیزی، نسخهٔ پشتیبان کامل بررسی می‌شود.</translation>
    </message>
    <message>
        <source>I only have the recovery key</source>
        <translation>فقط کلید بازیابی دارم</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Standard</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>بالا</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ابزار</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>ارزیاب</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شمارهٔ مرجع</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>ارزیابی‌های خطر</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>تاریخ ارزیابی</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>سطح خطر</translation>
    </message>
    <message>
        <source>e.g. S-DASH or DASH, if you were told</source>
        <translation>مثلاً S-DASH یا DASH، اگر به شما گفتند</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number, or the service</source>
        <translation>نام و شمارهٔ مأمور، یا نام سازمان</translation>
    </message>
    <message>
        <source>Add risk assessment</source>
        <translation>افزودن ارزیابی خطر</translation>
    </message>
    <message>
        <source>Record what the police told you: the level and who assessed it. The questions themselves are not recorded.</source>
        <translation>آنچه پلیس به شما گفت را ثبت کنید: سطح خطر و اینکه چه کسی آن را ارزیابی کرد. خود پرسش‌ها ثبت نمی‌شوند.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;تاریخ</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;سطح</translation>
    </message>
    <message>
        <source>&amp;Tool</source>
        <translation>&amp;ابزار</translation>
    </message>
    <message>
        <source>Made &amp;by</source>
        <translation>ار&amp;زیاب</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>شمارهٔ &amp;مرجع</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Lock automatically after this many minutes without use</source>
        <translation>قفل خودکار پس از این چند دقیقه بی‌استفاده ماندن</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The same as this computer</source>
        <translation>مانند زبان این رایانه</translation>
    </message>
    <message>
        <source>Remind me when my last backup is more than 30 days old</source>
        <translation>وقتی آخرین نسخهٔ پشتیبانم بیش از ۳۰ روز پیش است یادآوری کن</translation>
    </message>
    <message>
        <source>Where your vault is kept</source>
        <translation>گاوصندوق شما کجا نگهداری می‌شود</translation>
    </message>
    <message>
        <source>A new language is used the next time SafeLog starts.</source>
        <translation>زبان تازه از دفعهٔ بعد که SafeLog باز شود به کار می‌رود.</translation>
    </message>
    <message>
        <source>Lock and switch now</source>
        <translation>قفل کردن و تغییر زبان، همین حالا</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>تغییر زبان، همین حالا</translation>
    </message>
    <message>
        <source>SafeLog locks first; then you type your passphrase again.</source>
        <translation>اول SafeLog قفل می‌شود؛ بعد دوباره عبارت عبور خود را می‌نویسید.</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>قفل خودکار پس از</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <source>Your vault is kept in</source>
        <translation>گاوصندوق شما اینجا نگهداری می‌شود</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Evidence: %1</source>
        <translation>مدرک: %1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>گزارش‌شده</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>about %1</source>
        <translation>حدود %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>مدرک: %1</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>گزارش‌شده</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>گزارش‌نشده</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Number of incidents shown</source>
        <translation>تعداد رویدادهای نشان داده‌شده</translation>
    </message>
    <message>
        <source>Where the search words were found</source>
        <translation>جایی که واژه‌های جستجو پیدا شد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching incident(s)</source>
        <translation>
            <numerusform>%Ln رویداد مطابق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) in your log</source>
        <translation>
            <numerusform>%Ln رویداد در دفتر شما</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches this search or these filters. Choose “Show everything” to see your whole log.</source>
        <translation>هیچ چیزی با این جستجو یا این فیلترها جور نیست. برای دیدن کل دفتر، «نمایش همه» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Nothing is recorded yet.

When something happens, choose “New incident” (Ctrl+N) and write down what you remember. It stays on this computer, encrypted.</source>
        <translation>هنوز چیزی ثبت نشده است.

وقتی اتفاقی افتاد، «رویداد تازه» (Ctrl+N) را انتخاب کنید و آنچه یادتان هست بنویسید. روی همین رایانه و رمزگذاری‌شده می‌ماند.</translation>
    </message>
    <message>
        <source>Found in exhibit {ref} ({name}): “{words}”</source>
        <translation>در پیوست (exhibit) {ref} ({name}) پیدا شد: «{words}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more exhibit(s)</source>
        <translation>
            <numerusform>… و %Ln پیوست دیگر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of incidents, newest first</source>
        <translation>خط زمانی رویدادها، تازه‌ترین در بالا</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>SafeLog</source>
        <translation>SafeLog</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Unlocking, please wait</source>
        <translation>در حال باز کردن قفل، لطفاً صبر کنید</translation>
    </message>
    <message>
        <source>Open with your recovery key</source>
        <translation>باز کردن با کلید بازیابی</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you created your log. Spaces, dashes and small or capital letters don&apos;t matter.</source>
        <translation>کلید بازیابی‌ای را بنویسید که هنگام ساختن دفترتان یادداشت کردید. فاصله‌ها، خط تیره‌ها و حروف کوچک یا بزرگ مهم نیستند.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>استفاده از عبارت عبورم</translation>
    </message>
    <message>
        <source>SafeLog is locked</source>
        <translation>SafeLog قفل است</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your log.</source>
        <translation>برای باز کردن دفترتان، عبارت عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>عبارت عبورم را فراموش کرده‌ام</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>اول کلید بازیابی‌تان را بنویسید.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>اول عبارت عبورتان را بنویسید.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this log. Check it against your copy and try again.</source>
        <translation>این کلید بازیابی این دفتر را باز نمی‌کند. آن را با نسخه‌ای که نوشته‌اید مقایسه کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this log. Check that Caps Lock is off and the keyboard language is right, then try again. You can try as often as you need.</source>
        <translation>این عبارت عبور این دفتر را باز نمی‌کند. مطمئن شوید Caps Lock خاموش است و زبان صفحه‌کلید درست است، سپس دوباره امتحان کنید. هر چند بار که لازم باشد می‌توانید امتحان کنید.</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation>در حال باز کردن قفل… کمی طول می‌کشد.</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Restoring puts the log from a backup in place of the log you have open now. The log you have now is not deleted: it is kept, moved aside, in the same folder. SafeLog will lock first. Go on?</source>
        <translation>بازگردانی، دفتر نسخهٔ پشتیبان را جای دفتری می‌گذارد که الان باز است. دفتر فعلی پاک نمی‌شود: کنار گذاشته و در همان پوشه نگهداری می‌شود. SafeLog اول قفل می‌شود. ادامه می‌دهید؟</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>Zip archive</source>
        <translation>فایل فشردهٔ zip</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>گفتگو</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>صندوق نامه (mailbox)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>سند PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Saved web page</source>
        <translation>صفحهٔ وب ذخیره‌شده</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>تاریخ گرفتن عکس</translation>
    </message>
    <message>
        <source>Text excerpt</source>
        <translation>بخشی از متن</translation>
    </message>
    <message>
        <source>Date changed in the camera or phone</source>
        <translation>تاریخ تغییر در دوربین یا گوشی</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>سازندهٔ دوربین</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>مدل دوربین</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>نرم‌افزار</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>عرض (پیکسل)</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>ارتفاع (پیکسل)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>به</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Going through: {0}</source>
        <translation>در حال مرور: {0}</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>همهٔ فهرست‌های ایمنی</translation>
    </message>
    <message>
        <source>Back to the list of checklists (Alt+Up)</source>
        <translation>بازگشت به فهرست‌های ایمنی (Alt+Up)</translation>
    </message>
    <message>
        <source>Where you are in the checklist</source>
        <translation>کجای فهرست ایمنی هستید</translation>
    </message>
    <message>
        <source>Position in the checklist</source>
        <translation>جایگاه در فهرست ایمنی</translation>
    </message>
    <message>
        <source>You have reached the end of this checklist.</source>
        <translation>به پایان این فهرست ایمنی رسیدید.</translation>
    </message>
    <message>
        <source>Back to all checklists</source>
        <translation>بازگشت به همهٔ فهرست‌ها</translation>
    </message>
    <message>
        <source>Go through it again from the first item</source>
        <translation>دوباره از مورد اول شروع کنید</translation>
    </message>
    <message>
        <source>Key {0}</source>
        <translation>کلید {0}</translation>
    </message>
    <message>
        <source>Anything to remember about this step (optional)</source>
        <translation>هر چیزی که باید دربارهٔ این گام یادتان بماند (اختیاری)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;یادداشت</translation>
    </message>
    <message>
        <source>Empty when you mark it yourself</source>
        <translation>وقتی خودتان علامت می‌زنید خالی است</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>علامت‌زده توسط</translation>
    </message>
    <message>
        <source>Marked &amp;by</source>
        <translation>علامت‌زده &amp;توسط</translation>
    </message>
    <message>
        <source>What is saved for this step</source>
        <translation>آنچه برای این گام ذخیره می‌شود</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>{0} or Alt+{1}</source>
        <translation>{0} یا Alt+{1}</translation>
    </message>
    <message>
        <source>Keys: 1–4 status · {0} next · {1} back · {2} list</source>
        <translation>کلیدها: 1–4 وضعیت · {0} بعدی · {1} قبلی · {2} فهرست</translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation>مورد {0} از {1}</translation>
    </message>
    <message>
        <source>Not marked yet.</source>
        <translation>هنوز علامت نخورده.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>Saved as “{0}” on {1}, marked by {2}.</source>
        <translation>به صورت «{0}» در {1} ذخیره شد، علامت‌زده توسط {2}.</translation>
    </message>
    <message>
        <source>End of the checklist</source>
        <translation>پایان فهرست ایمنی</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>انجام شد: {0}</translation>
    </message>
    <message>
        <source>Not applicable: {0}</source>
        <translation>به من مربوط نیست: {0}</translation>
    </message>
    <message>
        <source>Need help: {0}</source>
        <translation>کمک لازم دارم: {0}</translation>
    </message>
    <message>
        <source>Still to do: {0}</source>
        <translation>هنوز مانده: {0}</translation>
    </message>
    <message>
        <source>Steps marked “Need help” stay at the top of the list until someone has helped with them.</source>
        <translation>گام‌هایی که با «کمک لازم دارم» علامت خورده‌اند، تا وقتی کسی کمک نکرده، بالای فهرست می‌مانند.</translation>
    </message>
    <message>
        <source>The note is too long: please keep it under {0} characters.</source>
        <translation>یادداشت خیلی بلند است: لطفاً آن را کمتر از {0} نویسه نگه دارید.</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <source>Exact time</source>
        <translation>زمان دقیق</translation>
    </message>
    <message>
        <source>Approximate time</source>
        <translation>زمان تقریبی</translation>
    </message>
    <message>
        <source>Date only (time not known)</source>
        <translation>فقط تاریخ (زمان معلوم نیست)</translation>
    </message>
    <message>
        <source>How exact is the time</source>
        <translation>زمان چقدر دقیق است</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>کی شروع شد</translation>
    </message>
    <message>
        <source>It went on until</source>
        <translation>ادامه داشت تا</translation>
    </message>
    <message>
        <source>When it ended</source>
        <translation>کی تمام شد</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>منطقهٔ زمانی</translation>
    </message>
    <message>
        <source>Type a city or a country, such as Tehran, London or Hong Kong</source>
        <translation>نام یک شهر یا کشور را بنویسید، مثلاً Tehran، London یا Hong Kong</translation>
    </message>
    <message>
        <source>City or country, e.g. Tehran</source>
        <translation>شهر یا کشور، مثلاً Tehran</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Type a city or a country for the time zone, such as London or Tehran, or choose one from the list.</source>
        <translation>برای منطقهٔ زمانی نام یک شهر یا کشور را بنویسید، مثلاً London یا Tehran، یا یکی را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>The end is before the start; check both times.</source>
        <translation>پایان پیش از شروع است؛ هر دو زمان را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>SafeLog</source>
        <translation>SafeLog</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>الگو</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>فهرست‌های ایمنی</translation>
    </message>
</context>
<context>
    <name>_Canvas</name>
    <message>
        <source>Incidents over time</source>
        <translation>رویدادها در طول زمان</translation>
    </message>
</context>
</TS>
