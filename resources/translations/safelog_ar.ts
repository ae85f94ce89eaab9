<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>الصينية (المبسّطة)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>الصينية (التقليدية)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>التغرينية</translation>
    </message>
    <message>
        <source>checked by a native speaker</source>
        <translation>راجعها متحدث أصلي</translation>
    </message>
    <message>
        <source>machine-drafted, not yet checked by a native speaker</source>
        <translation>مسودة آلية، لم يراجعها متحدث أصلي بعد</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>حول SafeLog</translation>
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
        <translation>سجل خاص ومشفّر لما تتعرض له من مضايقة وملاحقة وقمع عابر للحدود، مع الأدلة عليه.

يبقى سجلك على هذا الكمبيوتر. لا يرسل SafeLog أي شيء إلى أي مكان.

الترخيص: رخصة جنو العمومية (GNU General Public License)، الإصدار 3 أو أحدث (GPL-3.0-or-later). يمكنك مشاركة SafeLog وتعديله وفق شروطها.

خزنتك محفوظة في هذا المجلد:</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>مجلد الخزنة</translation>
    </message>
    <message>
        <source>Languages. Corrections from native speakers are welcome: see &quot;Translations&quot; in SafeLog&apos;s README.</source>
        <translation>اللغات. نرحّب بتصحيحات المتحدثين الأصليين: انظر قسم «Translations» في ملف README الخاص بـ SafeLog.</translation>
    </message>
    <message>
        <source>Languages and their review state</source>
        <translation>اللغات وحالة مراجعتها</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Select all rows</source>
        <translation>تحديد كل الصفوف</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>قوائم أخرى</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>إجراءات أخرى</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup of your log</source>
        <translation>احفظ نسخة احتياطية من سجلك</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1)</source>
        <translation>نسخ SafeLog الاحتياطية (*%1)</translation>
    </message>
    <message>
        <source>Your backup is saved as %1. It is encrypted: only your passphrase or your recovery key opens it. Keep a copy away from this computer, for example on a USB stick in a safe place.</source>
        <translation>حُفظت نسختك الاحتياطية باسم %1. وهي مشفّرة: لا تفتحها إلا عبارة المرور أو مفتاح الاسترداد. احتفظ بنسخة بعيدًا عن هذا الكمبيوتر، مثلًا على ذاكرة USB في مكان آمن.</translation>
    </message>
    <message>
        <source>Backing up your log…</source>
        <translation>جارٍ حفظ نسخة احتياطية من سجلك…</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>You have not made a backup of your log yet. If this computer is lost or broken, a backup is the only way to get your log back.</source>
        <translation>لم تحفظ نسخة احتياطية من سجلك بعد. إذا ضاع هذا الكمبيوتر أو تعطّل، فالنسخة الاحتياطية هي الطريقة الوحيدة لاستعادة سجلك.</translation>
    </message>
    <message>
        <source>Your last backup was made on %1, more than %2 days ago.</source>
        <translation>آخر نسخة احتياطية حفظتها كانت في %1، أي قبل أكثر من %2 يومًا.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>CaptureButton</name>
    <message>
        <source>This desktop does not let SafeLog see the screen. Take a screenshot with your system&apos;s tool (for example PrtScn) and paste it here with Ctrl+V.</source>
        <translation>لا يسمح سطح المكتب هذا لـ SafeLog برؤية الشاشة. التقط لقطة شاشة بأداة النظام (مثلًا PrtScn) ثم الصقها هنا بـ Ctrl+V.</translation>
    </message>
    <message>
        <source>SafeLog cannot tell which window is in front on this desktop; capture a region around it instead.</source>
        <translation>لا يستطيع SafeLog معرفة النافذة الأمامية على سطح المكتب هذا؛ التقط منطقة حولها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Capture screen</source>
        <translation>التقاط الشاشة</translation>
    </message>
    <message>
        <source>Put a picture of the screen straight into the vault; SafeLog hides itself while it takes it.</source>
        <translation>ضع صورة الشاشة مباشرة في الخزنة؛ يختفي SafeLog أثناء التقاطها.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>in {n} seconds</source>
        <translation>بعد {n} ثانية</translation>
    </message>
    <message>
        <source>Whole screen, {when}</source>
        <translation>الشاشة كلها، {when}</translation>
    </message>
    <message>
        <source>A region, {when}</source>
        <translation>منطقة، {when}</translation>
    </message>
    <message>
        <source>The window in front, {when}</source>
        <translation>النافذة الأمامية، {when}</translation>
    </message>
    <message>
        <source>Screen capture {time}</source>
        <translation>التقاط الشاشة {time}</translation>
    </message>
    <message>
        <source>captured from the screen by SafeLog</source>
        <translation>التقطه SafeLog من الشاشة</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Surveillance</source>
        <translation>المراقبة</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>التعقّب</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>المضايقة عبر الإنترنت</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>التهديدات</translation>
    </message>
    <message>
        <source>Threats to family abroad</source>
        <translation>تهديد العائلة في الخارج</translation>
    </message>
    <message>
        <source>Hacking or phishing</source>
        <translation>الاختراق أو التصيّد</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>انتحال الشخصية</translation>
    </message>
    <message>
        <source>Smear or doxxing</source>
        <translation>التشهير أو نشر المعلومات الشخصية</translation>
    </message>
    <message>
        <source>Approach by officials</source>
        <translation>تواصل من مسؤولين</translation>
    </message>
    <message>
        <source>Coerced return</source>
        <translation>الإكراه على العودة</translation>
    </message>
    <message>
        <source>Bounty</source>
        <translation>مكافأة مقابل القبض</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>الاعتداء الجسدي</translation>
    </message>
    <message>
        <source>Property damage</source>
        <translation>إتلاف الممتلكات</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>اختر عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>You opened your log with your recovery key. Choose a new passphrase now, one you will remember. Your recovery key keeps working.</source>
        <translation>فتحت سجلك بمفتاح الاسترداد. اختر الآن عبارة مرور جديدة تستطيع تذكرها. يبقى مفتاح الاسترداد صالحًا.</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. From then on, only the new one opens your log; your recovery key keeps working.</source>
        <translation>اختر عبارة مرور جديدة. أربع أو خمس كلمات لا علاقة بينها، بينها مسافات، سهلة التذكر وصعبة التخمين جدًا. بعد ذلك لا يفتح سجلك إلا العبارة الجديدة؛ ويبقى مفتاح الاسترداد صالحًا.</translation>
    </message>
    <message>
        <source>Your passphrase now</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>اكتب عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>Changing the passphrase, please wait</source>
        <translation>جارٍ تغيير عبارة المرور، انتظر قليلًا</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Type the passphrase you use now first.</source>
        <translation>اكتب أولًا عبارة المرور التي تستخدمها الآن.</translation>
    </message>
    <message>
        <source>That is not the passphrase you use now. Check that Caps Lock is off, then try again.</source>
        <translation>هذه ليست عبارة المرور التي تستخدمها الآن. تأكد أن Caps Lock غير مفعّل، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. From now on, only the new one opens your log.</source>
        <translation>تغيّرت عبارة المرور. من الآن لا يفتح سجلك إلا العبارة الجديدة.</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>To do</source>
        <translation>للتنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Need help</source>
        <translation>أحتاج مساعدة</translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation>ابدأ بهذا</translation>
    </message>
    <message>
        <source>Do this soon</source>
        <translation>افعل هذا قريبًا</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>عندما تستطيع</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>قوائم التحقق</translation>
    </message>
    <message>
        <source>Safety checklists</source>
        <translation>قوائم الأمان</translation>
    </message>
    <message>
        <source>Print checklist summary…</source>
        <translation>اطبع ملخص قوائم التحقق…</translation>
    </message>
    <message>
        <source>Save a PDF of your progress to print or to show someone who helps you</source>
        <translation>احفظ ملف PDF بما أنجزته، لتطبعه أو تعرضه على من يساعدك</translation>
    </message>
    <message>
        <source>Small steps that make you safer. Take them at your own pace, on your own or with someone you trust. What you mark stays in your locked log.</source>
        <translation>خطوات صغيرة تزيد أمانك. خذها على مهلك، وحدك أو مع شخص تثق به. ما تحدده يبقى في سجلك المقفل.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>How far you are</source>
        <translation>ما أنجزته</translation>
    </message>
    <message>
        <source>Most important next step</source>
        <translation>أهم خطوة تالية</translation>
    </message>
    <message>
        <source>Choose a checklist and press Enter, or use its button, to go through it one step at a time.</source>
        <translation>اختر قائمة تحقق واضغط Enter، أو استخدم زرّها، لتمرّ عليها خطوة خطوة.</translation>
    </message>
    <message>
        <source>The checklists could not be found in this copy of SafeLog.</source>
        <translation>لم يُعثر على قوائم التحقق في نسخة SafeLog هذه.</translation>
    </message>
    <message>
        <source>Checklists that could not be read and are not shown: {0}.</source>
        <translation>قوائم تحقق تعذّرت قراءتها ولا تظهر: {0}.</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>تمّ {0} من {1}</translation>
    </message>
    <message>
        <source>{0} waiting for help</source>
        <translation>{0} بانتظار المساعدة</translation>
    </message>
    <message>
        <source>{0} percent done: {1}</source>
        <translation>تمّ {0} بالمئة: {1}</translation>
    </message>
    <message>
        <source>Nothing left to do here</source>
        <translation>لم يبقَ شيء هنا</translation>
    </message>
    <message>
        <source>Every step has an answer.</source>
        <translation>لكل خطوة جواب.</translation>
    </message>
    <message>
        <source>Waiting for help</source>
        <translation>بانتظار المساعدة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>تابع</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>راجع</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Save the checklist summary</source>
        <translation>احفظ ملخص قوائم التحقق</translation>
    </message>
    <message>
        <source>checklist-summary.pdf</source>
        <translation>checklist-summary.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The checklist summary was saved as %1. You can print it or show it to someone who helps you.</source>
        <translation>حُفظ ملخص قوائم التحقق باسم %1. يمكنك طباعته أو عرضه على من يساعدك.</translation>
    </message>
    <message>
        <source>Preparing the checklist summary…</source>
        <translation>جارٍ تجهيز ملخص قوائم التحقق…</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Strong. Make sure you will remember it.</source>
        <translation>قوية. تأكد أنك ستتذكرها.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>عبارتا المرور غير متطابقتين بعد.</translation>
    </message>
    <message>
        <source>Both passphrases match.</source>
        <translation>عبارتا المرور متطابقتان.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>اختر عبارة مرور</translation>
    </message>
    <message>
        <source>A passphrase is like a password, but longer. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. Don&apos;t use one you use anywhere else, and don&apos;t tell it to anyone.</source>
        <translation>عبارة المرور مثل كلمة المرور، لكنها أطول. أربع أو خمس كلمات لا علاقة بينها، بينها مسافات، سهلة التذكر وصعبة التخمين جدًا. لا تستخدم عبارة تستخدمها في مكان آخر، ولا تخبر بها أحدًا.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>اكتب عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Printed on your dossier, so the police know who made the record. You can add it or change it later under “Your details”.</source>
        <translation>يُطبع على ملف التوثيق، لتعرف الشرطة من أعدّ السجل. يمكنك إضافته أو تغييره لاحقًا من «بياناتك».</translation>
    </message>
    <message>
        <source>optional, e.g. AB</source>
        <translation>اختياري، مثلًا AB</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>الأحرف الأولى من اسمك، لترقيم الأدلة</translation>
    </message>
    <message>
        <source>Used to number your evidence the way the police do (AB1, AB2, …).</source>
        <translation>تُستخدم لترقيم أدلتك كما تفعل الشرطة (AB1، AB2، …).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>الأحرف الأولى من اسمك</translation>
    </message>
    <message>
        <source>Setting up encryption, please wait</source>
        <translation>جارٍ إعداد التشفير، انتظر قليلًا</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Create my log</source>
        <translation>أنشئ سجلي</translation>
    </message>
    <message>
        <source>Use one to four letters A to Z, or leave it empty.</source>
        <translation>استخدم من حرف إلى أربعة أحرف لاتينية من A إلى Z، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>Setting up encryption. This takes a few seconds…</source>
        <translation>جارٍ إعداد التشفير. يستغرق هذا بضع ثوانٍ…</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Type a date, such as 1 Dec 2026 or 01/12/2026. Up and Down change the day; Alt+Down opens a calendar.</source>
        <translation>اكتب تاريخًا، مثل 1 Dec 2026 أو 01/12/2026. مفتاحا Up وDown يغيّران اليوم؛ Alt+Down يفتح التقويم.</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026</source>
        <translation>مثلًا 1 Dec 2026</translation>
    </message>
    <message>
        <source>Type a date and time, such as 1 Dec 2026 18:30 or 01/12/2026 18:30, or only a time for today. Up and Down change the part under the cursor; Alt+Down opens a calendar.</source>
        <translation>اكتب تاريخًا ووقتًا، مثل 1 Dec 2026 18:30 أو 01/12/2026 18:30، أو وقتًا فقط لليوم. مفتاحا Up وDown يغيّران الجزء الذي عليه المؤشر؛ Alt+Down يفتح التقويم.</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026 18:30</source>
        <translation>مثلًا 1 Dec 2026 18:30</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>اختر اليوم من التقويم (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>اختر اليوم من التقويم</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>The same day in the Solar Hijri calendar</source>
        <translation>اليوم نفسه في التقويم الهجري الشمسي</translation>
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
        <translation>أعدّ ملف توثيق</translation>
    </message>
    <message>
        <source>A dossier is a PDF report of what happened, with your evidence files and a list of their fingerprints, in one new folder. You can give it to the police, a lawyer or a support service. Nothing in your log is changed.</source>
        <translation>ملف التوثيق تقرير PDF بما حدث، مع ملفات أدلتك وقائمة ببصماتها الرقمية، في مجلد جديد واحد. يمكنك تقديمه إلى الشرطة أو محامٍ أو خدمة دعم. لا يتغيّر شيء في سجلك.</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>أي فترة</translation>
    </message>
    <message>
        <source>Everything in my log</source>
        <translation>كل ما في سجلي</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>آخر 3 أشهر</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>آخر 6 أشهر</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>Choose the dates…</source>
        <translation>اختر التواريخ…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>All incidents in this period</source>
        <translation>كل الحوادث في هذه الفترة</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln incident(s) the timeline shows now</source>
        <translation>
            <numerusform>فقط %Ln حادثة يعرضها الخط الزمني الآن</numerusform>
            <numerusform>فقط الحادثة التي يعرضها الخط الزمني الآن</numerusform>
            <numerusform>فقط الحادثتان اللتان يعرضهما الخط الزمني الآن</numerusform>
            <numerusform>فقط %Ln حوادث يعرضها الخط الزمني الآن</numerusform>
            <numerusform>فقط %Ln حادثة يعرضها الخط الزمني الآن</numerusform>
            <numerusform>فقط %Ln حادثة يعرضها الخط الزمني الآن</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the incident chosen in the timeline: %1</source>
        <translation>فقط الحادثة المختارة في الخط الزمني: %1</translation>
    </message>
    <message>
        <source>Leave out of the dossier</source>
        <translation>لا تضع في ملف التوثيق</translation>
    </message>
    <message>
        <source>Add a summary of my safety checklists</source>
        <translation>أضف ملخصًا لقوائم الأمان</translation>
    </message>
    <message>
        <source>Add a draft witness statement for a solicitor to finish (PDF and Word)</source>
        <translation>أضف مسودة إفادة شاهد (witness statement) ليكملها محامٍ (solicitor) (PDF وWord)</translation>
    </message>
    <message>
        <source>Your own words, in date order and numbered, with your exhibits cited. It is a draft: a solicitor checks it with you before anyone signs it.</source>
        <translation>كلماتك أنت، مرتبة حسب التاريخ ومرقّمة، مع الإشارة إلى مستنداتك. إنها مسودة: يراجعها معك محامٍ (solicitor) قبل أن يوقّعها أحد.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>اختر مكان الحفظ…</translation>
    </message>
    <message>
        <source>My private notes</source>
        <translation>ملاحظاتي الخاصة</translation>
    </message>
    <message>
        <source>Exact places: map points and the GPS positions in photos</source>
        <translation>الأماكن الدقيقة: نقاط الخريطة ومواقع GPS في الصور</translation>
    </message>
    <message>
        <source>Camera, phone and software details inside the files</source>
        <translation>تفاصيل الكاميرا والهاتف والبرنامج داخل الملفات</translation>
    </message>
    <message>
        <source>How to contact witnesses and other people</source>
        <translation>طرق التواصل مع الشهود والأشخاص الآخرين</translation>
    </message>
    <message>
        <source>What each incident did to me</source>
        <translation>أثر كل حادثة عليّ</translation>
    </message>
    <message>
        <source>The original names of my evidence files</source>
        <translation>الأسماء الأصلية لملفات أدلتي</translation>
    </message>
    <message>
        <source>The evidence files themselves (their fingerprints stay in the report)</source>
        <translation>ملفات الأدلة نفسها (تبقى بصماتها الرقمية في التقرير)</translation>
    </message>
    <message>
        <source>Who told me about incidents I did not see myself (they stay marked second-hand)</source>
        <translation>من أخبرني بحوادث لم أرها بنفسي (تبقى موسومة بأنها عرفتها من شخص آخر)</translation>
    </message>
    <message>
        <source>No incident falls in this period. Choose a longer period.</source>
        <translation>لا توجد حادثة في هذه الفترة. اختر فترة أطول.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln حادثة</numerusform>
            <numerusform>حادثة واحدة</numerusform>
            <numerusform>حادثتين</numerusform>
            <numerusform>%Ln حوادث</numerusform>
            <numerusform>%Ln حادثة</numerusform>
            <numerusform>%Ln حادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence file(s)</source>
        <translation>
            <numerusform>%Ln ملف أدلة</numerusform>
            <numerusform>ملف أدلة واحدًا</numerusform>
            <numerusform>ملفَي أدلة</numerusform>
            <numerusform>%Ln ملفات أدلة</numerusform>
            <numerusform>%Ln ملفًا من ملفات الأدلة</numerusform>
            <numerusform>%Ln ملف أدلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) with a GPS position</source>
        <translation>
            <numerusform>%Ln صورة فيها موقع GPS</numerusform>
            <numerusform>صورة واحدة فيها موقع GPS</numerusform>
            <numerusform>صورتان فيهما موقع GPS</numerusform>
            <numerusform>%Ln صور فيها موقع GPS</numerusform>
            <numerusform>%Ln صورة فيها موقع GPS</numerusform>
            <numerusform>%Ln صورة فيها موقع GPS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) with a map point</source>
        <translation>
            <numerusform>%Ln حادثة لها نقطة على الخريطة</numerusform>
            <numerusform>حادثة واحدة لها نقطة على الخريطة</numerusform>
            <numerusform>حادثتان لهما نقطة على الخريطة</numerusform>
            <numerusform>%Ln حوادث لها نقطة على الخريطة</numerusform>
            <numerusform>%Ln حادثة لها نقطة على الخريطة</numerusform>
            <numerusform>%Ln حادثة لها نقطة على الخريطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private note(s)</source>
        <translation>
            <numerusform>%Ln ملاحظة خاصة</numerusform>
            <numerusform>ملاحظة خاصة واحدة</numerusform>
            <numerusform>ملاحظتان خاصتان</numerusform>
            <numerusform>%Ln ملاحظات خاصة</numerusform>
            <numerusform>%Ln ملاحظة خاصة</numerusform>
            <numerusform>%Ln ملاحظة خاصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with such details</source>
        <translation>
            <numerusform>%Ln ملف فيه هذه التفاصيل</numerusform>
            <numerusform>ملف واحد فيه هذه التفاصيل</numerusform>
            <numerusform>ملفان فيهما هذه التفاصيل</numerusform>
            <numerusform>%Ln ملفات فيها هذه التفاصيل</numerusform>
            <numerusform>%Ln ملفًا فيها هذه التفاصيل</numerusform>
            <numerusform>%Ln ملف فيها هذه التفاصيل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with contact details</source>
        <translation>
            <numerusform>%Ln شخص لديه بيانات تواصل</numerusform>
            <numerusform>شخص واحد لديه بيانات تواصل</numerusform>
            <numerusform>شخصان لديهما بيانات تواصل</numerusform>
            <numerusform>%Ln أشخاص لديهم بيانات تواصل</numerusform>
            <numerusform>%Ln شخصًا لديهم بيانات تواصل</numerusform>
            <numerusform>%Ln شخص لديهم بيانات تواصل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln incident(s)</source>
        <translation>
            <numerusform>في %Ln حادثة</numerusform>
            <numerusform>في حادثة واحدة</numerusform>
            <numerusform>في حادثتين</numerusform>
            <numerusform>في %Ln حوادث</numerusform>
            <numerusform>في %Ln حادثة</numerusform>
            <numerusform>في %Ln حادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier will hold %1 and %2 (%3).</source>
        <translation>سيضم ملف التوثيق %1 و%2 (%3).</translation>
    </message>
    <message>
        <source>The dossier will hold %1.</source>
        <translation>سيضم ملف التوثيق %1.</translation>
    </message>
    <message>
        <source>none in this dossier</source>
        <translation>لا شيء في ملف التوثيق هذا</translation>
    </message>
</context>
<context>
    <name>DossierDone</name>
    <message>
        <source>Your dossier is ready</source>
        <translation>ملف التوثيق جاهز</translation>
    </message>
    <message numerus="yes">
        <source>%n incident</source>
        <translation>
            <numerusform>%n حادثة</numerusform>
            <numerusform>حادثة واحدة</numerusform>
            <numerusform>حادثتين</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n حادثة</numerusform>
            <numerusform>حادثة واحدة</numerusform>
            <numerusform>حادثتين</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثة</numerusform>
            <numerusform>%n حادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file</source>
        <translation>
            <numerusform>%n ملف أدلة</numerusform>
            <numerusform>ملفَّ أدلة واحدًا</numerusform>
            <numerusform>ملفَي أدلة</numerusform>
            <numerusform>%n ملفات أدلة</numerusform>
            <numerusform>%n ملفًا من ملفات الأدلة</numerusform>
            <numerusform>%n ملف أدلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation>
            <numerusform>%n ملف أدلة</numerusform>
            <numerusform>ملفَّ أدلة واحدًا</numerusform>
            <numerusform>ملفَي أدلة</numerusform>
            <numerusform>%n ملفات أدلة</numerusform>
            <numerusform>%n ملفًا من ملفات الأدلة</numerusform>
            <numerusform>%n ملف أدلة</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds %1 and %2. Give the whole folder, not only the PDF, to the police, your lawyer or a support service: a USB stick is a good way.</source>
        <translation>يضم %1 و%2. قدّم المجلد كله، لا ملف PDF وحده، إلى الشرطة أو محاميك أو خدمة دعم: ذاكرة USB طريقة جيدة.</translation>
    </message>
    <message>
        <source>Where the dossier is</source>
        <translation>مكان ملف التوثيق</translation>
    </message>
    <message>
        <source>Document identifier</source>
        <translation>معرّف المستند</translation>
    </message>
    <message>
        <source>Anyone who receives it can check that nothing in it was changed since you made it. In a terminal, in that folder, they type:</source>
        <translation>يستطيع كل من يتسلّمه التحقق من أن شيئًا فيه لم يتغيّر منذ أعددته. في نافذة الأوامر (terminal)، داخل ذلك المجلد، يكتب:</translation>
    </message>
    <message>
        <source>The line that checks it</source>
        <translation>السطر الذي يتحقق منه</translation>
    </message>
    <message>
        <source>The document identifier is printed on every page of the PDF. Write it down: it tells this dossier apart from any other you make.</source>
        <translation>معرّف المستند مطبوع على كل صفحة من ملف PDF. دوّنه: فهو يميّز ملف التوثيق هذا عن أي ملف توثيق آخر تعدّه.</translation>
    </message>
    <message>
        <source>The files in this folder are NOT encrypted: anyone who opens the folder can read them, so keep them somewhere safe, or delete them once you have given them to the police.</source>
        <translation>الملفات في هذا المجلد غير مشفّرة: يستطيع قراءتها كل من يفتح المجلد، لذلك احفظها في مكان آمن، أو احذفها بعد أن تسلّمها إلى الشرطة.</translation>
    </message>
    <message>
        <source>These files are not encrypted</source>
        <translation>هذه الملفات غير مشفّرة</translation>
    </message>
    <message>
        <source>It is in</source>
        <translation>مكانه</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>اعرض في المجلد</translation>
    </message>
    <message>
        <source>SafeLog could not open a file manager on this computer; your dossier&apos;s files are in this folder: %1</source>
        <translation>لم يستطع SafeLog فتح مدير الملفات على هذا الكمبيوتر؛ ملفات ملف التوثيق موجودة في هذا المجلد: %1</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <source>That folder is synced to %1. What you save there would be copied to %1&apos;s computers on the internet at once, where others may be able to reach it. Save it there anyway?</source>
        <translation>هذا المجلد متزامن مع %1. ما تحفظه هناك يُنسخ فورًا إلى أجهزة %1 على الإنترنت، حيث قد يصل إليه آخرون. هل تحفظه هناك رغم ذلك؟</translation>
    </message>
    <message>
        <source>That is your Desktop: anyone who looks at this computer&apos;s screen would see it. Save it there anyway?</source>
        <translation>هذا سطح المكتب: يراه كل من ينظر إلى شاشة هذا الكمبيوتر. هل تحفظه هناك رغم ذلك؟</translation>
    </message>
    <message>
        <source>Choose a folder for the dossier (a new folder is made inside it)</source>
        <translation>اختر مجلدًا لملف التوثيق (يُنشأ مجلد جديد داخله)</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose a folder that is there.</source>
        <translation>هذا المجلد غير موجود. اختر مجلدًا موجودًا.</translation>
    </message>
    <message>
        <source>Making your dossier…</source>
        <translation>جارٍ إعداد ملف التوثيق…</translation>
    </message>
    <message>
        <source>The dossier was not made; nothing was written.</source>
        <translation>لم يُعدّ ملف التوثيق؛ لم يُكتب أي شيء.</translation>
    </message>
</context>
<context>
    <name>EmailPane</name>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>نسخة إلى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Original message source</source>
        <translation>المصدر الأصلي للرسالة</translation>
    </message>
    <message>
        <source>Show the original message source</source>
        <translation>اعرض المصدر الأصلي للرسالة</translation>
    </message>
    <message>
        <source>Every header and line exactly as the message was saved</source>
        <translation>كل ترويسة وكل سطر تمامًا كما حُفظت الرسالة</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Show the readable message</source>
        <translation>اعرض الرسالة بشكل مقروء</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>(no name, {kind})</source>
        <translation>(بلا اسم، {kind})</translation>
    </message>
    <message>
        <source>SafeLog could not read this file as an e-mail. The file is kept unchanged; “Show the original message source” shows exactly what it holds.</source>
        <translation>لم يستطع SafeLog قراءة هذا الملف كرسالة بريد إلكتروني. الملف محفوظ دون تغيير؛ اضغط «اعرض المصدر الأصلي للرسالة» لترى بالضبط ما فيه.</translation>
    </message>
    <message>
        <source>This file does not look like a complete e-mail: it has no sender, recipient, subject or date. “Show the original message source” shows exactly what it holds.</source>
        <translation>لا يبدو هذا الملف رسالة بريد إلكتروني كاملة: ليس فيه مرسل ولا مستلم ولا موضوع ولا تاريخ. اضغط «اعرض المصدر الأصلي للرسالة» لترى بالضبط ما فيه.</translation>
    </message>
    <message>
        <source>Parts of this e-mail are damaged or unusual, so some of it may be missing below; “Show the original message source” shows exactly what it holds.</source>
        <translation>بعض أجزاء هذه الرسالة تالفة أو غير معتادة، لذا قد ينقص شيء منها في الأسفل؛ اضغط «اعرض المصدر الأصلي للرسالة» لترى بالضبط ما فيها.</translation>
    </message>
    <message>
        <source>[The message is longer than this; save a copy to see all of it.]</source>
        <translation>[الرسالة أطول من ذلك؛ احفظ نسخة لتراها كاملة.]</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>صوت</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>ملف آخر</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Evidence for this incident</source>
        <translation>أدلة هذه الحادثة</translation>
    </message>
    <message>
        <source>Drag photos, screenshots or documents here, or choose “Add files…”. The originals are kept unchanged and encrypted.</source>
        <translation>اسحب إلى هنا صورًا أو لقطات شاشة أو مستندات، أو اختر «أضف ملفات…». تُحفظ الملفات الأصلية دون تغيير ومشفّرة.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>أضف ملفات…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>احفظ نسخة…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>النسخة المحفوظة غير مشفّرة.</translation>
    </message>
    <message>
        <source>They show something online</source>
        <translation>تُظهر شيئًا على الإنترنت</translation>
    </message>
    <message>
        <source>Screenshots or captures of a post, a message or a profile</source>
        <translation>لقطات شاشة أو صور لمنشور أو رسالة أو حساب</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation>المنصة أو التطبيق</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>بلا منصة</translation>
    </message>
    <message>
        <source>Full web address</source>
        <translation>عنوان الويب كاملًا</translation>
    </message>
    <message>
        <source>Account name or ID</source>
        <translation>اسم الحساب أو معرّفه</translation>
    </message>
    <message>
        <source>The @name or number that posted it</source>
        <translation>اسم @ أو الرقم الذي نشره</translation>
    </message>
    <message>
        <source>Time shown on the screen</source>
        <translation>الوقت الظاهر على الشاشة</translation>
    </message>
    <message>
        <source>As written on the screen, e.g. 14:32 or &apos;3 hours ago&apos;</source>
        <translation>كما هو مكتوب على الشاشة، مثلًا 14:32 أو «قبل 3 ساعات»</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>الوقت على الشاشة</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>أضف أدلة</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the vault…</source>
        <translation>
            <numerusform>جارٍ إضافة %n ملف إلى الخزنة…</numerusform>
            <numerusform>جارٍ إضافة ملف واحد إلى الخزنة…</numerusform>
            <numerusform>جارٍ إضافة ملفين إلى الخزنة…</numerusform>
            <numerusform>جارٍ إضافة %n ملفات إلى الخزنة…</numerusform>
            <numerusform>جارٍ إضافة %n ملفًا إلى الخزنة…</numerusform>
            <numerusform>جارٍ إضافة %n ملف إلى الخزنة…</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>هذا الملف موجود في سجلك من قبل بوصفه المستند (exhibit) {old}؛ يحتفظ SafeLog بنسخة واحدة منه، مدرجة الآن تحت {old} و{new} معًا.</translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old} ({name}), added on {day}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>هذا الملف موجود في سجلك من قبل بوصفه المستند (exhibit) {old} ({name})، وقد أُضيف في {day}؛ يحتفظ SafeLog بنسخة واحدة منه، مدرجة الآن تحت {old} و{new} معًا.</translation>
    </message>
    <message>
        <source>{ref} ({name}): {note}</source>
        <translation>{ref} ({name}): {note}</translation>
    </message>
</context>
<context>
    <name>ExhibitViewer</name>
    <message>
        <source>The copy you save will NOT be encrypted: anyone who can open that folder can see it. The original stays safely in SafeLog. Save a copy of {ref}?</source>
        <translation>النسخة التي تحفظها لن تكون مشفّرة: يستطيع رؤيتها كل من يفتح ذلك المجلد. يبقى الأصل آمنًا في SafeLog. هل تحفظ نسخة من {ref}؟</translation>
    </message>
    <message>
        <source>Save a copy of {ref}</source>
        <translation>احفظ نسخة من {ref}</translation>
    </message>
    <message>
        <source>Saved an exact copy of {ref}. Remember it is not encrypted; delete it when you no longer need it.</source>
        <translation>حُفظت نسخة مطابقة من {ref}. تذكّر أنها غير مشفّرة؛ احذفها عندما لا تحتاج إليها.</translation>
    </message>
    <message>
        <source>Saving a copy of {ref}…</source>
        <translation>جارٍ حفظ نسخة من {ref}…</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>المستند {ref}</translation>
    </message>
    <message>
        <source>{ref} · {name} · {size}</source>
        <translation>{ref} · {name} · {size}</translation>
    </message>
    <message>
        <source>Text of the exhibit</source>
        <translation>نص المستند</translation>
    </message>
    <message>
        <source>SafeLog cannot show this kind of file inside the app. It is kept safely; you can save a copy to open it with another program.</source>
        <translation>لا يستطيع SafeLog عرض هذا النوع من الملفات داخل التطبيق. الملف محفوظ بأمان؛ يمكنك حفظ نسخة لتفتحها ببرنامج آخر.</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>عن هذا الملف</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>احفظ نسخة…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>النسخة المحفوظة غير مشفّرة.</translation>
    </message>
    <message>
        <source>This file is too large to open inside SafeLog. You can save a copy to open it with another program.</source>
        <translation>هذا الملف أكبر من أن يُفتح داخل SafeLog. يمكنك حفظ نسخة لتفتحها ببرنامج آخر.</translation>
    </message>
    <message>
        <source>SafeLog could not make a safe preview of this picture. The original is kept unchanged; you can save a copy.</source>
        <translation>لم يستطع SafeLog إعداد معاينة آمنة لهذه الصورة. الأصل محفوظ دون تغيير؛ يمكنك حفظ نسخة.</translation>
    </message>
    <message>
        <source>This is a small preview SafeLog made safely. The original is kept unchanged in the vault.</source>
        <translation>هذه معاينة صغيرة أعدّها SafeLog بأمان. الأصل محفوظ دون تغيير في الخزنة.</translation>
    </message>
    <message>
        <source>This computer cannot play sound or video inside SafeLog; use “Save a copy…” to play it with another program.</source>
        <translation>لا يستطيع هذا الكمبيوتر تشغيل الصوت أو الفيديو داخل SafeLog؛ استخدم «احفظ نسخة…» لتشغيله ببرنامج آخر.</translation>
    </message>
    <message>
        <source>This exhibit</source>
        <translation>هذا المستند</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>الاسم الأصلي</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>البصمة الرقمية (SHA-256)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>التفاصيل التقنية</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>تاريخ الالتقاط</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Location in the file</source>
        <translation>الموقع المحفوظ في الملف</translation>
    </message>
    <message>
        <source>How you got it</source>
        <translation>طريقة الحصول عليه</translation>
    </message>
    <message>
        <source>Not said yet. “How you got it…” in the list adds it.</source>
        <translation>لم تذكرها بعد. يمكنك إضافتها من «كيف حصلت عليه…» في القائمة.</translation>
    </message>
    <message>
        <source>Where the original is kept</source>
        <translation>مكان حفظ الأصل</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>البصمة الرقمية (SHA-256)</translation>
    </message>
    <message>
        <source>About the file</source>
        <translation>عن الملف</translation>
    </message>
    <message>
        <source>Where it was online</source>
        <translation>أين كان على الإنترنت</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>الوقت على الشاشة</translation>
    </message>
    <message>
        <source>The exact record</source>
        <translation>البيانات الدقيقة</translation>
    </message>
    <message>
        <source>Exact file type</source>
        <translation>النوع الدقيق للملف</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>الحجم بالبايت</translation>
    </message>
    <message>
        <source>Location saved in the file</source>
        <translation>الموقع المحفوظ في الملف</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>انتبه</translation>
    </message>
    <message>
        <source>Anyone you give the original file to can see this location.</source>
        <translation>كل من تعطيه الملف الأصلي يستطيع رؤية هذا الموقع.</translation>
    </message>
    <message>
        <source>Dates of the file you added</source>
        <translation>تواريخ الملف الذي أضفته</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Details saved inside the file</source>
        <translation>التفاصيل المحفوظة داخل الملف</translation>
    </message>
    <message>
        <source>This document does not say which program made it or when. That is common and does not affect the evidence.</source>
        <translation>لا يذكر هذا المستند أي برنامج أنشأه أو متى. هذا شائع ولا يؤثر في الدليل.</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Search titles, what happened, places and people</source>
        <translation>ابحث في العناوين وما حدث والأماكن والأشخاص</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>ابحث في السجل</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>امسح البحث</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>آخر 3 أشهر</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>Between two dates…</source>
        <translation>بين تاريخين…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>من هذا اليوم</translation>
    </message>
    <message>
        <source>Up to and including this day</source>
        <translation>حتى هذا اليوم ومعه</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>نوع الحادثة</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Several kinds…</source>
        <translation>عدة أنواع…</translation>
    </message>
    <message>
        <source>Kinds of incident to show</source>
        <translation>أنواع الحوادث التي تُعرض</translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation>الشخص المعني</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>With or without evidence</source>
        <translation>مع أدلة أو دونها</translation>
    </message>
    <message>
        <source>With evidence</source>
        <translation>مع أدلة</translation>
    </message>
    <message>
        <source>Without evidence</source>
        <translation>دون أدلة</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>أُبلغ عنها</translation>
    </message>
    <message>
        <source>Reported or not</source>
        <translation>أُبلغ عنها أو لا</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>لم يُبلَّغ عنها بعد</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>اعرض كل شيء</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>امسح البحث وكل عوامل التصفية</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n نوع</numerusform>
            <numerusform>نوع واحد</numerusform>
            <numerusform>نوعان</numerusform>
            <numerusform>%n أنواع</numerusform>
            <numerusform>%n نوعًا</numerusform>
            <numerusform>%n نوع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>when</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>how it affected you</source>
        <translation>أثرها عليك</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>الملاحظات الخاصة</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>reports made</source>
        <translation>البلاغات المقدَّمة</translation>
    </message>
    <message>
        <source>people</source>
        <translation>الأشخاص</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this incident</source>
        <translation>تاريخ تعديلات هذه الحادثة</translation>
    </message>
    <message>
        <source>SafeLog never overwrites an entry. Each time it was saved, a new version was added. Choose a version to read it.</source>
        <translation>لا يكتب SafeLog فوق أي مُدخل أبدًا. في كل مرة حُفظ فيها، أُضيفت نسخة جديدة. اختر نسخة لقراءتها.</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>النسخ المحفوظة</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>نص النسخة المختارة</translation>
    </message>
    <message>
        <source>First recorded</source>
        <translation>أول تسجيل</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>ما تغيّر: {fields}</translation>
    </message>
    <message>
        <source>Saved again, nothing changed</source>
        <translation>حُفظ مرة أخرى، دون تغيير</translation>
    </message>
    <message>
        <source>Version {n} · {time}</source>
        <translation>النسخة {n} · {time}</translation>
    </message>
    <message>
        <source>Version {n} · {time} · by {who}</source>
        <translation>النسخة {n} · {time} · بواسطة {who}</translation>
    </message>
    <message>
        <source>What changed in this version:</source>
        <translation>ما الذي تغيّر في هذه النسخة:</translation>
    </message>
    <message>
        <source>  Before: {text}</source>
        <translation>  قبل: {text}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>  After: {text}</source>
        <translation>  بعد: {text}</translation>
    </message>
    <message>
        <source>Report {n}: {route}</source>
        <translation>البلاغ {n}: {route}</translation>
    </message>
    <message>
        <source>person {n}</source>
        <translation>الشخص {n}</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ملاءمة النافذة</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>تدوير لليسار</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>تدوير لليمين</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>البلاغات المقدَّمة</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>قانوني</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ملاحظات خاصة</translation>
    </message>
    <message>
        <source>What you type is kept safely in the vault as a draft, even if this window closes.</source>
        <translation>ما تكتبه يُحفظ بأمان في الخزنة كمسودة، حتى لو أُغلقت هذه النافذة.</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>ألغِ التغييرات…</translation>
    </message>
    <message>
        <source>Close, keep draft</source>
        <translation>أغلق واحتفظ بالمسودة</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Private notes are only for you. They are never put into a dossier or an export unless you choose to include them.</source>
        <translation>الملاحظات الخاصة لك وحدك. لا توضع أبدًا في ملف التوثيق أو في أي تصدير إلا إذا اخترت إضافتها.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>تعديل الحادثة</translation>
    </message>
    <message>
        <source>You have unsaved writing for this incident from before. Continue where you left off?</source>
        <translation>لديك كتابة غير محفوظة لهذه الحادثة من قبل. هل تتابع من حيث توقفت؟</translation>
    </message>
    <message>
        <source>You started writing a new incident earlier and did not save it. Continue where you left off?</source>
        <translation>بدأت كتابة حادثة جديدة من قبل ولم تحفظها. هل تتابع من حيث توقفت؟</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>تابع الكتابة</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>احذفها</translation>
    </message>
    <message>
        <source>Your unsaved writing is back. Save when ready.</source>
        <translation>عادت كتابتك غير المحفوظة. احفظ عندما تكون جاهزًا.</translation>
    </message>
    <message>
        <source>Evidence is kept with a saved incident. Save this incident first; you can go on editing it afterwards.</source>
        <translation>تُحفظ الأدلة مع حادثة محفوظة. احفظ هذه الحادثة أولًا؛ يمكنك متابعة تعديلها بعد ذلك.</translation>
    </message>
    <message>
        <source>Save now and add evidence</source>
        <translation>احفظ الآن وأضف أدلة</translation>
    </message>
    <message>
        <source>Draft kept safely at {time}.</source>
        <translation>حُفظت المسودة بأمان في {time}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>Throw away what you changed in this window? This cannot be undone.</source>
        <translation>هل تتخلص مما غيّرته في هذه النافذة؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>A few words, e.g. &apos;Same car outside my flat&apos;</source>
        <translation>بضع كلمات، مثلًا «السيارة نفسها أمام شقتي»</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>أين حدث</translation>
    </message>
    <message>
        <source>Street, town, or &apos;online&apos;</source>
        <translation>الشارع أو المدينة أو «على الإنترنت»</translation>
    </message>
    <message>
        <source>Map coordinates (optional)</source>
        <translation>إحداثيات الخريطة (اختياري)</translation>
    </message>
    <message>
        <source>Optional, e.g. 51.5074, -0.1278</source>
        <translation>اختياري، مثلًا 51.5074, -0.1278</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>In your own words, in any language. Include what was said, what you saw, and anything unusual.</source>
        <translation>بكلماتك أنت، بأي لغة. اذكر ما قيل وما رأيت وأي شيء غير عادي.</translation>
    </message>
    <message>
        <source>How it affected you</source>
        <translation>أثرها عليك</translation>
    </message>
    <message>
        <source>Fear, changes to your routine, work, health, family.</source>
        <translation>الخوف، تغيّر روتينك، العمل، الصحة، العائلة.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Optional words to group entries, separated by commas</source>
        <translation>كلمات اختيارية لتجميع المُدخلات، تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ملاحظات خاصة</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>ال&amp;وقت</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>&amp;ما حدث</translation>
    </message>
    <message>
        <source>How it &amp;affected you</source>
        <translation>&amp;أثرها عليك</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>الو&amp;سوم</translation>
    </message>
    <message>
        <source>Give the incident a short title, such as &apos;Followed home from the station&apos;.</source>
        <translation>أعطِ الحادثة عنوانًا قصيرًا، مثل «تبعني أحدهم من المحطة إلى البيت».</translation>
    </message>
    <message>
        <source>Type the latitude and longitude as two numbers, such as 51.5074, -0.1278, or leave this empty.</source>
        <translation>اكتب خط العرض وخط الطول كرقمين، مثل 51.5074, -0.1278، أو اترك الحقل فارغًا.</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاريخ التعديلات</translation>
    </message>
    <message>
        <source>Every saved version of this incident</source>
        <translation>كل نسخة محفوظة من هذه الحادثة</translation>
    </message>
    <message>
        <source>Choose an incident from the list to see it here.</source>
        <translation>اختر حادثة من القائمة لتراها هنا.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>(Nothing written yet.)</source>
        <translation>(لم يُكتب شيء بعد.)</translation>
    </message>
    <message>
        <source>How it affected me</source>
        <translation>أثرها عليّ</translation>
    </message>
    <message>
        <source>Private notes — only for you, never exported unless you choose</source>
        <translation>ملاحظات خاصة — لك وحدك، لا تُصدَّر أبدًا إلا إذا اخترت</translation>
    </message>
    <message>
        <source>First recorded {first}</source>
        <translation>أول تسجيل {first}</translation>
    </message>
    <message>
        <source>last changed {last}</source>
        <translation>آخر تغيير {last}</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>ما فعلوه</translation>
    </message>
    <message>
        <source>The effect on me</source>
        <translation>الأثر عليّ</translation>
    </message>
    <message>
        <source>How I know (second-hand)</source>
        <translation>كيف عرفت (من شخص آخر)</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>لماذا أظن أن دولة وراء ذلك</translation>
    </message>
    <message>
        <source>Breaks court order</source>
        <translation>يخرق أمر محكمة</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>قانوني</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Vehicle: {v}</source>
        <translation>المركبة: {v}</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>مشتبه بها</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكدة</translation>
    </message>
    <message>
        <source>Link to a state: {s}</source>
        <translation>الصلة بدولة: {s}</translation>
    </message>
    <message>
        <source>Contact: {c}</source>
        <translation>التواصل: {c}</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>البلاغات المقدَّمة</translation>
    </message>
    <message>
        <source>Not reported yet.</source>
        <translation>لم يُبلَّغ عنها بعد.</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>أُبلغ إلى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>تحدّثت إلى</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>InsideWindow</name>
    <message>
        <source>Inside {ref}</source>
        <translation>داخل {ref}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Make an incident from the chosen messages</source>
        <translation>أنشئ حادثة من الرسائل المختارة</translation>
    </message>
    <message>
        <source>{shown} of {total} messages; choose the ones that belong to one incident.</source>
        <translation>{shown} من {total} رسالة؛ اختر الرسائل التي تخص حادثة واحدة.</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>الملفات الموجودة داخله</translation>
    </message>
    <message>
        <source>Add the chosen files as exhibits</source>
        <translation>أضف الملفات المختارة كمستندات</translation>
    </message>
    <message>
        <source>Files inside {ref}; each one you add keeps a link to it.</source>
        <translation>الملفات داخل {ref}؛ كل ملف تضيفه يحتفظ برابط إليه.</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>حدّد الكل</translation>
    </message>
    <message>
        <source>Tick the messages first.</source>
        <translation>حدّد الرسائل أولًا.</translation>
    </message>
    <message>
        <source>Added incident “{title}”, dated at the first message.</source>
        <translation>أُضيفت الحادثة «{title}»، بتاريخ أول رسالة.</translation>
    </message>
    <message>
        <source>Adding the chosen files…</source>
        <translation>جارٍ إضافة الملفات المختارة…</translation>
    </message>
    <message>
        <source>Inside…</source>
        <translation>ما بداخله…</translation>
    </message>
    <message>
        <source>The messages of a chat, or the files inside an e-mail, zip or saved page</source>
        <translation>رسائل محادثة، أو الملفات داخل بريد إلكتروني أو ملف zip أو صفحة محفوظة</translation>
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
        <translation>مرحبًا بك في SafeLog</translation>
    </message>
    <message>
        <source>SafeLog is a private notebook for writing down what is happening to you: being followed or watched, threats, online abuse, or pressure on you or your family. It keeps the dates, places, people and evidence together, so that when you are ready you can show a clear record to the police, a lawyer or a support service.</source>
        <translation>SafeLog دفتر خاص تكتب فيه ما يحدث لك: أن يتعقّبك أحد أو يراقبك، أو التهديدات، أو الإساءة عبر الإنترنت، أو الضغط عليك أو على عائلتك. يحفظ التواريخ والأماكن والأشخاص والأدلة معًا، فعندما تكون جاهزًا يمكنك أن تعرض سجلًا واضحًا على الشرطة أو محامٍ أو خدمة دعم.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It stays on this computer.&lt;/b&gt; Nothing is sent anywhere.</source>
        <translation>&lt;b&gt;يبقى على هذا الكمبيوتر.&lt;/b&gt; لا يُرسل أي شيء إلى أي مكان.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is encrypted.&lt;/b&gt; Without your passphrase nobody can read it.</source>
        <translation>&lt;b&gt;إنه مشفّر.&lt;/b&gt; دون عبارة المرور لا يستطيع أحد قراءته.</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you forget your passphrase,&lt;/b&gt; only your recovery key can open it. Nobody else can, not even the people who make SafeLog. You will see the recovery key in a moment: write it down and keep it safe.</source>
        <translation>&lt;b&gt;إذا نسيت عبارة المرور،&lt;/b&gt; فلا يفتحه إلا مفتاح الاسترداد. لا يستطيع أحد غيرك فتحه، ولا حتى من يصنعون SafeLog. سترى مفتاح الاسترداد بعد قليل: دوّنه واحفظه في مكان آمن.</translation>
    </message>
    <message>
        <source>Create my private log</source>
        <translation>أنشئ سجلي الخاص</translation>
    </message>
    <message>
        <source>I have a backup: restore it…</source>
        <translation>لدي نسخة احتياطية: استعِدها…</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>من يستطيع المساعدة</translation>
    </message>
    <message>
        <source>Where this advice comes from</source>
        <translation>مصدر هذه النصيحة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>انسخ العنوان</translation>
    </message>
    <message>
        <source>Copy the address of {0}</source>
        <translation>انسخ عنوان {0}</translation>
    </message>
    <message>
        <source>Address copied. Paste it into a browser when you are ready; SafeLog empties the clipboard after 30 seconds.</source>
        <translation>نُسخ العنوان. الصقه في متصفح عندما تكون جاهزًا؛ يُفرغ SafeLog الحافظة بعد 30 ثانية.</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>Following me</source>
        <translation>تعقّبني</translation>
    </message>
    <message>
        <source>Contacting me, or trying to, by any means</source>
        <translation>تواصل معي، أو حاول ذلك، بأي وسيلة</translation>
    </message>
    <message>
        <source>Publishing material about me</source>
        <translation>نشر مواد عني</translation>
    </message>
    <message>
        <source>Monitoring my internet, email or messages</source>
        <translation>راقب اتصالي بالإنترنت أو بريدي أو رسائلي</translation>
    </message>
    <message>
        <source>Loitering near me, my home or work</source>
        <translation>تسكّع قربي أو قرب بيتي أو عملي</translation>
    </message>
    <message>
        <source>Interfering with my property</source>
        <translation>عبث بممتلكاتي</translation>
    </message>
    <message>
        <source>Watching or spying on me</source>
        <translation>راقبني أو تجسّس عليّ</translation>
    </message>
    <message>
        <source>I feared violence would be used against me</source>
        <translation>خفت أن يُستخدم العنف ضدي</translation>
    </message>
    <message>
        <source>It caused me serious alarm or distress</source>
        <translation>سبّب لي خوفًا أو ضيقًا شديدًا</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <source>What they did (tick any that apply)</source>
        <translation>ما فعلوه (حدّد كل ما ينطبق)</translation>
    </message>
    <message>
        <source>The effect on you</source>
        <translation>الأثر عليك</translation>
    </message>
    <message>
        <source>How I know it</source>
        <translation>كيف عرفت ذلك</translation>
    </message>
    <message>
        <source>Only if you did not see it yourself: who told you, when and how (for example &apos;my sister, by phone on 4 May&apos;).</source>
        <translation>فقط إن لم تره بنفسك: من أخبرك، ومتى، وكيف (مثلًا «أختي، بالهاتف في 4 مايو»).</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>لماذا أظن أن دولة وراء ذلك</translation>
    </message>
    <message>
        <source>Optional: what makes you think a government or its agents are behind this.</source>
        <translation>اختياري: ما الذي يجعلك تظن أن حكومة أو عملاءها وراء ذلك.</translation>
    </message>
    <message>
        <source>Court orders this breaches</source>
        <translation>أوامر المحكمة التي يخرقها هذا</translation>
    </message>
    <message>
        <source>No court orders are recorded. Add them under Incident &gt; Orders and risk assessments.</source>
        <translation>لا توجد أوامر محكمة مسجّلة. أضفها من «حادثة &gt; أوامر المحكمة وتقييمات المخاطر».</translation>
    </message>
    <message>
        <source>How &amp;I know it (if I did not see it myself)</source>
        <translation>&amp;كيف عرفت ذلك (إن لم أره بنفسي)</translation>
    </message>
    <message>
        <source>&amp;Why I think a state is behind it</source>
        <translation>&amp;لماذا أظن أن دولة وراء ذلك</translation>
    </message>
    <message>
        <source>This breaches a court &amp;order</source>
        <translation>هذا يخرق أمر م&amp;حكمة</translation>
    </message>
    <message>
        <source>These headings follow the law on stalking and harassment, so a solicitor or the police can use your record. Leave them empty if you are not sure. This is not legal advice.</source>
        <translation>تتبع هذه العناوين قانون الملاحقة (stalking) والمضايقة (harassment)، ليستطيع محامٍ (solicitor) أو الشرطة استخدام سجلك. اتركها فارغة إن لم تكن متأكدًا. هذه ليست نصيحة قانونية.</translation>
    </message>
</context>
<context>
    <name>LegalWindow</name>
    <message>
        <source>Orders and risk assessments</source>
        <translation>أوامر المحكمة وتقييمات المخاطر</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>أوامر المحكمة</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>تقييمات المخاطر</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Orders and risk assessments…</source>
        <translation>أوامر المحكمة وتقييمات المخاطر…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>أقفل</translation>
    </message>
    <message>
        <source>Quick hide</source>
        <translation>إخفاء سريع</translation>
    </message>
    <message>
        <source>Lock and minimise at once (Ctrl+Shift+H), from any SafeLog window</source>
        <translation>أقفل وصغّر فورًا (Ctrl+Shift+H)، من أي نافذة في SafeLog</translation>
    </message>
    <message>
        <source>Check the vault for damage…</source>
        <translation>افحص الخزنة بحثًا عن تلف…</translation>
    </message>
    <message>
        <source>Make a dossier…</source>
        <translation>أعدّ ملف توثيق…</translation>
    </message>
    <message>
        <source>A PDF report with your evidence, to give to the police, a lawyer or a support service (Ctrl+D)</source>
        <translation>تقرير PDF مع أدلتك، لتقدّمه إلى الشرطة أو محامٍ أو خدمة دعم (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>ملف التوثيق</translation>
    </message>
    <message>
        <source>Back up my log…</source>
        <translation>احفظ نسخة احتياطية من سجلي…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>استعِد من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>غيّر عبارة المرور…</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>أنشئ مفتاح استرداد جديدًا…</translation>
    </message>
    <message>
        <source>Your details…</source>
        <translation>بياناتك…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>حول SafeLog</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>النمط</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>قوائم التحقق</translation>
    </message>
    <message>
        <source>&amp;SafeLog</source>
        <translation>&amp;SafeLog</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;حادثة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>الإجراءات الرئيسية</translation>
    </message>
    <message>
        <source>Choose an incident in the timeline first.</source>
        <translation>اختر حادثة في الخط الزمني أولًا.</translation>
    </message>
    <message>
        <source>Your vault passed every check. Nothing is damaged.</source>
        <translation>اجتازت خزنتك كل الفحوص. لا يوجد أي تلف.</translation>
    </message>
    <message>
        <source>Checking your vault…</source>
        <translation>جارٍ فحص خزنتك…</translation>
    </message>
    <message>
        <source>The settings could not be saved; they apply until SafeLog is closed.</source>
        <translation>تعذّر حفظ الإعدادات؛ تبقى سارية حتى يُغلق SafeLog.</translation>
    </message>
    <message>
        <source>Make a dossier</source>
        <translation>أعدّ ملف توثيق</translation>
    </message>
    <message>
        <source>Edit the chosen incident</source>
        <translation>عدّل الحادثة المختارة</translation>
    </message>
    <message>
        <source>Lock, from any SafeLog window</source>
        <translation>أقفل، من أي نافذة في SafeLog</translation>
    </message>
    <message>
        <source>Quick hide: lock and minimise</source>
        <translation>إخفاء سريع: أقفل وصغّر</translation>
    </message>
    <message>
        <source>Timeline, People, Pattern, Checklists</source>
        <translation>الخط الزمني، الأشخاص، النمط، قوائم التحقق</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>MediaPane</name>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Make a new recovery key</source>
        <translation>أنشئ مفتاح استرداد جديدًا</translation>
    </message>
    <message>
        <source>Make a new recovery key if yours was lost, or if someone else may have seen it. The key you have now stops working at once, on this computer and in every backup you make from now on. Backups you made before still open with the old key.

To go on, type your passphrase.</source>
        <translation>أنشئ مفتاح استرداد جديدًا إذا ضاع مفتاحك، أو إذا كان شخص آخر قد رآه. يتوقف مفتاحك الحالي عن العمل فورًا، على هذا الكمبيوتر وفي كل نسخة احتياطية تحفظها من الآن. النسخ الاحتياطية التي حفظتها من قبل تبقى تُفتح بالمفتاح القديم.

للمتابعة، اكتب عبارة المرور.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Making a new recovery key, please wait</source>
        <translation>جارٍ إنشاء مفتاح استرداد جديد، انتظر قليلًا</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>أنشئ مفتاحًا جديدًا</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>مفتاح الاسترداد الجديد</translation>
    </message>
    <message>
        <source>Your old recovery key no longer opens your log. This new one is the only other way in if you forget your passphrase, and it is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>مفتاح الاسترداد القديم لم يعد يفتح سجلك. هذا المفتاح الجديد هو الطريقة الأخرى الوحيدة للدخول إذا نسيت عبارة المرور، ولن يظهر إلا هذه المرة.

اكتبه على ورقة أو اطبعه، واحفظه في مكان آمن: بعيدًا عن هذا الكمبيوتر، وبعيدًا عن أي شخص قد يريد قراءة سجلك.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>I have written down or printed my new recovery key.</source>
        <translation>دوّنت مفتاح الاسترداد الجديد أو طبعته.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>اكتب عبارة المرور أولًا.</translation>
    </message>
    <message>
        <source>That is not your passphrase. Check that Caps Lock is off, then try again. Nothing was changed.</source>
        <translation>هذه ليست عبارة المرور. تأكد أن Caps Lock غير مفعّل، ثم حاول مرة أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Your new recovery key will not be shown again, and the old one no longer works. Have you written it down or printed it?</source>
        <translation>لن يظهر مفتاح الاسترداد الجديد مرة أخرى، والقديم لم يعد يعمل. هل دوّنته أو طبعته؟</translation>
    </message>
</context>
<context>
    <name>ObtainedQuestion</name>
    <message>
        <source>I took this photo or recording myself</source>
        <translation>التقطت هذه الصورة أو سجّلت هذا المقطع بنفسي</translation>
    </message>
    <message>
        <source>Someone sent it to me</source>
        <translation>أرسله إليّ شخص ما</translation>
    </message>
    <message>
        <source>I saved it from a website or app</source>
        <translation>حفظته من موقع إلكتروني أو تطبيق</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>How did you get this file?</source>
        <translation>كيف حصلت على هذا الملف؟</translation>
    </message>
    <message>
        <source>The police will ask how you got each piece of evidence. Your answer is printed beside it in the dossier. You can change it later.</source>
        <translation>ستسألك الشرطة كيف حصلت على كل دليل. تُطبع إجابتك بجانبه في ملف التوثيق. يمكنك تغييرها لاحقًا.</translation>
    </message>
    <message>
        <source>More about how you got it</source>
        <translation>المزيد عن كيفية حصولك عليه</translation>
    </message>
    <message>
        <source>For example: who sent it, when, and in which app</source>
        <translation>مثلًا: من أرسله، ومتى، وفي أي تطبيق</translation>
    </message>
    <message>
        <source>Where is the original kept?</source>
        <translation>أين يُحفظ الأصل؟</translation>
    </message>
    <message>
        <source>Optional. For example: on my phone, or the letter is in a drawer at home</source>
        <translation>اختياري. مثلًا: على هاتفي، أو الرسالة الورقية في درج في البيت</translation>
    </message>
    <message>
        <source>More about it (optional)</source>
        <translation>تفاصيل أخرى (اختياري)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Nothing is saved; you can answer later.</source>
        <translation>لن يُحفظ شيء؛ يمكنك الإجابة لاحقًا.</translation>
    </message>
    <message>
        <source>Exhibit {ref} ({name})</source>
        <translation>المستند {ref} ({name})</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>المستند {ref}</translation>
    </message>
    <message>
        <source>How did you get these files?</source>
        <translation>كيف حصلت على هذه الملفات؟</translation>
    </message>
    <message>
        <source>Your answer is saved for each of the exhibits {refs}.</source>
        <translation>تُحفظ إجابتك لكل واحد من المستندات {refs}.</translation>
    </message>
    <message>
        <source>Saved. The dossier will say how you got {refs}.</source>
        <translation>حُفظت الإجابة. سيذكر ملف التوثيق كيف حصلت على {refs}.</translation>
    </message>
    <message>
        <source>How you got it…</source>
        <translation>كيف حصلت عليه…</translation>
    </message>
    <message>
        <source>Say how you got the selected file and where the original is</source>
        <translation>اذكر كيف حصلت على الملف المختار وأين الأصل</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Harassment injunction</source>
        <translation>أمر منع المضايقة (harassment injunction)</translation>
    </message>
    <message>
        <source>Stalking Protection Order</source>
        <translation>أمر الحماية من الملاحقة (Stalking Protection Order)</translation>
    </message>
    <message>
        <source>Non-molestation order</source>
        <translation>أمر عدم التعرّض (non-molestation order)</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>أمر تقييدي (restraining order)</translation>
    </message>
    <message>
        <source>Other order</source>
        <translation>أمر آخر</translation>
    </message>
    <message>
        <source>Harassment injunction (Protection from Harassment Act 1997 s.3)</source>
        <translation>أمر منع المضايقة (harassment injunction; Protection from Harassment Act 1997 s.3)</translation>
    </message>
    <message>
        <source>Stalking Protection Order (Stalking Protection Act 2019)</source>
        <translation>أمر الحماية من الملاحقة (Stalking Protection Order; Stalking Protection Act 2019)</translation>
    </message>
    <message>
        <source>Non-molestation order (Family Law Act 1996 s.42)</source>
        <translation>أمر عدم التعرّض (non-molestation order; Family Law Act 1996 s.42)</translation>
    </message>
    <message>
        <source>Restraining order (Sentencing Act 2020 s.359-360)</source>
        <translation>أمر تقييدي (restraining order; Sentencing Act 2020 s.359-360)</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>صدر في</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>سارٍ</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>الخروقات</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>أوامر المحكمة</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>نوع الأمر</translation>
    </message>
    <message>
        <source>Date made</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>It expires on</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>المحكمة</translation>
    </message>
    <message>
        <source>Case number or reference</source>
        <translation>رقم القضية أو المرجع</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>What the order forbids, as it is written in the order</source>
        <translation>ما يمنعه الأمر، كما هو مكتوب فيه</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>أضف أمرًا</translation>
    </message>
    <message>
        <source>Save changes to the chosen order</source>
        <translation>احفظ التغييرات على الأمر المختار</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Made on</source>
        <translation>&amp;صدر في</translation>
    </message>
    <message>
        <source>&amp;Court</source>
        <translation>ال&amp;محكمة</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>الم&amp;رجع</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>ال&amp;شروط</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Breaches: {list}</source>
        <translation>الخروقات: {list}</translation>
    </message>
    <message>
        <source>No incident is marked as breaching this order.</source>
        <translation>لا توجد حادثة محددة على أنها تخرق هذا الأمر.</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>أظهر ما كتبته أو أخفه</translation>
    </message>
</context>
<context>
    <name>PasteSupport</name>
    <message>
        <source>Save these details</source>
        <translation>احفظ هذه التفاصيل</translation>
    </message>
    <message>
        <source>dragged from a web page</source>
        <translation>سُحب من صفحة ويب</translation>
    </message>
    <message>
        <source>Pasted image {time}</source>
        <translation>صورة ملصقة {time}</translation>
    </message>
    <message>
        <source>Pasted text {time}</source>
        <translation>نص ملصق {time}</translation>
    </message>
    <message>
        <source>There is nothing to paste: copy a screenshot, a picture or some text first.</source>
        <translation>لا يوجد ما يُلصق: انسخ أولًا لقطة شاشة أو صورة أو نصًا.</translation>
    </message>
    <message>
        <source>Adding to the vault…</source>
        <translation>جارٍ الإضافة إلى الخزنة…</translation>
    </message>
    <message>
        <source>Save these details to {ref}</source>
        <translation>احفظ هذه التفاصيل في {ref}</translation>
    </message>
</context>
<context>
    <name>PatternChart</name>
    <message>
        <source>Per week</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>{period}: nothing recorded</source>
        <translation>{period}: لم يُسجَّل شيء</translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}: {count}</translation>
    </message>
    <message>
        <source>{period}: {total} in total ({parts})</source>
        <translation>{period}: {total} في المجموع ({parts})</translation>
    </message>
    <message>
        <source>Nothing recorded yet. The chart fills in as you add incidents.</source>
        <translation>لم يُسجَّل شيء بعد. يمتلئ الرسم البياني كلما أضفت حوادث.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from the week of {first} to the week of {last}.</source>
        <translation>
            <numerusform>%Ln حادثة من أسبوع {first} إلى أسبوع {last}.</numerusform>
            <numerusform>حادثة واحدة من أسبوع {first} إلى أسبوع {last}.</numerusform>
            <numerusform>حادثتان من أسبوع {first} إلى أسبوع {last}.</numerusform>
            <numerusform>%Ln حوادث من أسبوع {first} إلى أسبوع {last}.</numerusform>
            <numerusform>%Ln حادثة من أسبوع {first} إلى أسبوع {last}.</numerusform>
            <numerusform>%Ln حادثة من أسبوع {first} إلى أسبوع {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest was the week of {busy} ({n}).</source>
        <translation>أكثر أسبوع حوادث كان أسبوع {busy} ({n}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from {first} to {last}.</source>
        <translation>
            <numerusform>%Ln حادثة من {first} إلى {last}.</numerusform>
            <numerusform>حادثة واحدة من {first} إلى {last}.</numerusform>
            <numerusform>حادثتان من {first} إلى {last}.</numerusform>
            <numerusform>%Ln حوادث من {first} إلى {last}.</numerusform>
            <numerusform>%Ln حادثة من {first} إلى {last}.</numerusform>
            <numerusform>%Ln حادثة من {first} إلى {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest month was {busy} ({n}).</source>
        <translation>أكثر شهر حوادث كان {busy} ({n}).</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>This copy of SafeLog cannot show PDF files. The file is kept safely; you can save a copy to read it.</source>
        <translation>لا تستطيع نسخة SafeLog هذه عرض ملفات PDF. الملف محفوظ بأمان؛ يمكنك حفظ نسخة لقراءتها.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Perpetrator (known)</source>
        <translation>المعتدي (معروف)</translation>
    </message>
    <message>
        <source>Perpetrator (unknown)</source>
        <translation>المعتدي (مجهول)</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>المعتدي</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>معني بالأمر</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>People in this incident</source>
        <translation>الأشخاص في هذه الحادثة</translation>
    </message>
    <message>
        <source>People already recorded</source>
        <translation>أشخاص مسجّلون من قبل</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>أضف</translation>
    </message>
    <message>
        <source>Someone already recorded:</source>
        <translation>شخص مسجّل من قبل:</translation>
    </message>
    <message>
        <source>Record someone new…</source>
        <translation>سجّل شخصًا جديدًا…</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>Role in this incident</source>
        <translation>دوره في هذه الحادثة</translation>
    </message>
    <message>
        <source>Add to this incident</source>
        <translation>أضف إلى هذه الحادثة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>No one added yet. Add the people involved, even if you do not know their names.</source>
        <translation>لم يُضف أحد بعد. أضف الأشخاص المعنيين، حتى لو لم تعرف أسماءهم.</translation>
    </message>
    <message>
        <source>Who was involved or saw it. Each person is recorded once, so you can see how often they appear.</source>
        <translation>من شارك فيها أو رآها. كل شخص يُسجَّل مرة واحدة، لترى كم مرة يظهر.</translation>
    </message>
    <message>
        <source>No one recorded yet</source>
        <translation>لم يُسجَّل أحد بعد</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (جديد)</translation>
    </message>
    <message>
        <source>Role of {name}</source>
        <translation>دور {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>أزل {name}</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>من هو</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>أول ظهور</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <source>People in your record</source>
        <translation>الأشخاص في سجلك</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>أضف شخصًا…</translation>
    </message>
    <message>
        <source>Everyone you have recorded, most often involved first.</source>
        <translation>كل من سجّلتهم، الأكثر ظهورًا أولًا.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>احفظ الشخص</translation>
    </message>
    <message>
        <source>Incidents with this person</source>
        <translation>الحوادث مع هذا الشخص</translation>
    </message>
    <message>
        <source>Double-click an incident to open it</source>
        <translation>انقر نقرًا مزدوجًا على حادثة لفتحها</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>Not linked to any incident yet.</source>
        <translation>غير مرتبط بأي حادثة بعد.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name or short description</source>
        <translation>الاسم أو وصف قصير</translation>
    </message>
    <message>
        <source>A name, or e.g. &apos;man in grey car&apos;</source>
        <translation>اسم، أو مثلًا «رجل في سيارة رمادية»</translation>
    </message>
    <message>
        <source>Kind of person</source>
        <translation>نوع الشخص</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>المركبة</translation>
    </message>
    <message>
        <source>Make, colour, number plate</source>
        <translation>الصنع، اللون، رقم اللوحة</translation>
    </message>
    <message>
        <source>Link to a state</source>
        <translation>الصلة بدولة</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>مشتبه بها</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكدة</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>كيف يمكن الوصول إليه</translation>
    </message>
    <message>
        <source>For witnesses: phone, email</source>
        <translation>للشهود: الهاتف، البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>ملاحظات عن هذا الشخص</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>من هو</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Give this person a name, or a short description such as &apos;man in grey car&apos;.</source>
        <translation>أعطِ هذا الشخص اسمًا، أو وصفًا قصيرًا مثل «رجل في سيارة رمادية».</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your details</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <source>These details are printed on the first page of your dossier, so that the police know who made the record and how to reach you safely. They stay inside your locked log. You can leave any of them empty.</source>
        <translation>تُطبع هذه البيانات على الصفحة الأولى من ملف التوثيق، لتعرف الشرطة من أعدّ السجل وكيف تتواصل معك بأمان. تبقى داخل سجلك المقفل. يمكنك ترك أي منها فارغًا.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>الأحرف الأولى من اسمك، لترقيم الأدلة</translation>
    </message>
    <message>
        <source>For example: call my mobile only between 9 and 5; never leave a voicemail; or contact me through my support worker.</source>
        <translation>مثلًا: اتصلوا بهاتفي المحمول فقط بين 9 و5؛ لا تتركوا رسالة صوتية أبدًا؛ أو تواصلوا معي عبر أخصائي الدعم (support worker).</translation>
    </message>
    <message>
        <source>How the police may contact you safely</source>
        <translation>كيف يمكن للشرطة التواصل معك بأمان</translation>
    </message>
    <message>
        <source>For example: Persian (Farsi)</source>
        <translation>مثلًا: العربية (Arabic)</translation>
    </message>
    <message>
        <source>The language you prefer to speak</source>
        <translation>اللغة التي تفضّل التحدث بها</translation>
    </message>
    <message>
        <source>Do you need an interpreter?</source>
        <translation>هل تحتاج إلى مترجم شفهي؟</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>لم يُحدَّد</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>For example: Maryam Rahimi</source>
        <translation>مثلًا: Mariam Hassan</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport</source>
        <translation>اسمك بالحروف اللاتينية، كما في جواز سفرك</translation>
    </message>
    <message>
        <source>For example: text first; never leave a voicemail, the phone is shared.</source>
        <translation>مثلًا: text first; never leave a voicemail, the phone is shared.</translation>
    </message>
    <message>
        <source>How the police may contact you safely, in English</source>
        <translation>كيف يمكن للشرطة التواصل معك بأمان، بالإنجليزية</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>الأحرف الأولى</translation>
    </message>
    <message>
        <source>New evidence is numbered with them, the way the police do (AB1, AB2, …). Evidence you already have keeps its numbers.</source>
        <translation>تُرقَّم الأدلة الجديدة بها، كما تفعل الشرطة (AB1، AB2، …). الأدلة الموجودة تحتفظ بأرقامها.</translation>
    </message>
    <message>
        <source>How to contact you safely</source>
        <translation>كيف نتواصل معك بأمان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>يحتاج إلى مترجم شفهي</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport. If your name is written in another script, such as Arabic, Persian or Chinese, this lets police systems record it.</source>
        <translation>اسمك بالحروف اللاتينية، كما في جواز سفرك. إذا كان اسمك يُكتب بخط آخر، مثل العربية أو الفارسية أو الصينية، فهذا يتيح لأنظمة الشرطة تسجيله.</translation>
    </message>
    <message>
        <source>Safe contact, in English</source>
        <translation>التواصل الآمن، بالإنجليزية</translation>
    </message>
    <message>
        <source>If you wrote how to contact you in another language, say it here in English for the officer.</source>
        <translation>إذا كتبت طريقة التواصل معك بلغة أخرى، فاكتبها هنا بالإنجليزية للضابط.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>القرص</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>مجهول</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلّد</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;عثر في:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ارجع</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>اذهب للخلف</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>اذهب للأمام</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>الدّليل الأمّ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>اذهب إلى الدّليل الأمّ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>أنشئ مجلّدًا جديدًا</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>أنشئ مجلّدًا جديدًا</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>منظور قائميّ</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>غيّر إلى وضع المنظور القائميّ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>منظور تفصيليّ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>غيّر إلى وضع المنظور التّفصيليّ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>الشّريط الجانبيّ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>قائمة الأماكن والعلامات</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>الأماكن الحديثة</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفّات</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ا&amp;سم الملفّ:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>الدّليل:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفّات من ال&amp;نّوع:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>الأدّلة</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>كلّ الملفّات (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كلّ الملفّات (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ا&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ا&amp;ختر</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>أ&amp;عد التّسمية</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ا&amp;حذف</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>أظهر الملفّات الم&amp;خفيّة</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>مجلّد &amp;جديد</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>مجلّد جديد</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>أظهر </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 موجود بالفعل.
أتريد استبداله؟</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
لم يُعثر على الملفّ.
رجاءً تحقّق من إعطائك الاسم الصحيح للملفّ.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
لم يُعثر على الدّليل.
رجاءً تحقّق من إعطائك الاسم الصحيح للدّليل.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>أتريد حقًّا حذف ’%1‘؟</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>’%1‘ محميّ ضدّ الكتابة.
أتريد حذفه بأيّ حال؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>تعذّر حذف الدّليل.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تاريخ التّعديل</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>النّوع</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>أ&amp;عد</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قصّ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ا&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>أل&amp;صق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>احفظ الكل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ن&amp;عم للكل</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا لل&amp;كل</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>لا تحفظ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only other way to open your log. Nobody can make a new one for you. It is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>إذا نسيت عبارة المرور يومًا، فهذا المفتاح هو الطريقة الأخرى الوحيدة لفتح سجلك. لا يستطيع أحد أن ينشئ لك مفتاحًا جديدًا. لن يظهر إلا هذه المرة.

اكتبه على ورقة أو اطبعه، واحفظه في مكان آمن: بعيدًا عن هذا الكمبيوتر، وبعيدًا عن أي شخص قد يريد قراءة سجلك.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>اطبع…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>اطبع مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>احفظ في ملف…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>احفظ مفتاح الاسترداد في ملف</translation>
    </message>
    <message>
        <source>I have written down, printed or saved my recovery key.</source>
        <translation>دوّنت مفتاح الاسترداد أو طبعته أو حفظته.</translation>
    </message>
    <message>
        <source>Open my log</source>
        <translation>افتح سجلي</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>مفتاح الاسترداد: %1</translation>
    </message>
    <message>
        <source>SafeLog recovery key</source>
        <translation>مفتاح استرداد SafeLog</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase.</source>
        <translation>يفتح هذا المفتاح سجلك في SafeLog إذا نسيت عبارة المرور.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe, away from the computer.</source>
        <translation>احفظه في مكان آمن، بعيدًا عن الكمبيوتر.</translation>
    </message>
    <message>
        <source>A recovery key in a file on this computer is no safer than the computer: anyone who gets into it can find the key, and if the computer is lost or broken, the key is lost with it. Paper, or a USB stick kept somewhere else, is much safer.

Plug in a USB stick now if you have one, then choose it in the next window. Save the key to a file?</source>
        <translation>مفتاح الاسترداد في ملف على هذا الكمبيوتر ليس أكثر أمانًا من الكمبيوتر نفسه: كل من يدخل إليه يستطيع إيجاد المفتاح، وإذا ضاع الكمبيوتر أو تعطّل، ضاع المفتاح معه. الورق، أو ذاكرة USB محفوظة في مكان آخر، أكثر أمانًا بكثير.

صِل ذاكرة USB الآن إن كانت لديك، ثم اخترها في النافذة التالية. هل تحفظ المفتاح في ملف؟</translation>
    </message>
    <message>
        <source>Save the recovery key (choose a USB stick)</source>
        <translation>احفظ مفتاح الاسترداد (اختر ذاكرة USB)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <source>The recovery key could not be saved there. Choose another place, such as a USB stick.</source>
        <translation>تعذّر حفظ مفتاح الاسترداد هناك. اختر مكانًا آخر، مثل ذاكرة USB.</translation>
    </message>
    <message>
        <source>Saved. That file is on this computer: move it to a safe place of its own, such as a USB stick, and then delete it here.</source>
        <translation>حُفظ. هذا الملف على هذا الكمبيوتر: انقله إلى مكان آمن خاص به، مثل ذاكرة USB، ثم احذفه من هنا.</translation>
    </message>
    <message>
        <source>Saved on the USB stick. Keep the stick somewhere safe, away from this computer.</source>
        <translation>حُفظ على ذاكرة USB. احفظ الذاكرة في مكان آمن، بعيدًا عن هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase. Keep this page somewhere safe, away from the computer.</source>
        <translation>يفتح هذا المفتاح سجلك في SafeLog إذا نسيت عبارة المرور. احفظ هذه الورقة في مكان آمن، بعيدًا عن الكمبيوتر.</translation>
    </message>
    <message>
        <source>The recovery key could not be printed. Write it down by hand instead.</source>
        <translation>تعذّرت طباعة مفتاح الاسترداد. اكتبه بيدك بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out and that every character is readable.</source>
        <translation>أُرسل إلى الطابعة. تأكد أن الورقة خرجت وأن كل حرف فيها مقروء.</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Where you reported it</source>
        <translation>أين أبلغت</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>تاريخ البلاغ</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Crime or case reference, if given</source>
        <translation>رقم البلاغ (crime reference number) أو رقم القضية، إن أُعطي</translation>
    </message>
    <message>
        <source>Who you spoke to</source>
        <translation>من تحدّثت إليه</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number</source>
        <translation>اسم الضابط ورقمه</translation>
    </message>
    <message>
        <source>What happened next</source>
        <translation>ماذا حدث بعد ذلك</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <source>If they passed you to someone else</source>
        <translation>إذا أحالوك إلى جهة أخرى</translation>
    </message>
    <message>
        <source>Remove this report…</source>
        <translation>احذف هذا البلاغ…</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>أُبلغ إلى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>تحدّثت إلى</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Remove this report? What you typed in it will be lost.</source>
        <translation>هل تحذف هذا البلاغ؟ سيضيع ما كتبته فيه.</translation>
    </message>
    <message>
        <source>Report {n}</source>
        <translation>البلاغ {n}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>999 (emergency)</source>
        <translation>999 (الطوارئ)</translation>
    </message>
    <message>
        <source>101 (police, non-emergency)</source>
        <translation>101 (الشرطة لغير الطوارئ)</translation>
    </message>
    <message>
        <source>Local police force online</source>
        <translation>موقع قوة الشرطة المحلية على الإنترنت</translation>
    </message>
    <message>
        <source>Counter Terrorism Policing</source>
        <translation>شرطة مكافحة الإرهاب (Counter Terrorism Policing)</translation>
    </message>
    <message>
        <source>Report Fraud</source>
        <translation>الإبلاغ عن الاحتيال (Report Fraud)</translation>
    </message>
    <message>
        <source>Platform or website</source>
        <translation>منصة أو موقع إلكتروني</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>خط المساعدة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>No reports yet. If you told the police, a helpline or a platform, add it here: who you spoke to and what they said matters later.</source>
        <translation>لا توجد بلاغات بعد. إذا أخبرت الشرطة أو خط مساعدة أو منصة، فأضف ذلك هنا: من تحدّثت إليه وماذا قالوا أمر مهم لاحقًا.</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation>أضف بلاغًا</translation>
    </message>
</context>
<context>
    <name>RestoreJourney</name>
    <message>
        <source>Choose the backup to restore</source>
        <translation>اختر النسخة الاحتياطية التي تريد استعادتها</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1);;All files (*)</source>
        <translation>نسخ SafeLog الاحتياطية (*%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>جارٍ فحص النسخة الاحتياطية واستعادتها…</translation>
    </message>
    <message>
        <source>This backup is of a different log, not of the one on this computer now. If you go on, the log here now is moved aside (kept, not deleted) and the log from the backup takes its place. Put the backup&apos;s log in place of this one?</source>
        <translation>هذه النسخة الاحتياطية لسجل مختلف، لا للسجل الموجود على هذا الكمبيوتر الآن. إذا تابعت، يُنقل السجل الحالي جانبًا (يُحتفظ به ولا يُحذف) ويحلّ محله السجل الذي في النسخة الاحتياطية. هل تضع سجل النسخة الاحتياطية مكان هذا السجل؟</translation>
    </message>
    <message>
        <source>Nothing was changed. Your log is as it was; unlock it as usual.</source>
        <translation>لم يتغيّر شيء. سجلك كما كان؛ افتحه كالمعتاد.</translation>
    </message>
    <message>
        <source>That passphrase or key does not open this backup. Nothing was changed.</source>
        <translation>عبارة المرور أو المفتاح هذا لا يفتح هذه النسخة الاحتياطية. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Your log is restored from the backup. Unlock it with the passphrase it had when the backup was made.</source>
        <translation>استُعيد سجلك من النسخة الاحتياطية. افتحه بعبارة المرور التي كانت له عند حفظ النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The log that was here before is kept, untouched, in %1.</source>
        <translation>السجل الذي كان هنا من قبل محفوظ، دون أي تغيير، في %1.</translation>
    </message>
    <message>
        <source>The restore was stopped. Nothing was changed.</source>
        <translation>توقفت الاستعادة. لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>RestoreSecretDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>استعِد من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعِد</translation>
    </message>
    <message>
        <source>Type the recovery key that belonged to your log when the backup “%1” was made.</source>
        <translation>اكتب مفتاح الاسترداد الذي كان لسجلك عند حفظ النسخة الاحتياطية «%1».</translation>
    </message>
    <message>
        <source>Recovery key of the backup</source>
        <translation>مفتاح استرداد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>استخدم عبارة المرور بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Type the passphrase your log had when the backup “%1” was made. The backup is checked completely before anything is replaced.</source>
        <translation>اكتب عبارة المرور التي كانت لسجلك عند حفظ النسخة الاحتياطية «%1». تُفحص النسخة الاحتياطية كاملة قبل استبدال أي شيء.</translation>
    </message>
    <message>
        <source>I only have the recovery key</source>
        <translation>لدي مفتاح الاسترداد فقط</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Standard</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>الأداة</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>تقييمات المخاطر</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>مستوى الخطر</translation>
    </message>
    <message>
        <source>e.g. S-DASH or DASH, if you were told</source>
        <translation>مثلًا S-DASH أو DASH، إن أُخبرت بذلك</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number, or the service</source>
        <translation>اسم الضابط ورقمه، أو الجهة</translation>
    </message>
    <message>
        <source>Add risk assessment</source>
        <translation>أضف تقييم مخاطر</translation>
    </message>
    <message>
        <source>Record what the police told you: the level and who assessed it. The questions themselves are not recorded.</source>
        <translation>سجّل ما أخبرتك به الشرطة: المستوى ومن أجرى التقييم (risk assessment). الأسئلة نفسها لا تُسجَّل.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>ال&amp;مستوى</translation>
    </message>
    <message>
        <source>&amp;Tool</source>
        <translation>الأ&amp;داة</translation>
    </message>
    <message>
        <source>Made &amp;by</source>
        <translation>&amp;أعدّه</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>الم&amp;رجع</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Lock automatically after this many minutes without use</source>
        <translation>أقفل تلقائيًا بعد هذا العدد من الدقائق دون استخدام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The same as this computer</source>
        <translation>مثل لغة هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Remind me when my last backup is more than 30 days old</source>
        <translation>ذكّرني عندما يمضي على آخر نسخة احتياطية أكثر من 30 يومًا</translation>
    </message>
    <message>
        <source>Where your vault is kept</source>
        <translation>مكان حفظ خزنتك</translation>
    </message>
    <message>
        <source>A new language is used the next time SafeLog starts.</source>
        <translation>تُستخدم اللغة الجديدة في المرة القادمة التي يبدأ فيها SafeLog.</translation>
    </message>
    <message>
        <source>Lock and switch now</source>
        <translation>أقفل وبدّل اللغة الآن</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>بدّل اللغة الآن</translation>
    </message>
    <message>
        <source>SafeLog locks first; then you type your passphrase again.</source>
        <translation>يُقفَل SafeLog أولًا؛ ثم تكتب عبارة المرور مرة أخرى.</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>أقفل تلقائيًا بعد</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Your vault is kept in</source>
        <translation>خزنتك محفوظة في</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Evidence: %1</source>
        <translation>الأدلة: %1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>أُبلغ عنها</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>about %1</source>
        <translation>نحو %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>الأدلة: %1</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>أُبلغ عنها</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>لم يُبلَّغ عنها</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Number of incidents shown</source>
        <translation>عدد الحوادث المعروضة</translation>
    </message>
    <message>
        <source>Where the search words were found</source>
        <translation>حيث وُجدت كلمات البحث</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching incident(s)</source>
        <translation>
            <numerusform>%Ln حادثة مطابقة</numerusform>
            <numerusform>حادثة واحدة مطابقة</numerusform>
            <numerusform>حادثتان مطابقتان</numerusform>
            <numerusform>%Ln حوادث مطابقة</numerusform>
            <numerusform>%Ln حادثة مطابقة</numerusform>
            <numerusform>%Ln حادثة مطابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) in your log</source>
        <translation>
            <numerusform>%Ln حادثة في سجلك</numerusform>
            <numerusform>حادثة واحدة في سجلك</numerusform>
            <numerusform>حادثتان في سجلك</numerusform>
            <numerusform>%Ln حوادث في سجلك</numerusform>
            <numerusform>%Ln حادثة في سجلك</numerusform>
            <numerusform>%Ln حادثة في سجلك</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches this search or these filters. Choose “Show everything” to see your whole log.</source>
        <translation>لا شيء يطابق هذا البحث أو عوامل التصفية هذه. اختر «اعرض كل شيء» لترى سجلك كله.</translation>
    </message>
    <message>
        <source>Nothing is recorded yet.

When something happens, choose “New incident” (Ctrl+N) and write down what you remember. It stays on this computer, encrypted.</source>
        <translation>لم يُسجَّل شيء بعد.

عندما يحدث شيء، اختر «حادثة جديدة» (Ctrl+N) واكتب ما تتذكره. يبقى على هذا الكمبيوتر، مشفّرًا.</translation>
    </message>
    <message>
        <source>Found in exhibit {ref} ({name}): “{words}”</source>
        <translation>وُجد في المستند (exhibit) {ref} ({name}): «{words}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more exhibit(s)</source>
        <translation>
            <numerusform>… و%Ln مستند آخر</numerusform>
            <numerusform>… و%Ln مستند آخر</numerusform>
            <numerusform>… و%Ln مستند آخر</numerusform>
            <numerusform>… و%Ln مستند آخر</numerusform>
            <numerusform>… و%Ln مستند آخر</numerusform>
            <numerusform>… و%Ln مستند آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of incidents, newest first</source>
        <translation>الخط الزمني للحوادث، الأحدث أولًا</translation>
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
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Unlocking, please wait</source>
        <translation>جارٍ الفتح، انتظر قليلًا</translation>
    </message>
    <message>
        <source>Open with your recovery key</source>
        <translation>افتح بمفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you created your log. Spaces, dashes and small or capital letters don&apos;t matter.</source>
        <translation>اكتب مفتاح الاسترداد الذي دوّنته عند إنشاء سجلك. لا تهم المسافات ولا الشرطات ولا الأحرف الصغيرة أو الكبيرة.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>استخدم عبارة المرور بدلًا من ذلك</translation>
    </message>
    <message>
        <source>SafeLog is locked</source>
        <translation>SafeLog مقفل</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your log.</source>
        <translation>اكتب عبارة المرور لفتح سجلك.</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>نسيت عبارة المرور</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>اكتب مفتاح الاسترداد أولًا.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>اكتب عبارة المرور أولًا.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this log. Check it against your copy and try again.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح هذا السجل. قارنه بنسختك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this log. Check that Caps Lock is off and the keyboard language is right, then try again. You can try as often as you need.</source>
        <translation>عبارة المرور هذه لا تفتح هذا السجل. تأكد أن Caps Lock غير مفعّل وأن لغة لوحة المفاتيح صحيحة، ثم حاول مرة أخرى. يمكنك المحاولة كلما احتجت.</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation>جارٍ الفتح… يستغرق هذا لحظة.</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Restoring puts the log from a backup in place of the log you have open now. The log you have now is not deleted: it is kept, moved aside, in the same folder. SafeLog will lock first. Go on?</source>
        <translation>الاستعادة تضع السجل الذي في النسخة الاحتياطية مكان السجل المفتوح الآن. السجل الحالي لا يُحذف: يُحتفظ به، منقولًا جانبًا، في المجلد نفسه. سيُقفل SafeLog أولًا. هل تتابع؟</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>Zip archive</source>
        <translation>أرشيف zip</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>محادثة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>صندوق بريد</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Saved web page</source>
        <translation>صفحة ويب محفوظة</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>تاريخ الالتقاط</translation>
    </message>
    <message>
        <source>Text excerpt</source>
        <translation>مقتطف نصي</translation>
    </message>
    <message>
        <source>Date changed in the camera or phone</source>
        <translation>تاريخ التغيير في الكاميرا أو الهاتف</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>صانع الكاميرا</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>طراز الكاميرا</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>العرض (بكسل)</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>الارتفاع (بكسل)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Going through: {0}</source>
        <translation>المرور على: {0}</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>كل قوائم التحقق</translation>
    </message>
    <message>
        <source>Back to the list of checklists (Alt+Up)</source>
        <translation>العودة إلى قائمة قوائم التحقق (Alt+Up)</translation>
    </message>
    <message>
        <source>Where you are in the checklist</source>
        <translation>أين أنت في قائمة التحقق</translation>
    </message>
    <message>
        <source>Position in the checklist</source>
        <translation>الموضع في قائمة التحقق</translation>
    </message>
    <message>
        <source>You have reached the end of this checklist.</source>
        <translation>وصلت إلى نهاية قائمة التحقق هذه.</translation>
    </message>
    <message>
        <source>Back to all checklists</source>
        <translation>العودة إلى كل قوائم التحقق</translation>
    </message>
    <message>
        <source>Go through it again from the first item</source>
        <translation>مرّ عليها مرة أخرى من الخطوة الأولى</translation>
    </message>
    <message>
        <source>Key {0}</source>
        <translation>المفتاح {0}</translation>
    </message>
    <message>
        <source>Anything to remember about this step (optional)</source>
        <translation>أي شيء تريد تذكّره عن هذه الخطوة (اختياري)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <source>Empty when you mark it yourself</source>
        <translation>فارغ عندما تحددها بنفسك</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>من حدّدها</translation>
    </message>
    <message>
        <source>Marked &amp;by</source>
        <translation>من &amp;حدّدها</translation>
    </message>
    <message>
        <source>What is saved for this step</source>
        <translation>ما يُحفظ لهذه الخطوة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>{0} or Alt+{1}</source>
        <translation>{0} أو Alt+{1}</translation>
    </message>
    <message>
        <source>Keys: 1–4 status · {0} next · {1} back · {2} list</source>
        <translation>المفاتيح: 1–4 الحالة · {0} التالي · {1} رجوع · {2} القائمة</translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation>الخطوة {0} من {1}</translation>
    </message>
    <message>
        <source>Not marked yet.</source>
        <translation>لم تُحدَّد بعد.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Saved as “{0}” on {1}, marked by {2}.</source>
        <translation>حُفظت بحالة «{0}» في {1}، وحدّدها {2}.</translation>
    </message>
    <message>
        <source>End of the checklist</source>
        <translation>نهاية قائمة التحقق</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>تمّ: {0}</translation>
    </message>
    <message>
        <source>Not applicable: {0}</source>
        <translation>لا ينطبق: {0}</translation>
    </message>
    <message>
        <source>Need help: {0}</source>
        <translation>أحتاج مساعدة: {0}</translation>
    </message>
    <message>
        <source>Still to do: {0}</source>
        <translation>لم يُنفَّذ بعد: {0}</translation>
    </message>
    <message>
        <source>Steps marked “Need help” stay at the top of the list until someone has helped with them.</source>
        <translation>الخطوات المحددة بـ «أحتاج مساعدة» تبقى في أعلى القائمة حتى يساعدك أحد فيها.</translation>
    </message>
    <message>
        <source>The note is too long: please keep it under {0} characters.</source>
        <translation>الملاحظة طويلة جدًا: اجعلها أقل من {0} حرف.</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <source>Exact time</source>
        <translation>وقت دقيق</translation>
    </message>
    <message>
        <source>Approximate time</source>
        <translation>وقت تقريبي</translation>
    </message>
    <message>
        <source>Date only (time not known)</source>
        <translation>التاريخ فقط (الوقت غير معروف)</translation>
    </message>
    <message>
        <source>How exact is the time</source>
        <translation>ما مدى دقة الوقت</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>متى بدأ</translation>
    </message>
    <message>
        <source>It went on until</source>
        <translation>استمر حتى</translation>
    </message>
    <message>
        <source>When it ended</source>
        <translation>متى انتهى</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Type a city or a country, such as Tehran, London or Hong Kong</source>
        <translation>اكتب اسم مدينة أو بلد بالإنجليزية، مثل Cairo أو London أو Riyadh</translation>
    </message>
    <message>
        <source>City or country, e.g. Tehran</source>
        <translation>مدينة أو بلد بالإنجليزية، مثلًا Cairo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Type a city or a country for the time zone, such as London or Tehran, or choose one from the list.</source>
        <translation>اكتب اسم مدينة أو بلد بالإنجليزية للمنطقة الزمنية، مثل London أو Cairo، أو اختر واحدة من القائمة.</translation>
    </message>
    <message>
        <source>The end is before the start; check both times.</source>
        <translation>النهاية قبل البداية؛ راجع الوقتين.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>النمط</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>قوائم التحقق</translation>
    </message>
</context>
<context>
    <name>_Canvas</name>
    <message>
        <source>Incidents over time</source>
        <translation>الحوادث عبر الزمن</translation>
    </message>
</context>
</TS>
