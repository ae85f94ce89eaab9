<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en">
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
        <translation>چینی (آسان)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>چینی (روایتی)</translation>
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
        <translation>تگرینیا</translation>
    </message>
    <message>
        <source>checked by a native speaker</source>
        <translation>اہلِ زبان نے جانچ لیا ہے</translation>
    </message>
    <message>
        <source>machine-drafted, not yet checked by a native speaker</source>
        <translation>مشین سے تیار کردہ، ابھی کسی اہلِ زبان نے نہیں جانچا</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>SafeLog کے بارے میں</translation>
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
        <translation>ہراسانی، پیچھا کر کے تنگ کرنے اور بیرونِ ملک سے ریاستی جبر کا ایک نجی، انکرپٹڈ ریکارڈ، اور اس کے ثبوت۔

آپ کا ریکارڈ اسی کمپیوٹر پر رہتا ہے۔ SafeLog کچھ بھی کہیں نہیں بھیجتا۔

لائسنس: GNU General Public License، ورژن 3 یا اس کے بعد کا (GPL-3.0-or-later)۔ آپ ان شرائط کے تحت SafeLog کو دوسروں کو دے سکتے ہیں اور اس میں تبدیلی کر سکتے ہیں۔

آپ کا والٹ اس فولڈر میں رکھا ہے:</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>والٹ کا فولڈر</translation>
    </message>
    <message>
        <source>Languages. Corrections from native speakers are welcome: see &quot;Translations&quot; in SafeLog&apos;s README.</source>
        <translation>زبانیں۔ اہلِ زبان کی درستیاں خوش آمدید ہیں: SafeLog کی README میں “Translations” دیکھیں۔</translation>
    </message>
    <message>
        <source>Languages and their review state</source>
        <translation>زبانیں اور ان کی جانچ کی حالت</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Select all rows</source>
        <translation>سب قطاریں منتخب کریں</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>مزید مینیو</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>مزید کام</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>صاف کریں</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup of your log</source>
        <translation>اپنے ریکارڈ کا بیک اپ محفوظ کریں</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1)</source>
        <translation>SafeLog بیک اپ (*%1)</translation>
    </message>
    <message>
        <source>Your backup is saved as %1. It is encrypted: only your passphrase or your recovery key opens it. Keep a copy away from this computer, for example on a USB stick in a safe place.</source>
        <translation>آپ کا بیک اپ %1 کے نام سے محفوظ ہو گیا ہے۔ یہ انکرپٹڈ ہے: اسے صرف آپ کا پاس فریز یا ریکوری کلید کھول سکتی ہے۔ اس کی ایک کاپی اس کمپیوٹر سے دور رکھیں، مثلاً کسی محفوظ جگہ پر USB اسٹک میں۔</translation>
    </message>
    <message>
        <source>Backing up your log…</source>
        <translation>آپ کے ریکارڈ کا بیک اپ بن رہا ہے…</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>You have not made a backup of your log yet. If this computer is lost or broken, a backup is the only way to get your log back.</source>
        <translation>آپ نے ابھی تک اپنے ریکارڈ کا بیک اپ نہیں بنایا۔ اگر یہ کمپیوٹر گم ہو جائے یا خراب ہو جائے تو صرف بیک اپ سے ہی آپ کا ریکارڈ واپس مل سکتا ہے۔</translation>
    </message>
    <message>
        <source>Your last backup was made on %1, more than %2 days ago.</source>
        <translation>آپ کا آخری بیک اپ %1 کو بنا تھا، یعنی %2 دن سے زیادہ پہلے۔</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>ابھی بیک اپ بنائیں…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ابھی نہیں</translation>
    </message>
</context>
<context>
    <name>CaptureButton</name>
    <message>
        <source>This desktop does not let SafeLog see the screen. Take a screenshot with your system&apos;s tool (for example PrtScn) and paste it here with Ctrl+V.</source>
        <translation>یہ ڈیسک ٹاپ SafeLog کو اسکرین دیکھنے نہیں دیتا۔ اپنے سسٹم کے ٹول سے اسکرین شاٹ لیں (مثلاً PrtScn) اور اسے یہاں Ctrl+V سے پیسٹ کریں۔</translation>
    </message>
    <message>
        <source>SafeLog cannot tell which window is in front on this desktop; capture a region around it instead.</source>
        <translation>اس ڈیسک ٹاپ پر SafeLog یہ نہیں جان سکتا کہ سامنے کون سی ونڈو ہے؛ اس کے بجائے اس کے گرد ایک حصہ منتخب کر کے تصویر لیں۔</translation>
    </message>
    <message>
        <source>Capture screen</source>
        <translation>اسکرین کی تصویر لیں</translation>
    </message>
    <message>
        <source>Put a picture of the screen straight into the vault; SafeLog hides itself while it takes it.</source>
        <translation>اسکرین کی تصویر سیدھی والٹ میں رکھیں؛ تصویر لیتے وقت SafeLog خود کو چھپا لیتا ہے۔</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ابھی</translation>
    </message>
    <message>
        <source>in {n} seconds</source>
        <translation>{n} سیکنڈ میں</translation>
    </message>
    <message>
        <source>Whole screen, {when}</source>
        <translation>پوری اسکرین، {when}</translation>
    </message>
    <message>
        <source>A region, {when}</source>
        <translation>ایک حصہ، {when}</translation>
    </message>
    <message>
        <source>The window in front, {when}</source>
        <translation>سامنے والی ونڈو، {when}</translation>
    </message>
    <message>
        <source>Screen capture {time}</source>
        <translation>اسکرین کی تصویر {time}</translation>
    </message>
    <message>
        <source>captured from the screen by SafeLog</source>
        <translation>SafeLog نے اسکرین سے لی</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Surveillance</source>
        <translation>نگرانی</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>پیچھا کیا جانا</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>آن لائن ہراسانی</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>دھمکیاں</translation>
    </message>
    <message>
        <source>Threats to family abroad</source>
        <translation>بیرونِ ملک خاندان کو دھمکیاں</translation>
    </message>
    <message>
        <source>Hacking or phishing</source>
        <translation>ہیکنگ یا فشنگ</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>کسی اور کا روپ دھارنا</translation>
    </message>
    <message>
        <source>Smear or doxxing</source>
        <translation>بدنامی یا ذاتی معلومات پھیلانا</translation>
    </message>
    <message>
        <source>Approach by officials</source>
        <translation>سرکاری اہلکاروں کا رابطہ</translation>
    </message>
    <message>
        <source>Coerced return</source>
        <translation>زبردستی واپسی</translation>
    </message>
    <message>
        <source>Bounty</source>
        <translation>سر کی قیمت (انعام)</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>حملہ</translation>
    </message>
    <message>
        <source>Property damage</source>
        <translation>املاک کو نقصان</translation>
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
        <translation>میرا پاس فریز بدلیں</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>نیا پاس فریز چنیں</translation>
    </message>
    <message>
        <source>You opened your log with your recovery key. Choose a new passphrase now, one you will remember. Your recovery key keeps working.</source>
        <translation>آپ نے اپنا ریکارڈ ریکوری کلید سے کھولا ہے۔ ابھی ایک نیا پاس فریز چنیں، جو آپ کو یاد رہے۔ آپ کی ریکوری کلید بھی کام کرتی رہے گی۔</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. From then on, only the new one opens your log; your recovery key keeps working.</source>
        <translation>نیا پاس فریز چنیں۔ چار یا پانچ غیر متعلق الفاظ، جن کے بیچ خالی جگہ ہو، یاد رکھنا آسان اور اندازہ لگانا بہت مشکل ہوتے ہیں۔ اس کے بعد صرف نیا پاس فریز آپ کا ریکارڈ کھولے گا؛ آپ کی ریکوری کلید کام کرتی رہے گی۔</translation>
    </message>
    <message>
        <source>Your passphrase now</source>
        <translation>آپ کا موجودہ پاس فریز</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>نیا پاس فریز دوبارہ لکھیں</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>دوبارہ</translation>
    </message>
    <message>
        <source>Changing the passphrase, please wait</source>
        <translation>پاس فریز بدلا جا رہا ہے، براہِ کرم انتظار کریں</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعد میں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Type the passphrase you use now first.</source>
        <translation>پہلے اپنا موجودہ پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>That is not the passphrase you use now. Check that Caps Lock is off, then try again.</source>
        <translation>یہ آپ کا موجودہ پاس فریز نہیں ہے۔ دیکھ لیں کہ Caps Lock بند ہے، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Your passphrase is changed. From now on, only the new one opens your log.</source>
        <translation>آپ کا پاس فریز بدل گیا ہے۔ اب سے صرف نیا پاس فریز آپ کا ریکارڈ کھولے گا۔</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>To do</source>
        <translation>کرنا ہے</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>مجھ پر لاگو نہیں</translation>
    </message>
    <message>
        <source>Need help</source>
        <translation>مدد چاہیے</translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation>یہ پہلے کریں</translation>
    </message>
    <message>
        <source>Do this soon</source>
        <translation>یہ جلد کریں</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>جب ہو سکے</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>چیک لسٹیں</translation>
    </message>
    <message>
        <source>Safety checklists</source>
        <translation>حفاظت کی چیک لسٹیں</translation>
    </message>
    <message>
        <source>Print checklist summary…</source>
        <translation>چیک لسٹ کا خلاصہ پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Save a PDF of your progress to print or to show someone who helps you</source>
        <translation>اپنی پیش رفت کی PDF محفوظ کریں، پرنٹ کرنے یا اپنے مددگار کو دکھانے کے لیے</translation>
    </message>
    <message>
        <source>Small steps that make you safer. Take them at your own pace, on your own or with someone you trust. What you mark stays in your locked log.</source>
        <translation>چھوٹے چھوٹے قدم جو آپ کو زیادہ محفوظ بناتے ہیں۔ انہیں اپنی رفتار سے اٹھائیں، اکیلے یا کسی بھروسے والے شخص کے ساتھ۔ آپ جو نشان لگاتے ہیں وہ آپ کے لاک شدہ ریکارڈ میں رہتا ہے۔</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>چیک لسٹ</translation>
    </message>
    <message>
        <source>How far you are</source>
        <translation>آپ کہاں تک پہنچے</translation>
    </message>
    <message>
        <source>Most important next step</source>
        <translation>سب سے اہم اگلا قدم</translation>
    </message>
    <message>
        <source>Choose a checklist and press Enter, or use its button, to go through it one step at a time.</source>
        <translation>ایک چیک لسٹ چنیں اور Enter دبائیں، یا اس کا بٹن استعمال کریں، تاکہ ایک ایک قدم کر کے اسے مکمل کریں۔</translation>
    </message>
    <message>
        <source>The checklists could not be found in this copy of SafeLog.</source>
        <translation>SafeLog کی اس کاپی میں چیک لسٹیں نہیں ملیں۔</translation>
    </message>
    <message>
        <source>Checklists that could not be read and are not shown: {0}.</source>
        <translation>یہ چیک لسٹیں پڑھی نہیں جا سکیں اور نہیں دکھائی گئیں: {0}۔</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{1} میں سے {0} ہو گئے</translation>
    </message>
    <message>
        <source>{0} waiting for help</source>
        <translation>{0} مدد کے انتظار میں</translation>
    </message>
    <message>
        <source>{0} percent done: {1}</source>
        <translation>{0} فیصد مکمل: {1}</translation>
    </message>
    <message>
        <source>Nothing left to do here</source>
        <translation>یہاں کرنے کو کچھ باقی نہیں</translation>
    </message>
    <message>
        <source>Every step has an answer.</source>
        <translation>ہر قدم کا جواب دیا جا چکا ہے۔</translation>
    </message>
    <message>
        <source>Waiting for help</source>
        <translation>مدد کا انتظار</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع کریں</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>دوبارہ دیکھیں</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Save the checklist summary</source>
        <translation>چیک لسٹ کا خلاصہ محفوظ کریں</translation>
    </message>
    <message>
        <source>checklist-summary.pdf</source>
        <translation>checklist-summary.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>The checklist summary was saved as %1. You can print it or show it to someone who helps you.</source>
        <translation>چیک لسٹ کا خلاصہ %1 کے نام سے محفوظ ہو گیا۔ آپ اسے پرنٹ کر سکتے ہیں یا اپنے کسی مددگار کو دکھا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Preparing the checklist summary…</source>
        <translation>چیک لسٹ کا خلاصہ تیار ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Passphrase strength</source>
        <translation>پاس فریز کی مضبوطی</translation>
    </message>
    <message>
        <source>Strong. Make sure you will remember it.</source>
        <translation>مضبوط ہے۔ یقین کر لیں کہ یہ آپ کو یاد رہے گا۔</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>دونوں پاس فریز ابھی ایک جیسے نہیں ہیں۔</translation>
    </message>
    <message>
        <source>Both passphrases match.</source>
        <translation>دونوں پاس فریز ایک جیسے ہیں۔</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>پاس فریز چنیں</translation>
    </message>
    <message>
        <source>A passphrase is like a password, but longer. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. Don&apos;t use one you use anywhere else, and don&apos;t tell it to anyone.</source>
        <translation>پاس فریز پاس ورڈ جیسا ہی ہوتا ہے، لیکن لمبا۔ چار یا پانچ غیر متعلق الفاظ، جن کے بیچ خالی جگہ ہو، یاد رکھنا آسان اور اندازہ لگانا بہت مشکل ہوتے ہیں۔ ایسا پاس فریز نہ چنیں جو آپ کہیں اور استعمال کرتے ہوں، اور یہ کسی کو نہ بتائیں۔</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>پاس فریز دوبارہ لکھیں</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>آپ کا نام</translation>
    </message>
    <message>
        <source>Printed on your dossier, so the police know who made the record. You can add it or change it later under “Your details”.</source>
        <translation>یہ آپ کے ڈوزیئر پر چھپتا ہے، تاکہ پولیس جان سکے کہ ریکارڈ کس نے بنایا۔ آپ اسے بعد میں “آپ کی تفصیلات” میں لکھ یا بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <source>optional, e.g. AB</source>
        <translation>اختیاری، مثلاً AB</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>آپ کے نام کے ابتدائی حروف، ثبوت پر نمبر لگانے کے لیے</translation>
    </message>
    <message>
        <source>Used to number your evidence the way the police do (AB1, AB2, …).</source>
        <translation>ان سے آپ کے ثبوت پر اسی طرح نمبر لگتے ہیں جیسے پولیس لگاتی ہے (AB1، AB2، …)۔</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>دوبارہ</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>ابتدائی حروف</translation>
    </message>
    <message>
        <source>Setting up encryption, please wait</source>
        <translation>انکرپشن تیار ہو رہی ہے، براہِ کرم انتظار کریں</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <source>Create my log</source>
        <translation>میرا ریکارڈ بنائیں</translation>
    </message>
    <message>
        <source>Use one to four letters A to Z, or leave it empty.</source>
        <translation>A سے Z تک ایک سے چار حروف استعمال کریں، یا اسے خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Setting up encryption. This takes a few seconds…</source>
        <translation>انکرپشن تیار ہو رہی ہے۔ اس میں چند سیکنڈ لگتے ہیں…</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Type a date, such as 1 Dec 2026 or 01/12/2026. Up and Down change the day; Alt+Down opens a calendar.</source>
        <translation>تاریخ لکھیں، جیسے 1 Dec 2026 یا 01/12/2026۔ Up اور Down دن کو بدلتے ہیں؛ Alt+Down سے کیلنڈر کھلتا ہے۔</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026</source>
        <translation>مثلاً 1 Dec 2026</translation>
    </message>
    <message>
        <source>Type a date and time, such as 1 Dec 2026 18:30 or 01/12/2026 18:30, or only a time for today. Up and Down change the part under the cursor; Alt+Down opens a calendar.</source>
        <translation>تاریخ اور وقت لکھیں، جیسے 1 Dec 2026 18:30 یا 01/12/2026 18:30، یا آج کے لیے صرف وقت۔ Up اور Down کرسر والے حصے کو بدلتے ہیں؛ Alt+Down سے کیلنڈر کھلتا ہے۔</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026 18:30</source>
        <translation>مثلاً 1 Dec 2026 18:30</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>کیلنڈر پر دن چنیں (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>کیلنڈر پر دن چنیں</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>کیلنڈر</translation>
    </message>
    <message>
        <source>The same day in the Solar Hijri calendar</source>
        <translation>ہجری شمسی کیلنڈر میں یہی دن</translation>
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
        <translation>ڈوزیئر بنائیں</translation>
    </message>
    <message>
        <source>A dossier is a PDF report of what happened, with your evidence files and a list of their fingerprints, in one new folder. You can give it to the police, a lawyer or a support service. Nothing in your log is changed.</source>
        <translation>ڈوزیئر ایک PDF رپورٹ ہے جس میں لکھا ہوتا ہے کہ کیا ہوا، ساتھ آپ کی ثبوت کی فائلیں اور ان کے ڈیجیٹل فنگر پرنٹس کی فہرست، سب ایک نئے فولڈر میں۔ آپ اسے پولیس، وکیل یا کسی مدد کی سروس کو دے سکتے ہیں۔ آپ کے ریکارڈ میں کچھ نہیں بدلتا۔</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>کون سا عرصہ</translation>
    </message>
    <message>
        <source>Everything in my log</source>
        <translation>میرے ریکارڈ میں سب کچھ</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>پچھلے 3 مہینے</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>پچھلے 6 مہینے</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>پچھلے 12 مہینے</translation>
    </message>
    <message>
        <source>Choose the dates…</source>
        <translation>تاریخیں چنیں…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>سے</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تک</translation>
    </message>
    <message>
        <source>until</source>
        <translation>تک</translation>
    </message>
    <message>
        <source>All incidents in this period</source>
        <translation>اس عرصے کے سب واقعات</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln incident(s) the timeline shows now</source>
        <translation>
            <numerusform>صرف وہ %Ln واقعہ جو ٹائم لائن ابھی دکھا رہی ہے</numerusform>
            <numerusform>صرف وہ %Ln واقعات جو ٹائم لائن ابھی دکھا رہی ہے</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the incident chosen in the timeline: %1</source>
        <translation>صرف ٹائم لائن میں چنا گیا واقعہ: %1</translation>
    </message>
    <message>
        <source>Leave out of the dossier</source>
        <translation>ڈوزیئر میں شامل نہ کریں</translation>
    </message>
    <message>
        <source>Add a summary of my safety checklists</source>
        <translation>میری حفاظت کی چیک لسٹوں کا خلاصہ شامل کریں</translation>
    </message>
    <message>
        <source>Add a draft witness statement for a solicitor to finish (PDF and Word)</source>
        <translation>گواہی کے بیان (witness statement) کا ڈرافٹ شامل کریں، جسے وکیل (solicitor) مکمل کرے (PDF اور Word)</translation>
    </message>
    <message>
        <source>Your own words, in date order and numbered, with your exhibits cited. It is a draft: a solicitor checks it with you before anyone signs it.</source>
        <translation>آپ کے اپنے الفاظ، تاریخ کی ترتیب سے اور نمبر کے ساتھ، آپ کے ایگزیبٹس (exhibits) کے حوالے سمیت۔ یہ ڈرافٹ ہے: کسی کے دستخط سے پہلے وکیل (solicitor) اسے آپ کے ساتھ دیکھتا ہے۔</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>عرصہ</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>واقعات</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>محفوظ کرنے کی جگہ چنیں…</translation>
    </message>
    <message>
        <source>My private notes</source>
        <translation>میرے ذاتی نوٹس</translation>
    </message>
    <message>
        <source>Exact places: map points and the GPS positions in photos</source>
        <translation>بالکل صحیح جگہیں: نقشے کے نشان اور تصویروں میں GPS مقام</translation>
    </message>
    <message>
        <source>Camera, phone and software details inside the files</source>
        <translation>فائلوں کے اندر کیمرے، فون اور سافٹ ویئر کی تفصیلات</translation>
    </message>
    <message>
        <source>How to contact witnesses and other people</source>
        <translation>گواہوں اور دوسرے لوگوں سے رابطے کا طریقہ</translation>
    </message>
    <message>
        <source>What each incident did to me</source>
        <translation>ہر واقعے کا مجھ پر کیا اثر ہوا</translation>
    </message>
    <message>
        <source>The original names of my evidence files</source>
        <translation>میری ثبوت کی فائلوں کے اصل نام</translation>
    </message>
    <message>
        <source>The evidence files themselves (their fingerprints stay in the report)</source>
        <translation>خود ثبوت کی فائلیں (ان کے ڈیجیٹل فنگر پرنٹس رپورٹ میں رہتے ہیں)</translation>
    </message>
    <message>
        <source>Who told me about incidents I did not see myself (they stay marked second-hand)</source>
        <translation>جو واقعات میں نے خود نہیں دیکھے، وہ مجھے کس نے بتائے (ان پر “کسی اور سے سنا” کا نشان رہتا ہے)</translation>
    </message>
    <message>
        <source>No incident falls in this period. Choose a longer period.</source>
        <translation>اس عرصے میں کوئی واقعہ نہیں۔ لمبا عرصہ چنیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln واقعہ</numerusform>
            <numerusform>%Ln واقعات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence file(s)</source>
        <translation>
            <numerusform>ثبوت کی %Ln فائل</numerusform>
            <numerusform>ثبوت کی %Ln فائلیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) with a GPS position</source>
        <translation>
            <numerusform>GPS مقام والی %Ln تصویر</numerusform>
            <numerusform>GPS مقام والی %Ln تصویریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) with a map point</source>
        <translation>
            <numerusform>نقشے کے نشان والا %Ln واقعہ</numerusform>
            <numerusform>نقشے کے نشان والے %Ln واقعات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private note(s)</source>
        <translation>
            <numerusform>%Ln ذاتی نوٹ</numerusform>
            <numerusform>%Ln ذاتی نوٹس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with such details</source>
        <translation>
            <numerusform>ایسی تفصیلات والی %Ln فائل</numerusform>
            <numerusform>ایسی تفصیلات والی %Ln فائلیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with contact details</source>
        <translation>
            <numerusform>رابطے کی تفصیلات والا %Ln شخص</numerusform>
            <numerusform>رابطے کی تفصیلات والے %Ln لوگ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln incident(s)</source>
        <translation>
            <numerusform>%Ln واقعے میں</numerusform>
            <numerusform>%Ln واقعات میں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln فائل</numerusform>
            <numerusform>%Ln فائلیں</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier will hold %1 and %2 (%3).</source>
        <translation>ڈوزیئر میں %1 اور %2 ہوں گے (%3)۔</translation>
    </message>
    <message>
        <source>The dossier will hold %1.</source>
        <translation>ڈوزیئر میں %1 ہوں گے۔</translation>
    </message>
    <message>
        <source>none in this dossier</source>
        <translation>اس ڈوزیئر میں کوئی نہیں</translation>
    </message>
</context>
<context>
    <name>DossierDone</name>
    <message>
        <source>Your dossier is ready</source>
        <translation>آپ کا ڈوزیئر تیار ہے</translation>
    </message>
    <message numerus="yes">
        <source>%n incident</source>
        <translation>
            <numerusform>%n واقعہ</numerusform>
            <numerusform>%n واقعات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n واقعہ</numerusform>
            <numerusform>%n واقعات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file</source>
        <translation>
            <numerusform>ثبوت کی %n فائل</numerusform>
            <numerusform>ثبوت کی %n فائلیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation>
            <numerusform>ثبوت کی %n فائل</numerusform>
            <numerusform>ثبوت کی %n فائلیں</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds %1 and %2. Give the whole folder, not only the PDF, to the police, your lawyer or a support service: a USB stick is a good way.</source>
        <translation>اس میں %1 اور %2 ہیں۔ پولیس، اپنے وکیل یا مدد کی سروس کو پورا فولڈر دیں، صرف PDF نہیں: USB اسٹک اچھا طریقہ ہے۔</translation>
    </message>
    <message>
        <source>Where the dossier is</source>
        <translation>ڈوزیئر کہاں ہے</translation>
    </message>
    <message>
        <source>Document identifier</source>
        <translation>دستاویز کی شناخت</translation>
    </message>
    <message>
        <source>Anyone who receives it can check that nothing in it was changed since you made it. In a terminal, in that folder, they type:</source>
        <translation>جسے بھی یہ ملے، وہ جانچ سکتا ہے کہ آپ کے بنانے کے بعد اس میں کچھ نہیں بدلا۔ وہ اس فولڈر میں، ٹرمینل میں یہ لکھیں:</translation>
    </message>
    <message>
        <source>The line that checks it</source>
        <translation>جانچنے والی لائن</translation>
    </message>
    <message>
        <source>The document identifier is printed on every page of the PDF. Write it down: it tells this dossier apart from any other you make.</source>
        <translation>دستاویز کی شناخت PDF کے ہر صفحے پر چھپی ہے۔ اسے لکھ لیں: اس سے یہ ڈوزیئر آپ کے بنائے ہوئے کسی بھی دوسرے ڈوزیئر سے الگ پہچانا جاتا ہے۔</translation>
    </message>
    <message>
        <source>The files in this folder are NOT encrypted: anyone who opens the folder can read them, so keep them somewhere safe, or delete them once you have given them to the police.</source>
        <translation>اس فولڈر کی فائلیں انکرپٹڈ نہیں ہیں: جو بھی یہ فولڈر کھولے وہ انہیں پڑھ سکتا ہے۔ اس لیے انہیں کسی محفوظ جگہ رکھیں، یا پولیس کو دینے کے بعد ڈیلیٹ کر دیں۔</translation>
    </message>
    <message>
        <source>These files are not encrypted</source>
        <translation>یہ فائلیں انکرپٹڈ نہیں ہیں</translation>
    </message>
    <message>
        <source>It is in</source>
        <translation>یہ یہاں ہے</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>فولڈر میں دکھائیں</translation>
    </message>
    <message>
        <source>SafeLog could not open a file manager on this computer; your dossier&apos;s files are in this folder: %1</source>
        <translation>SafeLog اس کمپیوٹر پر فائل مینیجر نہیں کھول سکا؛ آپ کے ڈوزیئر کی فائلیں اس فولڈر میں ہیں: %1</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <source>That folder is synced to %1. What you save there would be copied to %1&apos;s computers on the internet at once, where others may be able to reach it. Save it there anyway?</source>
        <translation>یہ فولڈر %1 سے سنک ہوتا ہے۔ جو کچھ آپ وہاں محفوظ کریں گے وہ فوراً انٹرنیٹ پر %1 کے کمپیوٹرز پر کاپی ہو جائے گا، جہاں دوسرے لوگ بھی اس تک پہنچ سکتے ہیں۔ پھر بھی وہیں محفوظ کریں؟</translation>
    </message>
    <message>
        <source>That is your Desktop: anyone who looks at this computer&apos;s screen would see it. Save it there anyway?</source>
        <translation>یہ آپ کا ڈیسک ٹاپ ہے: جو بھی اس کمپیوٹر کی اسکرین دیکھے گا اسے یہ نظر آئے گا۔ پھر بھی وہیں محفوظ کریں؟</translation>
    </message>
    <message>
        <source>Choose a folder for the dossier (a new folder is made inside it)</source>
        <translation>ڈوزیئر کے لیے فولڈر چنیں (اس کے اندر ایک نیا فولڈر بنے گا)</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose a folder that is there.</source>
        <translation>یہ فولڈر موجود نہیں ہے۔ کوئی ایسا فولڈر چنیں جو موجود ہو۔</translation>
    </message>
    <message>
        <source>Making your dossier…</source>
        <translation>آپ کا ڈوزیئر بن رہا ہے…</translation>
    </message>
    <message>
        <source>The dossier was not made; nothing was written.</source>
        <translation>ڈوزیئر نہیں بنا؛ کچھ بھی نہیں لکھا گیا۔</translation>
    </message>
</context>
<context>
    <name>EmailPane</name>
    <message>
        <source>From</source>
        <translation>بھیجنے والا</translation>
    </message>
    <message>
        <source>To</source>
        <translation>وصول کنندہ</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>کاپی (Cc)</translation>
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
        <translation>پیغام</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>منسلک فائلیں</translation>
    </message>
    <message>
        <source>Original message source</source>
        <translation>پیغام کی اصل شکل</translation>
    </message>
    <message>
        <source>Show the original message source</source>
        <translation>پیغام کی اصل شکل دکھائیں</translation>
    </message>
    <message>
        <source>Every header and line exactly as the message was saved</source>
        <translation>ہر ہیڈر اور ہر لائن بالکل ویسے، جیسے پیغام محفوظ ہوا تھا</translation>
    </message>
    <message>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Show the readable message</source>
        <translation>پڑھنے کے قابل پیغام دکھائیں</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <source>(no name)</source>
        <translation>(بغیر نام)</translation>
    </message>
    <message>
        <source>(no name, {kind})</source>
        <translation>(بغیر نام، {kind})</translation>
    </message>
    <message>
        <source>SafeLog could not read this file as an e-mail. The file is kept unchanged; “Show the original message source” shows exactly what it holds.</source>
        <translation>SafeLog اس فائل کو ای میل کے طور پر نہیں پڑھ سکا۔ فائل بغیر کسی تبدیلی کے رکھی ہے؛ “پیغام کی اصل شکل دکھائیں” سے بالکل وہی نظر آتا ہے جو اس میں ہے۔</translation>
    </message>
    <message>
        <source>This file does not look like a complete e-mail: it has no sender, recipient, subject or date. “Show the original message source” shows exactly what it holds.</source>
        <translation>یہ فائل مکمل ای میل نہیں لگتی: اس میں نہ بھیجنے والا ہے، نہ وصول کنندہ، نہ موضوع اور نہ تاریخ۔ “پیغام کی اصل شکل دکھائیں” سے بالکل وہی نظر آتا ہے جو اس میں ہے۔</translation>
    </message>
    <message>
        <source>Parts of this e-mail are damaged or unusual, so some of it may be missing below; “Show the original message source” shows exactly what it holds.</source>
        <translation>اس ای میل کے کچھ حصے خراب یا غیر معمولی ہیں، اس لیے ہو سکتا ہے نیچے اس کا کچھ حصہ نظر نہ آئے؛ “پیغام کی اصل شکل دکھائیں” سے بالکل وہی نظر آتا ہے جو اس میں ہے۔</translation>
    </message>
    <message>
        <source>[The message is longer than this; save a copy to see all of it.]</source>
        <translation>[پیغام اس سے لمبا ہے؛ پورا دیکھنے کے لیے کاپی محفوظ کریں۔]</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>PDF document</source>
        <translation>PDF دستاویز</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>آواز</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ویڈیو</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>دوسری فائل</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>ایگزیبٹ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>شامل کیا</translation>
    </message>
    <message>
        <source>Evidence for this incident</source>
        <translation>اس واقعے کے ثبوت</translation>
    </message>
    <message>
        <source>Drag photos, screenshots or documents here, or choose “Add files…”. The originals are kept unchanged and encrypted.</source>
        <translation>تصویریں، اسکرین شاٹس یا دستاویزات یہاں کھینچ کر لائیں، یا “فائلیں شامل کریں…” چنیں۔ اصل فائلیں بغیر کسی تبدیلی کے انکرپٹڈ رکھی جاتی ہیں۔</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>فائلیں شامل کریں…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>دیکھیں</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>کاپی محفوظ کریں…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>محفوظ کی گئی کاپی انکرپٹڈ نہیں ہے۔</translation>
    </message>
    <message>
        <source>They show something online</source>
        <translation>یہ آن لائن کچھ دکھاتی ہیں</translation>
    </message>
    <message>
        <source>Screenshots or captures of a post, a message or a profile</source>
        <translation>کسی پوسٹ، پیغام یا پروفائل کے اسکرین شاٹس یا تصویریں</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation>پلیٹ فارم یا ایپ</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>کوئی پلیٹ فارم نہیں</translation>
    </message>
    <message>
        <source>Full web address</source>
        <translation>پورا ویب ایڈریس</translation>
    </message>
    <message>
        <source>Account name or ID</source>
        <translation>اکاؤنٹ کا نام یا ID</translation>
    </message>
    <message>
        <source>The @name or number that posted it</source>
        <translation>وہ @نام یا نمبر جس نے اسے پوسٹ کیا</translation>
    </message>
    <message>
        <source>Time shown on the screen</source>
        <translation>اسکرین پر دکھایا گیا وقت</translation>
    </message>
    <message>
        <source>As written on the screen, e.g. 14:32 or &apos;3 hours ago&apos;</source>
        <translation>جیسے اسکرین پر لکھا ہے، مثلاً 14:32 یا &apos;3 hours ago&apos;</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>ویب ایڈریس</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>اکاؤنٹ</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>اسکرین پر وقت</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>ثبوت شامل کریں</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the vault…</source>
        <translation>
            <numerusform>%n فائل والٹ میں شامل ہو رہی ہے…</numerusform>
            <numerusform>%n فائلیں والٹ میں شامل ہو رہی ہیں…</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>یہ فائل پہلے سے آپ کے ریکارڈ میں ایگزیبٹ (exhibit) {old} کے طور پر موجود ہے؛ SafeLog اس کی ایک ہی کاپی رکھتا ہے، جو اب {old} اور {new} دونوں ناموں سے درج ہے۔</translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old} ({name}), added on {day}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>یہ فائل پہلے سے آپ کے ریکارڈ میں ایگزیبٹ (exhibit) {old} ({name}) کے طور پر موجود ہے، جو {day} کو شامل کی گئی تھی؛ SafeLog اس کی ایک ہی کاپی رکھتا ہے، جو اب {old} اور {new} دونوں ناموں سے درج ہے۔</translation>
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
        <translation>آپ جو کاپی محفوظ کریں گے وہ انکرپٹڈ نہیں ہو گی: جو بھی وہ فولڈر کھول سکے وہ اسے دیکھ سکتا ہے۔ اصل فائل SafeLog میں محفوظ رہتی ہے۔ {ref} کی کاپی محفوظ کریں؟</translation>
    </message>
    <message>
        <source>Save a copy of {ref}</source>
        <translation>{ref} کی کاپی محفوظ کریں</translation>
    </message>
    <message>
        <source>Saved an exact copy of {ref}. Remember it is not encrypted; delete it when you no longer need it.</source>
        <translation>{ref} کی بالکل ہو بہو کاپی محفوظ ہو گئی۔ یاد رکھیں کہ یہ انکرپٹڈ نہیں ہے؛ جب ضرورت نہ رہے تو اسے ڈیلیٹ کر دیں۔</translation>
    </message>
    <message>
        <source>Saving a copy of {ref}…</source>
        <translation>{ref} کی کاپی محفوظ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>ایگزیبٹ {ref}</translation>
    </message>
    <message>
        <source>{ref} · {name} · {size}</source>
        <translation>{ref} · {name} · {size}</translation>
    </message>
    <message>
        <source>Text of the exhibit</source>
        <translation>ایگزیبٹ کا متن</translation>
    </message>
    <message>
        <source>SafeLog cannot show this kind of file inside the app. It is kept safely; you can save a copy to open it with another program.</source>
        <translation>SafeLog اس قسم کی فائل ایپ کے اندر نہیں دکھا سکتا۔ یہ محفوظ رکھی ہے؛ آپ کاپی محفوظ کر کے اسے کسی اور پروگرام سے کھول سکتے ہیں۔</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>اس فائل کے بارے میں</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>کاپی محفوظ کریں…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>محفوظ کی گئی کاپی انکرپٹڈ نہیں ہے۔</translation>
    </message>
    <message>
        <source>This file is too large to open inside SafeLog. You can save a copy to open it with another program.</source>
        <translation>یہ فائل SafeLog کے اندر کھولنے کے لیے بہت بڑی ہے۔ آپ کاپی محفوظ کر کے اسے کسی اور پروگرام سے کھول سکتے ہیں۔</translation>
    </message>
    <message>
        <source>SafeLog could not make a safe preview of this picture. The original is kept unchanged; you can save a copy.</source>
        <translation>SafeLog اس تصویر کا محفوظ پیش منظر نہیں بنا سکا۔ اصل فائل بغیر تبدیلی کے رکھی ہے؛ آپ کاپی محفوظ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>This is a small preview SafeLog made safely. The original is kept unchanged in the vault.</source>
        <translation>یہ ایک چھوٹا پیش منظر ہے جو SafeLog نے محفوظ طریقے سے بنایا۔ اصل فائل والٹ میں بغیر تبدیلی کے رکھی ہے۔</translation>
    </message>
    <message>
        <source>This computer cannot play sound or video inside SafeLog; use “Save a copy…” to play it with another program.</source>
        <translation>یہ کمپیوٹر SafeLog کے اندر آواز یا ویڈیو نہیں چلا سکتا؛ کسی اور پروگرام میں چلانے کے لیے “کاپی محفوظ کریں…” استعمال کریں۔</translation>
    </message>
    <message>
        <source>This exhibit</source>
        <translation>یہ ایگزیبٹ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>حوالہ</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>اصل نام</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>ڈیجیٹل فنگر پرنٹ (SHA-256)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>تکنیکی تفصیلات</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>شامل کیا</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>تصویر کب لی گئی</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>کیمرہ</translation>
    </message>
    <message>
        <source>Location in the file</source>
        <translation>فائل میں موجود مقام</translation>
    </message>
    <message>
        <source>How you got it</source>
        <translation>یہ کیسے ملا</translation>
    </message>
    <message>
        <source>Not said yet. “How you got it…” in the list adds it.</source>
        <translation>ابھی نہیں بتایا۔ فہرست میں “یہ کیسے ملا…” سے شامل کریں۔</translation>
    </message>
    <message>
        <source>Where the original is kept</source>
        <translation>اصل کہاں رکھا ہے</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>ڈیجیٹل فنگر پرنٹ (SHA-256)</translation>
    </message>
    <message>
        <source>About the file</source>
        <translation>فائل کے بارے میں</translation>
    </message>
    <message>
        <source>Where it was online</source>
        <translation>یہ آن لائن کہاں تھا</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>پلیٹ فارم</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>ویب ایڈریس</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>اکاؤنٹ</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>اسکرین پر وقت</translation>
    </message>
    <message>
        <source>The exact record</source>
        <translation>بالکل درست تفصیلات</translation>
    </message>
    <message>
        <source>Exact file type</source>
        <translation>فائل کی بالکل درست قسم</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>سائز (بائٹس میں)</translation>
    </message>
    <message>
        <source>Location saved in the file</source>
        <translation>فائل میں محفوظ مقام</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>عرض بلد</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>طول بلد</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>براہِ کرم دھیان دیں</translation>
    </message>
    <message>
        <source>Anyone you give the original file to can see this location.</source>
        <translation>جسے بھی آپ اصل فائل دیں گے وہ یہ مقام دیکھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>Dates of the file you added</source>
        <translation>آپ کی شامل کی گئی فائل کی تاریخیں</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>آخری تبدیلی</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>بنائی گئی</translation>
    </message>
    <message>
        <source>Details saved inside the file</source>
        <translation>فائل کے اندر محفوظ تفصیلات</translation>
    </message>
    <message>
        <source>This document does not say which program made it or when. That is common and does not affect the evidence.</source>
        <translation>یہ دستاویز نہیں بتاتی کہ اسے کس پروگرام نے یا کب بنایا۔ ایسا اکثر ہوتا ہے اور اس سے ثبوت پر کوئی اثر نہیں پڑتا۔</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Search titles, what happened, places and people</source>
        <translation>عنوان، کیا ہوا، جگہیں اور لوگ تلاش کریں</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>ریکارڈ میں تلاش کریں</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>تلاش صاف کریں</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>عرصہ</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>کوئی بھی وقت</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>پچھلے 7 دن</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>پچھلے 30 دن</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>پچھلے 3 مہینے</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>پچھلے 12 مہینے</translation>
    </message>
    <message>
        <source>Between two dates…</source>
        <translation>دو تاریخوں کے بیچ…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>اس دن سے</translation>
    </message>
    <message>
        <source>Up to and including this day</source>
        <translation>اس دن تک، یہ دن بھی شامل</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>واقعے کی قسم</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>سب قسمیں</translation>
    </message>
    <message>
        <source>Several kinds…</source>
        <translation>کئی قسمیں…</translation>
    </message>
    <message>
        <source>Kinds of incident to show</source>
        <translation>دکھانے کے لیے واقعات کی قسمیں</translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation>شامل شخص</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ثبوت</translation>
    </message>
    <message>
        <source>With or without evidence</source>
        <translation>ثبوت کے ساتھ یا بغیر</translation>
    </message>
    <message>
        <source>With evidence</source>
        <translation>ثبوت کے ساتھ</translation>
    </message>
    <message>
        <source>Without evidence</source>
        <translation>ثبوت کے بغیر</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>رپورٹ کیا گیا</translation>
    </message>
    <message>
        <source>Reported or not</source>
        <translation>رپورٹ ہوا یا نہیں</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>ابھی رپورٹ نہیں ہوا</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>سب کچھ دکھائیں</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>تلاش اور سب فلٹر صاف کریں</translation>
    </message>
    <message>
        <source>From</source>
        <translation>سے</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n قسم</numerusform>
            <numerusform>%n قسمیں</numerusform>
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
        <translation>قسم</translation>
    </message>
    <message>
        <source>when</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>place</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>نقشے کے کوآرڈینیٹس</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>how it affected you</source>
        <translation>آپ پر کیا اثر ہوا</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>ذاتی نوٹس</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>ٹیگز</translation>
    </message>
    <message>
        <source>reports made</source>
        <translation>کی گئی رپورٹیں</translation>
    </message>
    <message>
        <source>people</source>
        <translation>لوگ</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this incident</source>
        <translation>اس واقعے کا تاریخچہ</translation>
    </message>
    <message>
        <source>SafeLog never overwrites an entry. Each time it was saved, a new version was added. Choose a version to read it.</source>
        <translation>SafeLog کبھی کسی اندراج کو مٹا کر نہیں لکھتا۔ ہر بار محفوظ کرنے پر ایک نیا ورژن شامل ہوا۔ پڑھنے کے لیے ایک ورژن چنیں۔</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>محفوظ ورژن</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>چنے گئے ورژن کا متن</translation>
    </message>
    <message>
        <source>First recorded</source>
        <translation>پہلی بار درج کیا</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>بدلا گیا: {fields}</translation>
    </message>
    <message>
        <source>Saved again, nothing changed</source>
        <translation>دوبارہ محفوظ کیا، کچھ نہیں بدلا</translation>
    </message>
    <message>
        <source>Version {n} · {time}</source>
        <translation>ورژن {n} · {time}</translation>
    </message>
    <message>
        <source>Version {n} · {time} · by {who}</source>
        <translation>ورژن {n} · {time} · {who} نے</translation>
    </message>
    <message>
        <source>What changed in this version:</source>
        <translation>اس ورژن میں کیا بدلا:</translation>
    </message>
    <message>
        <source>  Before: {text}</source>
        <translation>  پہلے: {text}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>  After: {text}</source>
        <translation>  بعد میں: {text}</translation>
    </message>
    <message>
        <source>Report {n}: {route}</source>
        <translation>رپورٹ {n}: {route}</translation>
    </message>
    <message>
        <source>person {n}</source>
        <translation>شخص {n}</translation>
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
        <translation>بڑا کریں</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>چھوٹا کریں</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ونڈو کے برابر</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>اصل سائز</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>بائیں گھمائیں</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>دائیں گھمائیں</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>People</source>
        <translation>لوگ</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>کی گئی رپورٹیں</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>قانونی</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ثبوت</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ذاتی نوٹس</translation>
    </message>
    <message>
        <source>What you type is kept safely in the vault as a draft, even if this window closes.</source>
        <translation>آپ جو لکھتے ہیں وہ والٹ میں ڈرافٹ کے طور پر محفوظ رہتا ہے، چاہے یہ ونڈو بند ہو جائے۔</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>ختم کریں…</translation>
    </message>
    <message>
        <source>Close, keep draft</source>
        <translation>بند کریں، ڈرافٹ رکھیں</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Private notes are only for you. They are never put into a dossier or an export unless you choose to include them.</source>
        <translation>ذاتی نوٹس صرف آپ کے لیے ہیں۔ یہ کبھی ڈوزیئر یا ایکسپورٹ میں نہیں جاتے، جب تک آپ خود انہیں شامل کرنا نہ چنیں۔</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>نیا واقعہ</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>واقعہ بدلیں</translation>
    </message>
    <message>
        <source>You have unsaved writing for this incident from before. Continue where you left off?</source>
        <translation>اس واقعے کے لیے آپ کی پہلے کی لکھی ہوئی بات محفوظ نہیں ہوئی تھی۔ جہاں چھوڑا تھا وہیں سے جاری رکھیں؟</translation>
    </message>
    <message>
        <source>You started writing a new incident earlier and did not save it. Continue where you left off?</source>
        <translation>آپ نے پہلے ایک نیا واقعہ لکھنا شروع کیا تھا اور اسے محفوظ نہیں کیا۔ جہاں چھوڑا تھا وہیں سے جاری رکھیں؟</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>لکھنا جاری رکھیں</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>اسے پھینک دیں</translation>
    </message>
    <message>
        <source>Your unsaved writing is back. Save when ready.</source>
        <translation>آپ کی غیر محفوظ تحریر واپس آ گئی ہے۔ تیار ہوں تو محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Evidence is kept with a saved incident. Save this incident first; you can go on editing it afterwards.</source>
        <translation>ثبوت محفوظ کیے گئے واقعے کے ساتھ رکھا جاتا ہے۔ پہلے یہ واقعہ محفوظ کریں؛ اس کے بعد بھی آپ اسے بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Save now and add evidence</source>
        <translation>ابھی محفوظ کریں اور ثبوت شامل کریں</translation>
    </message>
    <message>
        <source>Draft kept safely at {time}.</source>
        <translation>ڈرافٹ {time} پر محفوظ کیا گیا۔</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Throw away what you changed in this window? This cannot be undone.</source>
        <translation>اس ونڈو میں آپ نے جو بدلا اسے پھینک دیں؟ یہ واپس نہیں ہو سکتا۔</translation>
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
        <translation>چند الفاظ، مثلاً &apos;میرے فلیٹ کے باہر وہی گاڑی&apos;</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>یہ کہاں ہوا</translation>
    </message>
    <message>
        <source>Street, town, or &apos;online&apos;</source>
        <translation>گلی، شہر، یا &apos;آن لائن&apos;</translation>
    </message>
    <message>
        <source>Map coordinates (optional)</source>
        <translation>نقشے کے کوآرڈینیٹس (اختیاری)</translation>
    </message>
    <message>
        <source>Optional, e.g. 51.5074, -0.1278</source>
        <translation>اختیاری، مثلاً 51.5074, -0.1278</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>In your own words, in any language. Include what was said, what you saw, and anything unusual.</source>
        <translation>اپنے الفاظ میں، کسی بھی زبان میں۔ جو کہا گیا، جو آپ نے دیکھا، اور جو کچھ بھی عجیب لگا، سب لکھیں۔</translation>
    </message>
    <message>
        <source>How it affected you</source>
        <translation>آپ پر کیا اثر ہوا</translation>
    </message>
    <message>
        <source>Fear, changes to your routine, work, health, family.</source>
        <translation>ڈر، روزمرہ معمول میں تبدیلی، کام، صحت، خاندان۔</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ٹیگز</translation>
    </message>
    <message>
        <source>Optional words to group entries, separated by commas</source>
        <translation>اندراجات کو گروپ کرنے کے لیے اختیاری الفاظ، کاما سے الگ کریں</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ذاتی نوٹس</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;قسم</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;کب</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;جگہ</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>کوآرڈینیٹس</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>کیا &amp;ہوا</translation>
    </message>
    <message>
        <source>How it &amp;affected you</source>
        <translation>آپ پر کیا &amp;اثر ہوا</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;ٹیگز</translation>
    </message>
    <message>
        <source>Give the incident a short title, such as &apos;Followed home from the station&apos;.</source>
        <translation>واقعے کو ایک مختصر عنوان دیں، جیسے &apos;اسٹیشن سے گھر تک پیچھا کیا گیا&apos;۔</translation>
    </message>
    <message>
        <source>Type the latitude and longitude as two numbers, such as 51.5074, -0.1278, or leave this empty.</source>
        <translation>عرض بلد اور طول بلد دو نمبروں کی طرح لکھیں، جیسے 51.5074, -0.1278، یا اسے خالی چھوڑ دیں۔</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Edit</source>
        <translation>بدلیں</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <source>Every saved version of this incident</source>
        <translation>اس واقعے کا ہر محفوظ ورژن</translation>
    </message>
    <message>
        <source>Choose an incident from the list to see it here.</source>
        <translation>یہاں دیکھنے کے لیے فہرست سے ایک واقعہ چنیں۔</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ثبوت</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>کوآرڈینیٹس</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ٹیگز</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>(Nothing written yet.)</source>
        <translation>(ابھی کچھ نہیں لکھا گیا۔)</translation>
    </message>
    <message>
        <source>How it affected me</source>
        <translation>مجھ پر کیا اثر ہوا</translation>
    </message>
    <message>
        <source>Private notes — only for you, never exported unless you choose</source>
        <translation>ذاتی نوٹس — صرف آپ کے لیے، جب تک آپ نہ چنیں کبھی ایکسپورٹ نہیں ہوتے</translation>
    </message>
    <message>
        <source>First recorded {first}</source>
        <translation>پہلی بار درج کیا {first}</translation>
    </message>
    <message>
        <source>last changed {last}</source>
        <translation>آخری تبدیلی {last}</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>انہوں نے کیا کیا</translation>
    </message>
    <message>
        <source>The effect on me</source>
        <translation>مجھ پر اثر</translation>
    </message>
    <message>
        <source>How I know (second-hand)</source>
        <translation>مجھے کیسے پتا چلا (کسی اور سے سنا)</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>میں کیوں سمجھتا/سمجھتی ہوں کہ اس کے پیچھے کوئی ریاست ہے</translation>
    </message>
    <message>
        <source>Breaks court order</source>
        <translation>عدالتی حکم کی خلاف ورزی</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>قانونی</translation>
    </message>
    <message>
        <source>People</source>
        <translation>لوگ</translation>
    </message>
    <message>
        <source>Vehicle: {v}</source>
        <translation>گاڑی: {v}</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>شک ہے</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <source>Link to a state: {s}</source>
        <translation>کسی ریاست سے تعلق: {s}</translation>
    </message>
    <message>
        <source>Contact: {c}</source>
        <translation>رابطہ: {c}</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>کی گئی رپورٹیں</translation>
    </message>
    <message>
        <source>Not reported yet.</source>
        <translation>ابھی رپورٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>کس کو رپورٹ کیا</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>حوالہ</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>کس سے بات ہوئی</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>آگے بھیجا گیا</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
</context>
<context>
    <name>InsideWindow</name>
    <message>
        <source>Inside {ref}</source>
        <translation>{ref} کے اندر</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>پیغامات</translation>
    </message>
    <message>
        <source>Make an incident from the chosen messages</source>
        <translation>چنے ہوئے پیغامات سے ایک واقعہ بنائیں</translation>
    </message>
    <message>
        <source>{shown} of {total} messages; choose the ones that belong to one incident.</source>
        <translation>{total} میں سے {shown} پیغامات؛ وہ پیغامات چنیں جو ایک ہی واقعے کے ہیں۔</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>اندر کی فائلیں</translation>
    </message>
    <message>
        <source>Add the chosen files as exhibits</source>
        <translation>چنی ہوئی فائلیں ایگزیبٹس کے طور پر شامل کریں</translation>
    </message>
    <message>
        <source>Files inside {ref}; each one you add keeps a link to it.</source>
        <translation>{ref} کے اندر کی فائلیں؛ آپ جو بھی شامل کریں گے اس کا اس سے تعلق رہے گا۔</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>سب پر نشان لگائیں</translation>
    </message>
    <message>
        <source>Tick the messages first.</source>
        <translation>پہلے پیغامات پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>Added incident “{title}”, dated at the first message.</source>
        <translation>واقعہ “{title}” شامل ہو گیا، پہلے پیغام کی تاریخ کے ساتھ۔</translation>
    </message>
    <message>
        <source>Adding the chosen files…</source>
        <translation>چنی ہوئی فائلیں شامل ہو رہی ہیں…</translation>
    </message>
    <message>
        <source>Inside…</source>
        <translation>اندر…</translation>
    </message>
    <message>
        <source>The messages of a chat, or the files inside an e-mail, zip or saved page</source>
        <translation>کسی چیٹ کے پیغامات، یا کسی ای میل، zip یا محفوظ ویب صفحے کے اندر کی فائلیں</translation>
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
        <translation>SafeLog میں خوش آمدید</translation>
    </message>
    <message>
        <source>SafeLog is a private notebook for writing down what is happening to you: being followed or watched, threats, online abuse, or pressure on you or your family. It keeps the dates, places, people and evidence together, so that when you are ready you can show a clear record to the police, a lawyer or a support service.</source>
        <translation>SafeLog ایک نجی نوٹ بک ہے جس میں آپ لکھ سکتے ہیں کہ آپ کے ساتھ کیا ہو رہا ہے: پیچھا یا نگرانی، دھمکیاں، آن لائن بدسلوکی، یا آپ پر یا آپ کے خاندان پر دباؤ۔ یہ تاریخیں، جگہیں، لوگ اور ثبوت ایک ساتھ رکھتا ہے، تاکہ جب آپ تیار ہوں تو پولیس، وکیل یا کسی مدد کی سروس کو ایک صاف ریکارڈ دکھا سکیں۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;It stays on this computer.&lt;/b&gt; Nothing is sent anywhere.</source>
        <translation>&lt;b&gt;یہ اسی کمپیوٹر پر رہتا ہے۔&lt;/b&gt; کچھ بھی کہیں نہیں بھیجا جاتا۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is encrypted.&lt;/b&gt; Without your passphrase nobody can read it.</source>
        <translation>&lt;b&gt;یہ انکرپٹڈ ہے۔&lt;/b&gt; آپ کے پاس فریز کے بغیر کوئی اسے نہیں پڑھ سکتا۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you forget your passphrase,&lt;/b&gt; only your recovery key can open it. Nobody else can, not even the people who make SafeLog. You will see the recovery key in a moment: write it down and keep it safe.</source>
        <translation>&lt;b&gt;اگر آپ اپنا پاس فریز بھول جائیں،&lt;/b&gt; تو صرف آپ کی ریکوری کلید اسے کھول سکتی ہے۔ کوئی اور نہیں کھول سکتا، SafeLog بنانے والے بھی نہیں۔ آپ ابھی ریکوری کلید دیکھیں گے: اسے لکھ لیں اور محفوظ رکھیں۔</translation>
    </message>
    <message>
        <source>Create my private log</source>
        <translation>میرا نجی ریکارڈ بنائیں</translation>
    </message>
    <message>
        <source>I have a backup: restore it…</source>
        <translation>میرے پاس بیک اپ ہے: اسے بحال کریں…</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Step</source>
        <translation>قدم</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>کون مدد کر سکتا ہے</translation>
    </message>
    <message>
        <source>Where this advice comes from</source>
        <translation>یہ مشورہ کہاں سے ہے</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ذریعہ</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>ایڈریس کاپی کریں</translation>
    </message>
    <message>
        <source>Copy the address of {0}</source>
        <translation>{0} کا ایڈریس کاپی کریں</translation>
    </message>
    <message>
        <source>Address copied. Paste it into a browser when you are ready; SafeLog empties the clipboard after 30 seconds.</source>
        <translation>ایڈریس کاپی ہو گیا۔ جب تیار ہوں تو اسے براؤزر میں پیسٹ کریں؛ SafeLog 30 سیکنڈ بعد کلپ بورڈ خالی کر دیتا ہے۔</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>Following me</source>
        <translation>میرا پیچھا کرنا</translation>
    </message>
    <message>
        <source>Contacting me, or trying to, by any means</source>
        <translation>کسی بھی طریقے سے مجھ سے رابطہ کرنا، یا اس کی کوشش</translation>
    </message>
    <message>
        <source>Publishing material about me</source>
        <translation>میرے بارے میں مواد شائع کرنا</translation>
    </message>
    <message>
        <source>Monitoring my internet, email or messages</source>
        <translation>میرے انٹرنیٹ، ای میل یا پیغامات کی نگرانی</translation>
    </message>
    <message>
        <source>Loitering near me, my home or work</source>
        <translation>میرے، میرے گھر یا کام کی جگہ کے آس پاس منڈلانا</translation>
    </message>
    <message>
        <source>Interfering with my property</source>
        <translation>میری چیزوں کے ساتھ چھیڑ چھاڑ</translation>
    </message>
    <message>
        <source>Watching or spying on me</source>
        <translation>مجھ پر نظر رکھنا یا جاسوسی کرنا</translation>
    </message>
    <message>
        <source>I feared violence would be used against me</source>
        <translation>مجھے ڈر تھا کہ میرے خلاف تشدد ہو گا</translation>
    </message>
    <message>
        <source>It caused me serious alarm or distress</source>
        <translation>اس سے مجھے شدید خوف یا پریشانی ہوئی</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <source>What they did (tick any that apply)</source>
        <translation>انہوں نے کیا کیا (جو بھی لاگو ہو اس پر نشان لگائیں)</translation>
    </message>
    <message>
        <source>The effect on you</source>
        <translation>آپ پر اثر</translation>
    </message>
    <message>
        <source>How I know it</source>
        <translation>مجھے کیسے پتا چلا</translation>
    </message>
    <message>
        <source>Only if you did not see it yourself: who told you, when and how (for example &apos;my sister, by phone on 4 May&apos;).</source>
        <translation>صرف اگر آپ نے خود نہیں دیکھا: کس نے بتایا، کب اور کیسے (مثلاً &apos;میری بہن نے، 4 مئی کو فون پر&apos;)۔</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>میں کیوں سمجھتا/سمجھتی ہوں کہ اس کے پیچھے کوئی ریاست ہے</translation>
    </message>
    <message>
        <source>Optional: what makes you think a government or its agents are behind this.</source>
        <translation>اختیاری: کس بات سے آپ کو لگتا ہے کہ اس کے پیچھے کوئی حکومت یا اس کے ایجنٹ ہیں۔</translation>
    </message>
    <message>
        <source>Court orders this breaches</source>
        <translation>عدالتی حکم جن کی یہ خلاف ورزی ہے</translation>
    </message>
    <message>
        <source>No court orders are recorded. Add them under Incident &gt; Orders and risk assessments.</source>
        <translation>کوئی عدالتی حکم درج نہیں۔ انہیں واقعہ &gt; عدالتی حکم اور خطرے کے جائزے میں شامل کریں۔</translation>
    </message>
    <message>
        <source>How &amp;I know it (if I did not see it myself)</source>
        <translation>مجھے کیسے &amp;پتا چلا (اگر میں نے خود نہیں دیکھا)</translation>
    </message>
    <message>
        <source>&amp;Why I think a state is behind it</source>
        <translation>میں کیوں &amp;سمجھتا/سمجھتی ہوں کہ اس کے پیچھے کوئی ریاست ہے</translation>
    </message>
    <message>
        <source>This breaches a court &amp;order</source>
        <translation>یہ عدالتی &amp;حکم کی خلاف ورزی ہے</translation>
    </message>
    <message>
        <source>These headings follow the law on stalking and harassment, so a solicitor or the police can use your record. Leave them empty if you are not sure. This is not legal advice.</source>
        <translation>یہ عنوان پیچھا کر کے تنگ کرنے (stalking) اور ہراسانی (harassment) کے قانون کے مطابق ہیں، تاکہ وکیل (solicitor) یا پولیس آپ کا ریکارڈ استعمال کر سکے۔ اگر یقین نہ ہو تو انہیں خالی چھوڑ دیں۔ یہ قانونی مشورہ نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>LegalWindow</name>
    <message>
        <source>Orders and risk assessments</source>
        <translation>عدالتی حکم اور خطرے کے جائزے</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>عدالتی حکم (court orders)</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>خطرے کے جائزے (risk assessments)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New incident</source>
        <translation>نیا واقعہ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>بدلیں</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <source>Orders and risk assessments…</source>
        <translation>عدالتی حکم اور خطرے کے جائزے…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>لاک کریں</translation>
    </message>
    <message>
        <source>Quick hide</source>
        <translation>فوراً چھپائیں</translation>
    </message>
    <message>
        <source>Lock and minimise at once (Ctrl+Shift+H), from any SafeLog window</source>
        <translation>ایک ساتھ لاک اور چھوٹا کریں (Ctrl+Shift+H)، SafeLog کی کسی بھی ونڈو سے</translation>
    </message>
    <message>
        <source>Check the vault for damage…</source>
        <translation>والٹ میں خرابی کی جانچ کریں…</translation>
    </message>
    <message>
        <source>Make a dossier…</source>
        <translation>ڈوزیئر بنائیں…</translation>
    </message>
    <message>
        <source>A PDF report with your evidence, to give to the police, a lawyer or a support service (Ctrl+D)</source>
        <translation>آپ کے ثبوت کے ساتھ ایک PDF رپورٹ، پولیس، وکیل یا مدد کی سروس کو دینے کے لیے (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>ڈوزیئر</translation>
    </message>
    <message>
        <source>Back up my log…</source>
        <translation>میرے ریکارڈ کا بیک اپ…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>بیک اپ سے بحال کریں…</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>میرا پاس فریز بدلیں…</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>نئی ریکوری کلید بنائیں…</translation>
    </message>
    <message>
        <source>Your details…</source>
        <translation>آپ کی تفصیلات…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>سیٹنگز…</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>SafeLog کے بارے میں</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>SafeLog سے نکلیں</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
    <message>
        <source>People</source>
        <translation>لوگ</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>پیٹرن</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>چیک لسٹیں</translation>
    </message>
    <message>
        <source>&amp;SafeLog</source>
        <translation>&amp;SafeLog</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;واقعہ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;دیکھیں</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>اہم کام</translation>
    </message>
    <message>
        <source>Choose an incident in the timeline first.</source>
        <translation>پہلے ٹائم لائن میں ایک واقعہ چنیں۔</translation>
    </message>
    <message>
        <source>Your vault passed every check. Nothing is damaged.</source>
        <translation>آپ کا والٹ ہر جانچ میں ٹھیک نکلا۔ کچھ بھی خراب نہیں۔</translation>
    </message>
    <message>
        <source>Checking your vault…</source>
        <translation>آپ کے والٹ کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>The settings could not be saved; they apply until SafeLog is closed.</source>
        <translation>سیٹنگز محفوظ نہیں ہو سکیں؛ یہ SafeLog بند ہونے تک لاگو رہیں گی۔</translation>
    </message>
    <message>
        <source>Make a dossier</source>
        <translation>ڈوزیئر بنائیں</translation>
    </message>
    <message>
        <source>Edit the chosen incident</source>
        <translation>چنا ہوا واقعہ بدلیں</translation>
    </message>
    <message>
        <source>Lock, from any SafeLog window</source>
        <translation>لاک کریں، SafeLog کی کسی بھی ونڈو سے</translation>
    </message>
    <message>
        <source>Quick hide: lock and minimise</source>
        <translation>فوراً چھپائیں: لاک اور چھوٹا کریں</translation>
    </message>
    <message>
        <source>Timeline, People, Pattern, Checklists</source>
        <translation>ٹائم لائن، لوگ، پیٹرن، چیک لسٹیں</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>سیٹنگز</translation>
    </message>
</context>
<context>
    <name>MediaPane</name>
    <message>
        <source>Play</source>
        <translation>چلائیں</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>روکیں</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Make a new recovery key</source>
        <translation>نئی ریکوری کلید بنائیں</translation>
    </message>
    <message>
        <source>Make a new recovery key if yours was lost, or if someone else may have seen it. The key you have now stops working at once, on this computer and in every backup you make from now on. Backups you made before still open with the old key.

To go on, type your passphrase.</source>
        <translation>اگر آپ کی ریکوری کلید گم ہو گئی ہے، یا کسی اور نے اسے دیکھ لیا ہو، تو نئی ریکوری کلید بنائیں۔ آپ کی موجودہ کلید فوراً کام کرنا بند کر دے گی، اس کمپیوٹر پر بھی اور اب سے بننے والے ہر بیک اپ میں بھی۔ پہلے کے بنائے ہوئے بیک اپ پرانی کلید سے ہی کھلیں گے۔

آگے بڑھنے کے لیے اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>آپ کا پاس فریز</translation>
    </message>
    <message>
        <source>Making a new recovery key, please wait</source>
        <translation>نئی ریکوری کلید بن رہی ہے، براہِ کرم انتظار کریں</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>نئی کلید بنائیں</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>آپ کی نئی ریکوری کلید</translation>
    </message>
    <message>
        <source>Your old recovery key no longer opens your log. This new one is the only other way in if you forget your passphrase, and it is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>آپ کی پرانی ریکوری کلید اب آپ کا ریکارڈ نہیں کھولتی۔ اگر آپ پاس فریز بھول جائیں تو یہ نئی کلید ہی واحد دوسرا راستہ ہے، اور یہ صرف اسی ایک بار دکھائی جاتی ہے۔

اسے کاغذ پر لکھ لیں یا پرنٹ کر لیں، اور کسی محفوظ جگہ رکھیں: اس کمپیوٹر سے دور، اور ہر اس شخص سے دور جو آپ کا ریکارڈ پڑھنا چاہے۔</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <source>I have written down or printed my new recovery key.</source>
        <translation>میں نے اپنی نئی ریکوری کلید لکھ لی ہے یا پرنٹ کر لی ہے۔</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>پہلے اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>That is not your passphrase. Check that Caps Lock is off, then try again. Nothing was changed.</source>
        <translation>یہ آپ کا پاس فریز نہیں ہے۔ دیکھ لیں کہ Caps Lock بند ہے، پھر دوبارہ کوشش کریں۔ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>Your new recovery key will not be shown again, and the old one no longer works. Have you written it down or printed it?</source>
        <translation>آپ کی نئی ریکوری کلید دوبارہ نہیں دکھائی جائے گی، اور پرانی اب کام نہیں کرتی۔ کیا آپ نے اسے لکھ لیا ہے یا پرنٹ کر لیا ہے؟</translation>
    </message>
</context>
<context>
    <name>ObtainedQuestion</name>
    <message>
        <source>I took this photo or recording myself</source>
        <translation>یہ تصویر یا ریکارڈنگ میں نے خود بنائی</translation>
    </message>
    <message>
        <source>Someone sent it to me</source>
        <translation>کسی نے مجھے بھیجی</translation>
    </message>
    <message>
        <source>I saved it from a website or app</source>
        <translation>میں نے اسے کسی ویب سائٹ یا ایپ سے محفوظ کیا</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>کچھ اور</translation>
    </message>
    <message>
        <source>How did you get this file?</source>
        <translation>یہ فائل آپ کو کیسے ملی؟</translation>
    </message>
    <message>
        <source>The police will ask how you got each piece of evidence. Your answer is printed beside it in the dossier. You can change it later.</source>
        <translation>پولیس پوچھے گی کہ ہر ثبوت آپ کو کیسے ملا۔ آپ کا جواب ڈوزیئر میں اس کے ساتھ چھپتا ہے۔ آپ اسے بعد میں بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <source>More about how you got it</source>
        <translation>یہ کیسے ملا، اس بارے میں مزید</translation>
    </message>
    <message>
        <source>For example: who sent it, when, and in which app</source>
        <translation>مثلاً: کس نے بھیجی، کب، اور کس ایپ میں</translation>
    </message>
    <message>
        <source>Where is the original kept?</source>
        <translation>اصل کہاں رکھا ہے؟</translation>
    </message>
    <message>
        <source>Optional. For example: on my phone, or the letter is in a drawer at home</source>
        <translation>اختیاری۔ مثلاً: میرے فون میں، یا خط گھر میں دراز میں رکھا ہے</translation>
    </message>
    <message>
        <source>More about it (optional)</source>
        <translation>مزید تفصیل (اختیاری)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>چھوڑیں</translation>
    </message>
    <message>
        <source>Nothing is saved; you can answer later.</source>
        <translation>کچھ محفوظ نہیں ہو گا؛ آپ بعد میں جواب دے سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Exhibit {ref} ({name})</source>
        <translation>ایگزیبٹ {ref} ({name})</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>ایگزیبٹ {ref}</translation>
    </message>
    <message>
        <source>How did you get these files?</source>
        <translation>یہ فائلیں آپ کو کیسے ملیں؟</translation>
    </message>
    <message>
        <source>Your answer is saved for each of the exhibits {refs}.</source>
        <translation>آپ کا جواب ان سب ایگزیبٹس کے لیے محفوظ ہو گا: {refs}۔</translation>
    </message>
    <message>
        <source>Saved. The dossier will say how you got {refs}.</source>
        <translation>محفوظ ہو گیا۔ ڈوزیئر میں لکھا ہو گا کہ {refs} آپ کو کیسے ملے۔</translation>
    </message>
    <message>
        <source>How you got it…</source>
        <translation>یہ کیسے ملا…</translation>
    </message>
    <message>
        <source>Say how you got the selected file and where the original is</source>
        <translation>بتائیں کہ چنی ہوئی فائل آپ کو کیسے ملی اور اصل کہاں ہے</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Harassment injunction</source>
        <translation>ہراسانی کے خلاف عدالتی حکم (harassment injunction)</translation>
    </message>
    <message>
        <source>Stalking Protection Order</source>
        <translation>اسٹاکنگ پروٹیکشن آرڈر (Stalking Protection Order)</translation>
    </message>
    <message>
        <source>Non-molestation order</source>
        <translation>نان مولیسٹیشن آرڈر (non-molestation order)</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>حکمِ امتناعی (restraining order)</translation>
    </message>
    <message>
        <source>Other order</source>
        <translation>کوئی اور عدالتی حکم</translation>
    </message>
    <message>
        <source>Harassment injunction (Protection from Harassment Act 1997 s.3)</source>
        <translation>ہراسانی کے خلاف عدالتی حکم (harassment injunction، Protection from Harassment Act 1997 s.3)</translation>
    </message>
    <message>
        <source>Stalking Protection Order (Stalking Protection Act 2019)</source>
        <translation>اسٹاکنگ پروٹیکشن آرڈر (Stalking Protection Order، Stalking Protection Act 2019)</translation>
    </message>
    <message>
        <source>Non-molestation order (Family Law Act 1996 s.42)</source>
        <translation>نان مولیسٹیشن آرڈر (non-molestation order، Family Law Act 1996 s.42)</translation>
    </message>
    <message>
        <source>Restraining order (Sentencing Act 2020 s.359-360)</source>
        <translation>حکمِ امتناعی (restraining order، Sentencing Act 2020 s.359-360)</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>No.</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>حکم</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>جاری ہوا</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ختم ہوتا ہے</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>نافذ ہے</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>خلاف ورزیاں</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>عدالتی حکم</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>حکم کی قسم</translation>
    </message>
    <message>
        <source>Date made</source>
        <translation>جاری ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>It expires on</source>
        <translation>ختم ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>ختم ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>عدالت</translation>
    </message>
    <message>
        <source>Case number or reference</source>
        <translation>کیس نمبر یا حوالہ</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>شرائط</translation>
    </message>
    <message>
        <source>What the order forbids, as it is written in the order</source>
        <translation>حکم کس چیز سے منع کرتا ہے، جیسے حکم میں لکھا ہے</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>حکم شامل کریں</translation>
    </message>
    <message>
        <source>Save changes to the chosen order</source>
        <translation>چنے ہوئے حکم میں تبدیلیاں محفوظ کریں</translation>
    </message>
    <message>
        <source>New</source>
        <translation>نیا</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;قسم</translation>
    </message>
    <message>
        <source>&amp;Made on</source>
        <translation>&amp;جاری ہوا</translation>
    </message>
    <message>
        <source>&amp;Court</source>
        <translation>&amp;عدالت</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;حوالہ</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;شرائط</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>ختم ہونے کی تاریخ نہیں</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Breaches: {list}</source>
        <translation>خلاف ورزیاں: {list}</translation>
    </message>
    <message>
        <source>No incident is marked as breaching this order.</source>
        <translation>کسی واقعے پر اس حکم کی خلاف ورزی کا نشان نہیں۔</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>آپ نے جو لکھا وہ دکھائیں یا چھپائیں</translation>
    </message>
</context>
<context>
    <name>PasteSupport</name>
    <message>
        <source>Save these details</source>
        <translation>یہ تفصیلات محفوظ کریں</translation>
    </message>
    <message>
        <source>dragged from a web page</source>
        <translation>کسی ویب صفحے سے کھینچ کر لایا گیا</translation>
    </message>
    <message>
        <source>Pasted image {time}</source>
        <translation>پیسٹ کی گئی تصویر {time}</translation>
    </message>
    <message>
        <source>Pasted text {time}</source>
        <translation>پیسٹ کیا گیا متن {time}</translation>
    </message>
    <message>
        <source>There is nothing to paste: copy a screenshot, a picture or some text first.</source>
        <translation>پیسٹ کرنے کو کچھ نہیں ہے: پہلے کوئی اسکرین شاٹ، تصویر یا متن کاپی کریں۔</translation>
    </message>
    <message>
        <source>Adding to the vault…</source>
        <translation>والٹ میں شامل ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Save these details to {ref}</source>
        <translation>یہ تفصیلات {ref} میں محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>PatternChart</name>
    <message>
        <source>Per week</source>
        <translation>ہر ہفتے</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>ہر مہینے</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>واقعات</translation>
    </message>
    <message>
        <source>{period}: nothing recorded</source>
        <translation>{period}: کچھ درج نہیں</translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}: {count}</translation>
    </message>
    <message>
        <source>{period}: {total} in total ({parts})</source>
        <translation>{period}: کل {total} ({parts})</translation>
    </message>
    <message>
        <source>Nothing recorded yet. The chart fills in as you add incidents.</source>
        <translation>ابھی کچھ درج نہیں۔ جیسے جیسے آپ واقعات شامل کریں گے، چارٹ بھرتا جائے گا۔</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from the week of {first} to the week of {last}.</source>
        <translation>
            <numerusform>{first} کے ہفتے سے {last} کے ہفتے تک %Ln واقعہ۔</numerusform>
            <numerusform>{first} کے ہفتے سے {last} کے ہفتے تک %Ln واقعات۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest was the week of {busy} ({n}).</source>
        <translation>سب سے زیادہ واقعات {busy} کے ہفتے میں ہوئے ({n})۔</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from {first} to {last}.</source>
        <translation>
            <numerusform>{first} سے {last} تک %Ln واقعہ۔</numerusform>
            <numerusform>{first} سے {last} تک %Ln واقعات۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest month was {busy} ({n}).</source>
        <translation>سب سے زیادہ واقعات {busy} کے مہینے میں ہوئے ({n})۔</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>This copy of SafeLog cannot show PDF files. The file is kept safely; you can save a copy to read it.</source>
        <translation>SafeLog کی یہ کاپی PDF فائلیں نہیں دکھا سکتی۔ فائل محفوظ رکھی ہے؛ پڑھنے کے لیے آپ اس کی کاپی محفوظ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF دستاویز</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Perpetrator (known)</source>
        <translation>ذمہ دار شخص (معلوم)</translation>
    </message>
    <message>
        <source>Perpetrator (unknown)</source>
        <translation>ذمہ دار شخص (نامعلوم)</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>گواہ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>ذمہ دار شخص</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>شامل</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>People in this incident</source>
        <translation>اس واقعے میں لوگ</translation>
    </message>
    <message>
        <source>People already recorded</source>
        <translation>پہلے سے درج لوگ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <source>Someone already recorded:</source>
        <translation>پہلے سے درج کوئی شخص:</translation>
    </message>
    <message>
        <source>Record someone new…</source>
        <translation>کوئی نیا شخص درج کریں…</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>کوئی نیا شخص</translation>
    </message>
    <message>
        <source>Role in this incident</source>
        <translation>اس واقعے میں کردار</translation>
    </message>
    <message>
        <source>Add to this incident</source>
        <translation>اس واقعے میں شامل کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>No one added yet. Add the people involved, even if you do not know their names.</source>
        <translation>ابھی کوئی شامل نہیں۔ جو لوگ اس میں شامل تھے انہیں شامل کریں، چاہے آپ ان کے نام نہ جانتے ہوں۔</translation>
    </message>
    <message>
        <source>Who was involved or saw it. Each person is recorded once, so you can see how often they appear.</source>
        <translation>کون شامل تھا یا کس نے دیکھا۔ ہر شخص ایک ہی بار درج ہوتا ہے، تاکہ آپ دیکھ سکیں کہ وہ کتنی بار سامنے آتا ہے۔</translation>
    </message>
    <message>
        <source>No one recorded yet</source>
        <translation>ابھی کوئی درج نہیں</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (نیا)</translation>
    </message>
    <message>
        <source>Role of {name}</source>
        <translation>{name} کا کردار</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} کو ہٹائیں</translation>
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
        <translation>یہ کون ہیں</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>واقعات</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>پہلی بار دیکھا</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخری بار دیکھا</translation>
    </message>
    <message>
        <source>People in your record</source>
        <translation>آپ کے ریکارڈ میں لوگ</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>کوئی شخص شامل کریں…</translation>
    </message>
    <message>
        <source>Everyone you have recorded, most often involved first.</source>
        <translation>ہر وہ شخص جو آپ نے درج کیا، جو سب سے زیادہ بار شامل ہے وہ سب سے پہلے۔</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>شخص محفوظ کریں</translation>
    </message>
    <message>
        <source>Incidents with this person</source>
        <translation>اس شخص کے ساتھ واقعات</translation>
    </message>
    <message>
        <source>Double-click an incident to open it</source>
        <translation>واقعہ کھولنے کے لیے اس پر ڈبل کلک کریں</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>نیا شخص</translation>
    </message>
    <message>
        <source>Not linked to any incident yet.</source>
        <translation>ابھی کسی واقعے سے جڑا نہیں۔</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name or short description</source>
        <translation>نام یا مختصر حلیہ</translation>
    </message>
    <message>
        <source>A name, or e.g. &apos;man in grey car&apos;</source>
        <translation>کوئی نام، یا مثلاً &apos;سرمئی گاڑی والا آدمی&apos;</translation>
    </message>
    <message>
        <source>Kind of person</source>
        <translation>شخص کی قسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>حلیہ</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>گاڑی</translation>
    </message>
    <message>
        <source>Make, colour, number plate</source>
        <translation>کمپنی، رنگ، نمبر پلیٹ</translation>
    </message>
    <message>
        <source>Link to a state</source>
        <translation>کسی ریاست سے تعلق</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>کوئی معلوم نہیں</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>شک ہے</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>ان سے رابطے کا طریقہ</translation>
    </message>
    <message>
        <source>For witnesses: phone, email</source>
        <translation>گواہوں کے لیے: فون، ای میل</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>اس شخص کے بارے میں نوٹس</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>یہ کون ہیں</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Give this person a name, or a short description such as &apos;man in grey car&apos;.</source>
        <translation>اس شخص کو کوئی نام دیں، یا مختصر حلیہ جیسے &apos;سرمئی گاڑی والا آدمی&apos;۔</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your details</source>
        <translation>آپ کی تفصیلات</translation>
    </message>
    <message>
        <source>These details are printed on the first page of your dossier, so that the police know who made the record and how to reach you safely. They stay inside your locked log. You can leave any of them empty.</source>
        <translation>یہ تفصیلات آپ کے ڈوزیئر کے پہلے صفحے پر چھپتی ہیں، تاکہ پولیس جان سکے کہ ریکارڈ کس نے بنایا اور آپ سے محفوظ طریقے سے کیسے رابطہ کرے۔ یہ آپ کے لاک شدہ ریکارڈ کے اندر رہتی ہیں۔ آپ ان میں سے کوئی بھی خالی چھوڑ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>آپ کا نام</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>آپ کے نام کے ابتدائی حروف، ثبوت پر نمبر لگانے کے لیے</translation>
    </message>
    <message>
        <source>For example: call my mobile only between 9 and 5; never leave a voicemail; or contact me through my support worker.</source>
        <translation>مثلاً: میرے موبائل پر صرف 9 سے 5 کے بیچ فون کریں؛ کبھی وائس میل نہ چھوڑیں؛ یا میرے مددگار کارکن (support worker) کے ذریعے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>How the police may contact you safely</source>
        <translation>پولیس آپ سے محفوظ طریقے سے کیسے رابطہ کرے</translation>
    </message>
    <message>
        <source>For example: Persian (Farsi)</source>
        <translation>مثلاً: اردو (Urdu)</translation>
    </message>
    <message>
        <source>The language you prefer to speak</source>
        <translation>آپ کس زبان میں بات کرنا پسند کرتے ہیں</translation>
    </message>
    <message>
        <source>Do you need an interpreter?</source>
        <translation>کیا آپ کو ترجمان کی ضرورت ہے؟</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>نہیں بتایا</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>For example: Maryam Rahimi</source>
        <translation>مثلاً: Ayesha Khan</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport</source>
        <translation>آپ کا نام انگریزی حروف میں، جیسے پاسپورٹ پر ہے</translation>
    </message>
    <message>
        <source>For example: text first; never leave a voicemail, the phone is shared.</source>
        <translation>مثلاً: text first; never leave a voicemail, the phone is shared.</translation>
    </message>
    <message>
        <source>How the police may contact you safely, in English</source>
        <translation>پولیس آپ سے محفوظ طریقے سے کیسے رابطہ کرے، انگریزی میں</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>ابتدائی حروف</translation>
    </message>
    <message>
        <source>New evidence is numbered with them, the way the police do (AB1, AB2, …). Evidence you already have keeps its numbers.</source>
        <translation>نئے ثبوت پر ان سے نمبر لگتے ہیں، جیسے پولیس لگاتی ہے (AB1، AB2، …)۔ جو ثبوت پہلے سے ہے اس کے نمبر نہیں بدلتے۔</translation>
    </message>
    <message>
        <source>How to contact you safely</source>
        <translation>آپ سے محفوظ رابطے کا طریقہ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>ترجمان چاہیے</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>نام انگریزی حروف میں</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport. If your name is written in another script, such as Arabic, Persian or Chinese, this lets police systems record it.</source>
        <translation>آپ کا نام انگریزی حروف (A سے Z) میں، جیسے پاسپورٹ پر لکھا ہے۔ اگر آپ کا نام کسی اور رسم الخط میں لکھا جاتا ہے، جیسے اردو یا عربی، تو اس سے پولیس کے سسٹم اسے درج کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Safe contact, in English</source>
        <translation>محفوظ رابطہ، انگریزی میں</translation>
    </message>
    <message>
        <source>If you wrote how to contact you in another language, say it here in English for the officer.</source>
        <translation>اگر آپ نے رابطے کا طریقہ کسی اور زبان میں لکھا ہے، تو یہاں پولیس افسر کے لیے انگریزی میں لکھیں۔</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ڈرائیو</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>فولڈر</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;دیکھنے کی جگہ:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>واپس جائیں</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>آگے جائیں</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>اوپر والا فولڈر</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>اوپر والے فولڈر میں جائیں</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ایک نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>صرف نام</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>صرف نام کی فہرست دکھائیں</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>تفصیل کے ساتھ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>تفصیل کے ساتھ فہرست دکھائیں</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>سائیڈ بار</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>جگہوں اور بُک مارکس کی فہرست</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>حال ہی میں کھولی گئی جگہیں</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فائلیں</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>فائل کا &amp;نام:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>فولڈر:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>فائل کی &amp;قسم:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>فولڈرز</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;کھولیں</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;چنیں</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;نام بدلیں</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;ڈیلیٹ کریں</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;چھپی ہوئی فائلیں دکھائیں</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>نیا &amp;فولڈر</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>نیا فولڈر</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>کالم دکھائیں: </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 پہلے سے موجود ہے۔
کیا آپ اس کی جگہ یہ نئی فائل رکھنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
فائل نہیں ملی۔
براہِ کرم دیکھ لیں کہ فائل کا نام درست لکھا گیا ہے۔</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
فولڈر نہیں ملا۔
براہِ کرم دیکھ لیں کہ فولڈر کا نام درست لکھا گیا ہے۔</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>کیا آپ واقعی “%1” کو ڈیلیٹ کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>“%1” میں تبدیلی کی اجازت نہیں ہے۔
کیا آپ پھر بھی اسے ڈیلیٹ کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>فولڈر ڈیلیٹ نہیں ہو سکا۔</translation>
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
        <translation>سائز</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تبدیلی کی تاریخ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کمپیوٹر</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>قسم</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واپس لیں</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کا&amp;ٹیں</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپی کریں</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;پیسٹ کریں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ڈیلیٹ کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;ہاں</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;سب کے لیے ہاں</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نہیں</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>سب کے &amp;لیے نہیں</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>روک دیں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نظر انداز کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ضائع کریں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ری سیٹ کریں</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>اصل سیٹنگز بحال کریں</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>آپ کی ریکوری کلید</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only other way to open your log. Nobody can make a new one for you. It is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>اگر آپ کبھی اپنا پاس فریز بھول جائیں، تو یہ کلید ہی آپ کا ریکارڈ کھولنے کا واحد دوسرا راستہ ہے۔ کوئی بھی آپ کے لیے نئی کلید نہیں بنا سکتا۔ یہ صرف اسی ایک بار دکھائی جاتی ہے۔

اسے کاغذ پر لکھ لیں یا پرنٹ کر لیں، اور کسی محفوظ جگہ رکھیں: اس کمپیوٹر سے دور، اور ہر اس شخص سے دور جو آپ کا ریکارڈ پڑھنا چاہے۔</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>ریکوری کلید پرنٹ کریں</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>فائل میں محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>ریکوری کلید فائل میں محفوظ کریں</translation>
    </message>
    <message>
        <source>I have written down, printed or saved my recovery key.</source>
        <translation>میں نے اپنی ریکوری کلید لکھ لی ہے، پرنٹ کر لی ہے یا محفوظ کر لی ہے۔</translation>
    </message>
    <message>
        <source>Open my log</source>
        <translation>میرا ریکارڈ کھولیں</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>ریکوری کلید: %1</translation>
    </message>
    <message>
        <source>SafeLog recovery key</source>
        <translation>SafeLog کی ریکوری کلید</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase.</source>
        <translation>اگر آپ اپنا پاس فریز بھول جائیں تو یہ کلید آپ کا SafeLog ریکارڈ کھولتی ہے۔</translation>
    </message>
    <message>
        <source>Keep it somewhere safe, away from the computer.</source>
        <translation>اسے کمپیوٹر سے دور کسی محفوظ جگہ رکھیں۔</translation>
    </message>
    <message>
        <source>A recovery key in a file on this computer is no safer than the computer: anyone who gets into it can find the key, and if the computer is lost or broken, the key is lost with it. Paper, or a USB stick kept somewhere else, is much safer.

Plug in a USB stick now if you have one, then choose it in the next window. Save the key to a file?</source>
        <translation>اس کمپیوٹر پر کسی فائل میں رکھی ریکوری کلید اس کمپیوٹر سے زیادہ محفوظ نہیں: جو بھی اس میں داخل ہو جائے وہ کلید ڈھونڈ سکتا ہے، اور اگر کمپیوٹر گم یا خراب ہو جائے تو کلید بھی ساتھ ہی گم ہو جاتی ہے۔ کاغذ، یا کہیں اور رکھی USB اسٹک، کہیں زیادہ محفوظ ہے۔

اگر آپ کے پاس USB اسٹک ہے تو ابھی لگائیں، پھر اگلی ونڈو میں اسے چنیں۔ کلید فائل میں محفوظ کریں؟</translation>
    </message>
    <message>
        <source>Save the recovery key (choose a USB stick)</source>
        <translation>ریکوری کلید محفوظ کریں (USB اسٹک چنیں)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ٹیکسٹ فائلیں (*.txt)</translation>
    </message>
    <message>
        <source>The recovery key could not be saved there. Choose another place, such as a USB stick.</source>
        <translation>ریکوری کلید وہاں محفوظ نہیں ہو سکی۔ کوئی اور جگہ چنیں، جیسے USB اسٹک۔</translation>
    </message>
    <message>
        <source>Saved. That file is on this computer: move it to a safe place of its own, such as a USB stick, and then delete it here.</source>
        <translation>محفوظ ہو گئی۔ وہ فائل اسی کمپیوٹر پر ہے: اسے کسی الگ محفوظ جگہ پر لے جائیں، جیسے USB اسٹک، اور پھر یہاں سے ڈیلیٹ کر دیں۔</translation>
    </message>
    <message>
        <source>Saved on the USB stick. Keep the stick somewhere safe, away from this computer.</source>
        <translation>USB اسٹک پر محفوظ ہو گئی۔ اسٹک کو اس کمپیوٹر سے دور کسی محفوظ جگہ رکھیں۔</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase. Keep this page somewhere safe, away from the computer.</source>
        <translation>اگر آپ اپنا پاس فریز بھول جائیں تو یہ کلید آپ کا SafeLog ریکارڈ کھولتی ہے۔ یہ صفحہ کمپیوٹر سے دور کسی محفوظ جگہ رکھیں۔</translation>
    </message>
    <message>
        <source>The recovery key could not be printed. Write it down by hand instead.</source>
        <translation>ریکوری کلید پرنٹ نہیں ہو سکی۔ اس کے بجائے اسے ہاتھ سے لکھ لیں۔</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out and that every character is readable.</source>
        <translation>پرنٹر کو بھیج دی گئی۔ دیکھ لیں کہ صفحہ نکل آیا ہے اور ہر حرف صاف پڑھا جا رہا ہے۔</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Where you reported it</source>
        <translation>آپ نے کہاں رپورٹ کیا</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>معلوم نہیں</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>رپورٹ کی تاریخ</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>ریفرنس نمبر</translation>
    </message>
    <message>
        <source>Crime or case reference, if given</source>
        <translation>کرائم ریفرنس نمبر (crime reference number) یا کیس ریفرنس، اگر دیا گیا</translation>
    </message>
    <message>
        <source>Who you spoke to</source>
        <translation>آپ نے کس سے بات کی</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number</source>
        <translation>افسر کا نام اور نمبر</translation>
    </message>
    <message>
        <source>What happened next</source>
        <translation>اس کے بعد کیا ہوا</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>آگے بھیجا گیا</translation>
    </message>
    <message>
        <source>If they passed you to someone else</source>
        <translation>اگر انہوں نے آپ کو کسی اور کے پاس بھیجا</translation>
    </message>
    <message>
        <source>Remove this report…</source>
        <translation>یہ رپورٹ ہٹائیں…</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>کس کو رپورٹ کیا</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>حوالہ</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>کس سے بات ہوئی</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Remove this report? What you typed in it will be lost.</source>
        <translation>یہ رپورٹ ہٹائیں؟ آپ نے اس میں جو لکھا وہ ختم ہو جائے گا۔</translation>
    </message>
    <message>
        <source>Report {n}</source>
        <translation>رپورٹ {n}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>999 (emergency)</source>
        <translation>999 (ایمرجنسی، emergency)</translation>
    </message>
    <message>
        <source>101 (police, non-emergency)</source>
        <translation>101 (پولیس، غیر ایمرجنسی، non-emergency)</translation>
    </message>
    <message>
        <source>Local police force online</source>
        <translation>مقامی پولیس، آن لائن</translation>
    </message>
    <message>
        <source>Counter Terrorism Policing</source>
        <translation>انسدادِ دہشت گردی پولیس (Counter Terrorism Policing)</translation>
    </message>
    <message>
        <source>Report Fraud</source>
        <translation>رپورٹ فراڈ (Report Fraud)</translation>
    </message>
    <message>
        <source>Platform or website</source>
        <translation>پلیٹ فارم یا ویب سائٹ</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>ہیلپ لائن</translation>
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
        <translation>ابھی کوئی رپورٹ نہیں۔ اگر آپ نے پولیس، کسی ہیلپ لائن یا پلیٹ فارم کو بتایا ہے تو یہاں شامل کریں: آپ نے کس سے بات کی اور انہوں نے کیا کہا، یہ بعد میں کام آتا ہے۔</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation>رپورٹ شامل کریں</translation>
    </message>
</context>
<context>
    <name>RestoreJourney</name>
    <message>
        <source>Choose the backup to restore</source>
        <translation>بحال کرنے کے لیے بیک اپ چنیں</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1);;All files (*)</source>
        <translation>SafeLog بیک اپ (*%1);;سب فائلیں (*)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>بیک اپ کی جانچ اور بحالی ہو رہی ہے…</translation>
    </message>
    <message>
        <source>This backup is of a different log, not of the one on this computer now. If you go on, the log here now is moved aside (kept, not deleted) and the log from the backup takes its place. Put the backup&apos;s log in place of this one?</source>
        <translation>یہ بیک اپ کسی اور ریکارڈ کا ہے، اس کمپیوٹر پر موجود ریکارڈ کا نہیں۔ اگر آپ آگے بڑھیں تو یہاں کا موجودہ ریکارڈ ایک طرف کر دیا جائے گا (رکھا جائے گا، ڈیلیٹ نہیں ہو گا) اور بیک اپ والا ریکارڈ اس کی جگہ لے لے گا۔ اس ریکارڈ کی جگہ بیک اپ والا ریکارڈ رکھیں؟</translation>
    </message>
    <message>
        <source>Nothing was changed. Your log is as it was; unlock it as usual.</source>
        <translation>کچھ نہیں بدلا۔ آپ کا ریکارڈ پہلے جیسا ہے؛ اسے معمول کے مطابق کھولیں۔</translation>
    </message>
    <message>
        <source>That passphrase or key does not open this backup. Nothing was changed.</source>
        <translation>یہ پاس فریز یا کلید اس بیک اپ کو نہیں کھولتی۔ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>Your log is restored from the backup. Unlock it with the passphrase it had when the backup was made.</source>
        <translation>آپ کا ریکارڈ بیک اپ سے بحال ہو گیا ہے۔ اسے اس پاس فریز سے کھولیں جو بیک اپ بنتے وقت تھا۔</translation>
    </message>
    <message>
        <source>The log that was here before is kept, untouched, in %1.</source>
        <translation>جو ریکارڈ پہلے یہاں تھا وہ بغیر چھیڑے %1 میں رکھا ہے۔</translation>
    </message>
    <message>
        <source>The restore was stopped. Nothing was changed.</source>
        <translation>بحالی روک دی گئی۔ کچھ نہیں بدلا۔</translation>
    </message>
</context>
<context>
    <name>RestoreSecretDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>بیک اپ سے بحال کریں</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>بیک اپ کا پاس فریز</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بحال کریں</translation>
    </message>
    <message>
        <source>Type the recovery key that belonged to your log when the backup “%1” was made.</source>
        <translation>وہ ریکوری کلید لکھیں جو بیک اپ “%1” بنتے وقت آپ کے ریکارڈ کی تھی۔</translation>
    </message>
    <message>
        <source>Recovery key of the backup</source>
        <translation>بیک اپ کی ریکوری کلید</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>اس کے بجائے پاس فریز استعمال کریں</translation>
    </message>
    <message>
        <source>Type the passphrase your log had when the backup “%1” was made. The backup is checked completely before anything is replaced.</source>
        <translation>وہ پاس فریز لکھیں جو بیک اپ “%1” بنتے وقت آپ کے ریکارڈ کا تھا۔ کچھ بھی بدلنے سے پہلے بیک اپ کی پوری جانچ ہوتی ہے۔</translation>
    </message>
    <message>
        <source>I only have the recovery key</source>
        <translation>میرے پاس صرف ریکوری کلید ہے</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Standard</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>درمیانی</translation>
    </message>
    <message>
        <source>High</source>
        <translation>زیادہ</translation>
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
        <translation>طریقہ</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>کس نے کیا</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>حوالہ</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>خطرے کے جائزے</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>جائزے کی تاریخ</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>خطرے کی سطح</translation>
    </message>
    <message>
        <source>e.g. S-DASH or DASH, if you were told</source>
        <translation>مثلاً S-DASH یا DASH، اگر آپ کو بتایا گیا</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number, or the service</source>
        <translation>افسر کا نام اور نمبر، یا سروس</translation>
    </message>
    <message>
        <source>Add risk assessment</source>
        <translation>خطرے کا جائزہ شامل کریں</translation>
    </message>
    <message>
        <source>Record what the police told you: the level and who assessed it. The questions themselves are not recorded.</source>
        <translation>پولیس نے جو بتایا وہ درج کریں: سطح اور جائزہ کس نے لیا۔ خود سوالات درج نہیں ہوتے۔</translation>
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
        <translation>&amp;طریقہ</translation>
    </message>
    <message>
        <source>Made &amp;by</source>
        <translation>کس نے &amp;کیا</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;حوالہ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>سیٹنگز</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>Lock automatically after this many minutes without use</source>
        <translation>اتنے منٹ استعمال نہ ہونے پر خود بخود لاک کریں</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The same as this computer</source>
        <translation>وہی جو اس کمپیوٹر کی ہے</translation>
    </message>
    <message>
        <source>Remind me when my last backup is more than 30 days old</source>
        <translation>جب میرا آخری بیک اپ 30 دن سے پرانا ہو تو مجھے یاد دلائیں</translation>
    </message>
    <message>
        <source>Where your vault is kept</source>
        <translation>آپ کا والٹ کہاں رکھا ہے</translation>
    </message>
    <message>
        <source>A new language is used the next time SafeLog starts.</source>
        <translation>نئی زبان اگلی بار SafeLog شروع ہونے پر استعمال ہو گی۔</translation>
    </message>
    <message>
        <source>Lock and switch now</source>
        <translation>لاک کریں اور ابھی زبان بدلیں</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>ابھی زبان بدلیں</translation>
    </message>
    <message>
        <source>SafeLog locks first; then you type your passphrase again.</source>
        <translation>پہلے SafeLog لاک ہو گا؛ پھر آپ دوبارہ اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>خود بخود لاک ہو جائے، اتنے بعد</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <source>Your vault is kept in</source>
        <translation>آپ کا والٹ یہاں رکھا ہے</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Evidence: %1</source>
        <translation>ثبوت: %1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>رپورٹ کیا گیا</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>about %1</source>
        <translation>تقریباً %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>ثبوت: %1</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>رپورٹ کیا گیا</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>رپورٹ نہیں کیا</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Number of incidents shown</source>
        <translation>دکھائے گئے واقعات کی تعداد</translation>
    </message>
    <message>
        <source>Where the search words were found</source>
        <translation>جہاں تلاش کے الفاظ ملے</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching incident(s)</source>
        <translation>
            <numerusform>%Ln ملتا جلتا واقعہ</numerusform>
            <numerusform>%Ln ملتے جلتے واقعات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) in your log</source>
        <translation>
            <numerusform>آپ کے ریکارڈ میں %Ln واقعہ</numerusform>
            <numerusform>آپ کے ریکارڈ میں %Ln واقعات</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches this search or these filters. Choose “Show everything” to see your whole log.</source>
        <translation>اس تلاش یا ان فلٹرز سے کچھ نہیں ملا۔ اپنا پورا ریکارڈ دیکھنے کے لیے “سب کچھ دکھائیں” چنیں۔</translation>
    </message>
    <message>
        <source>Nothing is recorded yet.

When something happens, choose “New incident” (Ctrl+N) and write down what you remember. It stays on this computer, encrypted.</source>
        <translation>ابھی کچھ درج نہیں۔

جب کچھ ہو تو “نیا واقعہ” (Ctrl+N) چنیں اور جو یاد ہو لکھ لیں۔ یہ اسی کمپیوٹر پر انکرپٹڈ رہتا ہے۔</translation>
    </message>
    <message>
        <source>Found in exhibit {ref} ({name}): “{words}”</source>
        <translation>ایگزیبٹ (exhibit) {ref} ({name}) میں ملا: ”{words}“</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more exhibit(s)</source>
        <translation>
            <numerusform>… اور %Ln مزید ایگزیبٹ</numerusform>
            <numerusform>… اور %Ln مزید ایگزیبٹ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of incidents, newest first</source>
        <translation>واقعات کی ٹائم لائن، نئے سب سے پہلے</translation>
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
        <translation>پاس فریز</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Unlocking, please wait</source>
        <translation>کھل رہا ہے، براہِ کرم انتظار کریں</translation>
    </message>
    <message>
        <source>Open with your recovery key</source>
        <translation>ریکوری کلید سے کھولیں</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you created your log. Spaces, dashes and small or capital letters don&apos;t matter.</source>
        <translation>وہ ریکوری کلید لکھیں جو آپ نے ریکارڈ بناتے وقت لکھ لی تھی۔ خالی جگہیں، ڈیش اور چھوٹے یا بڑے حروف سے کوئی فرق نہیں پڑتا۔</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>ریکوری کلید</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>اس کے بجائے میرا پاس فریز استعمال کریں</translation>
    </message>
    <message>
        <source>SafeLog is locked</source>
        <translation>SafeLog لاک ہے</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your log.</source>
        <translation>اپنا ریکارڈ کھولنے کے لیے پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>میں اپنا پاس فریز بھول گیا/گئی ہوں</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>پہلے اپنی ریکوری کلید لکھیں۔</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>پہلے اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this log. Check it against your copy and try again.</source>
        <translation>یہ ریکوری کلید اس ریکارڈ کو نہیں کھولتی۔ اپنی لکھی ہوئی کاپی سے ملا کر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this log. Check that Caps Lock is off and the keyboard language is right, then try again. You can try as often as you need.</source>
        <translation>یہ پاس فریز اس ریکارڈ کو نہیں کھولتا۔ دیکھ لیں کہ Caps Lock بند ہے اور کی بورڈ کی زبان صحیح ہے، پھر دوبارہ کوشش کریں۔ آپ جتنی بار چاہیں کوشش کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation>کھل رہا ہے… اس میں تھوڑا وقت لگتا ہے۔</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Restoring puts the log from a backup in place of the log you have open now. The log you have now is not deleted: it is kept, moved aside, in the same folder. SafeLog will lock first. Go on?</source>
        <translation>بحال کرنے سے بیک اپ والا ریکارڈ آپ کے ابھی کھلے ہوئے ریکارڈ کی جگہ لے لیتا ہے۔ موجودہ ریکارڈ ڈیلیٹ نہیں ہوتا: اسے اسی فولڈر میں ایک طرف رکھ دیا جاتا ہے۔ SafeLog پہلے لاک ہو گا۔ آگے بڑھیں؟</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>Zip archive</source>
        <translation>Zip فائل</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>چیٹ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>میل باکس</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF دستاویز</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Saved web page</source>
        <translation>محفوظ کیا گیا ویب صفحہ</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>تصویر لینے کی تاریخ</translation>
    </message>
    <message>
        <source>Text excerpt</source>
        <translation>متن کا اقتباس</translation>
    </message>
    <message>
        <source>Date changed in the camera or phone</source>
        <translation>کیمرے یا فون میں تبدیلی کی تاریخ</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>کیمرے کی کمپنی</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>کیمرے کا ماڈل</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>سافٹ ویئر</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>فارمیٹ</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>چوڑائی (پکسل)</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>اونچائی (پکسل)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحات</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>مصنف</translation>
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
        <translation>بھیجنے والا</translation>
    </message>
    <message>
        <source>To</source>
        <translation>وصول کنندہ</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Going through: {0}</source>
        <translation>جاری ہے: {0}</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>سب چیک لسٹیں</translation>
    </message>
    <message>
        <source>Back to the list of checklists (Alt+Up)</source>
        <translation>چیک لسٹوں کی فہرست پر واپس (Alt+Up)</translation>
    </message>
    <message>
        <source>Where you are in the checklist</source>
        <translation>آپ چیک لسٹ میں کہاں ہیں</translation>
    </message>
    <message>
        <source>Position in the checklist</source>
        <translation>چیک لسٹ میں مقام</translation>
    </message>
    <message>
        <source>You have reached the end of this checklist.</source>
        <translation>آپ اس چیک لسٹ کے آخر تک پہنچ گئے ہیں۔</translation>
    </message>
    <message>
        <source>Back to all checklists</source>
        <translation>سب چیک لسٹوں پر واپس</translation>
    </message>
    <message>
        <source>Go through it again from the first item</source>
        <translation>پہلے قدم سے دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Key {0}</source>
        <translation>کی {0}</translation>
    </message>
    <message>
        <source>Anything to remember about this step (optional)</source>
        <translation>اس قدم کے بارے میں کوئی یاد رکھنے کی بات (اختیاری)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;نوٹ</translation>
    </message>
    <message>
        <source>Empty when you mark it yourself</source>
        <translation>اگر آپ خود نشان لگائیں تو خالی</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>نشان کس نے لگایا</translation>
    </message>
    <message>
        <source>Marked &amp;by</source>
        <translation>نشان &amp;کس نے لگایا</translation>
    </message>
    <message>
        <source>What is saved for this step</source>
        <translation>اس قدم کے لیے کیا محفوظ ہے</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>{0} or Alt+{1}</source>
        <translation>{0} یا Alt+{1}</translation>
    </message>
    <message>
        <source>Keys: 1–4 status · {0} next · {1} back · {2} list</source>
        <translation>کیز: 1–4 حالت · {0} آگے · {1} واپس · {2} فہرست</translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation>قدم {0} از {1}</translation>
    </message>
    <message>
        <source>Not marked yet.</source>
        <translation>ابھی نشان نہیں لگا۔</translation>
    </message>
    <message>
        <source>you</source>
        <translation>آپ</translation>
    </message>
    <message>
        <source>Saved as “{0}” on {1}, marked by {2}.</source>
        <translation>{1} کو “{0}” کے طور پر محفوظ کیا، نشان {2} نے لگایا۔</translation>
    </message>
    <message>
        <source>End of the checklist</source>
        <translation>چیک لسٹ کا اختتام</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>ہو گیا: {0}</translation>
    </message>
    <message>
        <source>Not applicable: {0}</source>
        <translation>مجھ پر لاگو نہیں: {0}</translation>
    </message>
    <message>
        <source>Need help: {0}</source>
        <translation>مدد چاہیے: {0}</translation>
    </message>
    <message>
        <source>Still to do: {0}</source>
        <translation>ابھی کرنا ہے: {0}</translation>
    </message>
    <message>
        <source>Steps marked “Need help” stay at the top of the list until someone has helped with them.</source>
        <translation>جن قدموں پر “مدد چاہیے” کا نشان ہو وہ فہرست میں سب سے اوپر رہتے ہیں، جب تک کوئی ان میں مدد نہ کر دے۔</translation>
    </message>
    <message>
        <source>The note is too long: please keep it under {0} characters.</source>
        <translation>نوٹ بہت لمبا ہے: براہِ کرم اسے {0} حروف سے کم رکھیں۔</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <source>Exact time</source>
        <translation>بالکل صحیح وقت</translation>
    </message>
    <message>
        <source>Approximate time</source>
        <translation>اندازاً وقت</translation>
    </message>
    <message>
        <source>Date only (time not known)</source>
        <translation>صرف تاریخ (وقت معلوم نہیں)</translation>
    </message>
    <message>
        <source>How exact is the time</source>
        <translation>وقت کتنا صحیح ہے</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>کب شروع ہوا</translation>
    </message>
    <message>
        <source>It went on until</source>
        <translation>یہ اس وقت تک جاری رہا</translation>
    </message>
    <message>
        <source>When it ended</source>
        <translation>کب ختم ہوا</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>ٹائم زون</translation>
    </message>
    <message>
        <source>Type a city or a country, such as Tehran, London or Hong Kong</source>
        <translation>کوئی شہر یا ملک لکھیں، جیسے Lahore، London یا Hong Kong</translation>
    </message>
    <message>
        <source>City or country, e.g. Tehran</source>
        <translation>شہر یا ملک، مثلاً Lahore</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>شروع ہوا</translation>
    </message>
    <message>
        <source>Type a city or a country for the time zone, such as London or Tehran, or choose one from the list.</source>
        <translation>ٹائم زون کے لیے کوئی شہر یا ملک لکھیں، جیسے London یا Karachi، یا فہرست سے چنیں۔</translation>
    </message>
    <message>
        <source>The end is before the start; check both times.</source>
        <translation>اختتام شروع سے پہلے ہے؛ دونوں وقت دیکھ لیں۔</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
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
        <translation>صفحات</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
    <message>
        <source>People</source>
        <translation>لوگ</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>پیٹرن</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>چیک لسٹیں</translation>
    </message>
</context>
<context>
    <name>_Canvas</name>
    <message>
        <source>Incidents over time</source>
        <translation>وقت کے ساتھ واقعات</translation>
    </message>
</context>
</TS>
