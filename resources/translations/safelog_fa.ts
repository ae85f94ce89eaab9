<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name></name>
    <message>
        <location filename="../../ui/editor_people.py" line="49"/>
        <source>People</source>
        <comment>Perpetrator (unknown)</comment>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="50"/>
        <location filename="../../ui/editor_people.py" line="56"/>
        <source>People</source>
        <comment>Witness</comment>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="50"/>
        <source>People</source>
        <comment>Other</comment>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="57"/>
        <source>People</source>
        <comment>Involved</comment>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="40"/>
        <source>Reports</source>
        <comment>101 (police, non-emergency)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="41"/>
        <source>Reports</source>
        <comment>Local police force online</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="42"/>
        <source>Reports</source>
        <comment>Counter Terrorism Policing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="43"/>
        <source>Reports</source>
        <comment>Report Fraud</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="44"/>
        <source>Reports</source>
        <comment>Platform or website</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="45"/>
        <source>Reports</source>
        <comment>Helpline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="46"/>
        <source>Reports</source>
        <comment>Other</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="37"/>
        <source>History</source>
        <comment>category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="38"/>
        <source>History</source>
        <comment>when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="38"/>
        <source>History</source>
        <comment>place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="39"/>
        <source>History</source>
        <comment>coordinates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="40"/>
        <source>History</source>
        <comment>what happened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="41"/>
        <source>History</source>
        <comment>how it affected you</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="42"/>
        <source>History</source>
        <comment>private notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="42"/>
        <source>History</source>
        <comment>tags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="43"/>
        <source>History</source>
        <comment>reports made</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="43"/>
        <source>History</source>
        <comment>people</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="41"/>
        <source>Category</source>
        <comment>Surveillance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="42"/>
        <source>Category</source>
        <comment>Following</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="43"/>
        <source>Category</source>
        <comment>Online harassment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="44"/>
        <source>Category</source>
        <comment>Threats</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="45"/>
        <source>Category</source>
        <comment>Threats to family abroad</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="46"/>
        <source>Category</source>
        <comment>Hacking or phishing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="47"/>
        <source>Category</source>
        <comment>Impersonation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="48"/>
        <source>Category</source>
        <comment>Smear or doxxing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="49"/>
        <source>Category</source>
        <comment>Approach by officials</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="50"/>
        <source>Category</source>
        <comment>Coerced return</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="51"/>
        <source>Category</source>
        <comment>Bounty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="52"/>
        <source>Category</source>
        <comment>Assault</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="53"/>
        <source>Category</source>
        <comment>Property damage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/palette.py" line="54"/>
        <source>Category</source>
        <comment>Other</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_parts.py" line="67"/>
        <source>Checklists</source>
        <comment>To do</comment>
        <translation type="unfinished">فهرست‌های ایمنی</translation>
    </message>
    <message>
        <location filename="../../ui/checklists_parts.py" line="67"/>
        <source>Checklists</source>
        <comment>Done</comment>
        <translation type="unfinished">فهرست‌های ایمنی</translation>
    </message>
    <message>
        <location filename="../../ui/checklists_parts.py" line="68"/>
        <source>Checklists</source>
        <comment>Not applicable</comment>
        <translation type="unfinished">فهرست‌های ایمنی</translation>
    </message>
    <message>
        <location filename="../../ui/checklists_parts.py" line="69"/>
        <source>Checklists</source>
        <comment>Need help</comment>
        <translation type="unfinished">فهرست‌های ایمنی</translation>
    </message>
    <message>
        <location filename="../../ui/checklists_parts.py" line="76"/>
        <source>Checklists</source>
        <comment>Do this first</comment>
        <translation type="unfinished">فهرست‌های ایمنی</translation>
    </message>
    <message>
        <location filename="../../ui/checklists_parts.py" line="76"/>
        <source>Checklists</source>
        <comment>Do this soon</comment>
        <translation type="unfinished">فهرست‌های ایمنی</translation>
    </message>
    <message>
        <location filename="../../ui/checklists_parts.py" line="77"/>
        <source>Checklists</source>
        <comment>When you can</comment>
        <translation type="unfinished">فهرست‌های ایمنی</translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="369"/>
        <source>Viewer</source>
        <comment>Date changed in the camera or phone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="370"/>
        <source>Viewer</source>
        <comment>Camera make</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="371"/>
        <source>Viewer</source>
        <comment>Camera model</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="372"/>
        <source>Viewer</source>
        <comment>Software</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="372"/>
        <source>Viewer</source>
        <comment>Format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="373"/>
        <source>Viewer</source>
        <comment>Width (pixels)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="373"/>
        <source>Viewer</source>
        <comment>Height (pixels)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="374"/>
        <source>Viewer</source>
        <comment>Pages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="374"/>
        <source>Viewer</source>
        <comment>Author</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="375"/>
        <source>Viewer</source>
        <comment>Title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="375"/>
        <source>Viewer</source>
        <comment>Subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="376"/>
        <source>Viewer</source>
        <comment>From</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="376"/>
        <source>Viewer</source>
        <comment>To</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="21"/>
        <source>About SafeLog</source>
        <translation>درباره SafeLog</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="24"/>
        <source>SafeLog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="30"/>
        <source>A private, encrypted log of harassment, stalking and transnational repression, and the evidence for it.

Your log stays on this computer. SafeLog sends nothing anywhere.

Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). You may share and change SafeLog under its terms.

Your vault is kept in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="41"/>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../ui/i18n.py" line="75"/>
        <source>Surveillance</source>
        <translation>زیر نظر گرفتن</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="76"/>
        <source>Following</source>
        <translation>تعقیب</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="77"/>
        <source>Online harassment</source>
        <translation>آزار آنلاین</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="78"/>
        <source>Threats</source>
        <translation>تهدید</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="79"/>
        <source>Threats to family abroad</source>
        <translation>تهدید خانواده در خارج از کشور</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="80"/>
        <source>Hacking or phishing</source>
        <translation>هک یا فیشینگ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="81"/>
        <source>Impersonation</source>
        <translation>جعل هویت</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="82"/>
        <source>Smear or doxxing</source>
        <translation>بدنام‌سازی یا افشای اطلاعات شخصی</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="83"/>
        <source>Approach by officials</source>
        <translation>تماس از سوی مقامات</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="84"/>
        <source>Coerced return</source>
        <translation>بازگرداندن اجباری</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="85"/>
        <source>Bounty</source>
        <translation>تعیین جایزه برای دستگیری</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="86"/>
        <source>Assault</source>
        <translation>حملهٔ فیزیکی</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="87"/>
        <source>Property damage</source>
        <translation>آسیب به اموال</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="88"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <location filename="../../ui/checklists_page.py" line="131"/>
        <location filename="../../ui/checklists_page.py" line="158"/>
        <source>Checklists</source>
        <translation type="unfinished">فهرست‌های ایمنی</translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="140"/>
        <source>Safety checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="142"/>
        <source>Print checklist summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="143"/>
        <source>Save a PDF of your progress to print or to show someone who helps you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="147"/>
        <source>Small steps that make you safer. Take them at your own pace, on your own or with someone you trust. What you mark stays in your locked log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="159"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="159"/>
        <source>How far you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="160"/>
        <source>Most important next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="179"/>
        <source>Choose a checklist and press Enter, or use its button, to go through it one step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="209"/>
        <source>The checklists could not be found in this copy of SafeLog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="212"/>
        <source>Checklists that could not be read and are not shown: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="264"/>
        <source>{0} of {1} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="266"/>
        <source>{0} waiting for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="268"/>
        <source>{0} percent done: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="273"/>
        <source>Nothing left to do here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="273"/>
        <source>Every step has an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="276"/>
        <source>Waiting for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="282"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="283"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="283"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="285"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="333"/>
        <source>Save the checklist summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="334"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="346"/>
        <source>The checklist summary was saved. You can print it or show it to someone who helps you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_page.py" line="354"/>
        <source>Preparing the checklist summary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="102"/>
        <source>Choose a passphrase</source>
        <translation>یک عبارت عبور انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="105"/>
        <source>A passphrase is like a password, but longer. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. Don&apos;t use one you use anywhere else, and don&apos;t tell it to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="109"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="110"/>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="115"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="123"/>
        <source>optional, e.g. AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="124"/>
        <source>Your initials, to label evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="126"/>
        <location filename="../../ui/welcome.py" line="206"/>
        <source>Used to number your evidence the way the police do (AB1, AB2, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="131"/>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="134"/>
        <source>Again</source>
        <translation>دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="136"/>
        <source>Your initials</source>
        <translation>حروف اول نام شما</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="142"/>
        <source>Setting up encryption, please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="145"/>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="147"/>
        <source>Create my log</source>
        <translation>ساختن دفتر من</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="193"/>
        <source>Strong. Make sure you will remember it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="199"/>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="201"/>
        <source>Both passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="207"/>
        <source>Use one to four letters A to Z, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="249"/>
        <source>Setting up encryption. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="71"/>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="72"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="72"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="73"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="74"/>
        <source>Evidence for this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="88"/>
        <source>Drag photos, screenshots or documents here, or choose “Add files…”. The originals are kept unchanged and encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="92"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="94"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="96"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="97"/>
        <source>The saved copy is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="105"/>
        <source>The files I am adding show something online (screenshots, captures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="111"/>
        <location filename="../../ui/evidence_panel.py" line="123"/>
        <source>Platform or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="113"/>
        <source>Full web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="116"/>
        <source>Account name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="117"/>
        <source>The @name or number that posted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="119"/>
        <source>Time shown on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="120"/>
        <source>As written on the screen, e.g. 14:32 or &apos;3 hours ago&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="124"/>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="125"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="126"/>
        <source>Time shown on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="217"/>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="255"/>
        <source>Adding {n} file(s) to the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="271"/>
        <source>{name} is already in the vault as {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="274"/>
        <source>{ref} ({name}): {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExhibitViewer</name>
    <message>
        <location filename="../../ui/viewer.py" line="125"/>
        <source>Exhibit {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="130"/>
        <source>{ref} · {name} · {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="147"/>
        <source>Text of the exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="150"/>
        <source>SafeLog cannot show this kind of file inside the app. It is kept safely; you can save a copy to open it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="159"/>
        <source>About this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="175"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="176"/>
        <source>The saved copy is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="204"/>
        <source>This file is too large to open inside SafeLog. You can save a copy to open it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="230"/>
        <source>SafeLog could not make a safe preview of this picture. The original is kept unchanged; you can save a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="235"/>
        <source>This is a small preview SafeLog made safely. The original is kept unchanged in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="295"/>
        <source>This exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="296"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="296"/>
        <source>Original name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="297"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="298"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="299"/>
        <source>Added to SafeLog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="300"/>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="302"/>
        <location filename="../../ui/viewer.py" line="324"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="304"/>
        <source>Where it was online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="305"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="306"/>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="316"/>
        <source>Dates of the file you added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="317"/>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="318"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="323"/>
        <source>Details saved inside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="307"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="308"/>
        <source>Time shown on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="311"/>
        <source>Location saved in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="312"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="312"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="313"/>
        <source>Please note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="313"/>
        <source>Anyone you give the original file to can see this location.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <location filename="../../ui/filters_bar.py" line="39"/>
        <source>Search titles, what happened, places and people</source>
        <translation>جستجو در عنوان‌ها، شرح ماجرا، مکان‌ها و افراد</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="40"/>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="52"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="53"/>
        <source>Any time</source>
        <translation>هر زمان</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="53"/>
        <source>Last 7 days</source>
        <translation>۷ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="54"/>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="54"/>
        <source>Last 3 months</source>
        <translation>۳ ماه گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="55"/>
        <source>Last 12 months</source>
        <translation>۱۲ ماه گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="56"/>
        <source>Kind of incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="56"/>
        <source>All kinds</source>
        <translation>همهٔ انواع</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="58"/>
        <source>Person involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="58"/>
        <source>Anyone</source>
        <translation>هر کسی</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="59"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="60"/>
        <source>With or without evidence</source>
        <translation>با مدرک یا بدون مدرک</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="60"/>
        <source>With evidence</source>
        <translation>با مدرک</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="61"/>
        <source>Without evidence</source>
        <translation>بدون مدرک</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="62"/>
        <location filename="../../ui/filters_bar.py" line="63"/>
        <source>Reported</source>
        <translation>گزارش‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="63"/>
        <source>Reported or not</source>
        <translation>گزارش‌شده یا نه</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="64"/>
        <source>Not reported yet</source>
        <translation>هنوز گزارش نشده</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="65"/>
        <source>Show everything</source>
        <translation>نمایش همه</translation>
    </message>
    <message>
        <location filename="../../ui/filters_bar.py" line="66"/>
        <source>Clear the search and all filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_view.py" line="53"/>
        <source>History of this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="55"/>
        <source>SafeLog never overwrites an entry. Each time it was saved, a new version was added. Choose a version to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="59"/>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="64"/>
        <source>Text of the chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="68"/>
        <source>First recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="70"/>
        <source>Changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="73"/>
        <source>Saved again, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="74"/>
        <source>Version {n} · {time} · by {who}
{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="130"/>
        <source>Report {n}: {route}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="140"/>
        <source>person {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <location filename="../../ui/viewer_parts.py" line="88"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer_parts.py" line="95"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer_parts.py" line="96"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer_parts.py" line="97"/>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer_parts.py" line="98"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer_parts.py" line="99"/>
        <source>Turn left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer_parts.py" line="100"/>
        <source>Turn right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../ui/editor.py" line="71"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="72"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="73"/>
        <source>Reports made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="76"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="77"/>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="79"/>
        <source>What you type is kept safely in the vault as a draft, even if this window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="82"/>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="84"/>
        <source>Close, keep draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="85"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="87"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="123"/>
        <source>Private notes are only for you. They are never put into a dossier or an export unless you choose to include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="137"/>
        <source>New incident</source>
        <translation>رویداد تازه</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="138"/>
        <source>Edit incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="168"/>
        <source>You have unsaved writing for this incident from before. Continue where you left off? (If you choose No, that unsaved writing is thrown away.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="171"/>
        <source>You started writing a new incident earlier and did not save it. Continue where you left off? (If you choose No, that unsaved writing is thrown away.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="176"/>
        <source>Your unsaved writing is back. Save when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="189"/>
        <source>Evidence is kept with a saved incident. Save this incident first; you can go on editing it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="192"/>
        <source>Save now and add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="224"/>
        <source>Draft kept safely at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="262"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="294"/>
        <source>Throw away what you changed in this window? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../ui/editor_form.py" line="69"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="70"/>
        <source>A few words, e.g. &apos;Same car outside my flat&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="73"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="80"/>
        <source>Where it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="81"/>
        <source>Street, town, or &apos;online&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="83"/>
        <source>Map coordinates (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="84"/>
        <source>Optional, e.g. 51.5074, -0.1278</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="86"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="87"/>
        <source>In your own words, in any language. Include what was said, what you saw, and anything unusual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="89"/>
        <source>How it affected you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="90"/>
        <source>Fear, changes to your routine, work, health, family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="93"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="94"/>
        <source>Optional words to group entries, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="96"/>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="100"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="102"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="103"/>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="105"/>
        <source>&amp;Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="106"/>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="108"/>
        <source>What &amp;happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="109"/>
        <source>How it &amp;affected you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="110"/>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="180"/>
        <source>Give the incident a short title, such as &apos;Followed home from the station&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_form.py" line="192"/>
        <source>Type the latitude and longitude as two numbers, such as 51.5074, -0.1278, or leave this empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <location filename="../../ui/incident_view.py" line="60"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="62"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="63"/>
        <source>Every saved version of this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="70"/>
        <source>Choose an incident from the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="82"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="168"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="170"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="173"/>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="175"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="178"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="179"/>
        <source>(Nothing written yet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="181"/>
        <source>How it affected me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="186"/>
        <source>Private notes — only for you, never exported unless you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="193"/>
        <source>First recorded {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="195"/>
        <source>last changed {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="201"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="213"/>
        <source>Vehicle: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="215"/>
        <source>suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="215"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="216"/>
        <source>Link to a state: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="219"/>
        <source>Contact: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="225"/>
        <source>Reports made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="227"/>
        <source>Not reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="234"/>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="236"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="237"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="238"/>
        <source>Spoke to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="239"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="240"/>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incident_view.py" line="241"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../ui/welcome.py" line="52"/>
        <source>SafeLog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="53"/>
        <source>Welcome to SafeLog</source>
        <translation>به SafeLog خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="56"/>
        <source>SafeLog is a private notebook for writing down what is happening to you: being followed or watched, threats, online abuse, or pressure on you or your family. It keeps the dates, places, people and evidence together, so that when you are ready you can show a clear record to the police, a lawyer or a support service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="63"/>
        <source>&lt;b&gt;It stays on this computer.&lt;/b&gt; Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="64"/>
        <source>&lt;b&gt;It is encrypted.&lt;/b&gt; Without your passphrase nobody can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="65"/>
        <source>&lt;b&gt;If you forget your passphrase,&lt;/b&gt; only your recovery key can open it. Nobody else can, not even the people who make SafeLog. You will see the recovery key in a moment: write it down and keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="71"/>
        <source>Create my private log</source>
        <translation>ساختن دفتر خصوصی من</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../ui/checklists_parts.py" line="101"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_parts.py" line="103"/>
        <source>Who can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_parts.py" line="106"/>
        <source>Where this advice comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_parts.py" line="145"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_parts.py" line="146"/>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_parts.py" line="147"/>
        <source>Copy the address of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklists_parts.py" line="156"/>
        <source>Address copied. Paste it into a browser when you are ready; SafeLog empties the clipboard after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>New incident</source>
        <translation>رویداد تازه</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Lock</source>
        <translation>قفل کردن</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Quick hide</source>
        <translation>پنهان کردن فوری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Lock and minimise at once (Ctrl+Shift+H, or press Escape twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Check the vault for damage…</source>
        <translation>بررسی سلامت گاوصندوق…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>About SafeLog</source>
        <translation>درباره SafeLog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Pattern</source>
        <translation>الگو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Checklists</source>
        <translation>فهرست‌های ایمنی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;SafeLog</source>
        <translation>&amp;SafeLog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;Incident</source>
        <translation>&amp;رویداد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;View</source>
        <translation>&amp;نمایش</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Main actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>You opened your log with your recovery key. Keep the key safe: you will need it again if you cannot remember your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>Choose an incident in the timeline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>Writing incidents is not available in this version of SafeLog yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>Checking the vault is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Your vault passed every check. Nothing is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Checking your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>The settings could not be saved; they apply until SafeLog is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Edit the chosen incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Quick hide: lock and minimise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Ctrl+Shift+H, or Escape twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Timeline, People, Pattern, Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
</context>
<context>
    <name>MediaPane</name>
    <message>
        <location filename="../../ui/viewer_parts.py" line="231"/>
        <location filename="../../ui/viewer_parts.py" line="282"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer_parts.py" line="235"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer_parts.py" line="282"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../ui/unlock.py" line="51"/>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="53"/>
        <source>Show or hide what you typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternChart</name>
    <message>
        <location filename="../../ui/chart.py" line="210"/>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart.py" line="211"/>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart.py" line="218"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart.py" line="298"/>
        <source>{period}: nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart.py" line="301"/>
        <source>{period}: {total} in total ({parts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart.py" line="309"/>
        <source>Nothing recorded yet. The chart fills in as you add incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart.py" line="315"/>
        <source>{count} incidents from the week of {first} to the week of {last}. The busiest was the week of {busy} ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart.py" line="318"/>
        <source>{count} incidents from {first} to {last}. The busiest month was {busy} ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <location filename="../../ui/viewer_parts.py" line="190"/>
        <source>This copy of SafeLog cannot show PDF files. The file is kept safely; you can save a copy to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer_parts.py" line="201"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../ui/editor_people.py" line="161"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="161"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="162"/>
        <source>People in this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="171"/>
        <source>People already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="172"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="175"/>
        <source>Someone already recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="179"/>
        <source>Record someone new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="181"/>
        <source>Someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="184"/>
        <location filename="../../ui/editor_people.py" line="196"/>
        <source>Role in this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="189"/>
        <source>Add to this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="191"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="204"/>
        <source>No one added yet. Add the people involved, even if you do not know their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="207"/>
        <source>Who was involved or saw it. Each person is recorded once, so you can see how often they appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="245"/>
        <source>No one recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="277"/>
        <source>{name} (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="280"/>
        <source>Role of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="285"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="286"/>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/people_view.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="55"/>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="56"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="56"/>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="57"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="58"/>
        <source>People in your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="67"/>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="72"/>
        <source>Everyone you have recorded, most often involved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="77"/>
        <location filename="../../ui/people_view.py" line="176"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="79"/>
        <source>Save person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="82"/>
        <location filename="../../ui/people_view.py" line="85"/>
        <source>Incidents with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="83"/>
        <source>Double-click an incident to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="163"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="183"/>
        <source>Not linked to any incident yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/editor_people.py" line="74"/>
        <source>Name or short description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="75"/>
        <source>A name, or e.g. &apos;man in grey car&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="77"/>
        <source>Kind of person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="81"/>
        <location filename="../../ui/editor_people.py" line="102"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="83"/>
        <location filename="../../ui/editor_people.py" line="103"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="84"/>
        <source>Make, colour, number plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="87"/>
        <location filename="../../ui/editor_people.py" line="104"/>
        <source>Link to a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="88"/>
        <source>None known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="89"/>
        <source>Suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="90"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="92"/>
        <location filename="../../ui/editor_people.py" line="105"/>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="93"/>
        <source>For witnesses: phone, email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="94"/>
        <source>Notes about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="99"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="101"/>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="106"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="125"/>
        <source>Give this person a name, or a short description such as &apos;man in grey car&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../ui/editor_people.py" line="48"/>
        <source>People</source>
        <comment>Perpetrator (known)</comment>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../ui/editor_people.py" line="56"/>
        <source>People</source>
        <comment>Perpetrator</comment>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="39"/>
        <source>Reports</source>
        <comment>999 (emergency)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="37"/>
        <source>History</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="368"/>
        <source>Viewer</source>
        <comment>Date taken</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ui/recovery_key.py" line="76"/>
        <source>Your recovery key</source>
        <translation>کلید بازیابی شما</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="79"/>
        <source>If you ever forget your passphrase, this key is the only other way to open your log. Nobody can make a new one for you. It is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="89"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="90"/>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="92"/>
        <source>Save to a file…</source>
        <translation>ذخیره در یک فایل…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="93"/>
        <source>Save the recovery key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="95"/>
        <source>I have written down, printed or saved my recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="98"/>
        <source>Open my log</source>
        <translation>باز کردن دفتر من</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="131"/>
        <source>Recovery key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="140"/>
        <location filename="../../ui/recovery_key.py" line="163"/>
        <source>SafeLog recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="141"/>
        <source>This key opens your SafeLog log if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="142"/>
        <source>Keep it somewhere safe, away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="145"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="146"/>
        <source>SafeLog recovery key.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="147"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="156"/>
        <source>The recovery key could not be saved there. Choose another place, such as a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="159"/>
        <source>Saved. If that file is on this computer, move it to a safe place of its own, such as a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="166"/>
        <source>This key opens your SafeLog log if you forget your passphrase. Keep this page somewhere safe, away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="172"/>
        <source>The recovery key could not be printed. Write it down by hand instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.py" line="176"/>
        <source>Sent to the printer. Check that the page came out and that every character is readable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <location filename="../../ui/editor_reports.py" line="61"/>
        <source>Where you reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="67"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="70"/>
        <source>Date of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="73"/>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="74"/>
        <source>Crime or case reference, if given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="76"/>
        <source>Who you spoke to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="77"/>
        <source>Officer&apos;s name and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="79"/>
        <source>What happened next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="81"/>
        <location filename="../../ui/editor_reports.py" line="95"/>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="82"/>
        <source>If they passed you to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="83"/>
        <source>Remove this report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="90"/>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="91"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="92"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="93"/>
        <source>Spoke to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="94"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="106"/>
        <source>Remove this report? What you typed in it will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="110"/>
        <source>Report {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../../ui/editor_reports.py" line="148"/>
        <source>No reports yet. If you told the police, a helpline or a platform, add it here: who you spoke to and what they said matters later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_reports.py" line="152"/>
        <source>Add a report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="30"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source> minutes</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source>Lock automatically after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>The same as this computer</source>
        <translation>مانند زبان این رایانه</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>Where your vault is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>A new language is used the next time SafeLog starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54"/>
        <source>Lock automatically after</source>
        <translation>قفل خودکار پس از</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Your vault is kept in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../ui/timeline_view.py" line="156"/>
        <source>Evidence: %1</source>
        <translation>مدرک: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_view.py" line="158"/>
        <source>Reported</source>
        <translation>گزارش‌شده</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/timeline_model.py" line="153"/>
        <source>about %1</source>
        <translation>حدود %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="224"/>
        <source>evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="227"/>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_model.py" line="229"/>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../ui/timeline_page.py" line="55"/>
        <source>Number of incidents shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="110"/>
        <source>Choose an incident on the left to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="119"/>
        <source>%1 incidents match</source>
        <translation>%1 رویداد پیدا شد</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="121"/>
        <source>%1 incidents in your log</source>
        <translation>%1 رویداد در دفتر شما</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="127"/>
        <source>Nothing matches this search or these filters. Choose “Show everything” to see your whole log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline_page.py" line="129"/>
        <source>Nothing is recorded yet.

When something happens, choose “New incident” (Ctrl+N) and write down what you remember. It stays on this computer, encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timeline_view.py" line="183"/>
        <source>Timeline of incidents, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="111"/>
        <source>SafeLog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="118"/>
        <location filename="../../ui/unlock.py" line="168"/>
        <location filename="../../ui/unlock.py" line="169"/>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="120"/>
        <location filename="../../ui/unlock.py" line="123"/>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <source>Unlocking, please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="158"/>
        <source>Open with your recovery key</source>
        <translation>باز کردن با کلید بازیابی</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="160"/>
        <source>Type the recovery key you wrote down when you created your log. Spaces, dashes and small or capital letters don&apos;t matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="162"/>
        <location filename="../../ui/unlock.py" line="163"/>
        <source>Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="164"/>
        <source>Use my passphrase instead</source>
        <translation>با عبارت عبورم باز می‌کنم</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="166"/>
        <source>SafeLog is locked</source>
        <translation>SafeLog قفل است</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="167"/>
        <source>Enter your passphrase to open your log.</source>
        <translation>برای باز کردن دفترتان، عبارت عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="170"/>
        <source>I forgot my passphrase</source>
        <translation>عبارت عبورم را فراموش کرده‌ام</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="183"/>
        <source>Type your recovery key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="184"/>
        <source>Type your passphrase first.</source>
        <translation>اول عبارت عبور خود را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="210"/>
        <source>That recovery key doesn&apos;t open this log. Check it against your copy and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="212"/>
        <source>That passphrase doesn&apos;t open this log. Check that Caps Lock is off and the keyboard language is right, then try again. You can try as often as you need.</source>
        <translation>این عبارت عبور دفتر را باز نمی‌کند. مطمئن شوید Caps Lock خاموش است و زبان صفحه‌کلید درست است، سپس دوباره امتحان کنید. هر چند بار که لازم باشد می‌توانید امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="241"/>
        <source>Unlocking… this takes a moment.</source>
        <translation>در حال باز کردن قفل… کمی طول می‌کشد.</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <location filename="../../ui/walkthrough.py" line="78"/>
        <source>Going through: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="90"/>
        <source>All checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="91"/>
        <source>Back to the list of checklists (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="96"/>
        <source>Where you are in the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="101"/>
        <source>Position in the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="104"/>
        <source>You have reached the end of this checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="108"/>
        <source>Back to all checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="110"/>
        <source>Go through it again from the first item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="162"/>
        <source>Key {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="171"/>
        <source>Anything to remember about this step (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="172"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="174"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="178"/>
        <source>Empty when you mark it yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="179"/>
        <source>Marked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="183"/>
        <source>Marked &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="187"/>
        <source>What is saved for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="201"/>
        <source>Back</source>
        <translation type="unfinished">بازگشت</translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="204"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="247"/>
        <location filename="../../ui/walkthrough.py" line="248"/>
        <source>{0} or Alt+{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="249"/>
        <source>Keys: 1–4 status · {0} next · {1} back · {2} list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="275"/>
        <source>Item {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="292"/>
        <source>Not marked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="294"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="295"/>
        <source>Saved as “{0}” on {1}, marked by {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="301"/>
        <source>End of the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="302"/>
        <source>Done: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="303"/>
        <source>Not applicable: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="304"/>
        <source>Need help: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="305"/>
        <source>Still to do: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="307"/>
        <source>Steps marked “Need help” stay at the top of the list until someone has helped with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/walkthrough.py" line="362"/>
        <source>The note is too long: please keep it under {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <location filename="../../ui/editor_when.py" line="46"/>
        <source>Exact time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_when.py" line="47"/>
        <source>Approximate time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_when.py" line="48"/>
        <source>Date only (time not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_when.py" line="49"/>
        <source>How exact is the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_when.py" line="52"/>
        <source>When it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_when.py" line="53"/>
        <source>It went on until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_when.py" line="56"/>
        <source>When it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_when.py" line="59"/>
        <location filename="../../ui/editor_when.py" line="78"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_when.py" line="76"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_when.py" line="160"/>
        <source>Choose a time zone from the list, such as Europe/London.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor_when.py" line="168"/>
        <source>The end is before the start; check both times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="68"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="71"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="72"/>
        <source>The people you have recorded will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="75"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="76"/>
        <source>A chart of how often things happen will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="79"/>
        <source>Pattern</source>
        <translation>الگو</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="81"/>
        <source>Safety checklists will be here: steps to protect your phone, your accounts and your home, and what to tell the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="83"/>
        <source>Checklists</source>
        <translation>فهرست‌های ایمنی</translation>
    </message>
</context>
<context>
    <name>_Canvas</name>
    <message>
        <location filename="../../ui/chart.py" line="74"/>
        <source>Incidents over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/dialogs.py" line="90"/>
        <location filename="../../ui/dialogs.py" line="97"/>
        <location filename="../../ui/dialogs.py" line="103"/>
        <location filename="../../ui/worker.py" line="124"/>
        <source>SafeLog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="91"/>
        <source>The copy you save will NOT be encrypted: anyone who can open that folder can see it. The original stays safely in SafeLog. Save a copy of {ref}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="96"/>
        <source>Save a copy of {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="103"/>
        <source>Saved an exact copy of {ref}. Remember it is not encrypted; delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/viewer.py" line="111"/>
        <source>Saving a copy of {ref}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/worker.py" line="123"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="47"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="50"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="49"/>
        <location filename="../../ui/evidence_panel.py" line="50"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="49"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="51"/>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="51"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/evidence_panel.py" line="52"/>
        <source>Other file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
