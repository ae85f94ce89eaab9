<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Persian</source>
        <translation>персидский</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>арабский</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>урду</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>китайский (упрощённое письмо)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>китайский (традиционное письмо)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>турецкий</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>тигринья</translation>
    </message>
    <message>
        <source>checked by a native speaker</source>
        <translation>перевод проверен носителем языка</translation>
    </message>
    <message>
        <source>machine-drafted, not yet checked by a native speaker</source>
        <translation>машинный черновой перевод, ещё не проверен носителем языка</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>О программе SafeLog</translation>
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
        <translation>Личный зашифрованный журнал преследования, сталкинга и транснациональных репрессий, а также доказательств к ним.

Ваш журнал хранится на этом компьютере. SafeLog ничего никуда не отправляет.

Лицензия: GNU General Public License, версия 3 или более поздняя (GPL-3.0-or-later). Вы можете распространять и изменять SafeLog на её условиях.

Ваше хранилище находится в этой папке:</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Папка хранилища</translation>
    </message>
    <message>
        <source>Languages. Corrections from native speakers are welcome: see &quot;Translations&quot; in SafeLog&apos;s README.</source>
        <translation>Языки. Мы рады исправлениям от носителей языка: см. раздел «Translations» в файле README программы SafeLog.</translation>
    </message>
    <message>
        <source>Languages and their review state</source>
        <translation>Языки и проверка их перевода</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Select all rows</source>
        <translation>Выбрать все строки</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Другие меню</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup of your log</source>
        <translation>Сохранить резервную копию журнала</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1)</source>
        <translation>Резервные копии SafeLog (*%1)</translation>
    </message>
    <message>
        <source>Your backup is saved as %1. It is encrypted: only your passphrase or your recovery key opens it. Keep a copy away from this computer, for example on a USB stick in a safe place.</source>
        <translation>Резервная копия сохранена как %1. Она зашифрована: открыть её можно только вашей парольной фразой или ключом восстановления. Храните копию вдали от этого компьютера, например на флешке в надёжном месте.</translation>
    </message>
    <message>
        <source>Backing up your log…</source>
        <translation>Создаём резервную копию журнала…</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>You have not made a backup of your log yet. If this computer is lost or broken, a backup is the only way to get your log back.</source>
        <translation>Вы ещё не сделали резервную копию журнала. Если этот компьютер потеряется или сломается, только резервная копия поможет вернуть журнал.</translation>
    </message>
    <message>
        <source>Your last backup was made on %1, more than %2 days ago.</source>
        <translation>Последняя резервная копия сделана %1, больше %2 дней назад.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Сделать копию сейчас…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>CaptureButton</name>
    <message>
        <source>This desktop does not let SafeLog see the screen. Take a screenshot with your system&apos;s tool (for example PrtScn) and paste it here with Ctrl+V.</source>
        <translation>Эта система не позволяет SafeLog видеть экран. Сделайте снимок экрана системным средством (например, клавишей PrtScn) и вставьте его сюда через Ctrl+V.</translation>
    </message>
    <message>
        <source>SafeLog cannot tell which window is in front on this desktop; capture a region around it instead.</source>
        <translation>SafeLog не может определить, какое окно сейчас впереди. Снимите вместо этого область вокруг него.</translation>
    </message>
    <message>
        <source>Capture screen</source>
        <translation>Снимок экрана</translation>
    </message>
    <message>
        <source>Put a picture of the screen straight into the vault; SafeLog hides itself while it takes it.</source>
        <translation>Сохранить снимок экрана прямо в хранилище; SafeLog прячет себя, пока делает снимок.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>in {n} seconds</source>
        <translation>через {n} с</translation>
    </message>
    <message>
        <source>Whole screen, {when}</source>
        <translation>Весь экран, {when}</translation>
    </message>
    <message>
        <source>A region, {when}</source>
        <translation>Область, {when}</translation>
    </message>
    <message>
        <source>The window in front, {when}</source>
        <translation>Окно впереди, {when}</translation>
    </message>
    <message>
        <source>Screen capture {time}</source>
        <translation>Снимок экрана {time}</translation>
    </message>
    <message>
        <source>captured from the screen by SafeLog</source>
        <translation>снято с экрана программой SafeLog</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Surveillance</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Слежка</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>Травля в интернете</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <source>Threats to family abroad</source>
        <translation>Угрозы семье за рубежом</translation>
    </message>
    <message>
        <source>Hacking or phishing</source>
        <translation>Взлом или фишинг</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Выдача себя за другого</translation>
    </message>
    <message>
        <source>Smear or doxxing</source>
        <translation>Клевета или раскрытие личных данных</translation>
    </message>
    <message>
        <source>Approach by officials</source>
        <translation>Подход официальных лиц</translation>
    </message>
    <message>
        <source>Coerced return</source>
        <translation>Принуждение к возвращению</translation>
    </message>
    <message>
        <source>Bounty</source>
        <translation>Награда за поимку</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>Нападение</translation>
    </message>
    <message>
        <source>Property damage</source>
        <translation>Порча имущества</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Выберите новую парольную фразу</translation>
    </message>
    <message>
        <source>You opened your log with your recovery key. Choose a new passphrase now, one you will remember. Your recovery key keeps working.</source>
        <translation>Вы открыли журнал ключом восстановления. Выберите сейчас новую парольную фразу, которую вы запомните. Ключ восстановления продолжит работать.</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. From then on, only the new one opens your log; your recovery key keeps working.</source>
        <translation>Выберите новую парольную фразу. Четыре-пять не связанных между собой слов через пробел легко запомнить и очень трудно угадать. После этого журнал будет открывать только новая фраза; ключ восстановления продолжит работать.</translation>
    </message>
    <message>
        <source>Your passphrase now</source>
        <translation>Ваша нынешняя парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Введите новую парольную фразу ещё раз</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Changing the passphrase, please wait</source>
        <translation>Меняем парольную фразу, подождите</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Type the passphrase you use now first.</source>
        <translation>Сначала введите парольную фразу, которой вы пользуетесь сейчас.</translation>
    </message>
    <message>
        <source>That is not the passphrase you use now. Check that Caps Lock is off, then try again.</source>
        <translation>Это не та парольная фраза, которой вы пользуетесь сейчас. Проверьте, что Caps Lock выключен, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. From now on, only the new one opens your log.</source>
        <translation>Парольная фраза изменена. Теперь журнал открывает только новая фраза.</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>To do</source>
        <translation>Сделать</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не относится ко мне</translation>
    </message>
    <message>
        <source>Need help</source>
        <translation>Нужна помощь</translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation>Сделайте в первую очередь</translation>
    </message>
    <message>
        <source>Do this soon</source>
        <translation>Сделайте скоро</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>Когда сможете</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>Safety checklists</source>
        <translation>Чек-листы безопасности</translation>
    </message>
    <message>
        <source>Print checklist summary…</source>
        <translation>Распечатать сводку по чек-листам…</translation>
    </message>
    <message>
        <source>Save a PDF of your progress to print or to show someone who helps you</source>
        <translation>Сохранить PDF с вашими успехами, чтобы распечатать его или показать тому, кто вам помогает</translation>
    </message>
    <message>
        <source>Small steps that make you safer. Take them at your own pace, on your own or with someone you trust. What you mark stays in your locked log.</source>
        <translation>Небольшие шаги, которые делают вас безопаснее. Выполняйте их в своём темпе, сами или вместе с тем, кому доверяете. Ваши отметки хранятся в вашем закрытом журнале.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>How far you are</source>
        <translation>Сколько сделано</translation>
    </message>
    <message>
        <source>Most important next step</source>
        <translation>Самый важный следующий шаг</translation>
    </message>
    <message>
        <source>Choose a checklist and press Enter, or use its button, to go through it one step at a time.</source>
        <translation>Выберите чек-лист и нажмите Enter или его кнопку, чтобы пройти его шаг за шагом.</translation>
    </message>
    <message>
        <source>The checklists could not be found in this copy of SafeLog.</source>
        <translation>В этой копии SafeLog не найдены чек-листы.</translation>
    </message>
    <message>
        <source>Checklists that could not be read and are not shown: {0}.</source>
        <translation>Чек-листы, которые не удалось прочитать и которые не показаны: {0}.</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>Сделано {0} из {1}</translation>
    </message>
    <message>
        <source>{0} waiting for help</source>
        <translation>Ждут помощи: {0}</translation>
    </message>
    <message>
        <source>{0} percent done: {1}</source>
        <translation>Сделано {0} %: {1}</translation>
    </message>
    <message>
        <source>Nothing left to do here</source>
        <translation>Здесь больше ничего делать не нужно</translation>
    </message>
    <message>
        <source>Every step has an answer.</source>
        <translation>У каждого шага есть ответ.</translation>
    </message>
    <message>
        <source>Waiting for help</source>
        <translation>Ждёт помощи</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Просмотреть снова</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Save the checklist summary</source>
        <translation>Сохранить сводку по чек-листам</translation>
    </message>
    <message>
        <source>checklist-summary.pdf</source>
        <translation>checklist-summary.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The checklist summary was saved as %1. You can print it or show it to someone who helps you.</source>
        <translation>Сводка по чек-листам сохранена как %1. Её можно распечатать или показать тому, кто вам помогает.</translation>
    </message>
    <message>
        <source>Preparing the checklist summary…</source>
        <translation>Готовим сводку по чек-листам…</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Strong. Make sure you will remember it.</source>
        <translation>Надёжная. Убедитесь, что вы её запомните.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Две парольные фразы пока не совпадают.</translation>
    </message>
    <message>
        <source>Both passphrases match.</source>
        <translation>Обе парольные фразы совпадают.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Выберите парольную фразу</translation>
    </message>
    <message>
        <source>A passphrase is like a password, but longer. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. Don&apos;t use one you use anywhere else, and don&apos;t tell it to anyone.</source>
        <translation>Парольная фраза — это как пароль, только длиннее. Четыре-пять не связанных между собой слов через пробел легко запомнить и очень трудно угадать. Не берите фразу, которую вы используете где-то ещё, и никому её не говорите.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Введите парольную фразу ещё раз</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Printed on your dossier, so the police know who made the record. You can add it or change it later under “Your details”.</source>
        <translation>Печатается в вашем досье, чтобы полиция знала, кто вёл записи. Его можно добавить или изменить позже в разделе «Ваши данные».</translation>
    </message>
    <message>
        <source>optional, e.g. AB</source>
        <translation>необязательно, например AB</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>Ваши инициалы для нумерации доказательств</translation>
    </message>
    <message>
        <source>Used to number your evidence the way the police do (AB1, AB2, …).</source>
        <translation>Нужны, чтобы нумеровать доказательства так, как это делает полиция (AB1, AB2, …).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>Ваши инициалы</translation>
    </message>
    <message>
        <source>Setting up encryption, please wait</source>
        <translation>Настраиваем шифрование, подождите</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Create my log</source>
        <translation>Создать журнал</translation>
    </message>
    <message>
        <source>Use one to four letters A to Z, or leave it empty.</source>
        <translation>Используйте от одной до четырёх латинских букв от A до Z или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Setting up encryption. This takes a few seconds…</source>
        <translation>Настраиваем шифрование. Это займёт несколько секунд…</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Type a date, such as 1 Dec 2026 or 01/12/2026. Up and Down change the day; Alt+Down opens a calendar.</source>
        <translation>Введите дату, например 1 декабря 2026 или 01.12.2026. Стрелки ↑ и ↓ меняют день; Alt+Down открывает календарь.</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026</source>
        <translation>например, 1 декабря 2026</translation>
    </message>
    <message>
        <source>Type a date and time, such as 1 Dec 2026 18:30 or 01/12/2026 18:30, or only a time for today. Up and Down change the part under the cursor; Alt+Down opens a calendar.</source>
        <translation>Введите дату и время, например 1 декабря 2026 18:30 или 01.12.2026 18:30, или только время, если это было сегодня. Стрелки ↑ и ↓ меняют часть под курсором; Alt+Down открывает календарь.</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026 18:30</source>
        <translation>например, 1 декабря 2026 18:30</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>Выбрать день в календаре (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>Выбрать день в календаре</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>The same day in the Solar Hijri calendar</source>
        <translation>Тот же день по иранскому календарю (солнечная хиджра)</translation>
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
        <translation>Создать досье</translation>
    </message>
    <message>
        <source>A dossier is a PDF report of what happened, with your evidence files and a list of their fingerprints, in one new folder. You can give it to the police, a lawyer or a support service. Nothing in your log is changed.</source>
        <translation>Досье — это отчёт в формате PDF о том, что произошло, вместе с вашими файлами-доказательствами и списком их цифровых отпечатков, в одной новой папке. Его можно передать полиции, юристу или службе поддержки. В вашем журнале ничего не меняется.</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>За какой период</translation>
    </message>
    <message>
        <source>Everything in my log</source>
        <translation>Всё, что есть в журнале</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>Последние 6 месяцев</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Choose the dates…</source>
        <translation>Выбрать даты…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <source>All incidents in this period</source>
        <translation>Все случаи за этот период</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln incident(s) the timeline shows now</source>
        <translation>
            <numerusform>Только %Ln случай, показанный сейчас в хронологии</numerusform>
            <numerusform>Только %Ln случая, показанные сейчас в хронологии</numerusform>
            <numerusform>Только %Ln случаев, показанных сейчас в хронологии</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the incident chosen in the timeline: %1</source>
        <translation>Только случай, выбранный в хронологии: %1</translation>
    </message>
    <message>
        <source>Leave out of the dossier</source>
        <translation>Не включать в досье</translation>
    </message>
    <message>
        <source>Add a summary of my safety checklists</source>
        <translation>Добавить сводку по моим чек-листам безопасности</translation>
    </message>
    <message>
        <source>Add a draft witness statement for a solicitor to finish (PDF and Word)</source>
        <translation>Добавить черновик свидетельских показаний (witness statement) для юриста (solicitor), в PDF и Word</translation>
    </message>
    <message>
        <source>Your own words, in date order and numbered, with your exhibits cited. It is a draft: a solicitor checks it with you before anyone signs it.</source>
        <translation>Ваши собственные слова, по датам и с номерами, со ссылками на доказательства (exhibits). Это черновик: юрист (solicitor) проверит его вместе с вами, прежде чем кто-либо его подпишет.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Выбрать, куда сохранить…</translation>
    </message>
    <message>
        <source>My private notes</source>
        <translation>Мои личные заметки</translation>
    </message>
    <message>
        <source>Exact places: map points and the GPS positions in photos</source>
        <translation>Точные места: точки на карте и координаты GPS в фото</translation>
    </message>
    <message>
        <source>Camera, phone and software details inside the files</source>
        <translation>Сведения о камере, телефоне и программах внутри файлов</translation>
    </message>
    <message>
        <source>How to contact witnesses and other people</source>
        <translation>Как связаться со свидетелями и другими людьми</translation>
    </message>
    <message>
        <source>What each incident did to me</source>
        <translation>Как каждый случай повлиял на меня</translation>
    </message>
    <message>
        <source>The original names of my evidence files</source>
        <translation>Исходные имена моих файлов-доказательств</translation>
    </message>
    <message>
        <source>The evidence files themselves (their fingerprints stay in the report)</source>
        <translation>Сами файлы-доказательства (их отпечатки остаются в отчёте)</translation>
    </message>
    <message>
        <source>Who told me about incidents I did not see myself (they stay marked second-hand)</source>
        <translation>Кто рассказал мне о случаях, известных мне с чужих слов (отметка «с чужих слов» останется)</translation>
    </message>
    <message>
        <source>No incident falls in this period. Choose a longer period.</source>
        <translation>В этот период нет ни одного случая. Выберите период подлиннее.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln случай</numerusform>
            <numerusform>%Ln случая</numerusform>
            <numerusform>%Ln случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence file(s)</source>
        <translation>
            <numerusform>%Ln файл доказательств</numerusform>
            <numerusform>%Ln файла доказательств</numerusform>
            <numerusform>%Ln файлов доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) with a GPS position</source>
        <translation>
            <numerusform>%Ln фото с координатами GPS</numerusform>
            <numerusform>%Ln фото с координатами GPS</numerusform>
            <numerusform>%Ln фото с координатами GPS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) with a map point</source>
        <translation>
            <numerusform>%Ln случай с точкой на карте</numerusform>
            <numerusform>%Ln случая с точкой на карте</numerusform>
            <numerusform>%Ln случаев с точкой на карте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private note(s)</source>
        <translation>
            <numerusform>%Ln личная заметка</numerusform>
            <numerusform>%Ln личные заметки</numerusform>
            <numerusform>%Ln личных заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with such details</source>
        <translation>
            <numerusform>%Ln файл с такими сведениями</numerusform>
            <numerusform>%Ln файла с такими сведениями</numerusform>
            <numerusform>%Ln файлов с такими сведениями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with contact details</source>
        <translation>
            <numerusform>%Ln человек с контактными данными</numerusform>
            <numerusform>%Ln человека с контактными данными</numerusform>
            <numerusform>%Ln человек с контактными данными</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln incident(s)</source>
        <translation>
            <numerusform>в %Ln случае</numerusform>
            <numerusform>в %Ln случаях</numerusform>
            <numerusform>в %Ln случаях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln файл</numerusform>
            <numerusform>%Ln файла</numerusform>
            <numerusform>%Ln файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier will hold %1 and %2 (%3).</source>
        <translation>Что войдёт в досье: %1 и %2 (%3).</translation>
    </message>
    <message>
        <source>The dossier will hold %1.</source>
        <translation>Что войдёт в досье: %1.</translation>
    </message>
    <message>
        <source>none in this dossier</source>
        <translation>в этом досье таких нет</translation>
    </message>
</context>
<context>
    <name>DossierDone</name>
    <message>
        <source>Your dossier is ready</source>
        <translation>Ваше досье готово</translation>
    </message>
    <message numerus="yes">
        <source>%n incident</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file</source>
        <translation>
            <numerusform>%n файл доказательств</numerusform>
            <numerusform>%n файла доказательств</numerusform>
            <numerusform>%n файлов доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation>
            <numerusform>%n файл доказательств</numerusform>
            <numerusform>%n файла доказательств</numerusform>
            <numerusform>%n файлов доказательств</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds %1 and %2. Give the whole folder, not only the PDF, to the police, your lawyer or a support service: a USB stick is a good way.</source>
        <translation>В нём: %1 и %2. Передайте полиции, юристу или службе поддержки всю папку, а не только PDF: удобнее всего на флешке.</translation>
    </message>
    <message>
        <source>Where the dossier is</source>
        <translation>Где находится досье</translation>
    </message>
    <message>
        <source>Document identifier</source>
        <translation>Идентификатор документа</translation>
    </message>
    <message>
        <source>Anyone who receives it can check that nothing in it was changed since you made it. In a terminal, in that folder, they type:</source>
        <translation>Любой, кто его получит, может проверить, что в нём ничего не изменилось с тех пор, как вы его создали. Для этого в терминале, в этой папке, нужно ввести:</translation>
    </message>
    <message>
        <source>The line that checks it</source>
        <translation>Строка для проверки</translation>
    </message>
    <message>
        <source>The document identifier is printed on every page of the PDF. Write it down: it tells this dossier apart from any other you make.</source>
        <translation>Идентификатор документа напечатан на каждой странице PDF. Запишите его: по нему это досье можно отличить от любого другого, которое вы создадите.</translation>
    </message>
    <message>
        <source>The files in this folder are NOT encrypted: anyone who opens the folder can read them, so keep them somewhere safe, or delete them once you have given them to the police.</source>
        <translation>Файлы в этой папке НЕ зашифрованы: их может прочитать любой, кто откроет папку. Храните их в надёжном месте или удалите, когда передадите их полиции.</translation>
    </message>
    <message>
        <source>These files are not encrypted</source>
        <translation>Эти файлы не зашифрованы</translation>
    </message>
    <message>
        <source>It is in</source>
        <translation>Находится в</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>SafeLog could not open a file manager on this computer; your dossier&apos;s files are in this folder: %1</source>
        <translation>SafeLog не смог сам открыть папку на этом компьютере; файлы вашего досье находятся в этой папке: %1</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <source>That folder is synced to %1. What you save there would be copied to %1&apos;s computers on the internet at once, where others may be able to reach it. Save it there anyway?</source>
        <translation>Эта папка синхронизируется с %1. Всё, что вы туда сохраните, сразу скопируется на компьютеры %1 в интернете, где к этому могут получить доступ другие люди. Всё равно сохранить туда?</translation>
    </message>
    <message>
        <source>That is your Desktop: anyone who looks at this computer&apos;s screen would see it. Save it there anyway?</source>
        <translation>Это ваш Рабочий стол: его увидит любой, кто посмотрит на экран этого компьютера. Всё равно сохранить туда?</translation>
    </message>
    <message>
        <source>Choose a folder for the dossier (a new folder is made inside it)</source>
        <translation>Выберите папку для досье (внутри неё будет создана новая папка)</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose a folder that is there.</source>
        <translation>Такой папки нет. Выберите папку, которая существует.</translation>
    </message>
    <message>
        <source>Making your dossier…</source>
        <translation>Создаём ваше досье…</translation>
    </message>
    <message>
        <source>The dossier was not made; nothing was written.</source>
        <translation>Досье не создано; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>EmailPane</name>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Original message source</source>
        <translation>Исходный текст письма</translation>
    </message>
    <message>
        <source>Show the original message source</source>
        <translation>Показать исходный текст письма</translation>
    </message>
    <message>
        <source>Every header and line exactly as the message was saved</source>
        <translation>Все заголовки и строки точно в том виде, в каком письмо было сохранено</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Show the readable message</source>
        <translation>Показать письмо в удобном виде</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>(no name, {kind})</source>
        <translation>(без имени, {kind})</translation>
    </message>
    <message>
        <source>SafeLog could not read this file as an e-mail. The file is kept unchanged; “Show the original message source” shows exactly what it holds.</source>
        <translation>SafeLog не смог прочитать этот файл как письмо. Файл хранится без изменений; кнопка «Показать исходный текст письма» покажет в точности, что в нём.</translation>
    </message>
    <message>
        <source>This file does not look like a complete e-mail: it has no sender, recipient, subject or date. “Show the original message source” shows exactly what it holds.</source>
        <translation>Этот файл не похож на целое письмо: в нём нет ни отправителя, ни получателя, ни темы, ни даты. Кнопка «Показать исходный текст письма» покажет в точности, что в нём.</translation>
    </message>
    <message>
        <source>Parts of this e-mail are damaged or unusual, so some of it may be missing below; “Show the original message source” shows exactly what it holds.</source>
        <translation>Часть этого письма повреждена или записана необычно, поэтому ниже может быть показано не всё; кнопка «Показать исходный текст письма» покажет в точности, что в нём.</translation>
    </message>
    <message>
        <source>[The message is longer than this; save a copy to see all of it.]</source>
        <translation>[Письмо длиннее, чем здесь показано; сохраните копию, чтобы увидеть его целиком.]</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Другой файл</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Evidence for this incident</source>
        <translation>Доказательства по этому случаю</translation>
    </message>
    <message>
        <source>Drag photos, screenshots or documents here, or choose “Add files…”. The originals are kept unchanged and encrypted.</source>
        <translation>Перетащите сюда фото, снимки экрана или документы или нажмите «Добавить файлы…». Оригиналы хранятся без изменений и в зашифрованном виде.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>Сохранённая копия не зашифрована.</translation>
    </message>
    <message>
        <source>They show something online</source>
        <translation>На них видно что-то в интернете</translation>
    </message>
    <message>
        <source>Screenshots or captures of a post, a message or a profile</source>
        <translation>Снимки экрана или записи поста, сообщения или профиля</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation>Платформа или приложение</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>Без платформы</translation>
    </message>
    <message>
        <source>Full web address</source>
        <translation>Полный веб-адрес</translation>
    </message>
    <message>
        <source>Account name or ID</source>
        <translation>Имя аккаунта или ID</translation>
    </message>
    <message>
        <source>The @name or number that posted it</source>
        <translation>@имя или номер, с которого это опубликовали</translation>
    </message>
    <message>
        <source>Time shown on the screen</source>
        <translation>Время, указанное на экране</translation>
    </message>
    <message>
        <source>As written on the screen, e.g. 14:32 or &apos;3 hours ago&apos;</source>
        <translation>Как написано на экране, например 14:32 или «3 часа назад»</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>Время на экране</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Добавить доказательства</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the vault…</source>
        <translation>
            <numerusform>Добавляем %n файл в хранилище…</numerusform>
            <numerusform>Добавляем %n файла в хранилище…</numerusform>
            <numerusform>Добавляем %n файлов в хранилище…</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>Этот файл уже есть в вашем журнале как доказательство {old}. SafeLog хранит одну его копию, теперь она значится и как {old}, и как {new}.</translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old} ({name}), added on {day}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>Этот файл уже есть в вашем журнале как доказательство {old} ({name}), добавлено {day}. SafeLog хранит одну его копию, теперь она значится и как {old}, и как {new}.</translation>
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
        <translation>Копия, которую вы сохраните, НЕ будет зашифрована: её увидит любой, кто может открыть эту папку. Оригинал надёжно хранится в SafeLog. Сохранить копию {ref}?</translation>
    </message>
    <message>
        <source>Save a copy of {ref}</source>
        <translation>Сохранить копию {ref}</translation>
    </message>
    <message>
        <source>Saved an exact copy of {ref}. Remember it is not encrypted; delete it when you no longer need it.</source>
        <translation>Сохранена точная копия {ref}. Помните, что она не зашифрована; удалите её, когда она станет не нужна.</translation>
    </message>
    <message>
        <source>Saving a copy of {ref}…</source>
        <translation>Сохраняем копию {ref}…</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>Доказательство {ref}</translation>
    </message>
    <message>
        <source>{ref} · {name} · {size}</source>
        <translation>{ref} · {name} · {size}</translation>
    </message>
    <message>
        <source>Text of the exhibit</source>
        <translation>Текст доказательства</translation>
    </message>
    <message>
        <source>SafeLog cannot show this kind of file inside the app. It is kept safely; you can save a copy to open it with another program.</source>
        <translation>SafeLog не может показать такой файл внутри программы. Он надёжно хранится; можно сохранить копию и открыть её другой программой.</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>Об этом файле</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>Сохранённая копия не зашифрована.</translation>
    </message>
    <message>
        <source>This file is too large to open inside SafeLog. You can save a copy to open it with another program.</source>
        <translation>Этот файл слишком большой, чтобы открыть его в SafeLog. Можно сохранить копию и открыть её другой программой.</translation>
    </message>
    <message>
        <source>SafeLog could not make a safe preview of this picture. The original is kept unchanged; you can save a copy.</source>
        <translation>SafeLog не смог сделать безопасный просмотр этого изображения. Оригинал хранится без изменений; можно сохранить копию.</translation>
    </message>
    <message>
        <source>This is a small preview SafeLog made safely. The original is kept unchanged in the vault.</source>
        <translation>Это уменьшенная копия для просмотра, безопасно сделанная SafeLog. Оригинал хранится в хранилище без изменений.</translation>
    </message>
    <message>
        <source>This computer cannot play sound or video inside SafeLog; use “Save a copy…” to play it with another program.</source>
        <translation>На этом компьютере SafeLog не может воспроизводить звук и видео; нажмите «Сохранить копию…», чтобы открыть файл другой программой.</translation>
    </message>
    <message>
        <source>This exhibit</source>
        <translation>Это доказательство</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Исходное имя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Цифровой отпечаток (SHA-256)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Технические подробности</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Location in the file</source>
        <translation>Место, записанное в файле</translation>
    </message>
    <message>
        <source>How you got it</source>
        <translation>Как вы его получили</translation>
    </message>
    <message>
        <source>Not said yet. “How you got it…” in the list adds it.</source>
        <translation>Пока не указано. Добавить можно кнопкой «Как вы его получили…» рядом со списком.</translation>
    </message>
    <message>
        <source>Where the original is kept</source>
        <translation>Где хранится оригинал</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Отпечаток (SHA-256)</translation>
    </message>
    <message>
        <source>About the file</source>
        <translation>О файле</translation>
    </message>
    <message>
        <source>Where it was online</source>
        <translation>Где это было в интернете</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>Время на экране</translation>
    </message>
    <message>
        <source>The exact record</source>
        <translation>Точные данные</translation>
    </message>
    <message>
        <source>Exact file type</source>
        <translation>Точный тип файла</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Размер в байтах</translation>
    </message>
    <message>
        <source>Location saved in the file</source>
        <translation>Место, записанное в файле</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Обратите внимание</translation>
    </message>
    <message>
        <source>Anyone you give the original file to can see this location.</source>
        <translation>Любой, кому вы передадите исходный файл, увидит это место.</translation>
    </message>
    <message>
        <source>Dates of the file you added</source>
        <translation>Даты файла, который вы добавили</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Details saved inside the file</source>
        <translation>Сведения, сохранённые внутри файла</translation>
    </message>
    <message>
        <source>This document does not say which program made it or when. That is common and does not affect the evidence.</source>
        <translation>В этом документе не сказано, какая программа его создала и когда. Так бывает часто, и на доказательство это не влияет.</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Search titles, what happened, places and people</source>
        <translation>Искать в названиях, описаниях, местах и людях</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Поиск по журналу</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Between two dates…</source>
        <translation>Между двумя датами…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>С этого дня</translation>
    </message>
    <message>
        <source>Up to and including this day</source>
        <translation>По этот день включительно</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Вид случая</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Several kinds…</source>
        <translation>Несколько видов…</translation>
    </message>
    <message>
        <source>Kinds of incident to show</source>
        <translation>Какие виды случаев показывать</translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation>Причастный человек</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>With or without evidence</source>
        <translation>С доказательствами или без</translation>
    </message>
    <message>
        <source>With evidence</source>
        <translation>С доказательствами</translation>
    </message>
    <message>
        <source>Without evidence</source>
        <translation>Без доказательств</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Сообщено</translation>
    </message>
    <message>
        <source>Reported or not</source>
        <translation>Сообщено или нет</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Ещё не сообщено</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>Очистить поиск и все фильтры</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n вид</numerusform>
            <numerusform>%n вида</numerusform>
            <numerusform>%n видов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>when</source>
        <translation>время</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>координаты</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>что произошло</translation>
    </message>
    <message>
        <source>how it affected you</source>
        <translation>как это на вас повлияло</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>личные заметки</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <source>reports made</source>
        <translation>обращения</translation>
    </message>
    <message>
        <source>people</source>
        <translation>люди</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this incident</source>
        <translation>История этого случая</translation>
    </message>
    <message>
        <source>SafeLog never overwrites an entry. Each time it was saved, a new version was added. Choose a version to read it.</source>
        <translation>SafeLog никогда не перезаписывает записи. При каждом сохранении добавлялась новая версия. Выберите версию, чтобы её прочитать.</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Сохранённые версии</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>Текст выбранной версии</translation>
    </message>
    <message>
        <source>First recorded</source>
        <translation>Первая запись</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Изменено: {fields}</translation>
    </message>
    <message>
        <source>Saved again, nothing changed</source>
        <translation>Сохранено снова, без изменений</translation>
    </message>
    <message>
        <source>Version {n} · {time}</source>
        <translation>Версия {n} · {time}</translation>
    </message>
    <message>
        <source>Version {n} · {time} · by {who}</source>
        <translation>Версия {n} · {time} · автор: {who}</translation>
    </message>
    <message>
        <source>What changed in this version:</source>
        <translation>Что изменилось в этой версии:</translation>
    </message>
    <message>
        <source>  Before: {text}</source>
        <translation>  Было: {text}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>  After: {text}</source>
        <translation>  Стало: {text}</translation>
    </message>
    <message>
        <source>Report {n}: {route}</source>
        <translation>Обращение {n}: {route}</translation>
    </message>
    <message>
        <source>person {n}</source>
        <translation>человек {n}</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Исходный размер</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>Повернуть влево</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>Повернуть вправо</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Правовое</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Личные заметки</translation>
    </message>
    <message>
        <source>What you type is kept safely in the vault as a draft, even if this window closes.</source>
        <translation>Всё, что вы пишете, надёжно сохраняется в хранилище как черновик, даже если это окно закроется.</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Отбросить…</translation>
    </message>
    <message>
        <source>Close, keep draft</source>
        <translation>Закрыть, оставить черновик</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Private notes are only for you. They are never put into a dossier or an export unless you choose to include them.</source>
        <translation>Личные заметки только для вас. Они никогда не попадают в досье или экспорт, если вы сами не решите их включить.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Новый случай</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Изменить случай</translation>
    </message>
    <message>
        <source>You have unsaved writing for this incident from before. Continue where you left off?</source>
        <translation>У вас остался несохранённый текст по этому случаю. Продолжить с того места, где вы остановились?</translation>
    </message>
    <message>
        <source>You started writing a new incident earlier and did not save it. Continue where you left off?</source>
        <translation>Раньше вы начали описывать новый случай и не сохранили его. Продолжить с того места, где вы остановились?</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>Продолжить писать</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>Выбросить</translation>
    </message>
    <message>
        <source>Your unsaved writing is back. Save when ready.</source>
        <translation>Ваш несохранённый текст восстановлен. Сохраните, когда будете готовы.</translation>
    </message>
    <message>
        <source>Evidence is kept with a saved incident. Save this incident first; you can go on editing it afterwards.</source>
        <translation>Доказательства хранятся вместе с сохранённым случаем. Сначала сохраните этот случай; после этого его можно дальше редактировать.</translation>
    </message>
    <message>
        <source>Save now and add evidence</source>
        <translation>Сохранить и добавить доказательства</translation>
    </message>
    <message>
        <source>Draft kept safely at {time}.</source>
        <translation>Черновик сохранён в {time}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Throw away what you changed in this window? This cannot be undone.</source>
        <translation>Отбросить всё, что вы изменили в этом окне? Это нельзя будет отменить.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>A few words, e.g. &apos;Same car outside my flat&apos;</source>
        <translation>Несколько слов, например «Та же машина у моего дома»</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Где это произошло</translation>
    </message>
    <message>
        <source>Street, town, or &apos;online&apos;</source>
        <translation>Улица, город или «онлайн»</translation>
    </message>
    <message>
        <source>Map coordinates (optional)</source>
        <translation>Координаты на карте (необязательно)</translation>
    </message>
    <message>
        <source>Optional, e.g. 51.5074, -0.1278</source>
        <translation>Необязательно, например 51.5074, -0.1278</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>In your own words, in any language. Include what was said, what you saw, and anything unusual.</source>
        <translation>Своими словами, на любом языке. Напишите, что было сказано, что вы видели и что показалось необычным.</translation>
    </message>
    <message>
        <source>How it affected you</source>
        <translation>Как это на вас повлияло</translation>
    </message>
    <message>
        <source>Fear, changes to your routine, work, health, family.</source>
        <translation>Страх, перемены в распорядке дня, работе, здоровье, семье.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Optional words to group entries, separated by commas</source>
        <translation>Необязательные слова для группировки записей, через запятую</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Личные заметки</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>К&amp;огда</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Где</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Что &amp;произошло</translation>
    </message>
    <message>
        <source>How it &amp;affected you</source>
        <translation>Как это на &amp;вас повлияло</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <source>Give the incident a short title, such as &apos;Followed home from the station&apos;.</source>
        <translation>Дайте случаю короткое название, например «Шли за мной от станции до дома».</translation>
    </message>
    <message>
        <source>Type the latitude and longitude as two numbers, such as 51.5074, -0.1278, or leave this empty.</source>
        <translation>Введите широту и долготу двумя числами, например 51.5074, -0.1278, или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Every saved version of this incident</source>
        <translation>Все сохранённые версии этого случая</translation>
    </message>
    <message>
        <source>Choose an incident from the list to see it here.</source>
        <translation>Выберите случай в списке, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>(Nothing written yet.)</source>
        <translation>(Пока ничего не написано.)</translation>
    </message>
    <message>
        <source>How it affected me</source>
        <translation>Как это повлияло на меня</translation>
    </message>
    <message>
        <source>Private notes — only for you, never exported unless you choose</source>
        <translation>Личные заметки — только для вас, не экспортируются, если вы сами этого не выберете</translation>
    </message>
    <message>
        <source>First recorded {first}</source>
        <translation>Впервые записано {first}</translation>
    </message>
    <message>
        <source>last changed {last}</source>
        <translation>последнее изменение {last}</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Что они делали</translation>
    </message>
    <message>
        <source>The effect on me</source>
        <translation>Последствия для меня</translation>
    </message>
    <message>
        <source>How I know (second-hand)</source>
        <translation>Откуда я знаю (с чужих слов)</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>Почему я думаю, что за этим стоит государство</translation>
    </message>
    <message>
        <source>Breaks court order</source>
        <translation>Нарушает постановление суда</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Правовое</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Vehicle: {v}</source>
        <translation>Транспорт: {v}</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>предположительно</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>Link to a state: {s}</source>
        <translation>Связь с государством: {s}</translation>
    </message>
    <message>
        <source>Contact: {c}</source>
        <translation>Контакты: {c}</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Not reported yet.</source>
        <translation>Пока никуда не сообщено.</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Куда сообщено</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>С кем говорили</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куда перенаправили</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>InsideWindow</name>
    <message>
        <source>Inside {ref}</source>
        <translation>Внутри {ref}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Make an incident from the chosen messages</source>
        <translation>Создать случай из выбранных сообщений</translation>
    </message>
    <message>
        <source>{shown} of {total} messages; choose the ones that belong to one incident.</source>
        <translation>Сообщений: {shown} из {total}. Выберите те, что относятся к одному случаю.</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>Файлы внутри</translation>
    </message>
    <message>
        <source>Add the chosen files as exhibits</source>
        <translation>Добавить выбранные файлы как доказательства (exhibits)</translation>
    </message>
    <message>
        <source>Files inside {ref}; each one you add keeps a link to it.</source>
        <translation>Файлы внутри {ref}; каждый добавленный файл сохраняет связь с ним.</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <source>Tick the messages first.</source>
        <translation>Сначала отметьте сообщения.</translation>
    </message>
    <message>
        <source>Added incident “{title}”, dated at the first message.</source>
        <translation>Добавлен случай «{title}» с датой первого сообщения.</translation>
    </message>
    <message>
        <source>Adding the chosen files…</source>
        <translation>Добавляем выбранные файлы…</translation>
    </message>
    <message>
        <source>Inside…</source>
        <translation>Внутри…</translation>
    </message>
    <message>
        <source>The messages of a chat, or the files inside an e-mail, zip or saved page</source>
        <translation>Сообщения чата или файлы внутри письма, zip-архива или сохранённой веб-страницы</translation>
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
        <translation>Добро пожаловать в SafeLog</translation>
    </message>
    <message>
        <source>SafeLog is a private notebook for writing down what is happening to you: being followed or watched, threats, online abuse, or pressure on you or your family. It keeps the dates, places, people and evidence together, so that when you are ready you can show a clear record to the police, a lawyer or a support service.</source>
        <translation>SafeLog — это личная записная книжка. В ней можно записывать то, что с вами происходит: за вами следят или наблюдают, вам угрожают, вас травят в интернете, давят на вас или вашу семью. Даты, места, люди и доказательства хранятся вместе, и когда вы будете готовы, вы сможете показать понятную запись полиции, юристу или службе поддержки.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It stays on this computer.&lt;/b&gt; Nothing is sent anywhere.</source>
        <translation>&lt;b&gt;Всё остаётся на этом компьютере.&lt;/b&gt; Ничего никуда не отправляется.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is encrypted.&lt;/b&gt; Without your passphrase nobody can read it.</source>
        <translation>&lt;b&gt;Всё зашифровано.&lt;/b&gt; Без вашей парольной фразы никто не сможет это прочитать.</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you forget your passphrase,&lt;/b&gt; only your recovery key can open it. Nobody else can, not even the people who make SafeLog. You will see the recovery key in a moment: write it down and keep it safe.</source>
        <translation>&lt;b&gt;Если вы забудете парольную фразу,&lt;/b&gt; открыть журнал сможет только ключ восстановления. Больше никто, даже создатели SafeLog. Сейчас вы увидите ключ восстановления: запишите его и храните в надёжном месте.</translation>
    </message>
    <message>
        <source>Create my private log</source>
        <translation>Создать мой личный журнал</translation>
    </message>
    <message>
        <source>I have a backup: restore it…</source>
        <translation>У меня есть резервная копия: восстановить…</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Кто может помочь</translation>
    </message>
    <message>
        <source>Where this advice comes from</source>
        <translation>Откуда этот совет</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Копировать адрес</translation>
    </message>
    <message>
        <source>Copy the address of {0}</source>
        <translation>Копировать адрес: {0}</translation>
    </message>
    <message>
        <source>Address copied. Paste it into a browser when you are ready; SafeLog empties the clipboard after 30 seconds.</source>
        <translation>Адрес скопирован. Вставьте его в браузер, когда будете готовы; SafeLog очистит буфер обмена через 30 секунд.</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>Following me</source>
        <translation>Ходили за мной следом</translation>
    </message>
    <message>
        <source>Contacting me, or trying to, by any means</source>
        <translation>Связывались со мной или пытались связаться любым способом</translation>
    </message>
    <message>
        <source>Publishing material about me</source>
        <translation>Публиковали материалы обо мне</translation>
    </message>
    <message>
        <source>Monitoring my internet, email or messages</source>
        <translation>Следили за моим интернетом, почтой или сообщениями</translation>
    </message>
    <message>
        <source>Loitering near me, my home or work</source>
        <translation>Поджидали или крутились рядом со мной, у дома или работы</translation>
    </message>
    <message>
        <source>Interfering with my property</source>
        <translation>Трогали или портили моё имущество</translation>
    </message>
    <message>
        <source>Watching or spying on me</source>
        <translation>Наблюдали или шпионили за мной</translation>
    </message>
    <message>
        <source>I feared violence would be used against me</source>
        <translation>Мне было страшно, что против меня применят насилие</translation>
    </message>
    <message>
        <source>It caused me serious alarm or distress</source>
        <translation>Это вызвало у меня сильную тревогу или страдания (serious alarm or distress)</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <source>What they did (tick any that apply)</source>
        <translation>Что они делали (отметьте всё, что подходит)</translation>
    </message>
    <message>
        <source>The effect on you</source>
        <translation>Последствия для вас</translation>
    </message>
    <message>
        <source>How I know it</source>
        <translation>Откуда я это знаю</translation>
    </message>
    <message>
        <source>Only if you did not see it yourself: who told you, when and how (for example &apos;my sister, by phone on 4 May&apos;).</source>
        <translation>Только если вы не видели этого сами: кто вам рассказал, когда и как (например, «сестра, по телефону 4 мая»).</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>Почему я думаю, что за этим стоит государство</translation>
    </message>
    <message>
        <source>Optional: what makes you think a government or its agents are behind this.</source>
        <translation>Необязательно: почему вы думаете, что за этим стоит правительство или его агенты.</translation>
    </message>
    <message>
        <source>Court orders this breaches</source>
        <translation>Какие постановления суда это нарушает</translation>
    </message>
    <message>
        <source>No court orders are recorded. Add them under Incident &gt; Orders and risk assessments.</source>
        <translation>Постановления суда не записаны. Добавьте их в меню «Случай &gt; Постановления суда и оценки риска».</translation>
    </message>
    <message>
        <source>How &amp;I know it (if I did not see it myself)</source>
        <translation>Откуда я это &amp;знаю (если не видел(а) сам(а))</translation>
    </message>
    <message>
        <source>&amp;Why I think a state is behind it</source>
        <translation>Почему я думаю, что за этим стоит го&amp;сударство</translation>
    </message>
    <message>
        <source>This breaches a court &amp;order</source>
        <translation>Это нару&amp;шает постановление суда</translation>
    </message>
    <message>
        <source>These headings follow the law on stalking and harassment, so a solicitor or the police can use your record. Leave them empty if you are not sure. This is not legal advice.</source>
        <translation>Эти заголовки следуют закону о сталкинге и преследовании (stalking and harassment), чтобы юрист или полиция могли использовать ваши записи. Если не уверены, оставьте их пустыми. Это не юридическая консультация.</translation>
    </message>
</context>
<context>
    <name>LegalWindow</name>
    <message>
        <source>Orders and risk assessments</source>
        <translation>Постановления суда и оценки риска</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>Постановления суда</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Оценки риска</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New incident</source>
        <translation>Новый случай</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Orders and risk assessments…</source>
        <translation>Постановления суда и оценки риска…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Quick hide</source>
        <translation>Быстро скрыть</translation>
    </message>
    <message>
        <source>Lock and minimise at once (Ctrl+Shift+H), from any SafeLog window</source>
        <translation>Заблокировать и свернуть сразу (Ctrl+Shift+H), из любого окна SafeLog</translation>
    </message>
    <message>
        <source>Check the vault for damage…</source>
        <translation>Проверить хранилище на повреждения…</translation>
    </message>
    <message>
        <source>Make a dossier…</source>
        <translation>Создать досье…</translation>
    </message>
    <message>
        <source>A PDF report with your evidence, to give to the police, a lawyer or a support service (Ctrl+D)</source>
        <translation>Отчёт PDF с вашими доказательствами для полиции, юриста или службы поддержки (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Досье</translation>
    </message>
    <message>
        <source>Back up my log…</source>
        <translation>Сделать резервную копию…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Создать новый ключ восстановления…</translation>
    </message>
    <message>
        <source>Your details…</source>
        <translation>Ваши данные…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>О программе SafeLog</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>&amp;SafeLog</source>
        <translation>&amp;SafeLog</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Случай</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>Главные действия</translation>
    </message>
    <message>
        <source>Choose an incident in the timeline first.</source>
        <translation>Сначала выберите случай в хронологии.</translation>
    </message>
    <message>
        <source>Your vault passed every check. Nothing is damaged.</source>
        <translation>Хранилище прошло все проверки. Ничего не повреждено.</translation>
    </message>
    <message>
        <source>Checking your vault…</source>
        <translation>Проверяем хранилище…</translation>
    </message>
    <message>
        <source>The settings could not be saved; they apply until SafeLog is closed.</source>
        <translation>Настройки не удалось сохранить; они действуют, пока SafeLog не закрыт.</translation>
    </message>
    <message>
        <source>Make a dossier</source>
        <translation>Создать досье</translation>
    </message>
    <message>
        <source>Edit the chosen incident</source>
        <translation>Изменить выбранный случай</translation>
    </message>
    <message>
        <source>Lock, from any SafeLog window</source>
        <translation>Заблокировать, из любого окна SafeLog</translation>
    </message>
    <message>
        <source>Quick hide: lock and minimise</source>
        <translation>Быстро скрыть: заблокировать и свернуть</translation>
    </message>
    <message>
        <source>Timeline, People, Pattern, Checklists</source>
        <translation>Хронология, Люди, Динамика, Чек-листы</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>MediaPane</name>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Make a new recovery key</source>
        <translation>Создать новый ключ восстановления</translation>
    </message>
    <message>
        <source>Make a new recovery key if yours was lost, or if someone else may have seen it. The key you have now stops working at once, on this computer and in every backup you make from now on. Backups you made before still open with the old key.

To go on, type your passphrase.</source>
        <translation>Создайте новый ключ восстановления, если ваш потерялся или его мог увидеть кто-то другой. Нынешний ключ сразу перестанет работать — на этом компьютере и во всех резервных копиях, которые вы сделаете с этого момента. Резервные копии, сделанные раньше, по-прежнему открываются старым ключом.

Чтобы продолжить, введите парольную фразу.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
    <message>
        <source>Making a new recovery key, please wait</source>
        <translation>Создаём новый ключ восстановления, подождите</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Создать новый ключ</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Ваш новый ключ восстановления</translation>
    </message>
    <message>
        <source>Your old recovery key no longer opens your log. This new one is the only other way in if you forget your passphrase, and it is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>Старый ключ восстановления больше не открывает журнал. Новый ключ — единственный другой способ войти, если вы забудете парольную фразу. Он показывается только один раз.

Запишите его на бумаге или распечатайте и храните в надёжном месте: вдали от этого компьютера и от всех, кто может захотеть прочитать ваш журнал.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>I have written down or printed my new recovery key.</source>
        <translation>Я записал(а) или распечатал(а) новый ключ восстановления.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
    <message>
        <source>That is not your passphrase. Check that Caps Lock is off, then try again. Nothing was changed.</source>
        <translation>Это не ваша парольная фраза. Проверьте, что Caps Lock выключен, и попробуйте ещё раз. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Your new recovery key will not be shown again, and the old one no longer works. Have you written it down or printed it?</source>
        <translation>Новый ключ восстановления больше не будет показан, а старый уже не работает. Вы записали или распечатали новый ключ?</translation>
    </message>
</context>
<context>
    <name>ObtainedQuestion</name>
    <message>
        <source>I took this photo or recording myself</source>
        <translation>Это фото или запись сделаны мной</translation>
    </message>
    <message>
        <source>Someone sent it to me</source>
        <translation>Мне это прислали</translation>
    </message>
    <message>
        <source>I saved it from a website or app</source>
        <translation>Сохранено мной с сайта или из приложения</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>How did you get this file?</source>
        <translation>Как вы получили этот файл?</translation>
    </message>
    <message>
        <source>The police will ask how you got each piece of evidence. Your answer is printed beside it in the dossier. You can change it later.</source>
        <translation>Полиция спросит, как к вам попало каждое доказательство. Ваш ответ будет напечатан рядом с ним в досье. Его можно изменить позже.</translation>
    </message>
    <message>
        <source>More about how you got it</source>
        <translation>Подробнее о том, как вы его получили</translation>
    </message>
    <message>
        <source>For example: who sent it, when, and in which app</source>
        <translation>Например: кто прислал, когда и в каком приложении</translation>
    </message>
    <message>
        <source>Where is the original kept?</source>
        <translation>Где хранится оригинал?</translation>
    </message>
    <message>
        <source>Optional. For example: on my phone, or the letter is in a drawer at home</source>
        <translation>Необязательно. Например: в моём телефоне или письмо лежит дома в ящике стола</translation>
    </message>
    <message>
        <source>More about it (optional)</source>
        <translation>Подробнее (необязательно)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Nothing is saved; you can answer later.</source>
        <translation>Ничего не сохраняется; ответить можно позже.</translation>
    </message>
    <message>
        <source>Exhibit {ref} ({name})</source>
        <translation>Доказательство {ref} ({name})</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>Доказательство {ref}</translation>
    </message>
    <message>
        <source>How did you get these files?</source>
        <translation>Как вы получили эти файлы?</translation>
    </message>
    <message>
        <source>Your answer is saved for each of the exhibits {refs}.</source>
        <translation>Ваш ответ сохранится для каждого из доказательств: {refs}.</translation>
    </message>
    <message>
        <source>Saved. The dossier will say how you got {refs}.</source>
        <translation>Сохранено. В досье будет указано, как вы получили {refs}.</translation>
    </message>
    <message>
        <source>How you got it…</source>
        <translation>Как вы его получили…</translation>
    </message>
    <message>
        <source>Say how you got the selected file and where the original is</source>
        <translation>Указать, как вы получили выбранный файл и где хранится оригинал</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Harassment injunction</source>
        <translation>Гражданский судебный запрет (harassment injunction)</translation>
    </message>
    <message>
        <source>Stalking Protection Order</source>
        <translation>Приказ о защите от сталкинга (Stalking Protection Order)</translation>
    </message>
    <message>
        <source>Non-molestation order</source>
        <translation>Судебный запрет на преследование (non-molestation order)</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>Запретительный приказ (restraining order)</translation>
    </message>
    <message>
        <source>Other order</source>
        <translation>Другое постановление</translation>
    </message>
    <message>
        <source>Harassment injunction (Protection from Harassment Act 1997 s.3)</source>
        <translation>Гражданский судебный запрет (harassment injunction; Protection from Harassment Act 1997 s.3)</translation>
    </message>
    <message>
        <source>Stalking Protection Order (Stalking Protection Act 2019)</source>
        <translation>Приказ о защите от сталкинга (Stalking Protection Order; Stalking Protection Act 2019)</translation>
    </message>
    <message>
        <source>Non-molestation order (Family Law Act 1996 s.42)</source>
        <translation>Судебный запрет на преследование (non-molestation order; Family Law Act 1996 s.42)</translation>
    </message>
    <message>
        <source>Restraining order (Sentencing Act 2020 s.359-360)</source>
        <translation>Запретительный приказ (restraining order; Sentencing Act 2020 s.359-360)</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Постановление</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Вынесено</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>Постановления суда</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>Вид постановления</translation>
    </message>
    <message>
        <source>Date made</source>
        <translation>Дата вынесения</translation>
    </message>
    <message>
        <source>It expires on</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Case number or reference</source>
        <translation>Номер дела или ссылка</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>What the order forbids, as it is written in the order</source>
        <translation>Что запрещает постановление — так, как написано в нём самом</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>Добавить постановление</translation>
    </message>
    <message>
        <source>Save changes to the chosen order</source>
        <translation>Сохранить изменения в выбранном постановлении</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Made on</source>
        <translation>&amp;Дата вынесения</translation>
    </message>
    <message>
        <source>&amp;Court</source>
        <translation>&amp;Суд</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;Условия</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Breaches: {list}</source>
        <translation>Нарушения: {list}</translation>
    </message>
    <message>
        <source>No incident is marked as breaching this order.</source>
        <translation>Ни один случай не отмечен как нарушение этого постановления.</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Показать или скрыть введённое</translation>
    </message>
</context>
<context>
    <name>PasteSupport</name>
    <message>
        <source>Save these details</source>
        <translation>Сохранить эти сведения</translation>
    </message>
    <message>
        <source>dragged from a web page</source>
        <translation>перетащено с веб-страницы</translation>
    </message>
    <message>
        <source>Pasted image {time}</source>
        <translation>Вставленное изображение {time}</translation>
    </message>
    <message>
        <source>Pasted text {time}</source>
        <translation>Вставленный текст {time}</translation>
    </message>
    <message>
        <source>There is nothing to paste: copy a screenshot, a picture or some text first.</source>
        <translation>Вставлять нечего: сначала скопируйте снимок экрана, изображение или текст.</translation>
    </message>
    <message>
        <source>Adding to the vault…</source>
        <translation>Добавляем в хранилище…</translation>
    </message>
    <message>
        <source>Save these details to {ref}</source>
        <translation>Сохранить эти сведения в {ref}</translation>
    </message>
</context>
<context>
    <name>PatternChart</name>
    <message>
        <source>Per week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <source>{period}: nothing recorded</source>
        <translation>{period}: ничего не записано</translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}: {count}</translation>
    </message>
    <message>
        <source>{period}: {total} in total ({parts})</source>
        <translation>{period}: всего {total} ({parts})</translation>
    </message>
    <message>
        <source>Nothing recorded yet. The chart fills in as you add incidents.</source>
        <translation>Пока ничего не записано. График заполнится, когда вы добавите случаи.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from the week of {first} to the week of {last}.</source>
        <translation>
            <numerusform>%Ln случай с недели {first} по неделю {last}.</numerusform>
            <numerusform>%Ln случая с недели {first} по неделю {last}.</numerusform>
            <numerusform>%Ln случаев с недели {first} по неделю {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest was the week of {busy} ({n}).</source>
        <translation>Больше всего — на неделе с {busy} ({n}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from {first} to {last}.</source>
        <translation>
            <numerusform>%Ln случай с {first} по {last}.</numerusform>
            <numerusform>%Ln случая с {first} по {last}.</numerusform>
            <numerusform>%Ln случаев с {first} по {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest month was {busy} ({n}).</source>
        <translation>Больше всего — в месяце {busy} ({n}).</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>This copy of SafeLog cannot show PDF files. The file is kept safely; you can save a copy to read it.</source>
        <translation>Эта копия SafeLog не может показывать файлы PDF. Файл надёжно хранится; можно сохранить копию, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Perpetrator (known)</source>
        <translation>Преследователь (известен)</translation>
    </message>
    <message>
        <source>Perpetrator (unknown)</source>
        <translation>Преследователь (неизвестен)</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Преследователь</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Причастен</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>People in this incident</source>
        <translation>Люди в этом случае</translation>
    </message>
    <message>
        <source>People already recorded</source>
        <translation>Уже записанные люди</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Someone already recorded:</source>
        <translation>Уже записанный человек:</translation>
    </message>
    <message>
        <source>Record someone new…</source>
        <translation>Записать нового человека…</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>Role in this incident</source>
        <translation>Роль в этом случае</translation>
    </message>
    <message>
        <source>Add to this incident</source>
        <translation>Добавить к этому случаю</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>No one added yet. Add the people involved, even if you do not know their names.</source>
        <translation>Пока никого не добавлено. Добавьте причастных людей, даже если вы не знаете их имён.</translation>
    </message>
    <message>
        <source>Who was involved or saw it. Each person is recorded once, so you can see how often they appear.</source>
        <translation>Кто был причастен или видел это. Каждый человек записывается один раз, чтобы было видно, как часто он появляется.</translation>
    </message>
    <message>
        <source>No one recorded yet</source>
        <translation>Пока никто не записан</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (новый)</translation>
    </message>
    <message>
        <source>Role of {name}</source>
        <translation>Роль: {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Убрать: {name}</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Кто это</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Впервые замечен</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последний раз замечен</translation>
    </message>
    <message>
        <source>People in your record</source>
        <translation>Люди в ваших записях</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Добавить человека…</translation>
    </message>
    <message>
        <source>Everyone you have recorded, most often involved first.</source>
        <translation>Все, кого вы записали; сначала те, кто встречается чаще.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>Сохранить данные</translation>
    </message>
    <message>
        <source>Incidents with this person</source>
        <translation>Случаи с этим человеком</translation>
    </message>
    <message>
        <source>Double-click an incident to open it</source>
        <translation>Дважды щёлкните по случаю, чтобы открыть его</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>Not linked to any incident yet.</source>
        <translation>Пока не связан ни с одним случаем.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name or short description</source>
        <translation>Имя или краткое описание</translation>
    </message>
    <message>
        <source>A name, or e.g. &apos;man in grey car&apos;</source>
        <translation>Имя или, например, «мужчина в серой машине»</translation>
    </message>
    <message>
        <source>Kind of person</source>
        <translation>Кто этот человек</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Make, colour, number plate</source>
        <translation>Марка, цвет, номерной знак</translation>
    </message>
    <message>
        <source>Link to a state</source>
        <translation>Связь с государством</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>Неизвестна</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>Предполагается</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждена</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Как связаться</translation>
    </message>
    <message>
        <source>For witnesses: phone, email</source>
        <translation>Для свидетелей: телефон, e-mail</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>Заметки об этом человеке</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Кто это</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Give this person a name, or a short description such as &apos;man in grey car&apos;.</source>
        <translation>Укажите имя этого человека или короткое описание, например «мужчина в серой машине».</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your details</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>These details are printed on the first page of your dossier, so that the police know who made the record and how to reach you safely. They stay inside your locked log. You can leave any of them empty.</source>
        <translation>Эти данные печатаются на первой странице досье, чтобы полиция знала, кто вёл записи и как с вами безопасно связаться. Они хранятся в вашем закрытом журнале. Любое поле можно оставить пустым.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>Ваши инициалы для нумерации доказательств</translation>
    </message>
    <message>
        <source>For example: call my mobile only between 9 and 5; never leave a voicemail; or contact me through my support worker.</source>
        <translation>Например: звонить на мобильный только с 9 до 17; не оставлять голосовых сообщений; или связываться через моего сотрудника службы поддержки (support worker).</translation>
    </message>
    <message>
        <source>How the police may contact you safely</source>
        <translation>Как полиция может безопасно с вами связаться</translation>
    </message>
    <message>
        <source>For example: Persian (Farsi)</source>
        <translation>Например: русский</translation>
    </message>
    <message>
        <source>The language you prefer to speak</source>
        <translation>На каком языке вам удобнее говорить</translation>
    </message>
    <message>
        <source>Do you need an interpreter?</source>
        <translation>Нужен ли вам переводчик?</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>For example: Maryam Rahimi</source>
        <translation>Например: Anna Ivanova</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport</source>
        <translation>Ваше имя латинскими буквами, как в паспорте</translation>
    </message>
    <message>
        <source>For example: text first; never leave a voicemail, the phone is shared.</source>
        <translation>Например: text first; never leave a voicemail, the phone is shared.</translation>
    </message>
    <message>
        <source>How the police may contact you safely, in English</source>
        <translation>Как полиция может безопасно с вами связаться, по-английски</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Инициалы</translation>
    </message>
    <message>
        <source>New evidence is numbered with them, the way the police do (AB1, AB2, …). Evidence you already have keeps its numbers.</source>
        <translation>Ими нумеруются новые доказательства, так же как в полиции (AB1, AB2, …). Уже добавленные доказательства сохраняют свои номера.</translation>
    </message>
    <message>
        <source>How to contact you safely</source>
        <translation>Как безопасно с вами связаться</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Нужен переводчик</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Имя латинскими буквами</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport. If your name is written in another script, such as Arabic, Persian or Chinese, this lets police systems record it.</source>
        <translation>Ваше имя латинскими буквами, как в паспорте. Если ваше имя пишется другими буквами, например кириллицей, так полиция сможет внести его в свои системы.</translation>
    </message>
    <message>
        <source>Safe contact, in English</source>
        <translation>Безопасная связь, по-английски</translation>
    </message>
    <message>
        <source>If you wrote how to contact you in another language, say it here in English for the officer.</source>
        <translation>Если выше вы написали, как с вами связаться, на другом языке, напишите то же самое здесь по-английски — для сотрудника полиции.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родительский каталог</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Перейти в родительский каталог</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Создать новую папку</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Переключить в режим списка</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Переключить в подробный режим</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Места и закладки</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Недавние документы</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Каталог:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Каталоги</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Показать ск&amp;рытые файлы</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Показать </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл не найден.
Проверьте правильность указанного имени файла.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Каталог не найден.
Проверьте правильность указанного имени каталога.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Действительно удалить «%1»?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» защищён от записи.
Действительно удалить?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Не удалось удалить каталог.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Восстановить по умолчанию</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only other way to open your log. Nobody can make a new one for you. It is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>Если вы когда-нибудь забудете парольную фразу, этот ключ — единственный другой способ открыть журнал. Никто не сможет сделать вам новый. Он показывается только один раз.

Запишите его на бумаге или распечатайте и храните в надёжном месте: вдали от этого компьютера и от всех, кто может захотеть прочитать ваш журнал.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Распечатать ключ восстановления</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Сохранить в файл…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>Сохранить ключ восстановления в файл</translation>
    </message>
    <message>
        <source>I have written down, printed or saved my recovery key.</source>
        <translation>Я записал(а), распечатал(а) или сохранил(а) ключ восстановления.</translation>
    </message>
    <message>
        <source>Open my log</source>
        <translation>Открыть журнал</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Ключ восстановления: %1</translation>
    </message>
    <message>
        <source>SafeLog recovery key</source>
        <translation>Ключ восстановления SafeLog</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase.</source>
        <translation>Этот ключ открывает ваш журнал SafeLog, если вы забудете парольную фразу.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe, away from the computer.</source>
        <translation>Храните его в надёжном месте, вдали от компьютера.</translation>
    </message>
    <message>
        <source>A recovery key in a file on this computer is no safer than the computer: anyone who gets into it can find the key, and if the computer is lost or broken, the key is lost with it. Paper, or a USB stick kept somewhere else, is much safer.

Plug in a USB stick now if you have one, then choose it in the next window. Save the key to a file?</source>
        <translation>Ключ восстановления в файле на этом компьютере защищён не лучше самого компьютера: любой, кто получит к нему доступ, найдёт ключ, а если компьютер потеряется или сломается, ключ пропадёт вместе с ним. Бумага или флешка, которая хранится в другом месте, намного надёжнее.

Если у вас есть флешка, вставьте её сейчас и выберите её в следующем окне. Сохранить ключ в файл?</translation>
    </message>
    <message>
        <source>Save the recovery key (choose a USB stick)</source>
        <translation>Сохранить ключ восстановления (выберите флешку)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>The recovery key could not be saved there. Choose another place, such as a USB stick.</source>
        <translation>Не удалось сохранить ключ восстановления сюда. Выберите другое место, например флешку.</translation>
    </message>
    <message>
        <source>Saved. That file is on this computer: move it to a safe place of its own, such as a USB stick, and then delete it here.</source>
        <translation>Сохранено. Этот файл находится на этом компьютере: перенесите его в отдельное надёжное место, например на флешку, а здесь удалите.</translation>
    </message>
    <message>
        <source>Saved on the USB stick. Keep the stick somewhere safe, away from this computer.</source>
        <translation>Сохранено на флешке. Храните флешку в надёжном месте, вдали от этого компьютера.</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase. Keep this page somewhere safe, away from the computer.</source>
        <translation>Этот ключ открывает ваш журнал SafeLog, если вы забудете парольную фразу. Храните эту страницу в надёжном месте, вдали от компьютера.</translation>
    </message>
    <message>
        <source>The recovery key could not be printed. Write it down by hand instead.</source>
        <translation>Не удалось распечатать ключ восстановления. Перепишите его от руки.</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out and that every character is readable.</source>
        <translation>Отправлено на принтер. Проверьте, что страница вышла и каждый символ можно прочитать.</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Where you reported it</source>
        <translation>Куда вы сообщили</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Номер обращения</translation>
    </message>
    <message>
        <source>Crime or case reference, if given</source>
        <translation>Номер дела (crime reference number) или обращения, если его дали</translation>
    </message>
    <message>
        <source>Who you spoke to</source>
        <translation>С кем вы говорили</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number</source>
        <translation>Имя и номер сотрудника полиции</translation>
    </message>
    <message>
        <source>What happened next</source>
        <translation>Что было дальше</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куда перенаправили</translation>
    </message>
    <message>
        <source>If they passed you to someone else</source>
        <translation>Если вас направили к кому-то другому</translation>
    </message>
    <message>
        <source>Remove this report…</source>
        <translation>Удалить это обращение…</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Куда сообщено</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>С кем говорили</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Remove this report? What you typed in it will be lost.</source>
        <translation>Удалить это обращение? Всё, что вы в нём написали, пропадёт.</translation>
    </message>
    <message>
        <source>Report {n}</source>
        <translation>Обращение {n}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>999 (emergency)</source>
        <translation>999 (экстренный вызов)</translation>
    </message>
    <message>
        <source>101 (police, non-emergency)</source>
        <translation>101 (полиция, не экстренно)</translation>
    </message>
    <message>
        <source>Local police force online</source>
        <translation>Местная полиция онлайн</translation>
    </message>
    <message>
        <source>Counter Terrorism Policing</source>
        <translation>Counter Terrorism Policing (антитеррористическая полиция)</translation>
    </message>
    <message>
        <source>Report Fraud</source>
        <translation>Report Fraud</translation>
    </message>
    <message>
        <source>Platform or website</source>
        <translation>Платформа или сайт</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Горячая линия</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>No reports yet. If you told the police, a helpline or a platform, add it here: who you spoke to and what they said matters later.</source>
        <translation>Обращений пока нет. Если вы сообщали в полицию, на горячую линию или платформе, добавьте это здесь: позже будет важно, с кем вы говорили и что вам ответили.</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation>Добавить обращение</translation>
    </message>
</context>
<context>
    <name>RestoreJourney</name>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Выберите резервную копию для восстановления</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1);;All files (*)</source>
        <translation>Резервные копии SafeLog (*%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Проверяем и восстанавливаем резервную копию…</translation>
    </message>
    <message>
        <source>This backup is of a different log, not of the one on this computer now. If you go on, the log here now is moved aside (kept, not deleted) and the log from the backup takes its place. Put the backup&apos;s log in place of this one?</source>
        <translation>Эта резервная копия относится к другому журналу, а не к тому, что сейчас на этом компьютере. Если продолжить, нынешний журнал будет отложен в сторону (сохранён, а не удалён), а его место займёт журнал из резервной копии. Заменить этот журнал журналом из резервной копии?</translation>
    </message>
    <message>
        <source>Nothing was changed. Your log is as it was; unlock it as usual.</source>
        <translation>Ничего не изменено. Ваш журнал в прежнем виде; разблокируйте его как обычно.</translation>
    </message>
    <message>
        <source>That passphrase or key does not open this backup. Nothing was changed.</source>
        <translation>Эта парольная фраза или ключ не открывает резервную копию. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Your log is restored from the backup. Unlock it with the passphrase it had when the backup was made.</source>
        <translation>Журнал восстановлен из резервной копии. Разблокируйте его той парольной фразой, которая была, когда делалась копия.</translation>
    </message>
    <message>
        <source>The log that was here before is kept, untouched, in %1.</source>
        <translation>Журнал, который был здесь раньше, сохранён без изменений в %1.</translation>
    </message>
    <message>
        <source>The restore was stopped. Nothing was changed.</source>
        <translation>Восстановление остановлено. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>RestoreSecretDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Type the recovery key that belonged to your log when the backup “%1” was made.</source>
        <translation>Введите ключ восстановления, который был у журнала, когда делалась резервная копия «%1».</translation>
    </message>
    <message>
        <source>Recovery key of the backup</source>
        <translation>Ключ восстановления резервной копии</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Использовать парольную фразу</translation>
    </message>
    <message>
        <source>Type the passphrase your log had when the backup “%1” was made. The backup is checked completely before anything is replaced.</source>
        <translation>Введите парольную фразу, которая была у журнала, когда делалась резервная копия «%1». Копия полностью проверяется, прежде чем что-либо будет заменено.</translation>
    </message>
    <message>
        <source>I only have the recovery key</source>
        <translation>У меня есть только ключ восстановления</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Standard</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Методика</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Кто проводил</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Оценки риска</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <source>e.g. S-DASH or DASH, if you were told</source>
        <translation>например, S-DASH или DASH, если вам сказали</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number, or the service</source>
        <translation>Имя и номер сотрудника полиции или название службы</translation>
    </message>
    <message>
        <source>Add risk assessment</source>
        <translation>Добавить оценку риска</translation>
    </message>
    <message>
        <source>Record what the police told you: the level and who assessed it. The questions themselves are not recorded.</source>
        <translation>Запишите, что вам сказали в полиции: уровень риска и кто его оценивал. Сами вопросы не записываются.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Уровень</translation>
    </message>
    <message>
        <source>&amp;Tool</source>
        <translation>&amp;Методика</translation>
    </message>
    <message>
        <source>Made &amp;by</source>
        <translation>&amp;Кто проводил</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Номер</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> мин.</translation>
    </message>
    <message>
        <source>Lock automatically after this many minutes without use</source>
        <translation>Через сколько минут бездействия блокировать автоматически</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The same as this computer</source>
        <translation>Как на этом компьютере</translation>
    </message>
    <message>
        <source>Remind me when my last backup is more than 30 days old</source>
        <translation>Напоминать, если последней резервной копии больше 30 дней</translation>
    </message>
    <message>
        <source>Where your vault is kept</source>
        <translation>Где находится ваше хранилище</translation>
    </message>
    <message>
        <source>A new language is used the next time SafeLog starts.</source>
        <translation>Новый язык будет применён при следующем запуске SafeLog.</translation>
    </message>
    <message>
        <source>Lock and switch now</source>
        <translation>Заблокировать и сменить язык</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Сменить язык сейчас</translation>
    </message>
    <message>
        <source>SafeLog locks first; then you type your passphrase again.</source>
        <translation>Сначала SafeLog заблокируется, затем нужно будет снова ввести парольную фразу.</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>Автоматически блокировать через</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Your vault is kept in</source>
        <translation>Ваше хранилище находится в</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Доказательства: %1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Сообщено</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>about %1</source>
        <translation>около %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>доказательства: %1</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>сообщено</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>не сообщено</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Number of incidents shown</source>
        <translation>Число показанных случаев</translation>
    </message>
    <message>
        <source>Where the search words were found</source>
        <translation>Где найдены слова поиска</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching incident(s)</source>
        <translation>
            <numerusform>%Ln подходящий случай</numerusform>
            <numerusform>%Ln подходящих случая</numerusform>
            <numerusform>%Ln подходящих случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) in your log</source>
        <translation>
            <numerusform>%Ln случай в журнале</numerusform>
            <numerusform>%Ln случая в журнале</numerusform>
            <numerusform>%Ln случаев в журнале</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches this search or these filters. Choose “Show everything” to see your whole log.</source>
        <translation>Ничего не подходит под этот поиск или фильтры. Нажмите «Показать всё», чтобы увидеть весь журнал.</translation>
    </message>
    <message>
        <source>Nothing is recorded yet.

When something happens, choose “New incident” (Ctrl+N) and write down what you remember. It stays on this computer, encrypted.</source>
        <translation>Пока ничего не записано.

Когда что-то произойдёт, нажмите «Новый случай» (Ctrl+N) и запишите то, что помните. Запись останется на этом компьютере в зашифрованном виде.</translation>
    </message>
    <message>
        <source>Found in exhibit {ref} ({name}): “{words}”</source>
        <translation>Найдено в доказательстве (exhibit) {ref} ({name}): «{words}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more exhibit(s)</source>
        <translation>
            <numerusform>… и ещё %Ln доказательство</numerusform>
            <numerusform>… и ещё %Ln доказательства</numerusform>
            <numerusform>… и ещё %Ln доказательств</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of incidents, newest first</source>
        <translation>Хронология случаев, сначала новые</translation>
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
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Unlocking, please wait</source>
        <translation>Разблокируем, подождите</translation>
    </message>
    <message>
        <source>Open with your recovery key</source>
        <translation>Открыть ключом восстановления</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you created your log. Spaces, dashes and small or capital letters don&apos;t matter.</source>
        <translation>Введите ключ восстановления, который вы записали при создании журнала. Пробелы, дефисы, строчные и заглавные буквы не важны.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Использовать парольную фразу</translation>
    </message>
    <message>
        <source>SafeLog is locked</source>
        <translation>SafeLog заблокирован</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your log.</source>
        <translation>Введите парольную фразу, чтобы открыть журнал.</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>Я забыл(а) парольную фразу</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>Сначала введите ключ восстановления.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this log. Check it against your copy and try again.</source>
        <translation>Этот ключ восстановления не открывает журнал. Сверьте его со своей записью и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this log. Check that Caps Lock is off and the keyboard language is right, then try again. You can try as often as you need.</source>
        <translation>Эта парольная фраза не открывает журнал. Проверьте, что Caps Lock выключен и выбрана нужная раскладка клавиатуры, и попробуйте ещё раз. Пробовать можно сколько угодно раз.</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation>Разблокируем… это займёт немного времени.</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Restoring puts the log from a backup in place of the log you have open now. The log you have now is not deleted: it is kept, moved aside, in the same folder. SafeLog will lock first. Go on?</source>
        <translation>При восстановлении журнал из резервной копии займёт место открытого сейчас журнала. Нынешний журнал не удаляется: он сохраняется и откладывается в сторону в той же папке. Сначала SafeLog заблокируется. Продолжить?</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>Zip archive</source>
        <translation>Zip-архив</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Saved web page</source>
        <translation>Сохранённая веб-страница</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Дата съёмки</translation>
    </message>
    <message>
        <source>Text excerpt</source>
        <translation>Отрывок текста</translation>
    </message>
    <message>
        <source>Date changed in the camera or phone</source>
        <translation>Дата изменения в камере или телефоне</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>Производитель камеры</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>Модель камеры</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>Ширина (пиксели)</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>Высота (пиксели)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Going through: {0}</source>
        <translation>Прохождение: {0}</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>Все чек-листы</translation>
    </message>
    <message>
        <source>Back to the list of checklists (Alt+Up)</source>
        <translation>Назад к списку чек-листов (Alt+Up)</translation>
    </message>
    <message>
        <source>Where you are in the checklist</source>
        <translation>Где вы сейчас в чек-листе</translation>
    </message>
    <message>
        <source>Position in the checklist</source>
        <translation>Место в чек-листе</translation>
    </message>
    <message>
        <source>You have reached the end of this checklist.</source>
        <translation>Вы дошли до конца этого чек-листа.</translation>
    </message>
    <message>
        <source>Back to all checklists</source>
        <translation>Назад ко всем чек-листам</translation>
    </message>
    <message>
        <source>Go through it again from the first item</source>
        <translation>Пройти ещё раз с первого пункта</translation>
    </message>
    <message>
        <source>Key {0}</source>
        <translation>Клавиша {0}</translation>
    </message>
    <message>
        <source>Anything to remember about this step (optional)</source>
        <translation>Что стоит запомнить об этом шаге (необязательно)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <source>Empty when you mark it yourself</source>
        <translation>Пусто, если вы отмечаете сами</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Кто отметил</translation>
    </message>
    <message>
        <source>Marked &amp;by</source>
        <translation>&amp;Кто отметил</translation>
    </message>
    <message>
        <source>What is saved for this step</source>
        <translation>Что сохранено для этого шага</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>{0} or Alt+{1}</source>
        <translation>{0} или Alt+{1}</translation>
    </message>
    <message>
        <source>Keys: 1–4 status · {0} next · {1} back · {2} list</source>
        <translation>Клавиши: 1–4 — статус · {0} — далее · {1} — назад · {2} — список</translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation>Пункт {0} из {1}</translation>
    </message>
    <message>
        <source>Not marked yet.</source>
        <translation>Ещё не отмечено.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>Saved as “{0}” on {1}, marked by {2}.</source>
        <translation>Сохранено: «{0}», {1}; отметил(а): {2}.</translation>
    </message>
    <message>
        <source>End of the checklist</source>
        <translation>Конец чек-листа</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Сделано: {0}</translation>
    </message>
    <message>
        <source>Not applicable: {0}</source>
        <translation>Не относится ко мне: {0}</translation>
    </message>
    <message>
        <source>Need help: {0}</source>
        <translation>Нужна помощь: {0}</translation>
    </message>
    <message>
        <source>Still to do: {0}</source>
        <translation>Осталось сделать: {0}</translation>
    </message>
    <message>
        <source>Steps marked “Need help” stay at the top of the list until someone has helped with them.</source>
        <translation>Шаги с отметкой «Нужна помощь» остаются вверху списка, пока с ними кто-нибудь не поможет.</translation>
    </message>
    <message>
        <source>The note is too long: please keep it under {0} characters.</source>
        <translation>Заметка слишком длинная: пожалуйста, уложитесь в {0} символов.</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <source>Exact time</source>
        <translation>Точное время</translation>
    </message>
    <message>
        <source>Approximate time</source>
        <translation>Примерное время</translation>
    </message>
    <message>
        <source>Date only (time not known)</source>
        <translation>Только дата (время неизвестно)</translation>
    </message>
    <message>
        <source>How exact is the time</source>
        <translation>Насколько точно время</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>Когда началось</translation>
    </message>
    <message>
        <source>It went on until</source>
        <translation>Продолжалось до</translation>
    </message>
    <message>
        <source>When it ended</source>
        <translation>Когда закончилось</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Type a city or a country, such as Tehran, London or Hong Kong</source>
        <translation>Введите город или страну латиницей, например Moscow, London или Hong Kong</translation>
    </message>
    <message>
        <source>City or country, e.g. Tehran</source>
        <translation>Город или страна латиницей, например Moscow</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Началось</translation>
    </message>
    <message>
        <source>Type a city or a country for the time zone, such as London or Tehran, or choose one from the list.</source>
        <translation>Введите город или страну для часового пояса латиницей, например London или Moscow, или выберите из списка.</translation>
    </message>
    <message>
        <source>The end is before the start; check both times.</source>
        <translation>Конец раньше начала; проверьте оба времени.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
</context>
<context>
    <name>_Canvas</name>
    <message>
        <source>Incidents over time</source>
        <translation>Случаи по времени</translation>
    </message>
</context>
</TS>
