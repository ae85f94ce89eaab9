<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Persian</source>
        <translation>波斯語</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯語</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>烏爾都語</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄語</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其語</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>提格利尼亞語</translation>
    </message>
    <message>
        <source>checked by a native speaker</source>
        <translation>已由母語人士審校</translation>
    </message>
    <message>
        <source>machine-drafted, not yet checked by a native speaker</source>
        <translation>機器初譯，尚未經母語人士審校</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>關於 SafeLog</translation>
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
        <translation>一份私密、加密的記錄，用來記下騷擾、跟蹤騷擾和跨國鎮壓，以及相關證據。

你的記錄只儲存在這台電腦上。SafeLog 不會向任何地方傳送任何內容。

授權：GNU 通用公共授權條款第 3 版或更新版本 (GPL-3.0-or-later)。你可以按照其條款分享和修改 SafeLog。

你的加密庫儲存在這個資料夾中：</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>加密庫資料夾</translation>
    </message>
    <message>
        <source>Languages. Corrections from native speakers are welcome: see &quot;Translations&quot; in SafeLog&apos;s README.</source>
        <translation>語言。歡迎母語人士指正：請參閱 SafeLog 的 README 中的「Translations」一節。</translation>
    </message>
    <message>
        <source>Languages and their review state</source>
        <translation>語言及其審校狀態</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Select all rows</source>
        <translation>全部選取</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>更多選單</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup of your log</source>
        <translation>儲存你的記錄備份</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1)</source>
        <translation>SafeLog 備份 (*%1)</translation>
    </message>
    <message>
        <source>Your backup is saved as %1. It is encrypted: only your passphrase or your recovery key opens it. Keep a copy away from this computer, for example on a USB stick in a safe place.</source>
        <translation>你的備份已儲存為 %1。備份是加密的：只有你的密碼短語或復原金鑰才能開啟它。請在這台電腦以外的地方儲存一份，例如放在安全地方的 USB 隨身碟中。</translation>
    </message>
    <message>
        <source>Backing up your log…</source>
        <translation>正在備份你的記錄…</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>You have not made a backup of your log yet. If this computer is lost or broken, a backup is the only way to get your log back.</source>
        <translation>你還沒有備份過你的記錄。如果這台電腦遺失或損壞，備份是找回記錄的唯一方法。</translation>
    </message>
    <message>
        <source>Your last backup was made on %1, more than %2 days ago.</source>
        <translation>你上次備份是在 %1，已經超過 %2 天了。</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>立即備份…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以後再說</translation>
    </message>
</context>
<context>
    <name>CaptureButton</name>
    <message>
        <source>This desktop does not let SafeLog see the screen. Take a screenshot with your system&apos;s tool (for example PrtScn) and paste it here with Ctrl+V.</source>
        <translation>這個桌面不允許 SafeLog 檢視螢幕。請用系統內建的工具截圖（例如 PrtScn 鍵），然後按 Ctrl+V 貼上到這裡。</translation>
    </message>
    <message>
        <source>SafeLog cannot tell which window is in front on this desktop; capture a region around it instead.</source>
        <translation>SafeLog 無法判斷這個桌面上哪個視窗在最前面；請改為擷取它周圍的一塊區域。</translation>
    </message>
    <message>
        <source>Capture screen</source>
        <translation>擷取螢幕</translation>
    </message>
    <message>
        <source>Put a picture of the screen straight into the vault; SafeLog hides itself while it takes it.</source>
        <translation>把螢幕截圖直接放進加密庫；截圖時 SafeLog 會先隱藏自己。</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>in {n} seconds</source>
        <translation>{n} 秒後</translation>
    </message>
    <message>
        <source>Whole screen, {when}</source>
        <translation>整個螢幕，{when}</translation>
    </message>
    <message>
        <source>A region, {when}</source>
        <translation>一塊區域，{when}</translation>
    </message>
    <message>
        <source>The window in front, {when}</source>
        <translation>最前面的視窗，{when}</translation>
    </message>
    <message>
        <source>Screen capture {time}</source>
        <translation>螢幕截圖 {time}</translation>
    </message>
    <message>
        <source>captured from the screen by SafeLog</source>
        <translation>由 SafeLog 從螢幕擷取</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Surveillance</source>
        <translation>監視</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>跟蹤</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>網上騷擾</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>威脅</translation>
    </message>
    <message>
        <source>Threats to family abroad</source>
        <translation>對海外家人的威脅</translation>
    </message>
    <message>
        <source>Hacking or phishing</source>
        <translation>駭客入侵或網路釣魚</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>冒充身份</translation>
    </message>
    <message>
        <source>Smear or doxxing</source>
        <translation>抹黑或公開個人資料</translation>
    </message>
    <message>
        <source>Approach by officials</source>
        <translation>官員接觸</translation>
    </message>
    <message>
        <source>Coerced return</source>
        <translation>被迫回國</translation>
    </message>
    <message>
        <source>Bounty</source>
        <translation>懸賞</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>人身攻擊</translation>
    </message>
    <message>
        <source>Property damage</source>
        <translation>財產損壞</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>更改我的密碼短語</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>設定新的密碼短語</translation>
    </message>
    <message>
        <source>You opened your log with your recovery key. Choose a new passphrase now, one you will remember. Your recovery key keeps working.</source>
        <translation>你是用復原金鑰開啟記錄的。請現在設定一個你能記住的新密碼短語。你的復原金鑰仍然有效。</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. From then on, only the new one opens your log; your recovery key keeps working.</source>
        <translation>請設定新的密碼短語。四五個互不相關的詞，中間用空格隔開，容易記住，又很難被猜到。從此以後，只有新的密碼短語能開啟你的記錄；你的復原金鑰仍然有效。</translation>
    </message>
    <message>
        <source>Your passphrase now</source>
        <translation>現在的密碼短語</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新的密碼短語</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>再輸入一次新的密碼短語</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再輸一次</translation>
    </message>
    <message>
        <source>Changing the passphrase, please wait</source>
        <translation>正在更改密碼短語，請稍候</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以後再說</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type the passphrase you use now first.</source>
        <translation>請先輸入你現在使用的密碼短語。</translation>
    </message>
    <message>
        <source>That is not the passphrase you use now. Check that Caps Lock is off, then try again.</source>
        <translation>這不是你現在使用的密碼短語。請檢查大寫鎖定 (Caps Lock) 是否已關閉，然後再試一次。</translation>
    </message>
    <message>
        <source>Your passphrase is changed. From now on, only the new one opens your log.</source>
        <translation>你的密碼短語已更改。從現在起，只有新的密碼短語能開啟你的記錄。</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>To do</source>
        <translation>待辦</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>Need help</source>
        <translation>需要幫助</translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation>先做這一步</translation>
    </message>
    <message>
        <source>Do this soon</source>
        <translation>儘快去做</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>有空時做</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>Safety checklists</source>
        <translation>安全清單</translation>
    </message>
    <message>
        <source>Print checklist summary…</source>
        <translation>列印清單摘要…</translation>
    </message>
    <message>
        <source>Save a PDF of your progress to print or to show someone who helps you</source>
        <translation>把你的進度儲存為 PDF，可以列印，或給幫助你的人看</translation>
    </message>
    <message>
        <source>Small steps that make you safer. Take them at your own pace, on your own or with someone you trust. What you mark stays in your locked log.</source>
        <translation>一些讓你更安全的小步驟。按你自己的節奏來，可以獨自完成，也可以和你信任的人一起。你標記的內容都儲存在你鎖定的記錄裡。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>How far you are</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Most important next step</source>
        <translation>最重要的下一步</translation>
    </message>
    <message>
        <source>Choose a checklist and press Enter, or use its button, to go through it one step at a time.</source>
        <translation>選擇一個清單，按 Enter 鍵或按它的按鈕，一步一步完成。</translation>
    </message>
    <message>
        <source>The checklists could not be found in this copy of SafeLog.</source>
        <translation>在這個 SafeLog 副本中找不到清單。</translation>
    </message>
    <message>
        <source>Checklists that could not be read and are not shown: {0}.</source>
        <translation>以下清單無法讀取，未顯示：{0}。</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>已完成 {0}/{1}</translation>
    </message>
    <message>
        <source>{0} waiting for help</source>
        <translation>{0} 項等待幫助</translation>
    </message>
    <message>
        <source>{0} percent done: {1}</source>
        <translation>已完成 {0}%：{1}</translation>
    </message>
    <message>
        <source>Nothing left to do here</source>
        <translation>這裡沒有要做的了</translation>
    </message>
    <message>
        <source>Every step has an answer.</source>
        <translation>每一步都有了答案。</translation>
    </message>
    <message>
        <source>Waiting for help</source>
        <translation>等待幫助</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>再看一遍</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Save the checklist summary</source>
        <translation>儲存清單摘要</translation>
    </message>
    <message>
        <source>checklist-summary.pdf</source>
        <translation>清單摘要.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>The checklist summary was saved as %1. You can print it or show it to someone who helps you.</source>
        <translation>清單摘要已儲存為 %1。你可以列印出來，或給幫助你的人看。</translation>
    </message>
    <message>
        <source>Preparing the checklist summary…</source>
        <translation>正在準備清單摘要…</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Passphrase strength</source>
        <translation>密碼短語強度</translation>
    </message>
    <message>
        <source>Strong. Make sure you will remember it.</source>
        <translation>很強。請確保你能記住它。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>兩次輸入的密碼短語還不一樣。</translation>
    </message>
    <message>
        <source>Both passphrases match.</source>
        <translation>兩次輸入的密碼短語一致。</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>設定密碼短語</translation>
    </message>
    <message>
        <source>A passphrase is like a password, but longer. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. Don&apos;t use one you use anywhere else, and don&apos;t tell it to anyone.</source>
        <translation>密碼短語像密碼，但更長。四五個互不相關的詞，中間用空格隔開，容易記住，又很難被猜到。不要使用你在其他地方用過的密碼短語，也不要告訴任何人。</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新的密碼短語</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>再輸入一次密碼短語</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Printed on your dossier, so the police know who made the record. You can add it or change it later under “Your details”.</source>
        <translation>會印在你的證據卷宗上，讓警方知道是誰做的記錄。以後可以在「你的資料」中新增或修改。</translation>
    </message>
    <message>
        <source>optional, e.g. AB</source>
        <translation>選填，例如 AB</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>你的姓名首字母，用來給證據編號</translation>
    </message>
    <message>
        <source>Used to number your evidence the way the police do (AB1, AB2, …).</source>
        <translation>用來像警方那樣給證據編號 (AB1、AB2、…)。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再輸一次</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>你的姓名首字母</translation>
    </message>
    <message>
        <source>Setting up encryption, please wait</source>
        <translation>正在設定加密，請稍候</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Create my log</source>
        <translation>建立我的記錄</translation>
    </message>
    <message>
        <source>Use one to four letters A to Z, or leave it empty.</source>
        <translation>請使用 1 到 4 個 A 到 Z 的字母，或者留空。</translation>
    </message>
    <message>
        <source>Setting up encryption. This takes a few seconds…</source>
        <translation>正在設定加密，需要幾秒鐘…</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Type a date, such as 1 Dec 2026 or 01/12/2026. Up and Down change the day; Alt+Down opens a calendar.</source>
        <translation>請輸入日期，例如 1 Dec 2026 或 01/12/2026。上下方向鍵可以更改日期；Alt+Down 開啟日曆。</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026</source>
        <translation>例如 1 Dec 2026</translation>
    </message>
    <message>
        <source>Type a date and time, such as 1 Dec 2026 18:30 or 01/12/2026 18:30, or only a time for today. Up and Down change the part under the cursor; Alt+Down opens a calendar.</source>
        <translation>請輸入日期和時間，例如 1 Dec 2026 18:30 或 01/12/2026 18:30，也可以只輸入時間表示今天。上下方向鍵可以更改游標所在的部分；Alt+Down 開啟日曆。</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026 18:30</source>
        <translation>例如 1 Dec 2026 18:30</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>在日曆上選擇日期 (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>在日曆上選擇日期</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日曆</translation>
    </message>
    <message>
        <source>The same day in the Solar Hijri calendar</source>
        <translation>波斯太陽曆 (Solar Hijri) 中的同一天</translation>
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
        <translation>製作證據卷宗</translation>
    </message>
    <message>
        <source>A dossier is a PDF report of what happened, with your evidence files and a list of their fingerprints, in one new folder. You can give it to the police, a lawyer or a support service. Nothing in your log is changed.</source>
        <translation>證據卷宗是一份 PDF 報告，記錄發生了什麼，附上你的證據檔案和它們的指紋清單，全部放在一個新資料夾中。你可以把它交給警方、律師或支援機構。你的記錄不會有任何改動。</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>哪段時間</translation>
    </message>
    <message>
        <source>Everything in my log</source>
        <translation>我記錄中的全部內容</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>最近 3 個月</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>最近 6 個月</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <source>Choose the dates…</source>
        <translation>選擇日期…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>到</translation>
    </message>
    <message>
        <source>until</source>
        <translation>到</translation>
    </message>
    <message>
        <source>All incidents in this period</source>
        <translation>這段時間內的所有事件</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln incident(s) the timeline shows now</source>
        <translation>
            <numerusform>只包括時間軸上現在顯示的 %Ln 個事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the incident chosen in the timeline: %1</source>
        <translation>只包括時間軸上選取的事件：%1</translation>
    </message>
    <message>
        <source>Leave out of the dossier</source>
        <translation>不放進證據卷宗</translation>
    </message>
    <message>
        <source>Add a summary of my safety checklists</source>
        <translation>附上我的安全清單摘要</translation>
    </message>
    <message>
        <source>Add a draft witness statement for a solicitor to finish (PDF and Word)</source>
        <translation>附上一份證人陳述 (witness statement) 草稿，供律師 (solicitor) 完成 (PDF 和 Word)</translation>
    </message>
    <message>
        <source>Your own words, in date order and numbered, with your exhibits cited. It is a draft: a solicitor checks it with you before anyone signs it.</source>
        <translation>用你自己的話，按日期順序編號，並註明你的證物。這只是草稿：在任何人簽字之前，律師會和你一起核對。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>選擇儲存位置…</translation>
    </message>
    <message>
        <source>My private notes</source>
        <translation>我的私人筆記</translation>
    </message>
    <message>
        <source>Exact places: map points and the GPS positions in photos</source>
        <translation>具體地點：地圖位置和照片中的 GPS 位置</translation>
    </message>
    <message>
        <source>Camera, phone and software details inside the files</source>
        <translation>檔案中的相機、手機和軟體資料</translation>
    </message>
    <message>
        <source>How to contact witnesses and other people</source>
        <translation>如何聯絡證人和其他人</translation>
    </message>
    <message>
        <source>What each incident did to me</source>
        <translation>每個事件對我造成的影響</translation>
    </message>
    <message>
        <source>The original names of my evidence files</source>
        <translation>我的證據檔案的原始檔名</translation>
    </message>
    <message>
        <source>The evidence files themselves (their fingerprints stay in the report)</source>
        <translation>證據檔案本身（它們的指紋仍保留在報告中）</translation>
    </message>
    <message>
        <source>Who told me about incidents I did not see myself (they stay marked second-hand)</source>
        <translation>誰告訴了我那些我沒有親眼看到的事件（這些事件仍標記為間接得知）</translation>
    </message>
    <message>
        <source>No incident falls in this period. Choose a longer period.</source>
        <translation>這段時間內沒有事件。請選擇更長的期間。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln 個事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence file(s)</source>
        <translation>
            <numerusform>%Ln 個證據檔案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) with a GPS position</source>
        <translation>
            <numerusform>%Ln 張帶有 GPS 位置的照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) with a map point</source>
        <translation>
            <numerusform>%Ln 個有地圖位置的事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private note(s)</source>
        <translation>
            <numerusform>%Ln 則私人筆記</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with such details</source>
        <translation>
            <numerusform>%Ln 個含有這類資料的檔案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with contact details</source>
        <translation>
            <numerusform>%Ln 人有聯絡方式</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln incident(s)</source>
        <translation>
            <numerusform>涉及 %Ln 個事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier will hold %1 and %2 (%3).</source>
        <translation>證據卷宗將包含 %1 和 %2 (%3)。</translation>
    </message>
    <message>
        <source>The dossier will hold %1.</source>
        <translation>證據卷宗將包含 %1。</translation>
    </message>
    <message>
        <source>none in this dossier</source>
        <translation>這份證據卷宗中沒有</translation>
    </message>
</context>
<context>
    <name>DossierDone</name>
    <message>
        <source>Your dossier is ready</source>
        <translation>你的證據卷宗已準備好</translation>
    </message>
    <message numerus="yes">
        <source>%n incident</source>
        <translation>
            <numerusform>%n 個事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n 個事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file</source>
        <translation>
            <numerusform>%n 個證據檔案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation>
            <numerusform>%n 個證據檔案</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds %1 and %2. Give the whole folder, not only the PDF, to the police, your lawyer or a support service: a USB stick is a good way.</source>
        <translation>其中包含 %1 和 %2。請把整個資料夾（不只是 PDF）交給警方、你的律師或支援機構：用 USB 隨身碟是個好辦法。</translation>
    </message>
    <message>
        <source>Where the dossier is</source>
        <translation>證據卷宗的位置</translation>
    </message>
    <message>
        <source>Document identifier</source>
        <translation>文件識別碼</translation>
    </message>
    <message>
        <source>Anyone who receives it can check that nothing in it was changed since you made it. In a terminal, in that folder, they type:</source>
        <translation>收到它的人可以檢查自你製作以來其中的內容沒有被改動過。他們在終端機裡進入那個資料夾，輸入：</translation>
    </message>
    <message>
        <source>The line that checks it</source>
        <translation>用於檢查的指令</translation>
    </message>
    <message>
        <source>The document identifier is printed on every page of the PDF. Write it down: it tells this dossier apart from any other you make.</source>
        <translation>文件識別碼印在 PDF 的每一頁上。請把它記下來：它能把這份證據卷宗和你製作的其他卷宗區分開。</translation>
    </message>
    <message>
        <source>The files in this folder are NOT encrypted: anyone who opens the folder can read them, so keep them somewhere safe, or delete them once you have given them to the police.</source>
        <translation>這個資料夾裡的檔案沒有加密：任何人開啟這個資料夾都能看到它們。請把它們放在安全的地方，或者在交給警方之後刪除。</translation>
    </message>
    <message>
        <source>These files are not encrypted</source>
        <translation>這些檔案沒有加密</translation>
    </message>
    <message>
        <source>It is in</source>
        <translation>它在</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在資料夾中顯示</translation>
    </message>
    <message>
        <source>SafeLog could not open a file manager on this computer; your dossier&apos;s files are in this folder: %1</source>
        <translation>SafeLog 無法在這台電腦上開啟檔案管理員；你的證據卷宗檔案在這個資料夾中：%1</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <source>That folder is synced to %1. What you save there would be copied to %1&apos;s computers on the internet at once, where others may be able to reach it. Save it there anyway?</source>
        <translation>這個資料夾會同步到 %1。你儲存在那裡的內容會立即被複製到 %1 在網上的電腦中，其他人可能會看到。仍然儲存在那裡嗎？</translation>
    </message>
    <message>
        <source>That is your Desktop: anyone who looks at this computer&apos;s screen would see it. Save it there anyway?</source>
        <translation>那是你的桌面：任何看到這台電腦螢幕的人都能看到它。仍然儲存在那裡嗎？</translation>
    </message>
    <message>
        <source>Choose a folder for the dossier (a new folder is made inside it)</source>
        <translation>為證據卷宗選擇一個資料夾（會在裡面新建一個資料夾）</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose a folder that is there.</source>
        <translation>那個資料夾不存在。請選擇一個已有的資料夾。</translation>
    </message>
    <message>
        <source>Making your dossier…</source>
        <translation>正在製作你的證據卷宗…</translation>
    </message>
    <message>
        <source>The dossier was not made; nothing was written.</source>
        <translation>證據卷宗沒有製作成功；沒有寫入任何內容。</translation>
    </message>
</context>
<context>
    <name>EmailPane</name>
    <message>
        <source>From</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>郵件內容</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Original message source</source>
        <translation>原始郵件內容</translation>
    </message>
    <message>
        <source>Show the original message source</source>
        <translation>顯示原始郵件內容</translation>
    </message>
    <message>
        <source>Every header and line exactly as the message was saved</source>
        <translation>依郵件儲存時的原樣，顯示每個標頭和每一行</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Show the readable message</source>
        <translation>顯示方便閱讀的郵件</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <source>(no name)</source>
        <translation>（無名稱）</translation>
    </message>
    <message>
        <source>(no name, {kind})</source>
        <translation>（無名稱，{kind}）</translation>
    </message>
    <message>
        <source>SafeLog could not read this file as an e-mail. The file is kept unchanged; “Show the original message source” shows exactly what it holds.</source>
        <translation>SafeLog 無法把這個檔案當作電子郵件讀取。檔案保持不變；按「顯示原始郵件內容」可以原樣查看其中的內容。</translation>
    </message>
    <message>
        <source>This file does not look like a complete e-mail: it has no sender, recipient, subject or date. “Show the original message source” shows exactly what it holds.</source>
        <translation>這個檔案看起來不是一封完整的電子郵件：它沒有寄件人、收件人、主題或日期。按「顯示原始郵件內容」可以原樣查看其中的內容。</translation>
    </message>
    <message>
        <source>Parts of this e-mail are damaged or unusual, so some of it may be missing below; “Show the original message source” shows exactly what it holds.</source>
        <translation>這封電子郵件有些部分已損壞或格式少見，下面可能缺少一些內容；按「顯示原始郵件內容」可以原樣查看其中的內容。</translation>
    </message>
    <message>
        <source>[The message is longer than this; save a copy to see all of it.]</source>
        <translation>[郵件比這裡顯示的更長；儲存一份副本就能看到全部內容。]</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>聲音</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>影片</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>其他檔案</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>證物</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增時間</translation>
    </message>
    <message>
        <source>Evidence for this incident</source>
        <translation>這個事件的證據</translation>
    </message>
    <message>
        <source>Drag photos, screenshots or documents here, or choose “Add files…”. The originals are kept unchanged and encrypted.</source>
        <translation>把照片、截圖或文件拖到這裡，或選擇「新增檔案…」。原件會保持原樣並加密儲存。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>新增檔案…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>儲存副本…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>儲存的副本沒有加密。</translation>
    </message>
    <message>
        <source>They show something online</source>
        <translation>它們顯示的是網上的內容</translation>
    </message>
    <message>
        <source>Screenshots or captures of a post, a message or a profile</source>
        <translation>貼文、訊息或個人檔案頁面的截圖或擷取內容</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation>平台或應用程式</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>沒有平台</translation>
    </message>
    <message>
        <source>Full web address</source>
        <translation>完整網址</translation>
    </message>
    <message>
        <source>Account name or ID</source>
        <translation>帳號名稱或 ID</translation>
    </message>
    <message>
        <source>The @name or number that posted it</source>
        <translation>發佈它的 @使用者名稱或號碼</translation>
    </message>
    <message>
        <source>Time shown on the screen</source>
        <translation>螢幕上顯示的時間</translation>
    </message>
    <message>
        <source>As written on the screen, e.g. 14:32 or &apos;3 hours ago&apos;</source>
        <translation>按螢幕上寫的填，例如 14:32 或「3 小時前」</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>螢幕上顯示的時間</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>新增證據</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the vault…</source>
        <translation>
            <numerusform>正在把 %n 個檔案新增到加密庫…</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>這個檔案已經是你記錄中的證物 (exhibit) {old}；SafeLog 只保存一份，現在它同時列為 {old} 和 {new}。</translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old} ({name}), added on {day}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>這個檔案已經是你記錄中的證物 (exhibit) {old}（{name}），新增於 {day}；SafeLog 只保存一份，現在它同時列為 {old} 和 {new}。</translation>
    </message>
    <message>
        <source>{ref} ({name}): {note}</source>
        <translation>{ref} ({name})：{note}</translation>
    </message>
</context>
<context>
    <name>ExhibitViewer</name>
    <message>
        <source>The copy you save will NOT be encrypted: anyone who can open that folder can see it. The original stays safely in SafeLog. Save a copy of {ref}?</source>
        <translation>你儲存的副本不會加密：任何能開啟那個資料夾的人都能看到它。原件仍安全地儲存在 SafeLog 中。要儲存 {ref} 的副本嗎？</translation>
    </message>
    <message>
        <source>Save a copy of {ref}</source>
        <translation>儲存 {ref} 的副本</translation>
    </message>
    <message>
        <source>Saved an exact copy of {ref}. Remember it is not encrypted; delete it when you no longer need it.</source>
        <translation>已儲存 {ref} 的完全相同的副本。請記住它沒有加密；不再需要時請刪除。</translation>
    </message>
    <message>
        <source>Saving a copy of {ref}…</source>
        <translation>正在儲存 {ref} 的副本…</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>證物 {ref}</translation>
    </message>
    <message>
        <source>{ref} · {name} · {size}</source>
        <translation>{ref} · {name} · {size}</translation>
    </message>
    <message>
        <source>Text of the exhibit</source>
        <translation>證物的文字內容</translation>
    </message>
    <message>
        <source>SafeLog cannot show this kind of file inside the app. It is kept safely; you can save a copy to open it with another program.</source>
        <translation>SafeLog 無法在程式內顯示這種檔案。它已安全儲存；你可以儲存一個副本，用其他程式開啟。</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>關於這個檔案</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>儲存副本…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>儲存的副本沒有加密。</translation>
    </message>
    <message>
        <source>This file is too large to open inside SafeLog. You can save a copy to open it with another program.</source>
        <translation>這個檔案太大，無法在 SafeLog 中開啟。你可以儲存一個副本，用其他程式開啟。</translation>
    </message>
    <message>
        <source>SafeLog could not make a safe preview of this picture. The original is kept unchanged; you can save a copy.</source>
        <translation>SafeLog 無法為這張圖片產生安全的預覽。原件保持不變；你可以儲存一個副本。</translation>
    </message>
    <message>
        <source>This is a small preview SafeLog made safely. The original is kept unchanged in the vault.</source>
        <translation>這是 SafeLog 安全產生的小預覽。原件在加密庫中保持不變。</translation>
    </message>
    <message>
        <source>This computer cannot play sound or video inside SafeLog; use “Save a copy…” to play it with another program.</source>
        <translation>這台電腦無法在 SafeLog 中播放聲音或影片；請使用「儲存副本…」，再用其他程式播放。</translation>
    </message>
    <message>
        <source>This exhibit</source>
        <translation>這個證物</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>原始名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>指紋 (SHA-256)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技術細節</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增時間</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍攝時間</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相機</translation>
    </message>
    <message>
        <source>Location in the file</source>
        <translation>檔案中記錄的位置</translation>
    </message>
    <message>
        <source>How you got it</source>
        <translation>取得方式</translation>
    </message>
    <message>
        <source>Not said yet. “How you got it…” in the list adds it.</source>
        <translation>還沒有填寫。可以在清單中按「取得方式…」來填寫。</translation>
    </message>
    <message>
        <source>Where the original is kept</source>
        <translation>原件存放在哪裡</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指紋</translation>
    </message>
    <message>
        <source>About the file</source>
        <translation>關於這個檔案</translation>
    </message>
    <message>
        <source>Where it was online</source>
        <translation>網上的位置</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>螢幕上顯示的時間</translation>
    </message>
    <message>
        <source>The exact record</source>
        <translation>精確記錄</translation>
    </message>
    <message>
        <source>Exact file type</source>
        <translation>確切的檔案類型</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>大小（位元組）</translation>
    </message>
    <message>
        <source>Location saved in the file</source>
        <translation>檔案中儲存的位置</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>經度</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>請注意</translation>
    </message>
    <message>
        <source>Anyone you give the original file to can see this location.</source>
        <translation>你把原始檔案交給誰，誰就能看到這個位置。</translation>
    </message>
    <message>
        <source>Dates of the file you added</source>
        <translation>你新增的檔案的日期</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>最後修改</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Details saved inside the file</source>
        <translation>檔案內儲存的資料</translation>
    </message>
    <message>
        <source>This document does not say which program made it or when. That is common and does not affect the evidence.</source>
        <translation>這個文件沒有說明是哪個程式、在什麼時候製作的。這很常見，不影響證據。</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Search titles, what happened, places and people</source>
        <translation>搜尋標題、發生的事、地點和人</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>搜尋記錄</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>最近 3 個月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <source>Between two dates…</source>
        <translation>兩個日期之間…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>從這一天起</translation>
    </message>
    <message>
        <source>Up to and including this day</source>
        <translation>到這一天為止（含這一天）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>事件類別</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>Several kinds…</source>
        <translation>多個類別…</translation>
    </message>
    <message>
        <source>Kinds of incident to show</source>
        <translation>要顯示的事件類別</translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation>涉及的人</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>With or without evidence</source>
        <translation>有無證據均可</translation>
    </message>
    <message>
        <source>With evidence</source>
        <translation>有證據</translation>
    </message>
    <message>
        <source>Without evidence</source>
        <translation>沒有證據</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已報案</translation>
    </message>
    <message>
        <source>Reported or not</source>
        <translation>是否報案均可</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>還沒有報案</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>顯示全部</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>清除搜尋和所有篩選</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n 個類別</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>when</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>座標</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <source>how it affected you</source>
        <translation>對你的影響</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>私人筆記</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>reports made</source>
        <translation>已做的報案</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this incident</source>
        <translation>這個事件的歷史記錄</translation>
    </message>
    <message>
        <source>SafeLog never overwrites an entry. Each time it was saved, a new version was added. Choose a version to read it.</source>
        <translation>SafeLog 從不覆蓋任何項目。每次儲存都會新增一個版本。選擇一個版本即可閱讀。</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>已儲存的版本</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>所選版本的內容</translation>
    </message>
    <message>
        <source>First recorded</source>
        <translation>首次記錄</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>已更改：{fields}</translation>
    </message>
    <message>
        <source>Saved again, nothing changed</source>
        <translation>再次儲存，沒有改動</translation>
    </message>
    <message>
        <source>Version {n} · {time}</source>
        <translation>第 {n} 版 · {time}</translation>
    </message>
    <message>
        <source>Version {n} · {time} · by {who}</source>
        <translation>第 {n} 版 · {time} · 由 {who}</translation>
    </message>
    <message>
        <source>What changed in this version:</source>
        <translation>此版本中變更的內容：</translation>
    </message>
    <message>
        <source>  Before: {text}</source>
        <translation>  之前：{text}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>  After: {text}</source>
        <translation>  之後：{text}</translation>
    </message>
    <message>
        <source>Report {n}: {route}</source>
        <translation>報案 {n}：{route}</translation>
    </message>
    <message>
        <source>person {n}</source>
        <translation>人員 {n}</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>適合視窗</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>實際大小</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>向左旋轉</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>向右旋轉</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>已做的報案</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>私人筆記</translation>
    </message>
    <message>
        <source>What you type is kept safely in the vault as a draft, even if this window closes.</source>
        <translation>你輸入的內容會作為草稿安全地儲存在加密庫中，即使這個視窗關閉也不會遺失。</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>放棄…</translation>
    </message>
    <message>
        <source>Close, keep draft</source>
        <translation>關閉，保留草稿</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Private notes are only for you. They are never put into a dossier or an export unless you choose to include them.</source>
        <translation>私人筆記只給你自己看。除非你選擇包含它們，否則不會放進證據卷宗或匯出內容中。</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>新事件</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>編輯事件</translation>
    </message>
    <message>
        <source>You have unsaved writing for this incident from before. Continue where you left off?</source>
        <translation>這個事件有你之前沒有儲存的內容。要從上次停下的地方繼續嗎？</translation>
    </message>
    <message>
        <source>You started writing a new incident earlier and did not save it. Continue where you left off?</source>
        <translation>你之前開始寫一個新事件，但沒有儲存。要從上次停下的地方繼續嗎？</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>繼續寫</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>丟棄</translation>
    </message>
    <message>
        <source>Your unsaved writing is back. Save when ready.</source>
        <translation>你沒有儲存的內容已恢復。準備好後請儲存。</translation>
    </message>
    <message>
        <source>Evidence is kept with a saved incident. Save this incident first; you can go on editing it afterwards.</source>
        <translation>證據要和已儲存的事件放在一起。請先儲存這個事件；之後你還可以繼續編輯。</translation>
    </message>
    <message>
        <source>Save now and add evidence</source>
        <translation>立即儲存並新增證據</translation>
    </message>
    <message>
        <source>Draft kept safely at {time}.</source>
        <translation>草稿已於 {time} 安全儲存。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Throw away what you changed in this window? This cannot be undone.</source>
        <translation>要丟棄你在這個視窗中所做的更改嗎？這個動作無法復原。</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>A few words, e.g. &apos;Same car outside my flat&apos;</source>
        <translation>幾個字，例如「我家樓下又是那輛車」</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>發生地點</translation>
    </message>
    <message>
        <source>Street, town, or &apos;online&apos;</source>
        <translation>街道、城鎮，或「網上」</translation>
    </message>
    <message>
        <source>Map coordinates (optional)</source>
        <translation>地圖座標（選填）</translation>
    </message>
    <message>
        <source>Optional, e.g. 51.5074, -0.1278</source>
        <translation>選填，例如 51.5074, -0.1278</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <source>In your own words, in any language. Include what was said, what you saw, and anything unusual.</source>
        <translation>用你自己的話，用任何語言都可以。寫下對方說了什麼、你看到了什麼，以及任何不尋常的情況。</translation>
    </message>
    <message>
        <source>How it affected you</source>
        <translation>對你的影響</translation>
    </message>
    <message>
        <source>Fear, changes to your routine, work, health, family.</source>
        <translation>害怕、日常生活的改變、工作、健康、家人。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Optional words to group entries, separated by commas</source>
        <translation>選填的詞，用來給項目分組，用逗號隔開</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>私人筆記</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>類別(&amp;C)</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>時間(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>地點(&amp;W)</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>座標</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>發生了什麼(&amp;H)</translation>
    </message>
    <message>
        <source>How it &amp;affected you</source>
        <translation>對你的影響(&amp;A)</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>標籤(&amp;G)</translation>
    </message>
    <message>
        <source>Give the incident a short title, such as &apos;Followed home from the station&apos;.</source>
        <translation>給事件起一個簡短的標題，例如「從車站被跟蹤到家」。</translation>
    </message>
    <message>
        <source>Type the latitude and longitude as two numbers, such as 51.5074, -0.1278, or leave this empty.</source>
        <translation>輸入緯度和經度兩個數字，例如 51.5074, -0.1278，或者留空。</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>Every saved version of this incident</source>
        <translation>這個事件每一個已儲存的版本</translation>
    </message>
    <message>
        <source>Choose an incident from the list to see it here.</source>
        <translation>從列表中選擇一個事件，在這裡檢視。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>座標</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <source>(Nothing written yet.)</source>
        <translation>（還沒有寫內容。）</translation>
    </message>
    <message>
        <source>How it affected me</source>
        <translation>對我的影響</translation>
    </message>
    <message>
        <source>Private notes — only for you, never exported unless you choose</source>
        <translation>私人筆記——只給你自己看，除非你選擇，否則不會匯出</translation>
    </message>
    <message>
        <source>First recorded {first}</source>
        <translation>首次記錄於 {first}</translation>
    </message>
    <message>
        <source>last changed {last}</source>
        <translation>最後修改於 {last}</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>他們做了什麼</translation>
    </message>
    <message>
        <source>The effect on me</source>
        <translation>對我的影響</translation>
    </message>
    <message>
        <source>How I know (second-hand)</source>
        <translation>我是怎麼知道的（間接得知）</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>我為什麼認為背後有國家參與</translation>
    </message>
    <message>
        <source>Breaks court order</source>
        <translation>違反法院命令</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Vehicle: {v}</source>
        <translation>車輛：{v}</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>懷疑</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Link to a state: {s}</source>
        <translation>與國家的關聯：{s}</translation>
    </message>
    <message>
        <source>Contact: {c}</source>
        <translation>聯絡方式：{c}</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>已做的報案</translation>
    </message>
    <message>
        <source>Not reported yet.</source>
        <translation>還沒有報案。</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>報案給</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>轉介給</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>InsideWindow</name>
    <message>
        <source>Inside {ref}</source>
        <translation>{ref} 內部</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Make an incident from the chosen messages</source>
        <translation>用選取的訊息建立一個事件</translation>
    </message>
    <message>
        <source>{shown} of {total} messages; choose the ones that belong to one incident.</source>
        <translation>共 {total} 條訊息，顯示 {shown} 條；請選擇屬於同一個事件的訊息。</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>內部檔案</translation>
    </message>
    <message>
        <source>Add the chosen files as exhibits</source>
        <translation>把選取的檔案新增為證物</translation>
    </message>
    <message>
        <source>Files inside {ref}; each one you add keeps a link to it.</source>
        <translation>{ref} 內部的檔案；你新增的每個檔案都會保留與它的關聯。</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全部勾選</translation>
    </message>
    <message>
        <source>Tick the messages first.</source>
        <translation>請先勾選訊息。</translation>
    </message>
    <message>
        <source>Added incident “{title}”, dated at the first message.</source>
        <translation>已新增事件「{title}」，日期按第一條訊息設定。</translation>
    </message>
    <message>
        <source>Adding the chosen files…</source>
        <translation>正在新增選取的檔案…</translation>
    </message>
    <message>
        <source>Inside…</source>
        <translation>檢視內部…</translation>
    </message>
    <message>
        <source>The messages of a chat, or the files inside an e-mail, zip or saved page</source>
        <translation>聊天記錄中的訊息，或電子郵件、zip 壓縮檔、已儲存網頁中的檔案</translation>
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
        <translation>歡迎使用 SafeLog</translation>
    </message>
    <message>
        <source>SafeLog is a private notebook for writing down what is happening to you: being followed or watched, threats, online abuse, or pressure on you or your family. It keeps the dates, places, people and evidence together, so that when you are ready you can show a clear record to the police, a lawyer or a support service.</source>
        <translation>SafeLog 是一個私密的記事本，用來記下你正在經歷的事情：被跟蹤或監視、威脅、網上騷擾，或者你和家人受到的壓力。它把日期、地點、人和證據放在一起，等你準備好時，可以把一份清楚的記錄交給警方、律師或支援機構。</translation>
    </message>
    <message>
        <source>&lt;b&gt;It stays on this computer.&lt;/b&gt; Nothing is sent anywhere.</source>
        <translation>&lt;b&gt;它只儲存在這台電腦上。&lt;/b&gt;不會傳送到任何地方。</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is encrypted.&lt;/b&gt; Without your passphrase nobody can read it.</source>
        <translation>&lt;b&gt;它是加密的。&lt;/b&gt;沒有你的密碼短語，誰都無法讀取。</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you forget your passphrase,&lt;/b&gt; only your recovery key can open it. Nobody else can, not even the people who make SafeLog. You will see the recovery key in a moment: write it down and keep it safe.</source>
        <translation>&lt;b&gt;如果你忘記了密碼短語，&lt;/b&gt;只有復原金鑰能開啟它。其他任何人都打不開，連製作 SafeLog 的人也不行。你馬上就會看到復原金鑰：請把它寫下來並妥善保管。</translation>
    </message>
    <message>
        <source>Create my private log</source>
        <translation>建立我的私密記錄</translation>
    </message>
    <message>
        <source>I have a backup: restore it…</source>
        <translation>我有備份：還原備份…</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>誰能幫忙</translation>
    </message>
    <message>
        <source>Where this advice comes from</source>
        <translation>這條建議的來源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>複製地址</translation>
    </message>
    <message>
        <source>Copy the address of {0}</source>
        <translation>複製 {0} 的地址</translation>
    </message>
    <message>
        <source>Address copied. Paste it into a browser when you are ready; SafeLog empties the clipboard after 30 seconds.</source>
        <translation>地址已複製。準備好後貼上到瀏覽器中；SafeLog 會在 30 秒後清空剪貼簿。</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>Following me</source>
        <translation>跟蹤我</translation>
    </message>
    <message>
        <source>Contacting me, or trying to, by any means</source>
        <translation>以任何方式聯絡我，或試圖聯絡我</translation>
    </message>
    <message>
        <source>Publishing material about me</source>
        <translation>發佈關於我的內容</translation>
    </message>
    <message>
        <source>Monitoring my internet, email or messages</source>
        <translation>監控我的上網活動、電子郵件或訊息</translation>
    </message>
    <message>
        <source>Loitering near me, my home or work</source>
        <translation>在我、我家或我工作的地方附近逗留</translation>
    </message>
    <message>
        <source>Interfering with my property</source>
        <translation>干擾我的財物</translation>
    </message>
    <message>
        <source>Watching or spying on me</source>
        <translation>監視或暗中觀察我</translation>
    </message>
    <message>
        <source>I feared violence would be used against me</source>
        <translation>我害怕對方會對我使用暴力</translation>
    </message>
    <message>
        <source>It caused me serious alarm or distress</source>
        <translation>這讓我非常驚恐或痛苦</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <source>What they did (tick any that apply)</source>
        <translation>他們做了什麼（勾選所有符合的）</translation>
    </message>
    <message>
        <source>The effect on you</source>
        <translation>對你的影響</translation>
    </message>
    <message>
        <source>How I know it</source>
        <translation>我是怎麼知道的</translation>
    </message>
    <message>
        <source>Only if you did not see it yourself: who told you, when and how (for example &apos;my sister, by phone on 4 May&apos;).</source>
        <translation>只有在你沒有親眼看到時才填寫：誰告訴你的、什麼時候、怎麼告訴的（例如「我姐姐，5 月 4 日打電話告訴我」）。</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>我為什麼認為背後有國家參與</translation>
    </message>
    <message>
        <source>Optional: what makes you think a government or its agents are behind this.</source>
        <translation>選填：是什麼讓你認為背後是某個政府或它的人員。</translation>
    </message>
    <message>
        <source>Court orders this breaches</source>
        <translation>這違反了哪些法院命令</translation>
    </message>
    <message>
        <source>No court orders are recorded. Add them under Incident &gt; Orders and risk assessments.</source>
        <translation>沒有記錄法院命令。請在「事件 &gt; 保護令和風險評估」中新增。</translation>
    </message>
    <message>
        <source>How &amp;I know it (if I did not see it myself)</source>
        <translation>我是怎麼知道的（如果不是親眼看到）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Why I think a state is behind it</source>
        <translation>我為什麼認為背後有國家參與(&amp;W)</translation>
    </message>
    <message>
        <source>This breaches a court &amp;order</source>
        <translation>這違反了法院命令(&amp;O)</translation>
    </message>
    <message>
        <source>These headings follow the law on stalking and harassment, so a solicitor or the police can use your record. Leave them empty if you are not sure. This is not legal advice.</source>
        <translation>這些標題依照關於跟蹤騷擾 (stalking) 和騷擾 (harassment) 的法律設定，方便律師或警方使用你的記錄。不確定時可以留空。這不是法律建議。</translation>
    </message>
</context>
<context>
    <name>LegalWindow</name>
    <message>
        <source>Orders and risk assessments</source>
        <translation>保護令和風險評估</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>法院命令</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>風險評估</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New incident</source>
        <translation>新事件</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Orders and risk assessments…</source>
        <translation>保護令和風險評估…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <source>Quick hide</source>
        <translation>快速隱藏</translation>
    </message>
    <message>
        <source>Lock and minimise at once (Ctrl+Shift+H), from any SafeLog window</source>
        <translation>立即鎖定並最小化 (Ctrl+Shift+H)，在任何 SafeLog 視窗中都可用</translation>
    </message>
    <message>
        <source>Check the vault for damage…</source>
        <translation>檢查加密庫是否損壞…</translation>
    </message>
    <message>
        <source>Make a dossier…</source>
        <translation>製作證據卷宗…</translation>
    </message>
    <message>
        <source>A PDF report with your evidence, to give to the police, a lawyer or a support service (Ctrl+D)</source>
        <translation>一份附有你的證據的 PDF 報告，可以交給警方、律師或支援機構 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>證據卷宗</translation>
    </message>
    <message>
        <source>Back up my log…</source>
        <translation>備份我的記錄…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>從備份還原…</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>更改我的密碼短語…</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>產生新的復原金鑰…</translation>
    </message>
    <message>
        <source>Your details…</source>
        <translation>你的資料…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>關於 SafeLog</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>規律</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>&amp;SafeLog</source>
        <translation>SafeLog(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>主要操作</translation>
    </message>
    <message>
        <source>Choose an incident in the timeline first.</source>
        <translation>請先在時間軸上選擇一個事件。</translation>
    </message>
    <message>
        <source>Your vault passed every check. Nothing is damaged.</source>
        <translation>你的加密庫通過了所有檢查。沒有任何損壞。</translation>
    </message>
    <message>
        <source>Checking your vault…</source>
        <translation>正在檢查你的加密庫…</translation>
    </message>
    <message>
        <source>The settings could not be saved; they apply until SafeLog is closed.</source>
        <translation>無法儲存設定；在關閉 SafeLog 之前設定仍然有效。</translation>
    </message>
    <message>
        <source>Make a dossier</source>
        <translation>製作證據卷宗</translation>
    </message>
    <message>
        <source>Edit the chosen incident</source>
        <translation>編輯選取的事件</translation>
    </message>
    <message>
        <source>Lock, from any SafeLog window</source>
        <translation>鎖定，在任何 SafeLog 視窗中都可用</translation>
    </message>
    <message>
        <source>Quick hide: lock and minimise</source>
        <translation>快速隱藏：鎖定並最小化</translation>
    </message>
    <message>
        <source>Timeline, People, Pattern, Checklists</source>
        <translation>時間軸、人、規律、清單</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>MediaPane</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Make a new recovery key</source>
        <translation>產生新的復原金鑰</translation>
    </message>
    <message>
        <source>Make a new recovery key if yours was lost, or if someone else may have seen it. The key you have now stops working at once, on this computer and in every backup you make from now on. Backups you made before still open with the old key.

To go on, type your passphrase.</source>
        <translation>如果你的復原金鑰丟了，或者可能被別人看到了，請產生一個新的復原金鑰。你現在的金鑰會立即失效，在這台電腦上以及你今後做的所有備份中都不能再用。你以前做的備份仍然可以用舊金鑰開啟。

要繼續，請輸入你的密碼短語。</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>你的密碼短語</translation>
    </message>
    <message>
        <source>Making a new recovery key, please wait</source>
        <translation>正在產生新的復原金鑰，請稍候</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>產生新金鑰</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>你的新復原金鑰</translation>
    </message>
    <message>
        <source>Your old recovery key no longer opens your log. This new one is the only other way in if you forget your passphrase, and it is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>你的舊復原金鑰已經無法開啟你的記錄。如果你忘記了密碼短語，這個新金鑰是唯一的其他辦法，而且它只顯示這一次。

請把它寫在紙上或列印出來，放在安全的地方：遠離這台電腦，也遠離任何可能想看你記錄的人。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>I have written down or printed my new recovery key.</source>
        <translation>我已經寫下或列印了我的新復原金鑰。</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>請先輸入你的密碼短語。</translation>
    </message>
    <message>
        <source>That is not your passphrase. Check that Caps Lock is off, then try again. Nothing was changed.</source>
        <translation>這不是你的密碼短語。請檢查大寫鎖定 (Caps Lock) 是否已關閉，然後再試一次。沒有任何改動。</translation>
    </message>
    <message>
        <source>Your new recovery key will not be shown again, and the old one no longer works. Have you written it down or printed it?</source>
        <translation>你的新復原金鑰不會再顯示，舊金鑰也已失效。你已經寫下或列印了嗎？</translation>
    </message>
</context>
<context>
    <name>ObtainedQuestion</name>
    <message>
        <source>I took this photo or recording myself</source>
        <translation>我自己拍攝或錄製的</translation>
    </message>
    <message>
        <source>Someone sent it to me</source>
        <translation>別人傳給我的</translation>
    </message>
    <message>
        <source>I saved it from a website or app</source>
        <translation>我從網站或 App 儲存下來的</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他方式</translation>
    </message>
    <message>
        <source>How did you get this file?</source>
        <translation>你是怎麼取得這個檔案的？</translation>
    </message>
    <message>
        <source>The police will ask how you got each piece of evidence. Your answer is printed beside it in the dossier. You can change it later.</source>
        <translation>警方會問你每一項證據是怎麼取得的。你的回答會印在證據卷宗中這項證據的旁邊。之後可以修改。</translation>
    </message>
    <message>
        <source>More about how you got it</source>
        <translation>關於取得方式的更多說明</translation>
    </message>
    <message>
        <source>For example: who sent it, when, and in which app</source>
        <translation>例如：誰傳的、什麼時候、用哪個 App</translation>
    </message>
    <message>
        <source>Where is the original kept?</source>
        <translation>原件放在哪裡？</translation>
    </message>
    <message>
        <source>Optional. For example: on my phone, or the letter is in a drawer at home</source>
        <translation>選填。例如：在我的手機裡，或者信放在家裡的抽屜中</translation>
    </message>
    <message>
        <source>More about it (optional)</source>
        <translation>更多說明（選填）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Nothing is saved; you can answer later.</source>
        <translation>不會儲存任何內容；你可以之後再回答。</translation>
    </message>
    <message>
        <source>Exhibit {ref} ({name})</source>
        <translation>證物 {ref}（{name}）</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>證物 {ref}</translation>
    </message>
    <message>
        <source>How did you get these files?</source>
        <translation>你是怎麼取得這些檔案的？</translation>
    </message>
    <message>
        <source>Your answer is saved for each of the exhibits {refs}.</source>
        <translation>你的回答會儲存到以下每一件證物：{refs}。</translation>
    </message>
    <message>
        <source>Saved. The dossier will say how you got {refs}.</source>
        <translation>已儲存。證據卷宗會寫明你是怎麼取得 {refs} 的。</translation>
    </message>
    <message>
        <source>How you got it…</source>
        <translation>取得方式…</translation>
    </message>
    <message>
        <source>Say how you got the selected file and where the original is</source>
        <translation>說明你是怎麼取得所選檔案的，以及原件在哪裡</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Harassment injunction</source>
        <translation>騷擾禁制令</translation>
    </message>
    <message>
        <source>Stalking Protection Order</source>
        <translation>跟蹤騷擾保護令</translation>
    </message>
    <message>
        <source>Non-molestation order</source>
        <translation>禁止騷擾令</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>限制令</translation>
    </message>
    <message>
        <source>Other order</source>
        <translation>其他命令</translation>
    </message>
    <message>
        <source>Harassment injunction (Protection from Harassment Act 1997 s.3)</source>
        <translation>騷擾禁制令 (harassment injunction, Protection from Harassment Act 1997 s.3)</translation>
    </message>
    <message>
        <source>Stalking Protection Order (Stalking Protection Act 2019)</source>
        <translation>跟蹤騷擾保護令 (Stalking Protection Order, Stalking Protection Act 2019)</translation>
    </message>
    <message>
        <source>Non-molestation order (Family Law Act 1996 s.42)</source>
        <translation>禁止騷擾令 (non-molestation order, Family Law Act 1996 s.42)</translation>
    </message>
    <message>
        <source>Restraining order (Sentencing Act 2020 s.359-360)</source>
        <translation>限制令 (restraining order, Sentencing Act 2020 s.359-360)</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>簽發日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>違反次數</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>法院命令</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>命令類型</translation>
    </message>
    <message>
        <source>Date made</source>
        <translation>簽發日期</translation>
    </message>
    <message>
        <source>It expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Case number or reference</source>
        <translation>案件編號或參考編號</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>條款</translation>
    </message>
    <message>
        <source>What the order forbids, as it is written in the order</source>
        <translation>命令禁止的事項，按命令上的原文填寫</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>新增命令</translation>
    </message>
    <message>
        <source>Save changes to the chosen order</source>
        <translation>儲存對所選命令的更改</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Made on</source>
        <translation>簽發日期(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Court</source>
        <translation>法院(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>編號(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>條款(&amp;T)</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>無到期日</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Breaches: {list}</source>
        <translation>違反記錄：{list}</translation>
    </message>
    <message>
        <source>No incident is marked as breaching this order.</source>
        <translation>沒有事件被標記為違反這項命令。</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>顯示或隱藏你輸入的內容</translation>
    </message>
</context>
<context>
    <name>PasteSupport</name>
    <message>
        <source>Save these details</source>
        <translation>儲存這些資料</translation>
    </message>
    <message>
        <source>dragged from a web page</source>
        <translation>從網頁拖入</translation>
    </message>
    <message>
        <source>Pasted image {time}</source>
        <translation>貼上的圖片 {time}</translation>
    </message>
    <message>
        <source>Pasted text {time}</source>
        <translation>貼上的文字 {time}</translation>
    </message>
    <message>
        <source>There is nothing to paste: copy a screenshot, a picture or some text first.</source>
        <translation>沒有可貼上的內容：請先複製截圖、圖片或一些文字。</translation>
    </message>
    <message>
        <source>Adding to the vault…</source>
        <translation>正在新增到加密庫…</translation>
    </message>
    <message>
        <source>Save these details to {ref}</source>
        <translation>把這些資料儲存到 {ref}</translation>
    </message>
</context>
<context>
    <name>PatternChart</name>
    <message>
        <source>Per week</source>
        <translation>按週</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>{period}: nothing recorded</source>
        <translation>{period}：沒有記錄</translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}：{count}</translation>
    </message>
    <message>
        <source>{period}: {total} in total ({parts})</source>
        <translation>{period}：共 {total} 個 ({parts})</translation>
    </message>
    <message>
        <source>Nothing recorded yet. The chart fills in as you add incidents.</source>
        <translation>還沒有記錄。你新增事件後，圖表就會顯示出來。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from the week of {first} to the week of {last}.</source>
        <translation>
            <numerusform>從 {first} 那一週到 {last} 那一週，共 %Ln 個事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest was the week of {busy} ({n}).</source>
        <translation>最多的是 {busy} 那一週 ({n})。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from {first} to {last}.</source>
        <translation>
            <numerusform>從 {first} 到 {last}，共 %Ln 個事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest month was {busy} ({n}).</source>
        <translation>最多的月份是 {busy} ({n})。</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>This copy of SafeLog cannot show PDF files. The file is kept safely; you can save a copy to read it.</source>
        <translation>這個版本的 SafeLog 無法顯示 PDF 檔案。檔案已安全儲存；你可以儲存一個副本來閱讀。</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文件</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Perpetrator (known)</source>
        <translation>加害者（已知）</translation>
    </message>
    <message>
        <source>Perpetrator (unknown)</source>
        <translation>加害者（未知）</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>證人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>加害者</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>相關人員</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>People in this incident</source>
        <translation>這個事件中的人</translation>
    </message>
    <message>
        <source>People already recorded</source>
        <translation>已記錄的人</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Someone already recorded:</source>
        <translation>已記錄的人：</translation>
    </message>
    <message>
        <source>Record someone new…</source>
        <translation>記錄一個新的人…</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>新的人</translation>
    </message>
    <message>
        <source>Role in this incident</source>
        <translation>在這個事件中的角色</translation>
    </message>
    <message>
        <source>Add to this incident</source>
        <translation>新增到這個事件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No one added yet. Add the people involved, even if you do not know their names.</source>
        <translation>還沒有新增任何人。請新增涉及的人，即使你不知道他們的名字。</translation>
    </message>
    <message>
        <source>Who was involved or saw it. Each person is recorded once, so you can see how often they appear.</source>
        <translation>誰參與了或目睹了這件事。每個人只記錄一次，這樣你可以看到他們出現了多少次。</translation>
    </message>
    <message>
        <source>No one recorded yet</source>
        <translation>還沒有記錄任何人</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name}（新）</translation>
    </message>
    <message>
        <source>Role of {name}</source>
        <translation>{name} 的角色</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>他們是誰</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出現</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近出現</translation>
    </message>
    <message>
        <source>People in your record</source>
        <translation>你記錄中的人</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>新增一個人…</translation>
    </message>
    <message>
        <source>Everyone you have recorded, most often involved first.</source>
        <translation>你記錄過的所有人，出現次數最多的排在前面。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>儲存此人</translation>
    </message>
    <message>
        <source>Incidents with this person</source>
        <translation>與此人有關的事件</translation>
    </message>
    <message>
        <source>Double-click an incident to open it</source>
        <translation>雙擊一個事件即可開啟</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新的人</translation>
    </message>
    <message>
        <source>Not linked to any incident yet.</source>
        <translation>還沒有關聯任何事件。</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name or short description</source>
        <translation>名字或簡短描述</translation>
    </message>
    <message>
        <source>A name, or e.g. &apos;man in grey car&apos;</source>
        <translation>名字，或例如「開灰色汽車的男子」</translation>
    </message>
    <message>
        <source>Kind of person</source>
        <translation>人員類型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Make, colour, number plate</source>
        <translation>品牌、顏色、車牌號碼</translation>
    </message>
    <message>
        <source>Link to a state</source>
        <translation>與國家的關聯</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>懷疑</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>如何聯絡他們</translation>
    </message>
    <message>
        <source>For witnesses: phone, email</source>
        <translation>證人填寫：電話、電子郵件</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>關於此人的備註</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>他們是誰</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Give this person a name, or a short description such as &apos;man in grey car&apos;.</source>
        <translation>請給這個人起個名字，或寫一個簡短描述，例如「開灰色汽車的男子」。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your details</source>
        <translation>你的資料</translation>
    </message>
    <message>
        <source>These details are printed on the first page of your dossier, so that the police know who made the record and how to reach you safely. They stay inside your locked log. You can leave any of them empty.</source>
        <translation>這些資料會印在你證據卷宗的第一頁上，讓警方知道是誰做的記錄，以及如何安全地聯絡你。它們儲存在你鎖定的記錄裡。每一項都可以留空。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>你的姓名首字母，用來給證據編號</translation>
    </message>
    <message>
        <source>For example: call my mobile only between 9 and 5; never leave a voicemail; or contact me through my support worker.</source>
        <translation>例如：只在 9 點到 5 點之間打我的手機；不要留語音留言；或者透過我的支援人員聯絡我。</translation>
    </message>
    <message>
        <source>How the police may contact you safely</source>
        <translation>警方如何安全地聯絡你</translation>
    </message>
    <message>
        <source>For example: Persian (Farsi)</source>
        <translation>例如：粵語 (Cantonese) 或華語 (Mandarin)</translation>
    </message>
    <message>
        <source>The language you prefer to speak</source>
        <translation>你希望使用的語言</translation>
    </message>
    <message>
        <source>Do you need an interpreter?</source>
        <translation>你需要口譯員嗎？</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>未說明</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>For example: Maryam Rahimi</source>
        <translation>例如：Chan Tai Man</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport</source>
        <translation>你的英文姓名（拉丁字母），與護照上的一致</translation>
    </message>
    <message>
        <source>For example: text first; never leave a voicemail, the phone is shared.</source>
        <translation>例如（用英文寫）：text first; never leave a voicemail, the phone is shared.</translation>
    </message>
    <message>
        <source>How the police may contact you safely, in English</source>
        <translation>警方如何安全地聯絡你（用英文寫）</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>姓名首字母</translation>
    </message>
    <message>
        <source>New evidence is numbered with them, the way the police do (AB1, AB2, …). Evidence you already have keeps its numbers.</source>
        <translation>新的證據會用它們編號，和警方的做法一樣 (AB1、AB2、…)。已有的證據保留原來的編號。</translation>
    </message>
    <message>
        <source>How to contact you safely</source>
        <translation>如何安全地聯絡你</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>需要口譯員</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>英文姓名（拉丁字母）</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport. If your name is written in another script, such as Arabic, Persian or Chinese, this lets police systems record it.</source>
        <translation>用拉丁字母寫你的姓名，與護照上的一致。如果你的姓名用其他文字書寫，例如阿拉伯文、波斯文或中文，填寫這一項能讓警方的系統記錄你的姓名。</translation>
    </message>
    <message>
        <source>Safe contact, in English</source>
        <translation>安全聯絡方式（英文）</translation>
    </message>
    <message>
        <source>If you wrote how to contact you in another language, say it here in English for the officer.</source>
        <translation>如果你用其他語言寫了聯絡方式，請在這裡用英文再寫一次，方便警員閱讀。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>硬碟</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>資料夾</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>往前</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>往前</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>父目錄</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>前往父目錄</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>建立新資料夾</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>建立新資料夾</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>列表檢視</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>切換到列表檢視模式</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>詳細檢視</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>切換到詳細檢視模式</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>側邊欄</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>位置與書籤列表</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>最近開啟位置</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>檔名(&amp;N)：</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>目錄：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案型態(&amp;T)：</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案(*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>選擇(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重新命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>顯示隱藏檔案(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>新增資料夾(&amp;N)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新資料夾</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>顯示 </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 已存在。
是否取代？</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
找不到檔案。
請檢查提供的檔名是否正確。</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
找不到目錄。
請檢查提供的目錄名稱是否正確。</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>確定刪除「%1」？</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>「%1」有寫入保護。
仍然刪除？</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>無法刪除資料夾。</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>電腦</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>型態</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全部選擇</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部儲存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部皆是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部皆否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>還原預設值</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>你的復原金鑰</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only other way to open your log. Nobody can make a new one for you. It is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>如果你忘記了密碼短語，這個金鑰是開啟你記錄的唯一其他辦法。沒有人能為你重新產生一個。它只顯示這一次。

請把它寫在紙上或列印出來，放在安全的地方：遠離這台電腦，也遠離任何可能想看你記錄的人。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>列印復原金鑰</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>儲存為檔案…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>把復原金鑰儲存為檔案</translation>
    </message>
    <message>
        <source>I have written down, printed or saved my recovery key.</source>
        <translation>我已經寫下、列印或儲存了我的復原金鑰。</translation>
    </message>
    <message>
        <source>Open my log</source>
        <translation>開啟我的記錄</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>復原金鑰：%1</translation>
    </message>
    <message>
        <source>SafeLog recovery key</source>
        <translation>SafeLog 復原金鑰</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase.</source>
        <translation>如果你忘記了密碼短語，這個金鑰可以開啟你的 SafeLog 記錄。</translation>
    </message>
    <message>
        <source>Keep it somewhere safe, away from the computer.</source>
        <translation>請把它放在安全的地方，遠離電腦。</translation>
    </message>
    <message>
        <source>A recovery key in a file on this computer is no safer than the computer: anyone who gets into it can find the key, and if the computer is lost or broken, the key is lost with it. Paper, or a USB stick kept somewhere else, is much safer.

Plug in a USB stick now if you have one, then choose it in the next window. Save the key to a file?</source>
        <translation>儲存在這台電腦上的復原金鑰檔案，安全程度不會超過這台電腦本身：任何進入電腦的人都能找到金鑰；如果電腦遺失或損壞，金鑰也會一起遺失。寫在紙上，或存在放在別處的 USB 隨身碟中，要安全得多。

如果你有 USB 隨身碟，現在就插上，然後在下一個視窗中選擇它。要把金鑰儲存為檔案嗎？</translation>
    </message>
    <message>
        <source>Save the recovery key (choose a USB stick)</source>
        <translation>儲存復原金鑰（請選擇 USB 隨身碟）</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文字檔案 (*.txt)</translation>
    </message>
    <message>
        <source>The recovery key could not be saved there. Choose another place, such as a USB stick.</source>
        <translation>復原金鑰無法儲存在那裡。請選擇其他位置，例如 USB 隨身碟。</translation>
    </message>
    <message>
        <source>Saved. That file is on this computer: move it to a safe place of its own, such as a USB stick, and then delete it here.</source>
        <translation>已儲存。這個檔案在這台電腦上：請把它移到一個安全的地方，例如 USB 隨身碟，然後在這裡刪除它。</translation>
    </message>
    <message>
        <source>Saved on the USB stick. Keep the stick somewhere safe, away from this computer.</source>
        <translation>已儲存到 USB 隨身碟。請把 USB 隨身碟放在安全的地方，遠離這台電腦。</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase. Keep this page somewhere safe, away from the computer.</source>
        <translation>如果你忘記了密碼短語，這個金鑰可以開啟你的 SafeLog 記錄。請把這一頁放在安全的地方，遠離電腦。</translation>
    </message>
    <message>
        <source>The recovery key could not be printed. Write it down by hand instead.</source>
        <translation>無法列印復原金鑰。請改為手寫記下來。</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out and that every character is readable.</source>
        <translation>已傳送到印表機。請檢查是否列印出來了，每個字元是否都清楚可讀。</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Where you reported it</source>
        <translation>你向哪裡報案</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>報案日期</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>參考編號</translation>
    </message>
    <message>
        <source>Crime or case reference, if given</source>
        <translation>案件編號 (crime reference number)，如果對方給了的話</translation>
    </message>
    <message>
        <source>Who you spoke to</source>
        <translation>你和誰談過</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number</source>
        <translation>警員的姓名和警號</translation>
    </message>
    <message>
        <source>What happened next</source>
        <translation>後來怎麼樣了</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>轉介給</translation>
    </message>
    <message>
        <source>If they passed you to someone else</source>
        <translation>如果他們把你轉給了其他人</translation>
    </message>
    <message>
        <source>Remove this report…</source>
        <translation>刪除這條報案…</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>報案給</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Remove this report? What you typed in it will be lost.</source>
        <translation>要刪除這條報案嗎？你在裡面輸入的內容會遺失。</translation>
    </message>
    <message>
        <source>Report {n}</source>
        <translation>報案 {n}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>999 (emergency)</source>
        <translation>999（緊急情況）</translation>
    </message>
    <message>
        <source>101 (police, non-emergency)</source>
        <translation>101（警方，非緊急）</translation>
    </message>
    <message>
        <source>Local police force online</source>
        <translation>當地警察局網上報案</translation>
    </message>
    <message>
        <source>Counter Terrorism Policing</source>
        <translation>反恐警察 (Counter Terrorism Policing)</translation>
    </message>
    <message>
        <source>Report Fraud</source>
        <translation>舉報詐騙中心 (Report Fraud)</translation>
    </message>
    <message>
        <source>Platform or website</source>
        <translation>平台或網站</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>求助熱線</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>No reports yet. If you told the police, a helpline or a platform, add it here: who you spoke to and what they said matters later.</source>
        <translation>還沒有報案記錄。如果你告訴過警方、求助熱線或平台，請在這裡新增：你和誰談過、他們說了什麼，以後會很重要。</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation>新增報案</translation>
    </message>
</context>
<context>
    <name>RestoreJourney</name>
    <message>
        <source>Choose the backup to restore</source>
        <translation>選擇要還原的備份</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1);;All files (*)</source>
        <translation>SafeLog 備份 (*%1);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在檢查並還原備份…</translation>
    </message>
    <message>
        <source>This backup is of a different log, not of the one on this computer now. If you go on, the log here now is moved aside (kept, not deleted) and the log from the backup takes its place. Put the backup&apos;s log in place of this one?</source>
        <translation>這個備份屬於另一份記錄，不是這台電腦上現在的記錄。如果繼續，這裡現在的記錄會被移到一邊（保留，不會刪除），由備份中的記錄取代。要用備份中的記錄替換現在這份嗎？</translation>
    </message>
    <message>
        <source>Nothing was changed. Your log is as it was; unlock it as usual.</source>
        <translation>沒有任何改動。你的記錄保持原樣；像平常一樣解鎖即可。</translation>
    </message>
    <message>
        <source>That passphrase or key does not open this backup. Nothing was changed.</source>
        <translation>這個密碼短語或金鑰無法開啟這個備份。沒有任何改動。</translation>
    </message>
    <message>
        <source>Your log is restored from the backup. Unlock it with the passphrase it had when the backup was made.</source>
        <translation>你的記錄已從備份還原。請用做備份時的密碼短語解鎖。</translation>
    </message>
    <message>
        <source>The log that was here before is kept, untouched, in %1.</source>
        <translation>之前在這裡的記錄已原樣保留在 %1 中。</translation>
    </message>
    <message>
        <source>The restore was stopped. Nothing was changed.</source>
        <translation>還原已停止。沒有任何改動。</translation>
    </message>
</context>
<context>
    <name>RestoreSecretDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>備份的密碼短語</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Type the recovery key that belonged to your log when the backup “%1” was made.</source>
        <translation>請輸入做備份「%1」時你的記錄所用的復原金鑰。</translation>
    </message>
    <message>
        <source>Recovery key of the backup</source>
        <translation>備份的復原金鑰</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>改用密碼短語</translation>
    </message>
    <message>
        <source>Type the passphrase your log had when the backup “%1” was made. The backup is checked completely before anything is replaced.</source>
        <translation>請輸入做備份「%1」時你的記錄所用的密碼短語。在替換任何內容之前，會先完整檢查備份。</translation>
    </message>
    <message>
        <source>I only have the recovery key</source>
        <translation>我只有復原金鑰</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>評估工具</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>評估人</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>風險評估</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>評估日期</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>風險等級</translation>
    </message>
    <message>
        <source>e.g. S-DASH or DASH, if you were told</source>
        <translation>例如 S-DASH 或 DASH，如果對方告訴過你</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number, or the service</source>
        <translation>警員的姓名和警號，或機構名稱</translation>
    </message>
    <message>
        <source>Add risk assessment</source>
        <translation>新增風險評估</translation>
    </message>
    <message>
        <source>Record what the police told you: the level and who assessed it. The questions themselves are not recorded.</source>
        <translation>記下警方告訴你的內容：風險等級和評估人。不記錄具體的問題。</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>等級(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tool</source>
        <translation>評估工具(&amp;T)</translation>
    </message>
    <message>
        <source>Made &amp;by</source>
        <translation>評估人(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>編號(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Lock automatically after this many minutes without use</source>
        <translation>多少分鐘不使用後自動鎖定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The same as this computer</source>
        <translation>與這台電腦相同</translation>
    </message>
    <message>
        <source>Remind me when my last backup is more than 30 days old</source>
        <translation>上次備份超過 30 天時提醒我</translation>
    </message>
    <message>
        <source>Where your vault is kept</source>
        <translation>你的加密庫儲存的位置</translation>
    </message>
    <message>
        <source>A new language is used the next time SafeLog starts.</source>
        <translation>新的語言會在下次啟動 SafeLog 時生效。</translation>
    </message>
    <message>
        <source>Lock and switch now</source>
        <translation>立即鎖定並切換</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>立即切換</translation>
    </message>
    <message>
        <source>SafeLog locks first; then you type your passphrase again.</source>
        <translation>SafeLog 會先鎖定，然後你需要再次輸入密碼短語。</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>自動鎖定時間</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Your vault is kept in</source>
        <translation>你的加密庫儲存在</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Evidence: %1</source>
        <translation>證據：%1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已報案</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>about %1</source>
        <translation>約 %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>證據：%1</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>已報案</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未報案</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Number of incidents shown</source>
        <translation>顯示的事件數量</translation>
    </message>
    <message>
        <source>Where the search words were found</source>
        <translation>找到搜尋字詞的位置</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching incident(s)</source>
        <translation>
            <numerusform>%Ln 個符合的事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) in your log</source>
        <translation>
            <numerusform>你的記錄中有 %Ln 個事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches this search or these filters. Choose “Show everything” to see your whole log.</source>
        <translation>沒有符合這個搜尋或這些篩選條件的內容。選擇「顯示全部」即可檢視你的全部記錄。</translation>
    </message>
    <message>
        <source>Nothing is recorded yet.

When something happens, choose “New incident” (Ctrl+N) and write down what you remember. It stays on this computer, encrypted.</source>
        <translation>還沒有任何記錄。

發生事情時，選擇「新事件」(Ctrl+N)，寫下你記得的內容。它會加密儲存在這台電腦上。</translation>
    </message>
    <message>
        <source>Found in exhibit {ref} ({name}): “{words}”</source>
        <translation>在證物 (exhibit) {ref}（{name}）中找到：「{words}」</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more exhibit(s)</source>
        <translation>
            <numerusform>……以及另外 %Ln 件證物</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of incidents, newest first</source>
        <translation>事件時間軸，最新的在前</translation>
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
        <translation>密碼短語</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Unlocking, please wait</source>
        <translation>正在解鎖，請稍候</translation>
    </message>
    <message>
        <source>Open with your recovery key</source>
        <translation>用復原金鑰開啟</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you created your log. Spaces, dashes and small or capital letters don&apos;t matter.</source>
        <translation>請輸入你建立記錄時寫下的復原金鑰。空格、短橫線和大小寫都沒有關係。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>復原金鑰</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>改用我的密碼短語</translation>
    </message>
    <message>
        <source>SafeLog is locked</source>
        <translation>SafeLog 已鎖定</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your log.</source>
        <translation>請輸入你的密碼短語，開啟你的記錄。</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>我忘記了密碼短語</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>請先輸入你的復原金鑰。</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>請先輸入你的密碼短語。</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this log. Check it against your copy and try again.</source>
        <translation>這個復原金鑰無法開啟這份記錄。請和你儲存的那份核對，然後再試一次。</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this log. Check that Caps Lock is off and the keyboard language is right, then try again. You can try as often as you need.</source>
        <translation>這個密碼短語無法開啟這份記錄。請檢查大寫鎖定 (Caps Lock) 是否已關閉、鍵盤輸入法是否正確，然後再試一次。你可以不限次數地嘗試。</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation>正在解鎖…請稍等片刻。</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Restoring puts the log from a backup in place of the log you have open now. The log you have now is not deleted: it is kept, moved aside, in the same folder. SafeLog will lock first. Go on?</source>
        <translation>還原會用備份中的記錄替換你現在開啟的記錄。你現在的記錄不會被刪除：它會被移到一邊，保留在同一個資料夾中。SafeLog 會先鎖定。要繼續嗎？</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>Zip archive</source>
        <translation>zip 壓縮檔</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天記錄</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>信箱檔案</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Saved web page</source>
        <translation>已儲存的網頁</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>拍攝日期</translation>
    </message>
    <message>
        <source>Text excerpt</source>
        <translation>文字摘錄</translation>
    </message>
    <message>
        <source>Date changed in the camera or phone</source>
        <translation>在相機或手機中修改的日期</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>相機品牌</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>相機型號</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>軟體</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>寬度（像素）</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>From</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Going through: {0}</source>
        <translation>正在進行：{0}</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>所有清單</translation>
    </message>
    <message>
        <source>Back to the list of checklists (Alt+Up)</source>
        <translation>返回清單列表 (Alt+Up)</translation>
    </message>
    <message>
        <source>Where you are in the checklist</source>
        <translation>你在清單中的位置</translation>
    </message>
    <message>
        <source>Position in the checklist</source>
        <translation>在清單中的位置</translation>
    </message>
    <message>
        <source>You have reached the end of this checklist.</source>
        <translation>你已經完成了這個清單的最後一步。</translation>
    </message>
    <message>
        <source>Back to all checklists</source>
        <translation>返回所有清單</translation>
    </message>
    <message>
        <source>Go through it again from the first item</source>
        <translation>從第一步重新開始</translation>
    </message>
    <message>
        <source>Key {0}</source>
        <translation>按鍵 {0}</translation>
    </message>
    <message>
        <source>Anything to remember about this step (optional)</source>
        <translation>關於這一步需要記住的事（選填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>Empty when you mark it yourself</source>
        <translation>你自己標記時留空</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>標記人</translation>
    </message>
    <message>
        <source>Marked &amp;by</source>
        <translation>標記人(&amp;B)</translation>
    </message>
    <message>
        <source>What is saved for this step</source>
        <translation>這一步儲存的內容</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>{0} or Alt+{1}</source>
        <translation>{0} 或 Alt+{1}</translation>
    </message>
    <message>
        <source>Keys: 1–4 status · {0} next · {1} back · {2} list</source>
        <translation>按鍵：1–4 狀態 · {0} 下一步 · {1} 返回 · {2} 列表</translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <source>Not marked yet.</source>
        <translation>還沒有標記。</translation>
    </message>
    <message>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Saved as “{0}” on {1}, marked by {2}.</source>
        <translation>已於 {1} 儲存為「{0}」，標記人：{2}。</translation>
    </message>
    <message>
        <source>End of the checklist</source>
        <translation>清單結束</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>已完成：{0}</translation>
    </message>
    <message>
        <source>Not applicable: {0}</source>
        <translation>不適用：{0}</translation>
    </message>
    <message>
        <source>Need help: {0}</source>
        <translation>需要幫助：{0}</translation>
    </message>
    <message>
        <source>Still to do: {0}</source>
        <translation>待辦：{0}</translation>
    </message>
    <message>
        <source>Steps marked “Need help” stay at the top of the list until someone has helped with them.</source>
        <translation>標記為「需要幫助」的步驟會一直排在列表頂部，直到有人幫你處理。</translation>
    </message>
    <message>
        <source>The note is too long: please keep it under {0} characters.</source>
        <translation>備註太長了：請不要超過 {0} 個字元。</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <source>Exact time</source>
        <translation>準確時間</translation>
    </message>
    <message>
        <source>Approximate time</source>
        <translation>大約時間</translation>
    </message>
    <message>
        <source>Date only (time not known)</source>
        <translation>只有日期（不知道時間）</translation>
    </message>
    <message>
        <source>How exact is the time</source>
        <translation>時間有多準確</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>It went on until</source>
        <translation>一直持續到</translation>
    </message>
    <message>
        <source>When it ended</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Type a city or a country, such as Tehran, London or Hong Kong</source>
        <translation>請輸入城市或國家，例如 Tehran、London 或 Hong Kong</translation>
    </message>
    <message>
        <source>City or country, e.g. Tehran</source>
        <translation>城市或國家，例如 Tehran</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Type a city or a country for the time zone, such as London or Tehran, or choose one from the list.</source>
        <translation>請輸入時區所在的城市或國家，例如 London 或 Tehran，或從列表中選擇。</translation>
    </message>
    <message>
        <source>The end is before the start; check both times.</source>
        <translation>結束時間早於開始時間；請檢查兩個時間。</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <translation>頁面</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>規律</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>清單</translation>
    </message>
</context>
<context>
    <name>_Canvas</name>
    <message>
        <source>Incidents over time</source>
        <translation>事件隨時間的變化</translation>
    </message>
</context>
</TS>
