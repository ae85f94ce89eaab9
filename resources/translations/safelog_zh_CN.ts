<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Persian</source>
        <translation>波斯语</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>乌尔都语</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>提格利尼亚语</translation>
    </message>
    <message>
        <source>checked by a native speaker</source>
        <translation>已由母语人士审校</translation>
    </message>
    <message>
        <source>machine-drafted, not yet checked by a native speaker</source>
        <translation>机器初译，尚未经母语人士审校</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>关于 SafeLog</translation>
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
        <translation>一份私密、加密的记录，用来记下骚扰、跟踪骚扰和跨国镇压，以及相关证据。

你的记录只保存在这台电脑上。SafeLog 不会向任何地方发送任何内容。

许可证：GNU 通用公共许可证第 3 版或更高版本 (GPL-3.0-or-later)。你可以按照其条款分享和修改 SafeLog。

你的加密库保存在这个文件夹中：</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>加密库文件夹</translation>
    </message>
    <message>
        <source>Languages. Corrections from native speakers are welcome: see &quot;Translations&quot; in SafeLog&apos;s README.</source>
        <translation>语言。欢迎母语人士指正：请参阅 SafeLog 的 README 中的“Translations”一节。</translation>
    </message>
    <message>
        <source>Languages and their review state</source>
        <translation>语言及其审校状态</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Select all rows</source>
        <translation>全选所有行</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>更多菜单</translation>
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
        <translation>保存你的记录备份</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1)</source>
        <translation>SafeLog 备份 (*%1)</translation>
    </message>
    <message>
        <source>Your backup is saved as %1. It is encrypted: only your passphrase or your recovery key opens it. Keep a copy away from this computer, for example on a USB stick in a safe place.</source>
        <translation>你的备份已保存为 %1。备份是加密的：只有你的密码短语或恢复密钥才能打开它。请在这台电脑以外的地方保存一份，例如放在安全地方的 U 盘里。</translation>
    </message>
    <message>
        <source>Backing up your log…</source>
        <translation>正在备份你的记录…</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>You have not made a backup of your log yet. If this computer is lost or broken, a backup is the only way to get your log back.</source>
        <translation>你还没有备份过你的记录。如果这台电脑丢失或损坏，备份是找回记录的唯一方法。</translation>
    </message>
    <message>
        <source>Your last backup was made on %1, more than %2 days ago.</source>
        <translation>你上次备份是在 %1，已经超过 %2 天了。</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
</context>
<context>
    <name>CaptureButton</name>
    <message>
        <source>This desktop does not let SafeLog see the screen. Take a screenshot with your system&apos;s tool (for example PrtScn) and paste it here with Ctrl+V.</source>
        <translation>这个桌面不允许 SafeLog 查看屏幕。请用系统自带的工具截图（例如 PrtScn 键），然后按 Ctrl+V 粘贴到这里。</translation>
    </message>
    <message>
        <source>SafeLog cannot tell which window is in front on this desktop; capture a region around it instead.</source>
        <translation>SafeLog 无法判断这个桌面上哪个窗口在最前面；请改为截取它周围的一块区域。</translation>
    </message>
    <message>
        <source>Capture screen</source>
        <translation>截取屏幕</translation>
    </message>
    <message>
        <source>Put a picture of the screen straight into the vault; SafeLog hides itself while it takes it.</source>
        <translation>把屏幕截图直接放进加密库；截图时 SafeLog 会先隐藏自己。</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>in {n} seconds</source>
        <translation>{n} 秒后</translation>
    </message>
    <message>
        <source>Whole screen, {when}</source>
        <translation>整个屏幕，{when}</translation>
    </message>
    <message>
        <source>A region, {when}</source>
        <translation>一块区域，{when}</translation>
    </message>
    <message>
        <source>The window in front, {when}</source>
        <translation>最前面的窗口，{when}</translation>
    </message>
    <message>
        <source>Screen capture {time}</source>
        <translation>屏幕截图 {time}</translation>
    </message>
    <message>
        <source>captured from the screen by SafeLog</source>
        <translation>由 SafeLog 从屏幕截取</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Surveillance</source>
        <translation>监视</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>网络骚扰</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>Threats to family abroad</source>
        <translation>对海外家人的威胁</translation>
    </message>
    <message>
        <source>Hacking or phishing</source>
        <translation>黑客入侵或网络钓鱼</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>冒充身份</translation>
    </message>
    <message>
        <source>Smear or doxxing</source>
        <translation>抹黑或人肉搜索</translation>
    </message>
    <message>
        <source>Approach by officials</source>
        <translation>官员接触</translation>
    </message>
    <message>
        <source>Coerced return</source>
        <translation>被迫回国</translation>
    </message>
    <message>
        <source>Bounty</source>
        <translation>悬赏</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>人身攻击</translation>
    </message>
    <message>
        <source>Property damage</source>
        <translation>财产损坏</translation>
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
        <translation>更改我的密码短语</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>设置新的密码短语</translation>
    </message>
    <message>
        <source>You opened your log with your recovery key. Choose a new passphrase now, one you will remember. Your recovery key keeps working.</source>
        <translation>你是用恢复密钥打开记录的。请现在设置一个你能记住的新密码短语。你的恢复密钥仍然有效。</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. From then on, only the new one opens your log; your recovery key keeps working.</source>
        <translation>请设置新的密码短语。四五个互不相关的词，中间用空格隔开，容易记住，又很难被猜到。从此以后，只有新的密码短语能打开你的记录；你的恢复密钥仍然有效。</translation>
    </message>
    <message>
        <source>Your passphrase now</source>
        <translation>现在的密码短语</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新的密码短语</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>再输入一次新的密码短语</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>Changing the passphrase, please wait</source>
        <translation>正在更改密码短语，请稍候</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type the passphrase you use now first.</source>
        <translation>请先输入你现在使用的密码短语。</translation>
    </message>
    <message>
        <source>That is not the passphrase you use now. Check that Caps Lock is off, then try again.</source>
        <translation>这不是你现在使用的密码短语。请检查大写锁定 (Caps Lock) 是否已关闭，然后再试一次。</translation>
    </message>
    <message>
        <source>Your passphrase is changed. From now on, only the new one opens your log.</source>
        <translation>你的密码短语已更改。从现在起，只有新的密码短语能打开你的记录。</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Need help</source>
        <translation>需要帮助</translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation>先做这一步</translation>
    </message>
    <message>
        <source>Do this soon</source>
        <translation>尽快去做</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>有空时做</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Safety checklists</source>
        <translation>安全清单</translation>
    </message>
    <message>
        <source>Print checklist summary…</source>
        <translation>打印清单摘要…</translation>
    </message>
    <message>
        <source>Save a PDF of your progress to print or to show someone who helps you</source>
        <translation>把你的进度保存为 PDF，可以打印，或给帮助你的人看</translation>
    </message>
    <message>
        <source>Small steps that make you safer. Take them at your own pace, on your own or with someone you trust. What you mark stays in your locked log.</source>
        <translation>一些让你更安全的小步骤。按你自己的节奏来，可以独自完成，也可以和你信任的人一起。你标记的内容都保存在你锁定的记录里。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>How far you are</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Most important next step</source>
        <translation>最重要的下一步</translation>
    </message>
    <message>
        <source>Choose a checklist and press Enter, or use its button, to go through it one step at a time.</source>
        <translation>选择一个清单，按 Enter 键或点它的按钮，一步一步完成。</translation>
    </message>
    <message>
        <source>The checklists could not be found in this copy of SafeLog.</source>
        <translation>在这个 SafeLog 副本中找不到清单。</translation>
    </message>
    <message>
        <source>Checklists that could not be read and are not shown: {0}.</source>
        <translation>以下清单无法读取，未显示：{0}。</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>已完成 {0}/{1}</translation>
    </message>
    <message>
        <source>{0} waiting for help</source>
        <translation>{0} 项等待帮助</translation>
    </message>
    <message>
        <source>{0} percent done: {1}</source>
        <translation>已完成 {0}%：{1}</translation>
    </message>
    <message>
        <source>Nothing left to do here</source>
        <translation>这里没有要做的了</translation>
    </message>
    <message>
        <source>Every step has an answer.</source>
        <translation>每一步都有了答案。</translation>
    </message>
    <message>
        <source>Waiting for help</source>
        <translation>等待帮助</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
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
        <translation>保存清单摘要</translation>
    </message>
    <message>
        <source>checklist-summary.pdf</source>
        <translation>清单摘要.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The checklist summary was saved as %1. You can print it or show it to someone who helps you.</source>
        <translation>清单摘要已保存为 %1。你可以打印出来，或给帮助你的人看。</translation>
    </message>
    <message>
        <source>Preparing the checklist summary…</source>
        <translation>正在准备清单摘要…</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Passphrase strength</source>
        <translation>密码短语强度</translation>
    </message>
    <message>
        <source>Strong. Make sure you will remember it.</source>
        <translation>很强。请确保你能记住它。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>两次输入的密码短语还不一样。</translation>
    </message>
    <message>
        <source>Both passphrases match.</source>
        <translation>两次输入的密码短语一致。</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>设置密码短语</translation>
    </message>
    <message>
        <source>A passphrase is like a password, but longer. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. Don&apos;t use one you use anywhere else, and don&apos;t tell it to anyone.</source>
        <translation>密码短语像密码，但更长。四五个互不相关的词，中间用空格隔开，容易记住，又很难被猜到。不要使用你在其他地方用过的密码短语，也不要告诉任何人。</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新的密码短语</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>再输入一次密码短语</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Printed on your dossier, so the police know who made the record. You can add it or change it later under “Your details”.</source>
        <translation>会印在你的证据档案上，让警方知道是谁做的记录。以后可以在“你的信息”中添加或修改。</translation>
    </message>
    <message>
        <source>optional, e.g. AB</source>
        <translation>可选，例如 AB</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>你的姓名首字母，用来给证据编号</translation>
    </message>
    <message>
        <source>Used to number your evidence the way the police do (AB1, AB2, …).</source>
        <translation>用来像警方那样给证据编号 (AB1、AB2、…)。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>你的姓名首字母</translation>
    </message>
    <message>
        <source>Setting up encryption, please wait</source>
        <translation>正在设置加密，请稍候</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Create my log</source>
        <translation>创建我的记录</translation>
    </message>
    <message>
        <source>Use one to four letters A to Z, or leave it empty.</source>
        <translation>请使用 1 到 4 个 A 到 Z 的字母，或者留空。</translation>
    </message>
    <message>
        <source>Setting up encryption. This takes a few seconds…</source>
        <translation>正在设置加密，需要几秒钟…</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Type a date, such as 1 Dec 2026 or 01/12/2026. Up and Down change the day; Alt+Down opens a calendar.</source>
        <translation>请输入日期，例如 1 Dec 2026 或 01/12/2026。上下方向键可以更改日期；Alt+Down 打开日历。</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026</source>
        <translation>例如 1 Dec 2026</translation>
    </message>
    <message>
        <source>Type a date and time, such as 1 Dec 2026 18:30 or 01/12/2026 18:30, or only a time for today. Up and Down change the part under the cursor; Alt+Down opens a calendar.</source>
        <translation>请输入日期和时间，例如 1 Dec 2026 18:30 或 01/12/2026 18:30，也可以只输入时间表示今天。上下方向键可以更改光标所在的部分；Alt+Down 打开日历。</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026 18:30</source>
        <translation>例如 1 Dec 2026 18:30</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>在日历上选择日期 (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>在日历上选择日期</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>The same day in the Solar Hijri calendar</source>
        <translation>波斯太阳历 (Solar Hijri) 中的同一天</translation>
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
        <translation>制作证据档案</translation>
    </message>
    <message>
        <source>A dossier is a PDF report of what happened, with your evidence files and a list of their fingerprints, in one new folder. You can give it to the police, a lawyer or a support service. Nothing in your log is changed.</source>
        <translation>证据档案是一份 PDF 报告，记录发生了什么，附上你的证据文件和它们的指纹清单，全部放在一个新文件夹中。你可以把它交给警方、律师或支援机构。你的记录不会有任何改动。</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>哪段时间</translation>
    </message>
    <message>
        <source>Everything in my log</source>
        <translation>我记录中的全部内容</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>最近 6 个月</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Choose the dates…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
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
        <translation>这段时间内的所有事件</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln incident(s) the timeline shows now</source>
        <translation>
            <numerusform>只包括时间线上现在显示的 %Ln 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the incident chosen in the timeline: %1</source>
        <translation>只包括时间线上选中的事件：%1</translation>
    </message>
    <message>
        <source>Leave out of the dossier</source>
        <translation>不放进证据档案</translation>
    </message>
    <message>
        <source>Add a summary of my safety checklists</source>
        <translation>附上我的安全清单摘要</translation>
    </message>
    <message>
        <source>Add a draft witness statement for a solicitor to finish (PDF and Word)</source>
        <translation>附上一份证人陈述 (witness statement) 草稿，供律师 (solicitor) 完成 (PDF 和 Word)</translation>
    </message>
    <message>
        <source>Your own words, in date order and numbered, with your exhibits cited. It is a draft: a solicitor checks it with you before anyone signs it.</source>
        <translation>用你自己的话，按日期顺序编号，并注明你的证物。这只是草稿：在任何人签字之前，律师会和你一起核对。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>选择保存位置…</translation>
    </message>
    <message>
        <source>My private notes</source>
        <translation>我的私人笔记</translation>
    </message>
    <message>
        <source>Exact places: map points and the GPS positions in photos</source>
        <translation>具体地点：地图位置和照片中的 GPS 位置</translation>
    </message>
    <message>
        <source>Camera, phone and software details inside the files</source>
        <translation>文件中的相机、手机和软件信息</translation>
    </message>
    <message>
        <source>How to contact witnesses and other people</source>
        <translation>如何联系证人和其他人</translation>
    </message>
    <message>
        <source>What each incident did to me</source>
        <translation>每个事件对我造成的影响</translation>
    </message>
    <message>
        <source>The original names of my evidence files</source>
        <translation>我的证据文件的原始文件名</translation>
    </message>
    <message>
        <source>The evidence files themselves (their fingerprints stay in the report)</source>
        <translation>证据文件本身（它们的指纹仍保留在报告中）</translation>
    </message>
    <message>
        <source>Who told me about incidents I did not see myself (they stay marked second-hand)</source>
        <translation>谁告诉了我那些我没有亲眼看到的事件（这些事件仍标记为间接得知）</translation>
    </message>
    <message>
        <source>No incident falls in this period. Choose a longer period.</source>
        <translation>这段时间内没有事件。请选择更长的时间段。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence file(s)</source>
        <translation>
            <numerusform>%Ln 个证据文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) with a GPS position</source>
        <translation>
            <numerusform>%Ln 张带 GPS 位置的照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) with a map point</source>
        <translation>
            <numerusform>%Ln 个带地图位置的事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private note(s)</source>
        <translation>
            <numerusform>%Ln 条私人笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with such details</source>
        <translation>
            <numerusform>%Ln 个含有这类信息的文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with contact details</source>
        <translation>
            <numerusform>%Ln 人有联系方式</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln incident(s)</source>
        <translation>
            <numerusform>涉及 %Ln 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier will hold %1 and %2 (%3).</source>
        <translation>证据档案将包含 %1 和 %2 (%3)。</translation>
    </message>
    <message>
        <source>The dossier will hold %1.</source>
        <translation>证据档案将包含 %1。</translation>
    </message>
    <message>
        <source>none in this dossier</source>
        <translation>这份证据档案中没有</translation>
    </message>
</context>
<context>
    <name>DossierDone</name>
    <message>
        <source>Your dossier is ready</source>
        <translation>你的证据档案已准备好</translation>
    </message>
    <message numerus="yes">
        <source>%n incident</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file</source>
        <translation>
            <numerusform>%n 个证据文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation>
            <numerusform>%n 个证据文件</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds %1 and %2. Give the whole folder, not only the PDF, to the police, your lawyer or a support service: a USB stick is a good way.</source>
        <translation>其中包含 %1 和 %2。请把整个文件夹（不只是 PDF）交给警方、你的律师或支援机构：用 U 盘是个好办法。</translation>
    </message>
    <message>
        <source>Where the dossier is</source>
        <translation>证据档案的位置</translation>
    </message>
    <message>
        <source>Document identifier</source>
        <translation>文档标识码</translation>
    </message>
    <message>
        <source>Anyone who receives it can check that nothing in it was changed since you made it. In a terminal, in that folder, they type:</source>
        <translation>收到它的人可以检查自你制作以来其中的内容没有被改动过。他们在终端里进入那个文件夹，输入：</translation>
    </message>
    <message>
        <source>The line that checks it</source>
        <translation>用于检查的命令</translation>
    </message>
    <message>
        <source>The document identifier is printed on every page of the PDF. Write it down: it tells this dossier apart from any other you make.</source>
        <translation>文档标识码印在 PDF 的每一页上。请把它记下来：它能把这份证据档案和你制作的其他档案区分开。</translation>
    </message>
    <message>
        <source>The files in this folder are NOT encrypted: anyone who opens the folder can read them, so keep them somewhere safe, or delete them once you have given them to the police.</source>
        <translation>这个文件夹里的文件没有加密：任何人打开这个文件夹都能看到它们。请把它们放在安全的地方，或者在交给警方之后删除。</translation>
    </message>
    <message>
        <source>These files are not encrypted</source>
        <translation>这些文件没有加密</translation>
    </message>
    <message>
        <source>It is in</source>
        <translation>它在</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>SafeLog could not open a file manager on this computer; your dossier&apos;s files are in this folder: %1</source>
        <translation>SafeLog 无法在这台电脑上打开文件管理器；你的证据档案文件在这个文件夹中：%1</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <source>That folder is synced to %1. What you save there would be copied to %1&apos;s computers on the internet at once, where others may be able to reach it. Save it there anyway?</source>
        <translation>这个文件夹会同步到 %1。你保存在那里的内容会立即被复制到 %1 在互联网上的电脑中，其他人可能会看到。仍然保存在那里吗？</translation>
    </message>
    <message>
        <source>That is your Desktop: anyone who looks at this computer&apos;s screen would see it. Save it there anyway?</source>
        <translation>那是你的桌面：任何看到这台电脑屏幕的人都能看到它。仍然保存在那里吗？</translation>
    </message>
    <message>
        <source>Choose a folder for the dossier (a new folder is made inside it)</source>
        <translation>为证据档案选择一个文件夹（会在里面新建一个文件夹）</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose a folder that is there.</source>
        <translation>那个文件夹不存在。请选择一个已有的文件夹。</translation>
    </message>
    <message>
        <source>Making your dossier…</source>
        <translation>正在制作你的证据档案…</translation>
    </message>
    <message>
        <source>The dossier was not made; nothing was written.</source>
        <translation>证据档案没有制作成功；没有写入任何内容。</translation>
    </message>
</context>
<context>
    <name>EmailPane</name>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>邮件正文</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Original message source</source>
        <translation>原始邮件内容</translation>
    </message>
    <message>
        <source>Show the original message source</source>
        <translation>显示原始邮件内容</translation>
    </message>
    <message>
        <source>Every header and line exactly as the message was saved</source>
        <translation>按邮件保存时的原样，显示每个邮件头和每一行</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Show the readable message</source>
        <translation>显示便于阅读的邮件</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>(no name, {kind})</source>
        <translation>（无名称，{kind}）</translation>
    </message>
    <message>
        <source>SafeLog could not read this file as an e-mail. The file is kept unchanged; “Show the original message source” shows exactly what it holds.</source>
        <translation>SafeLog 无法把这个文件当作电子邮件读取。文件保持不变；点“显示原始邮件内容”可以原样查看其中的内容。</translation>
    </message>
    <message>
        <source>This file does not look like a complete e-mail: it has no sender, recipient, subject or date. “Show the original message source” shows exactly what it holds.</source>
        <translation>这个文件看起来不是一封完整的电子邮件：它没有发件人、收件人、主题或日期。点“显示原始邮件内容”可以原样查看其中的内容。</translation>
    </message>
    <message>
        <source>Parts of this e-mail are damaged or unusual, so some of it may be missing below; “Show the original message source” shows exactly what it holds.</source>
        <translation>这封电子邮件有些部分已损坏或格式少见，下面可能缺少一些内容；点“显示原始邮件内容”可以原样查看其中的内容。</translation>
    </message>
    <message>
        <source>[The message is longer than this; save a copy to see all of it.]</source>
        <translation>[邮件比这里显示的更长；保存一个副本就能看到全部内容。]</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>证物</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Evidence for this incident</source>
        <translation>这个事件的证据</translation>
    </message>
    <message>
        <source>Drag photos, screenshots or documents here, or choose “Add files…”. The originals are kept unchanged and encrypted.</source>
        <translation>把照片、截图或文档拖到这里，或选择“添加文件…”。原件会保持原样并加密保存。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>保存的副本没有加密。</translation>
    </message>
    <message>
        <source>They show something online</source>
        <translation>它们显示的是网上的内容</translation>
    </message>
    <message>
        <source>Screenshots or captures of a post, a message or a profile</source>
        <translation>帖子、消息或个人主页的截图或截取内容</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation>平台或应用</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>没有平台</translation>
    </message>
    <message>
        <source>Full web address</source>
        <translation>完整网址</translation>
    </message>
    <message>
        <source>Account name or ID</source>
        <translation>账号名或 ID</translation>
    </message>
    <message>
        <source>The @name or number that posted it</source>
        <translation>发布它的 @用户名或号码</translation>
    </message>
    <message>
        <source>Time shown on the screen</source>
        <translation>屏幕上显示的时间</translation>
    </message>
    <message>
        <source>As written on the screen, e.g. 14:32 or &apos;3 hours ago&apos;</source>
        <translation>按屏幕上写的填，例如 14:32 或“3 小时前”</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>屏幕上显示的时间</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the vault…</source>
        <translation>
            <numerusform>正在把 %n 个文件添加到加密库…</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>这个文件已经是你记录中的证物 (exhibit) {old}；SafeLog 只保存一份，现在它同时列为 {old} 和 {new}。</translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old} ({name}), added on {day}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>这个文件已经是你记录中的证物 (exhibit) {old}（{name}），添加于 {day}；SafeLog 只保存一份，现在它同时列为 {old} 和 {new}。</translation>
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
        <translation>你保存的副本不会加密：任何能打开那个文件夹的人都能看到它。原件仍安全地保存在 SafeLog 中。要保存 {ref} 的副本吗？</translation>
    </message>
    <message>
        <source>Save a copy of {ref}</source>
        <translation>保存 {ref} 的副本</translation>
    </message>
    <message>
        <source>Saved an exact copy of {ref}. Remember it is not encrypted; delete it when you no longer need it.</source>
        <translation>已保存 {ref} 的完全相同的副本。请记住它没有加密；不再需要时请删除。</translation>
    </message>
    <message>
        <source>Saving a copy of {ref}…</source>
        <translation>正在保存 {ref} 的副本…</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>证物 {ref}</translation>
    </message>
    <message>
        <source>{ref} · {name} · {size}</source>
        <translation>{ref} · {name} · {size}</translation>
    </message>
    <message>
        <source>Text of the exhibit</source>
        <translation>证物的文字内容</translation>
    </message>
    <message>
        <source>SafeLog cannot show this kind of file inside the app. It is kept safely; you can save a copy to open it with another program.</source>
        <translation>SafeLog 无法在应用内显示这种文件。它已安全保存；你可以保存一个副本，用其他程序打开。</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>关于这个文件</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>保存的副本没有加密。</translation>
    </message>
    <message>
        <source>This file is too large to open inside SafeLog. You can save a copy to open it with another program.</source>
        <translation>这个文件太大，无法在 SafeLog 中打开。你可以保存一个副本，用其他程序打开。</translation>
    </message>
    <message>
        <source>SafeLog could not make a safe preview of this picture. The original is kept unchanged; you can save a copy.</source>
        <translation>SafeLog 无法为这张图片生成安全的预览。原件保持不变；你可以保存一个副本。</translation>
    </message>
    <message>
        <source>This is a small preview SafeLog made safely. The original is kept unchanged in the vault.</source>
        <translation>这是 SafeLog 安全生成的小预览。原件在加密库中保持不变。</translation>
    </message>
    <message>
        <source>This computer cannot play sound or video inside SafeLog; use “Save a copy…” to play it with another program.</source>
        <translation>这台电脑无法在 SafeLog 中播放声音或视频；请使用“保存副本…”，再用其他程序播放。</translation>
    </message>
    <message>
        <source>This exhibit</source>
        <translation>这个证物</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>原始名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹 (SHA-256)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术细节</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Location in the file</source>
        <translation>文件中记录的位置</translation>
    </message>
    <message>
        <source>How you got it</source>
        <translation>获取方式</translation>
    </message>
    <message>
        <source>Not said yet. “How you got it…” in the list adds it.</source>
        <translation>还没有填写。可以在列表中点“获取方式…”来填写。</translation>
    </message>
    <message>
        <source>Where the original is kept</source>
        <translation>原件存放在哪里</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>About the file</source>
        <translation>关于这个文件</translation>
    </message>
    <message>
        <source>Where it was online</source>
        <translation>网上的位置</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>屏幕上显示的时间</translation>
    </message>
    <message>
        <source>The exact record</source>
        <translation>精确记录</translation>
    </message>
    <message>
        <source>Exact file type</source>
        <translation>确切的文件类型</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Location saved in the file</source>
        <translation>文件中保存的位置</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>请注意</translation>
    </message>
    <message>
        <source>Anyone you give the original file to can see this location.</source>
        <translation>你把原始文件交给谁，谁就能看到这个位置。</translation>
    </message>
    <message>
        <source>Dates of the file you added</source>
        <translation>你添加的文件的日期</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Details saved inside the file</source>
        <translation>文件内保存的信息</translation>
    </message>
    <message>
        <source>This document does not say which program made it or when. That is common and does not affect the evidence.</source>
        <translation>这个文档没有说明是哪个程序、在什么时候制作的。这很常见，不影响证据。</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Search titles, what happened, places and people</source>
        <translation>搜索标题、发生的事、地点和人</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>搜索记录</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
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
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Between two dates…</source>
        <translation>两个日期之间…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>从这一天起</translation>
    </message>
    <message>
        <source>Up to and including this day</source>
        <translation>到这一天为止（含这一天）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Several kinds…</source>
        <translation>多个类别…</translation>
    </message>
    <message>
        <source>Kinds of incident to show</source>
        <translation>要显示的事件类别</translation>
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
        <translation>证据</translation>
    </message>
    <message>
        <source>With or without evidence</source>
        <translation>有无证据均可</translation>
    </message>
    <message>
        <source>With evidence</source>
        <translation>有证据</translation>
    </message>
    <message>
        <source>Without evidence</source>
        <translation>没有证据</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报案</translation>
    </message>
    <message>
        <source>Reported or not</source>
        <translation>是否报案均可</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>还没有报案</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>清除搜索和所有筛选</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>when</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>how it affected you</source>
        <translation>对你的影响</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>私人笔记</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>reports made</source>
        <translation>已做的报案</translation>
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
        <translation>这个事件的历史记录</translation>
    </message>
    <message>
        <source>SafeLog never overwrites an entry. Each time it was saved, a new version was added. Choose a version to read it.</source>
        <translation>SafeLog 从不覆盖任何条目。每次保存都会新增一个版本。选择一个版本即可阅读。</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>已保存的版本</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>所选版本的内容</translation>
    </message>
    <message>
        <source>First recorded</source>
        <translation>首次记录</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>已更改：{fields}</translation>
    </message>
    <message>
        <source>Saved again, nothing changed</source>
        <translation>再次保存，没有改动</translation>
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
        <translation>此版本中更改的内容：</translation>
    </message>
    <message>
        <source>  Before: {text}</source>
        <translation>  之前：{text}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>  After: {text}</source>
        <translation>  之后：{text}</translation>
    </message>
    <message>
        <source>Report {n}: {route}</source>
        <translation>报案 {n}：{route}</translation>
    </message>
    <message>
        <source>person {n}</source>
        <translation>人员 {n}</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>向右旋转</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>已做的报案</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>私人笔记</translation>
    </message>
    <message>
        <source>What you type is kept safely in the vault as a draft, even if this window closes.</source>
        <translation>你输入的内容会作为草稿安全地保存在加密库中，即使这个窗口关闭也不会丢失。</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>放弃…</translation>
    </message>
    <message>
        <source>Close, keep draft</source>
        <translation>关闭，保留草稿</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Private notes are only for you. They are never put into a dossier or an export unless you choose to include them.</source>
        <translation>私人笔记只给你自己看。除非你选择包含它们，否则不会放进证据档案或导出内容中。</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>新事件</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>You have unsaved writing for this incident from before. Continue where you left off?</source>
        <translation>这个事件有你之前没有保存的内容。要从上次停下的地方继续吗？</translation>
    </message>
    <message>
        <source>You started writing a new incident earlier and did not save it. Continue where you left off?</source>
        <translation>你之前开始写一个新事件，但没有保存。要从上次停下的地方继续吗？</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>继续写</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Your unsaved writing is back. Save when ready.</source>
        <translation>你没有保存的内容已恢复。准备好后请保存。</translation>
    </message>
    <message>
        <source>Evidence is kept with a saved incident. Save this incident first; you can go on editing it afterwards.</source>
        <translation>证据要和已保存的事件放在一起。请先保存这个事件；之后你还可以继续编辑。</translation>
    </message>
    <message>
        <source>Save now and add evidence</source>
        <translation>立即保存并添加证据</translation>
    </message>
    <message>
        <source>Draft kept safely at {time}.</source>
        <translation>草稿已于 {time} 安全保存。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Throw away what you changed in this window? This cannot be undone.</source>
        <translation>要丢弃你在这个窗口中所做的更改吗？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>A few words, e.g. &apos;Same car outside my flat&apos;</source>
        <translation>几个字，例如“我家楼下又是那辆车”</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>发生地点</translation>
    </message>
    <message>
        <source>Street, town, or &apos;online&apos;</source>
        <translation>街道、城镇，或“网上”</translation>
    </message>
    <message>
        <source>Map coordinates (optional)</source>
        <translation>地图坐标（可选）</translation>
    </message>
    <message>
        <source>Optional, e.g. 51.5074, -0.1278</source>
        <translation>可选，例如 51.5074, -0.1278</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>In your own words, in any language. Include what was said, what you saw, and anything unusual.</source>
        <translation>用你自己的话，用任何语言都可以。写下对方说了什么、你看到了什么，以及任何不寻常的情况。</translation>
    </message>
    <message>
        <source>How it affected you</source>
        <translation>对你的影响</translation>
    </message>
    <message>
        <source>Fear, changes to your routine, work, health, family.</source>
        <translation>害怕、日常生活的改变、工作、健康、家人。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Optional words to group entries, separated by commas</source>
        <translation>可选的词，用来给条目分组，用逗号隔开</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>私人笔记</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>时间(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>地点(&amp;W)</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>发生了什么(&amp;H)</translation>
    </message>
    <message>
        <source>How it &amp;affected you</source>
        <translation>对你的影响(&amp;A)</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <source>Give the incident a short title, such as &apos;Followed home from the station&apos;.</source>
        <translation>给事件起一个简短的标题，例如“从车站被跟踪到家”。</translation>
    </message>
    <message>
        <source>Type the latitude and longitude as two numbers, such as 51.5074, -0.1278, or leave this empty.</source>
        <translation>输入纬度和经度两个数字，例如 51.5074, -0.1278，或者留空。</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Every saved version of this incident</source>
        <translation>这个事件每一个已保存的版本</translation>
    </message>
    <message>
        <source>Choose an incident from the list to see it here.</source>
        <translation>从列表中选择一个事件，在这里查看。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>(Nothing written yet.)</source>
        <translation>（还没有写内容。）</translation>
    </message>
    <message>
        <source>How it affected me</source>
        <translation>对我的影响</translation>
    </message>
    <message>
        <source>Private notes — only for you, never exported unless you choose</source>
        <translation>私人笔记——只给你自己看，除非你选择，否则不会导出</translation>
    </message>
    <message>
        <source>First recorded {first}</source>
        <translation>首次记录于 {first}</translation>
    </message>
    <message>
        <source>last changed {last}</source>
        <translation>最后修改于 {last}</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>他们做了什么</translation>
    </message>
    <message>
        <source>The effect on me</source>
        <translation>对我的影响</translation>
    </message>
    <message>
        <source>How I know (second-hand)</source>
        <translation>我是怎么知道的（间接得知）</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>我为什么认为背后有国家参与</translation>
    </message>
    <message>
        <source>Breaks court order</source>
        <translation>违反法院命令</translation>
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
        <translation>车辆：{v}</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>怀疑</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Link to a state: {s}</source>
        <translation>与国家的关联：{s}</translation>
    </message>
    <message>
        <source>Contact: {c}</source>
        <translation>联系方式：{c}</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>已做的报案</translation>
    </message>
    <message>
        <source>Not reported yet.</source>
        <translation>还没有报案。</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报案给</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转介给</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>InsideWindow</name>
    <message>
        <source>Inside {ref}</source>
        <translation>{ref} 内部</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Make an incident from the chosen messages</source>
        <translation>用选中的消息创建一个事件</translation>
    </message>
    <message>
        <source>{shown} of {total} messages; choose the ones that belong to one incident.</source>
        <translation>共 {total} 条消息，显示 {shown} 条；请选择属于同一个事件的消息。</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>内部文件</translation>
    </message>
    <message>
        <source>Add the chosen files as exhibits</source>
        <translation>把选中的文件添加为证物</translation>
    </message>
    <message>
        <source>Files inside {ref}; each one you add keeps a link to it.</source>
        <translation>{ref} 内部的文件；你添加的每个文件都会保留与它的关联。</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>Tick the messages first.</source>
        <translation>请先勾选消息。</translation>
    </message>
    <message>
        <source>Added incident “{title}”, dated at the first message.</source>
        <translation>已添加事件“{title}”，日期按第一条消息设定。</translation>
    </message>
    <message>
        <source>Adding the chosen files…</source>
        <translation>正在添加选中的文件…</translation>
    </message>
    <message>
        <source>Inside…</source>
        <translation>查看内部…</translation>
    </message>
    <message>
        <source>The messages of a chat, or the files inside an e-mail, zip or saved page</source>
        <translation>聊天记录中的消息，或电子邮件、zip 压缩包、已保存网页中的文件</translation>
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
        <translation>欢迎使用 SafeLog</translation>
    </message>
    <message>
        <source>SafeLog is a private notebook for writing down what is happening to you: being followed or watched, threats, online abuse, or pressure on you or your family. It keeps the dates, places, people and evidence together, so that when you are ready you can show a clear record to the police, a lawyer or a support service.</source>
        <translation>SafeLog 是一个私密的记事本，用来记下你正在经历的事情：被跟踪或监视、威胁、网络骚扰，或者你和家人受到的压力。它把日期、地点、人和证据放在一起，等你准备好时，可以把一份清楚的记录交给警方、律师或支援机构。</translation>
    </message>
    <message>
        <source>&lt;b&gt;It stays on this computer.&lt;/b&gt; Nothing is sent anywhere.</source>
        <translation>&lt;b&gt;它只保存在这台电脑上。&lt;/b&gt;不会发送到任何地方。</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is encrypted.&lt;/b&gt; Without your passphrase nobody can read it.</source>
        <translation>&lt;b&gt;它是加密的。&lt;/b&gt;没有你的密码短语，谁都无法读取。</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you forget your passphrase,&lt;/b&gt; only your recovery key can open it. Nobody else can, not even the people who make SafeLog. You will see the recovery key in a moment: write it down and keep it safe.</source>
        <translation>&lt;b&gt;如果你忘记了密码短语，&lt;/b&gt;只有恢复密钥能打开它。其他任何人都打不开，连制作 SafeLog 的人也不行。你马上就会看到恢复密钥：请把它写下来并妥善保管。</translation>
    </message>
    <message>
        <source>Create my private log</source>
        <translation>创建我的私密记录</translation>
    </message>
    <message>
        <source>I have a backup: restore it…</source>
        <translation>我有备份：恢复备份…</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>谁能帮忙</translation>
    </message>
    <message>
        <source>Where this advice comes from</source>
        <translation>这条建议的来源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Copy the address of {0}</source>
        <translation>复制 {0} 的地址</translation>
    </message>
    <message>
        <source>Address copied. Paste it into a browser when you are ready; SafeLog empties the clipboard after 30 seconds.</source>
        <translation>地址已复制。准备好后粘贴到浏览器中；SafeLog 会在 30 秒后清空剪贴板。</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>Following me</source>
        <translation>跟踪我</translation>
    </message>
    <message>
        <source>Contacting me, or trying to, by any means</source>
        <translation>以任何方式联系我，或试图联系我</translation>
    </message>
    <message>
        <source>Publishing material about me</source>
        <translation>发布关于我的内容</translation>
    </message>
    <message>
        <source>Monitoring my internet, email or messages</source>
        <translation>监控我的网络、电子邮件或消息</translation>
    </message>
    <message>
        <source>Loitering near me, my home or work</source>
        <translation>在我、我家或我工作的地方附近逗留</translation>
    </message>
    <message>
        <source>Interfering with my property</source>
        <translation>干扰我的财物</translation>
    </message>
    <message>
        <source>Watching or spying on me</source>
        <translation>监视或暗中观察我</translation>
    </message>
    <message>
        <source>I feared violence would be used against me</source>
        <translation>我害怕对方会对我使用暴力</translation>
    </message>
    <message>
        <source>It caused me serious alarm or distress</source>
        <translation>这让我非常惊恐或痛苦</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <source>What they did (tick any that apply)</source>
        <translation>他们做了什么（勾选所有符合的）</translation>
    </message>
    <message>
        <source>The effect on you</source>
        <translation>对你的影响</translation>
    </message>
    <message>
        <source>How I know it</source>
        <translation>我是怎么知道的</translation>
    </message>
    <message>
        <source>Only if you did not see it yourself: who told you, when and how (for example &apos;my sister, by phone on 4 May&apos;).</source>
        <translation>只有在你没有亲眼看到时才填写：谁告诉你的、什么时候、怎么告诉的（例如“我姐姐，5 月 4 日打电话告诉我”）。</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>我为什么认为背后有国家参与</translation>
    </message>
    <message>
        <source>Optional: what makes you think a government or its agents are behind this.</source>
        <translation>可选：是什么让你认为背后是某个政府或它的人员。</translation>
    </message>
    <message>
        <source>Court orders this breaches</source>
        <translation>这违反了哪些法院命令</translation>
    </message>
    <message>
        <source>No court orders are recorded. Add them under Incident &gt; Orders and risk assessments.</source>
        <translation>没有记录法院命令。请在“事件 &gt; 保护令和风险评估”中添加。</translation>
    </message>
    <message>
        <source>How &amp;I know it (if I did not see it myself)</source>
        <translation>我是怎么知道的（如果不是亲眼看到）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Why I think a state is behind it</source>
        <translation>我为什么认为背后有国家参与(&amp;W)</translation>
    </message>
    <message>
        <source>This breaches a court &amp;order</source>
        <translation>这违反了法院命令(&amp;O)</translation>
    </message>
    <message>
        <source>These headings follow the law on stalking and harassment, so a solicitor or the police can use your record. Leave them empty if you are not sure. This is not legal advice.</source>
        <translation>这些标题依照关于跟踪骚扰 (stalking) 和骚扰 (harassment) 的法律设置，方便律师或警方使用你的记录。不确定时可以留空。这不是法律建议。</translation>
    </message>
</context>
<context>
    <name>LegalWindow</name>
    <message>
        <source>Orders and risk assessments</source>
        <translation>保护令和风险评估</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>法院命令</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>编辑</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Orders and risk assessments…</source>
        <translation>保护令和风险评估…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Quick hide</source>
        <translation>快速隐藏</translation>
    </message>
    <message>
        <source>Lock and minimise at once (Ctrl+Shift+H), from any SafeLog window</source>
        <translation>立即锁定并最小化 (Ctrl+Shift+H)，在任何 SafeLog 窗口中都可用</translation>
    </message>
    <message>
        <source>Check the vault for damage…</source>
        <translation>检查加密库是否损坏…</translation>
    </message>
    <message>
        <source>Make a dossier…</source>
        <translation>制作证据档案…</translation>
    </message>
    <message>
        <source>A PDF report with your evidence, to give to the police, a lawyer or a support service (Ctrl+D)</source>
        <translation>一份附有你的证据的 PDF 报告，可以交给警方、律师或支援机构 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>证据档案</translation>
    </message>
    <message>
        <source>Back up my log…</source>
        <translation>备份我的记录…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>更改我的密码短语…</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>生成新的恢复密钥…</translation>
    </message>
    <message>
        <source>Your details…</source>
        <translation>你的信息…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>关于 SafeLog</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>规律</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>清单</translation>
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
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>主要操作</translation>
    </message>
    <message>
        <source>Choose an incident in the timeline first.</source>
        <translation>请先在时间线上选择一个事件。</translation>
    </message>
    <message>
        <source>Your vault passed every check. Nothing is damaged.</source>
        <translation>你的加密库通过了所有检查。没有任何损坏。</translation>
    </message>
    <message>
        <source>Checking your vault…</source>
        <translation>正在检查你的加密库…</translation>
    </message>
    <message>
        <source>The settings could not be saved; they apply until SafeLog is closed.</source>
        <translation>无法保存设置；在关闭 SafeLog 之前设置仍然有效。</translation>
    </message>
    <message>
        <source>Make a dossier</source>
        <translation>制作证据档案</translation>
    </message>
    <message>
        <source>Edit the chosen incident</source>
        <translation>编辑选中的事件</translation>
    </message>
    <message>
        <source>Lock, from any SafeLog window</source>
        <translation>锁定，在任何 SafeLog 窗口中都可用</translation>
    </message>
    <message>
        <source>Quick hide: lock and minimise</source>
        <translation>快速隐藏：锁定并最小化</translation>
    </message>
    <message>
        <source>Timeline, People, Pattern, Checklists</source>
        <translation>时间线、人、规律、清单</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
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
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Make a new recovery key</source>
        <translation>生成新的恢复密钥</translation>
    </message>
    <message>
        <source>Make a new recovery key if yours was lost, or if someone else may have seen it. The key you have now stops working at once, on this computer and in every backup you make from now on. Backups you made before still open with the old key.

To go on, type your passphrase.</source>
        <translation>如果你的恢复密钥丢了，或者可能被别人看到了，请生成一个新的恢复密钥。你现在的密钥会立即失效，在这台电脑上以及你今后做的所有备份中都不能再用。你以前做的备份仍然可以用旧密钥打开。

要继续，请输入你的密码短语。</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>你的密码短语</translation>
    </message>
    <message>
        <source>Making a new recovery key, please wait</source>
        <translation>正在生成新的恢复密钥，请稍候</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>生成新密钥</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>你的新恢复密钥</translation>
    </message>
    <message>
        <source>Your old recovery key no longer opens your log. This new one is the only other way in if you forget your passphrase, and it is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>你的旧恢复密钥已经无法打开你的记录。如果你忘记了密码短语，这个新密钥是唯一的其他办法，而且它只显示这一次。

请把它写在纸上或打印出来，放在安全的地方：远离这台电脑，也远离任何可能想看你记录的人。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>I have written down or printed my new recovery key.</source>
        <translation>我已经写下或打印了我的新恢复密钥。</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>请先输入你的密码短语。</translation>
    </message>
    <message>
        <source>That is not your passphrase. Check that Caps Lock is off, then try again. Nothing was changed.</source>
        <translation>这不是你的密码短语。请检查大写锁定 (Caps Lock) 是否已关闭，然后再试一次。没有任何改动。</translation>
    </message>
    <message>
        <source>Your new recovery key will not be shown again, and the old one no longer works. Have you written it down or printed it?</source>
        <translation>你的新恢复密钥不会再显示，旧密钥也已失效。你已经写下或打印了吗？</translation>
    </message>
</context>
<context>
    <name>ObtainedQuestion</name>
    <message>
        <source>I took this photo or recording myself</source>
        <translation>我自己拍摄或录制的</translation>
    </message>
    <message>
        <source>Someone sent it to me</source>
        <translation>别人发给我的</translation>
    </message>
    <message>
        <source>I saved it from a website or app</source>
        <translation>我从网站或应用中保存的</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他方式</translation>
    </message>
    <message>
        <source>How did you get this file?</source>
        <translation>你是怎么得到这个文件的？</translation>
    </message>
    <message>
        <source>The police will ask how you got each piece of evidence. Your answer is printed beside it in the dossier. You can change it later.</source>
        <translation>警方会问你每一份证据是怎么得到的。你的回答会印在证据档案中这份证据的旁边。以后可以修改。</translation>
    </message>
    <message>
        <source>More about how you got it</source>
        <translation>关于获取方式的更多说明</translation>
    </message>
    <message>
        <source>For example: who sent it, when, and in which app</source>
        <translation>例如：谁发的、什么时候、用哪个应用</translation>
    </message>
    <message>
        <source>Where is the original kept?</source>
        <translation>原件放在哪里？</translation>
    </message>
    <message>
        <source>Optional. For example: on my phone, or the letter is in a drawer at home</source>
        <translation>可选。例如：在我的手机里，或者信放在家里的抽屉中</translation>
    </message>
    <message>
        <source>More about it (optional)</source>
        <translation>更多说明（可选）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Nothing is saved; you can answer later.</source>
        <translation>不会保存任何内容；你可以以后再回答。</translation>
    </message>
    <message>
        <source>Exhibit {ref} ({name})</source>
        <translation>证物 {ref}（{name}）</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>证物 {ref}</translation>
    </message>
    <message>
        <source>How did you get these files?</source>
        <translation>你是怎么得到这些文件的？</translation>
    </message>
    <message>
        <source>Your answer is saved for each of the exhibits {refs}.</source>
        <translation>你的回答会保存到以下每个证物：{refs}。</translation>
    </message>
    <message>
        <source>Saved. The dossier will say how you got {refs}.</source>
        <translation>已保存。证据档案会写明你是怎么得到 {refs} 的。</translation>
    </message>
    <message>
        <source>How you got it…</source>
        <translation>获取方式…</translation>
    </message>
    <message>
        <source>Say how you got the selected file and where the original is</source>
        <translation>说明你是怎么得到选中的文件的，以及原件在哪里</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Harassment injunction</source>
        <translation>骚扰禁令</translation>
    </message>
    <message>
        <source>Stalking Protection Order</source>
        <translation>跟踪骚扰保护令</translation>
    </message>
    <message>
        <source>Non-molestation order</source>
        <translation>禁止骚扰令</translation>
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
        <translation>骚扰禁令 (harassment injunction, Protection from Harassment Act 1997 s.3)</translation>
    </message>
    <message>
        <source>Stalking Protection Order (Stalking Protection Act 2019)</source>
        <translation>跟踪骚扰保护令 (Stalking Protection Order, Stalking Protection Act 2019)</translation>
    </message>
    <message>
        <source>Non-molestation order (Family Law Act 1996 s.42)</source>
        <translation>禁止骚扰令 (non-molestation order, Family Law Act 1996 s.42)</translation>
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
        <translation>序号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>签发日期</translation>
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
        <translation>违反次数</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>法院命令</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>命令类型</translation>
    </message>
    <message>
        <source>Date made</source>
        <translation>签发日期</translation>
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
        <translation>案件编号或参考号</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>What the order forbids, as it is written in the order</source>
        <translation>命令禁止的事项，按命令上的原文填写</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>添加命令</translation>
    </message>
    <message>
        <source>Save changes to the chosen order</source>
        <translation>保存对所选命令的更改</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Made on</source>
        <translation>签发日期(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Court</source>
        <translation>法院(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>编号(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>条款(&amp;T)</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>无到期日</translation>
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
        <translation>违反记录：{list}</translation>
    </message>
    <message>
        <source>No incident is marked as breaching this order.</source>
        <translation>没有事件被标记为违反这项命令。</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>显示或隐藏你输入的内容</translation>
    </message>
</context>
<context>
    <name>PasteSupport</name>
    <message>
        <source>Save these details</source>
        <translation>保存这些信息</translation>
    </message>
    <message>
        <source>dragged from a web page</source>
        <translation>从网页拖入</translation>
    </message>
    <message>
        <source>Pasted image {time}</source>
        <translation>粘贴的图片 {time}</translation>
    </message>
    <message>
        <source>Pasted text {time}</source>
        <translation>粘贴的文字 {time}</translation>
    </message>
    <message>
        <source>There is nothing to paste: copy a screenshot, a picture or some text first.</source>
        <translation>没有可粘贴的内容：请先复制截图、图片或一些文字。</translation>
    </message>
    <message>
        <source>Adding to the vault…</source>
        <translation>正在添加到加密库…</translation>
    </message>
    <message>
        <source>Save these details to {ref}</source>
        <translation>把这些信息保存到 {ref}</translation>
    </message>
</context>
<context>
    <name>PatternChart</name>
    <message>
        <source>Per week</source>
        <translation>按周</translation>
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
        <translation>{period}：没有记录</translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}：{count}</translation>
    </message>
    <message>
        <source>{period}: {total} in total ({parts})</source>
        <translation>{period}：共 {total} 个 ({parts})</translation>
    </message>
    <message>
        <source>Nothing recorded yet. The chart fills in as you add incidents.</source>
        <translation>还没有记录。你添加事件后，图表就会显示出来。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from the week of {first} to the week of {last}.</source>
        <translation>
            <numerusform>从 {first} 那一周到 {last} 那一周，共 %Ln 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest was the week of {busy} ({n}).</source>
        <translation>最多的是 {busy} 那一周 ({n})。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from {first} to {last}.</source>
        <translation>
            <numerusform>从 {first} 到 {last}，共 %Ln 个事件。</numerusform>
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
        <translation>这个版本的 SafeLog 无法显示 PDF 文件。文件已安全保存；你可以保存一个副本来阅读。</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
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
        <translation>证人</translation>
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
        <translation>相关人员</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>People in this incident</source>
        <translation>这个事件中的人</translation>
    </message>
    <message>
        <source>People already recorded</source>
        <translation>已记录的人</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Someone already recorded:</source>
        <translation>已记录的人：</translation>
    </message>
    <message>
        <source>Record someone new…</source>
        <translation>记录一个新的人…</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>新的人</translation>
    </message>
    <message>
        <source>Role in this incident</source>
        <translation>在这个事件中的角色</translation>
    </message>
    <message>
        <source>Add to this incident</source>
        <translation>添加到这个事件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No one added yet. Add the people involved, even if you do not know their names.</source>
        <translation>还没有添加任何人。请添加涉及的人，即使你不知道他们的名字。</translation>
    </message>
    <message>
        <source>Who was involved or saw it. Each person is recorded once, so you can see how often they appear.</source>
        <translation>谁参与了或目睹了这件事。每个人只记录一次，这样你可以看到他们出现了多少次。</translation>
    </message>
    <message>
        <source>No one recorded yet</source>
        <translation>还没有记录任何人</translation>
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
        <translation>他们是谁</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <source>People in your record</source>
        <translation>你记录中的人</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>添加一个人…</translation>
    </message>
    <message>
        <source>Everyone you have recorded, most often involved first.</source>
        <translation>你记录过的所有人，出现次数最多的排在前面。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>保存此人</translation>
    </message>
    <message>
        <source>Incidents with this person</source>
        <translation>与此人有关的事件</translation>
    </message>
    <message>
        <source>Double-click an incident to open it</source>
        <translation>双击一个事件即可打开</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新的人</translation>
    </message>
    <message>
        <source>Not linked to any incident yet.</source>
        <translation>还没有关联任何事件。</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name or short description</source>
        <translation>名字或简短描述</translation>
    </message>
    <message>
        <source>A name, or e.g. &apos;man in grey car&apos;</source>
        <translation>名字，或例如“开灰色汽车的男子”</translation>
    </message>
    <message>
        <source>Kind of person</source>
        <translation>人员类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Make, colour, number plate</source>
        <translation>品牌、颜色、车牌号</translation>
    </message>
    <message>
        <source>Link to a state</source>
        <translation>与国家的关联</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>怀疑</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>如何联系他们</translation>
    </message>
    <message>
        <source>For witnesses: phone, email</source>
        <translation>证人填写：电话、电子邮件</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>关于此人的备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>他们是谁</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Give this person a name, or a short description such as &apos;man in grey car&apos;.</source>
        <translation>请给这个人起个名字，或写一个简短描述，例如“开灰色汽车的男子”。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your details</source>
        <translation>你的信息</translation>
    </message>
    <message>
        <source>These details are printed on the first page of your dossier, so that the police know who made the record and how to reach you safely. They stay inside your locked log. You can leave any of them empty.</source>
        <translation>这些信息会印在你证据档案的第一页上，让警方知道是谁做的记录，以及如何安全地联系你。它们保存在你锁定的记录里。每一项都可以留空。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>你的姓名首字母，用来给证据编号</translation>
    </message>
    <message>
        <source>For example: call my mobile only between 9 and 5; never leave a voicemail; or contact me through my support worker.</source>
        <translation>例如：只在 9 点到 5 点之间打我的手机；不要留语音信息；或者通过我的支援工作者联系我。</translation>
    </message>
    <message>
        <source>How the police may contact you safely</source>
        <translation>警方如何安全地联系你</translation>
    </message>
    <message>
        <source>For example: Persian (Farsi)</source>
        <translation>例如：普通话 (Mandarin) 或粤语 (Cantonese)</translation>
    </message>
    <message>
        <source>The language you prefer to speak</source>
        <translation>你希望使用的语言</translation>
    </message>
    <message>
        <source>Do you need an interpreter?</source>
        <translation>你需要口译员吗？</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>未说明</translation>
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
        <translation>例如：Wang Xiaoming</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport</source>
        <translation>你的英文姓名（拉丁字母），与护照上的一致</translation>
    </message>
    <message>
        <source>For example: text first; never leave a voicemail, the phone is shared.</source>
        <translation>例如（用英文写）：text first; never leave a voicemail, the phone is shared.</translation>
    </message>
    <message>
        <source>How the police may contact you safely, in English</source>
        <translation>警方如何安全地联系你（用英文写）</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>姓名首字母</translation>
    </message>
    <message>
        <source>New evidence is numbered with them, the way the police do (AB1, AB2, …). Evidence you already have keeps its numbers.</source>
        <translation>新的证据会用它们编号，和警方的做法一样 (AB1、AB2、…)。已有的证据保留原来的编号。</translation>
    </message>
    <message>
        <source>How to contact you safely</source>
        <translation>如何安全地联系你</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>需要口译员</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>英文姓名（拉丁字母）</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport. If your name is written in another script, such as Arabic, Persian or Chinese, this lets police systems record it.</source>
        <translation>用拉丁字母写你的姓名，与护照上的一致。如果你的姓名用其他文字书写，例如阿拉伯文、波斯文或中文，填写这一项能让警方的系统记录你的姓名。</translation>
    </message>
    <message>
        <source>Safe contact, in English</source>
        <translation>安全联系方式（英文）</translation>
    </message>
    <message>
        <source>If you wrote how to contact you in another language, say it here in English for the officer.</source>
        <translation>如果你用其他语言写了联系方式，请在这里用英文再写一遍，方便警员阅读。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>父目录</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>转到父目录</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>新建一个文件夹</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>列表视图</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>更改为列表视图模式</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>详情视图</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>更改为详情视图模式</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>侧边栏</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>位置和书签列表</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>最近位置</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>目录：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>选择(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>显示隐藏文件(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>新建文件夹(&amp;N)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>显示 </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 已存在。
您想要替换它吗？</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
文件未找到。
请检查指定的文件名是否正确。</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
目录未找到。
请检查指定的目录名是否正确。</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>您确定要删除“%1”吗？</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>“%1”已被写入保护。
您仍然想要删除它吗？</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>无法删除目录。</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>体积</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>你的恢复密钥</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only other way to open your log. Nobody can make a new one for you. It is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>如果你忘记了密码短语，这个密钥是打开你记录的唯一其他办法。没有人能为你重新生成一个。它只显示这一次。

请把它写在纸上或打印出来，放在安全的地方：远离这台电脑，也远离任何可能想看你记录的人。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>打印恢复密钥</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>保存为文件…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>把恢复密钥保存为文件</translation>
    </message>
    <message>
        <source>I have written down, printed or saved my recovery key.</source>
        <translation>我已经写下、打印或保存了我的恢复密钥。</translation>
    </message>
    <message>
        <source>Open my log</source>
        <translation>打开我的记录</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>恢复密钥：%1</translation>
    </message>
    <message>
        <source>SafeLog recovery key</source>
        <translation>SafeLog 恢复密钥</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase.</source>
        <translation>如果你忘记了密码短语，这个密钥可以打开你的 SafeLog 记录。</translation>
    </message>
    <message>
        <source>Keep it somewhere safe, away from the computer.</source>
        <translation>请把它放在安全的地方，远离电脑。</translation>
    </message>
    <message>
        <source>A recovery key in a file on this computer is no safer than the computer: anyone who gets into it can find the key, and if the computer is lost or broken, the key is lost with it. Paper, or a USB stick kept somewhere else, is much safer.

Plug in a USB stick now if you have one, then choose it in the next window. Save the key to a file?</source>
        <translation>保存在这台电脑上的恢复密钥文件，安全程度不会超过这台电脑本身：任何进入电脑的人都能找到密钥；如果电脑丢失或损坏，密钥也会一起丢失。写在纸上，或存在放在别处的 U 盘里，要安全得多。

如果你有 U 盘，现在就插上，然后在下一个窗口中选择它。要把密钥保存为文件吗？</translation>
    </message>
    <message>
        <source>Save the recovery key (choose a USB stick)</source>
        <translation>保存恢复密钥（请选择 U 盘）</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>The recovery key could not be saved there. Choose another place, such as a USB stick.</source>
        <translation>恢复密钥无法保存在那里。请选择其他位置，例如 U 盘。</translation>
    </message>
    <message>
        <source>Saved. That file is on this computer: move it to a safe place of its own, such as a USB stick, and then delete it here.</source>
        <translation>已保存。这个文件在这台电脑上：请把它移到一个安全的地方，例如 U 盘，然后在这里删除它。</translation>
    </message>
    <message>
        <source>Saved on the USB stick. Keep the stick somewhere safe, away from this computer.</source>
        <translation>已保存到 U 盘。请把 U 盘放在安全的地方，远离这台电脑。</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase. Keep this page somewhere safe, away from the computer.</source>
        <translation>如果你忘记了密码短语，这个密钥可以打开你的 SafeLog 记录。请把这一页放在安全的地方，远离电脑。</translation>
    </message>
    <message>
        <source>The recovery key could not be printed. Write it down by hand instead.</source>
        <translation>无法打印恢复密钥。请改为手写记下来。</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out and that every character is readable.</source>
        <translation>已发送到打印机。请检查是否打印出来了，每个字符是否都清楚可读。</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Where you reported it</source>
        <translation>你向哪里报案</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>报案日期</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Crime or case reference, if given</source>
        <translation>案件编号 (crime reference number)，如果对方给了的话</translation>
    </message>
    <message>
        <source>Who you spoke to</source>
        <translation>你和谁谈过</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number</source>
        <translation>警员的姓名和警号</translation>
    </message>
    <message>
        <source>What happened next</source>
        <translation>后来怎么样了</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转介给</translation>
    </message>
    <message>
        <source>If they passed you to someone else</source>
        <translation>如果他们把你转给了其他人</translation>
    </message>
    <message>
        <source>Remove this report…</source>
        <translation>删除这条报案…</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报案给</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Remove this report? What you typed in it will be lost.</source>
        <translation>要删除这条报案吗？你在里面输入的内容会丢失。</translation>
    </message>
    <message>
        <source>Report {n}</source>
        <translation>报案 {n}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>999 (emergency)</source>
        <translation>999（紧急情况）</translation>
    </message>
    <message>
        <source>101 (police, non-emergency)</source>
        <translation>101（警方，非紧急）</translation>
    </message>
    <message>
        <source>Local police force online</source>
        <translation>当地警察局网上报案</translation>
    </message>
    <message>
        <source>Counter Terrorism Policing</source>
        <translation>反恐警察 (Counter Terrorism Policing)</translation>
    </message>
    <message>
        <source>Report Fraud</source>
        <translation>举报诈骗中心 (Report Fraud)</translation>
    </message>
    <message>
        <source>Platform or website</source>
        <translation>平台或网站</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>求助热线</translation>
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
        <translation>还没有报案记录。如果你告诉过警方、求助热线或平台，请在这里添加：你和谁谈过、他们说了什么，以后会很重要。</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation>添加报案</translation>
    </message>
</context>
<context>
    <name>RestoreJourney</name>
    <message>
        <source>Choose the backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1);;All files (*)</source>
        <translation>SafeLog 备份 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>This backup is of a different log, not of the one on this computer now. If you go on, the log here now is moved aside (kept, not deleted) and the log from the backup takes its place. Put the backup&apos;s log in place of this one?</source>
        <translation>这个备份属于另一份记录，不是这台电脑上现在的记录。如果继续，这里现在的记录会被移到一边（保留，不会删除），由备份中的记录取代。要用备份中的记录替换现在这份吗？</translation>
    </message>
    <message>
        <source>Nothing was changed. Your log is as it was; unlock it as usual.</source>
        <translation>没有任何改动。你的记录保持原样；像平常一样解锁即可。</translation>
    </message>
    <message>
        <source>That passphrase or key does not open this backup. Nothing was changed.</source>
        <translation>这个密码短语或密钥无法打开这个备份。没有任何改动。</translation>
    </message>
    <message>
        <source>Your log is restored from the backup. Unlock it with the passphrase it had when the backup was made.</source>
        <translation>你的记录已从备份恢复。请用做备份时的密码短语解锁。</translation>
    </message>
    <message>
        <source>The log that was here before is kept, untouched, in %1.</source>
        <translation>之前在这里的记录已原样保留在 %1 中。</translation>
    </message>
    <message>
        <source>The restore was stopped. Nothing was changed.</source>
        <translation>恢复已停止。没有任何改动。</translation>
    </message>
</context>
<context>
    <name>RestoreSecretDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>备份的密码短语</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Type the recovery key that belonged to your log when the backup “%1” was made.</source>
        <translation>请输入做备份“%1”时你的记录所用的恢复密钥。</translation>
    </message>
    <message>
        <source>Recovery key of the backup</source>
        <translation>备份的恢复密钥</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>改用密码短语</translation>
    </message>
    <message>
        <source>Type the passphrase your log had when the backup “%1” was made. The backup is checked completely before anything is replaced.</source>
        <translation>请输入做备份“%1”时你的记录所用的密码短语。在替换任何内容之前，会先完整检查备份。</translation>
    </message>
    <message>
        <source>I only have the recovery key</source>
        <translation>我只有恢复密钥</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
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
        <translation>等级</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>评估工具</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>e.g. S-DASH or DASH, if you were told</source>
        <translation>例如 S-DASH 或 DASH，如果对方告诉过你</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number, or the service</source>
        <translation>警员的姓名和警号，或机构名称</translation>
    </message>
    <message>
        <source>Add risk assessment</source>
        <translation>添加风险评估</translation>
    </message>
    <message>
        <source>Record what the police told you: the level and who assessed it. The questions themselves are not recorded.</source>
        <translation>记下警方告诉你的内容：风险等级和评估人。不记录具体的问题。</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>等级(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tool</source>
        <translation>评估工具(&amp;T)</translation>
    </message>
    <message>
        <source>Made &amp;by</source>
        <translation>评估人(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>编号(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock automatically after this many minutes without use</source>
        <translation>多少分钟不使用后自动锁定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The same as this computer</source>
        <translation>与这台电脑相同</translation>
    </message>
    <message>
        <source>Remind me when my last backup is more than 30 days old</source>
        <translation>上次备份超过 30 天时提醒我</translation>
    </message>
    <message>
        <source>Where your vault is kept</source>
        <translation>你的加密库保存的位置</translation>
    </message>
    <message>
        <source>A new language is used the next time SafeLog starts.</source>
        <translation>新的语言会在下次启动 SafeLog 时生效。</translation>
    </message>
    <message>
        <source>Lock and switch now</source>
        <translation>立即锁定并切换</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>立即切换</translation>
    </message>
    <message>
        <source>SafeLog locks first; then you type your passphrase again.</source>
        <translation>SafeLog 会先锁定，然后你需要再次输入密码短语。</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>自动锁定时间</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Your vault is kept in</source>
        <translation>你的加密库保存在</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报案</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>已报案</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报案</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Number of incidents shown</source>
        <translation>显示的事件数量</translation>
    </message>
    <message>
        <source>Where the search words were found</source>
        <translation>找到搜索词的位置</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching incident(s)</source>
        <translation>
            <numerusform>%Ln 个符合的事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) in your log</source>
        <translation>
            <numerusform>你的记录中有 %Ln 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches this search or these filters. Choose “Show everything” to see your whole log.</source>
        <translation>没有符合这个搜索或这些筛选条件的内容。选择“显示全部”即可查看你的全部记录。</translation>
    </message>
    <message>
        <source>Nothing is recorded yet.

When something happens, choose “New incident” (Ctrl+N) and write down what you remember. It stays on this computer, encrypted.</source>
        <translation>还没有任何记录。

发生事情时，选择“新事件”(Ctrl+N)，写下你记得的内容。它会加密保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Found in exhibit {ref} ({name}): “{words}”</source>
        <translation>在证物 (exhibit) {ref}（{name}）中找到：“{words}”</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more exhibit(s)</source>
        <translation>
            <numerusform>……以及另外 %Ln 件证物</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of incidents, newest first</source>
        <translation>事件时间线，最新的在前</translation>
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
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Unlocking, please wait</source>
        <translation>正在解锁，请稍候</translation>
    </message>
    <message>
        <source>Open with your recovery key</source>
        <translation>用恢复密钥打开</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you created your log. Spaces, dashes and small or capital letters don&apos;t matter.</source>
        <translation>请输入你创建记录时写下的恢复密钥。空格、短横线和大小写都没有关系。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>改用我的密码短语</translation>
    </message>
    <message>
        <source>SafeLog is locked</source>
        <translation>SafeLog 已锁定</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your log.</source>
        <translation>请输入你的密码短语，打开你的记录。</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>我忘记了密码短语</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>请先输入你的恢复密钥。</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>请先输入你的密码短语。</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this log. Check it against your copy and try again.</source>
        <translation>这个恢复密钥无法打开这份记录。请和你保存的那份核对，然后再试一次。</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this log. Check that Caps Lock is off and the keyboard language is right, then try again. You can try as often as you need.</source>
        <translation>这个密码短语无法打开这份记录。请检查大写锁定 (Caps Lock) 是否已关闭、键盘输入法是否正确，然后再试一次。你可以不限次数地尝试。</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation>正在解锁…请稍等片刻。</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Restoring puts the log from a backup in place of the log you have open now. The log you have now is not deleted: it is kept, moved aside, in the same folder. SafeLog will lock first. Go on?</source>
        <translation>恢复会用备份中的记录替换你现在打开的记录。你现在的记录不会被删除：它会被移到一边，保留在同一个文件夹中。SafeLog 会先锁定。要继续吗？</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>Zip archive</source>
        <translation>zip 压缩包</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>邮箱文件</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Saved web page</source>
        <translation>已保存的网页</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>拍摄日期</translation>
    </message>
    <message>
        <source>Text excerpt</source>
        <translation>文本摘录</translation>
    </message>
    <message>
        <source>Date changed in the camera or phone</source>
        <translation>在相机或手机中修改的日期</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>相机品牌</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>相机型号</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
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
        <translation>正在进行：{0}</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>所有清单</translation>
    </message>
    <message>
        <source>Back to the list of checklists (Alt+Up)</source>
        <translation>返回清单列表 (Alt+Up)</translation>
    </message>
    <message>
        <source>Where you are in the checklist</source>
        <translation>你在清单中的位置</translation>
    </message>
    <message>
        <source>Position in the checklist</source>
        <translation>在清单中的位置</translation>
    </message>
    <message>
        <source>You have reached the end of this checklist.</source>
        <translation>你已经完成了这个清单的最后一步。</translation>
    </message>
    <message>
        <source>Back to all checklists</source>
        <translation>返回所有清单</translation>
    </message>
    <message>
        <source>Go through it again from the first item</source>
        <translation>从第一步重新开始</translation>
    </message>
    <message>
        <source>Key {0}</source>
        <translation>按键 {0}</translation>
    </message>
    <message>
        <source>Anything to remember about this step (optional)</source>
        <translation>关于这一步需要记住的事（可选）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Empty when you mark it yourself</source>
        <translation>你自己标记时留空</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>标记人</translation>
    </message>
    <message>
        <source>Marked &amp;by</source>
        <translation>标记人(&amp;B)</translation>
    </message>
    <message>
        <source>What is saved for this step</source>
        <translation>这一步保存的内容</translation>
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
        <translation>按键：1–4 状态 · {0} 下一步 · {1} 返回 · {2} 列表</translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <source>Not marked yet.</source>
        <translation>还没有标记。</translation>
    </message>
    <message>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Saved as “{0}” on {1}, marked by {2}.</source>
        <translation>已于 {1} 保存为“{0}”，标记人：{2}。</translation>
    </message>
    <message>
        <source>End of the checklist</source>
        <translation>清单结束</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>已完成：{0}</translation>
    </message>
    <message>
        <source>Not applicable: {0}</source>
        <translation>不适用：{0}</translation>
    </message>
    <message>
        <source>Need help: {0}</source>
        <translation>需要帮助：{0}</translation>
    </message>
    <message>
        <source>Still to do: {0}</source>
        <translation>待办：{0}</translation>
    </message>
    <message>
        <source>Steps marked “Need help” stay at the top of the list until someone has helped with them.</source>
        <translation>标记为“需要帮助”的步骤会一直排在列表顶部，直到有人帮你处理。</translation>
    </message>
    <message>
        <source>The note is too long: please keep it under {0} characters.</source>
        <translation>备注太长了：请不要超过 {0} 个字符。</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <source>Exact time</source>
        <translation>准确时间</translation>
    </message>
    <message>
        <source>Approximate time</source>
        <translation>大约时间</translation>
    </message>
    <message>
        <source>Date only (time not known)</source>
        <translation>只有日期（不知道时间）</translation>
    </message>
    <message>
        <source>How exact is the time</source>
        <translation>时间有多准确</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>It went on until</source>
        <translation>一直持续到</translation>
    </message>
    <message>
        <source>When it ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Type a city or a country, such as Tehran, London or Hong Kong</source>
        <translation>请输入城市或国家，例如 Tehran、London 或 Hong Kong</translation>
    </message>
    <message>
        <source>City or country, e.g. Tehran</source>
        <translation>城市或国家，例如 Tehran</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Type a city or a country for the time zone, such as London or Tehran, or choose one from the list.</source>
        <translation>请输入时区所在的城市或国家，例如 London 或 Tehran，或从列表中选择。</translation>
    </message>
    <message>
        <source>The end is before the start; check both times.</source>
        <translation>结束时间早于开始时间；请检查两个时间。</translation>
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
        <translation>页面</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>规律</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>清单</translation>
    </message>
</context>
<context>
    <name>_Canvas</name>
    <message>
        <source>Incidents over time</source>
        <translation>事件随时间的变化</translation>
    </message>
</context>
</TS>
