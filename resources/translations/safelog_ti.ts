<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Persian</source>
        <translation>ፋርስኛ</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>ዓረብኛ</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ኡርዱ</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>ቻይንኛ (ዝተቓለለ)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>ቻይንኛ (ልማዳዊ)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ሩስኛ</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>ቱርክኛ</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>ትግርኛ</translation>
    </message>
    <message>
        <source>checked by a native speaker</source>
        <translation>ቋንቋ ኣዲኡ ብዝኾነ ሰብ ተረጋጊጹ</translation>
    </message>
    <message>
        <source>machine-drafted, not yet checked by a native speaker</source>
        <translation>ብማሽን ዝተዳለወ፣ ገና ቋንቋ ኣዲኡ ብዝኾነ ሰብ ኣይተረጋገጸን</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>ብዛዕባ SafeLog</translation>
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
        <translation>ናይ ምጭናቕ (harassment)፣ ብቐጻሊ ምስዓብን ምክትታልን (stalking)፣ ዶብ ሰጊሩ ዝመጽእ ጭቆና (transnational repression)ን መርትዖታቱን ዝሕዝ ብሕታዊ፣ ዝተመስጠረ (encrypted) መዝገብ።

መዝገብኩም ኣብዚ ኮምፒተር ይጸንሕ። SafeLog ናብ ዝኾነ ቦታ ዋላ ሓንቲ ኣይሰድድን።

ፍቓድ (Licence): GNU General Public License፣ ሕታም 3 ወይ ዝሓደሰ (GPL-3.0-or-later)። ብመሰረት ኩነታቱ SafeLog ከተካፍሉን ክትቕይሩን ትኽእሉ ኢኹም።

ውሑስ ሳንዱቕኩም (vault) ኣብዚ ፎልደር እዚ ይርከብ:</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>ፎልደር ውሑስ ሳንዱቕ</translation>
    </message>
    <message>
        <source>Languages. Corrections from native speakers are welcome: see &quot;Translations&quot; in SafeLog&apos;s README.</source>
        <translation>ቋንቋታት። ቋንቋ ኣዲኦም ካብ ዝኾኑ ሰባት እርማት ብሓጎስ ንቕበል: ኣብ README ናይ SafeLog &quot;Translations&quot; ርኣዩ።</translation>
    </message>
    <message>
        <source>Languages and their review state</source>
        <translation>ቋንቋታትን ኩነታት ምርግጋጾምን</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Select all rows</source>
        <translation>ኩሎም መስመራት ምምራጽ</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>ተወሳኺ ሜኑታት</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>ተወሳኺ ተግባራት</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ምጽራይ</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup of your log</source>
        <translation>ተጠባባቒ ቅዳሕ (backup) መዝገብኩም ዓቅቡ</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1)</source>
        <translation>ተጠባባቒ ቅዳሓት SafeLog (*%1)</translation>
    </message>
    <message>
        <source>Your backup is saved as %1. It is encrypted: only your passphrase or your recovery key opens it. Keep a copy away from this computer, for example on a USB stick in a safe place.</source>
        <translation>ተጠባባቒ ቅዳሕኩም ከም %1 ተዓቂቡ ኣሎ። ዝተመስጠረ እዩ: ብመሕለፊ ሓረግኩም (passphrase) ወይ ብመምለሲ መፍትሕኩም (recovery key) ጥራይ ይኽፈት። ሓደ ቅዳሕ ካብዚ ኮምፒተር ርሒቑ ኣቐምጡ፣ ንኣብነት ኣብ USB ፍላሽ ኣብ ውሑስ ቦታ።</translation>
    </message>
    <message>
        <source>Backing up your log…</source>
        <translation>ተጠባባቒ ቅዳሕ መዝገብኩም ይስራሕ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>You have not made a backup of your log yet. If this computer is lost or broken, a backup is the only way to get your log back.</source>
        <translation>ገና ተጠባባቒ ቅዳሕ (backup) መዝገብኩም ኣይሰራሕኩምን። እዚ ኮምፒተር እንተ ጠፊኡ ወይ እንተ ተበላሺዩ፣ መዝገብኩም ክትመልስዎ እትኽእሉ ብተጠባባቒ ቅዳሕ ጥራይ እዩ።</translation>
    </message>
    <message>
        <source>Your last backup was made on %1, more than %2 days ago.</source>
        <translation>ናይ መወዳእታ ተጠባባቒ ቅዳሕኩም ብ%1 እዩ ተሰሪሑ፣ ማለት ቅድሚ %2 መዓልታት ንላዕሊ።</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>ሕጂ ቅዳሕ ምስራሕ…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ሕጂ ኣይኮነን</translation>
    </message>
</context>
<context>
    <name>CaptureButton</name>
    <message>
        <source>This desktop does not let SafeLog see the screen. Take a screenshot with your system&apos;s tool (for example PrtScn) and paste it here with Ctrl+V.</source>
        <translation>እዚ ዴስክቶፕ ንSafeLog ነቲ ስክሪን ክርእዮ ኣይፈቕደሉን። ብናይ ኮምፒተርኩም መሳርሒ ስእሊ ስክሪን (screenshot) ውሰዱ (ንኣብነት PrtScn)፣ ድሕሪኡ ኣብዚ ብCtrl+V ለጥፍዎ።</translation>
    </message>
    <message>
        <source>SafeLog cannot tell which window is in front on this desktop; capture a region around it instead.</source>
        <translation>SafeLog ኣብዚ ዴስክቶፕ ኣየናይ መስኮት ኣብ ቅድሚት ከም ዘሎ ክፈልጥ ኣይክእልን። ኣብ ክንዲኡ ነቲ ኣብ ዙርያኡ ዘሎ ክፋል ስክሪን ውሰዱ።</translation>
    </message>
    <message>
        <source>Capture screen</source>
        <translation>ስክሪን ምቕራጽ</translation>
    </message>
    <message>
        <source>Put a picture of the screen straight into the vault; SafeLog hides itself while it takes it.</source>
        <translation>ስእሊ ስክሪን ብቐጥታ ናብ ውሑስ ሳንዱቕ (vault) የእቱ፤ SafeLog ክወስዶ ከሎ ባዕሉ ይሕባእ።</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ሕጂ</translation>
    </message>
    <message>
        <source>in {n} seconds</source>
        <translation>ድሕሪ {n} ካልኢት</translation>
    </message>
    <message>
        <source>Whole screen, {when}</source>
        <translation>ምሉእ ስክሪን፣ {when}</translation>
    </message>
    <message>
        <source>A region, {when}</source>
        <translation>ሓደ ክፋል፣ {when}</translation>
    </message>
    <message>
        <source>The window in front, {when}</source>
        <translation>ኣብ ቅድሚት ዘሎ መስኮት፣ {when}</translation>
    </message>
    <message>
        <source>Screen capture {time}</source>
        <translation>ስእሊ ስክሪን {time}</translation>
    </message>
    <message>
        <source>captured from the screen by SafeLog</source>
        <translation>ብSafeLog ካብ ስክሪን ዝተወስደ</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Surveillance</source>
        <translation>ምክትታል</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>ምስዓብ</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>ኣብ ኢንተርነት ምጭናቕ</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>ምፍርራሕ</translation>
    </message>
    <message>
        <source>Threats to family abroad</source>
        <translation>ኣብ ዓዲ ንዘለዉ ስድራ ምፍርራሕ</translation>
    </message>
    <message>
        <source>Hacking or phishing</source>
        <translation>ምጥላፍ ወይ ምትላል</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>ካልእ ሰብ ምምሳል</translation>
    </message>
    <message>
        <source>Smear or doxxing</source>
        <translation>ስም ምጽላም ወይ ሓበሬታ ምቅላዕ</translation>
    </message>
    <message>
        <source>Approach by officials</source>
        <translation>ብሰበ-ስልጣን ምቕራብ</translation>
    </message>
    <message>
        <source>Coerced return</source>
        <translation>ብግዲ ናብ ዓዲ ምምላስ</translation>
    </message>
    <message>
        <source>Bounty</source>
        <translation>ኣብ ርእሲ ሰብ ሽልማት</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>ኣካላዊ መጥቃዕቲ</translation>
    </message>
    <message>
        <source>Property damage</source>
        <translation>ንብረት ምብልሻው</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ካልእ</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>መሕለፊ ሓረገይ ምቕያር</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>ሓድሽ መሕለፊ ሓረግ ምረጹ</translation>
    </message>
    <message>
        <source>You opened your log with your recovery key. Choose a new passphrase now, one you will remember. Your recovery key keeps working.</source>
        <translation>መዝገብኩም ብመምለሲ መፍትሕ (recovery key) ከፊትኩምዎ። ሕጂ እትዝክርዎ ሓድሽ መሕለፊ ሓረግ (passphrase) ምረጹ። መምለሲ መፍትሕኩም ከም ቀደሙ ይሰርሕ።</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. From then on, only the new one opens your log; your recovery key keeps working.</source>
        <translation>ሓድሽ መሕለፊ ሓረግ (passphrase) ምረጹ። ብባዶ ቦታ ዝተፈላለዩ ኣርባዕተ ወይ ሓሙሽተ ዘይተዛመዱ ቃላት ንምዝካር ቀሊል፣ ንምግማት ግን ኣዝዩ ከቢድ እዩ። ካብኡ ንደሓር መዝገብኩም ዝኸፍቶ እቲ ሓድሽ ጥራይ እዩ፤ መምለሲ መፍትሕኩም (recovery key) ከም ቀደሙ ይሰርሕ።</translation>
    </message>
    <message>
        <source>Your passphrase now</source>
        <translation>ሕጂ እትጥቀሙሉ መሕለፊ ሓረግ</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>ሓድሽ መሕለፊ ሓረግ</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>ነቲ ሓድሽ መሕለፊ ሓረግ እንደገና ጽሓፉ</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>እንደገና</translation>
    </message>
    <message>
        <source>Changing the passphrase, please wait</source>
        <translation>መሕለፊ ሓረግ ይቕየር ኣሎ፣ በጃኹም ተጸበዩ</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>ደሓር</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ምስራዝ</translation>
    </message>
    <message>
        <source>Type the passphrase you use now first.</source>
        <translation>መጀመርታ እቲ ሕጂ እትጥቀሙሉ መሕለፊ ሓረግ ጽሓፉ።</translation>
    </message>
    <message>
        <source>That is not the passphrase you use now. Check that Caps Lock is off, then try again.</source>
        <translation>እዚ እቲ ሕጂ እትጥቀሙሉ መሕለፊ ሓረግ ኣይኮነን። Caps Lock ከም ዘይበርሀ ኣረጋግጹ፣ ድሕሪኡ እንደገና ፈትኑ።</translation>
    </message>
    <message>
        <source>Your passphrase is changed. From now on, only the new one opens your log.</source>
        <translation>መሕለፊ ሓረግኩም ተቐይሩ። ካብ ሕጂ ንደሓር መዝገብኩም ዝኸፍቶ እቲ ሓድሽ ጥራይ እዩ።</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>To do</source>
        <translation>ዝግበር</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ተገይሩ</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>ኣይምልከትን</translation>
    </message>
    <message>
        <source>Need help</source>
        <translation>ሓገዝ የድሊ</translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation>ቅድሚ ኩሉ ግበርዎ</translation>
    </message>
    <message>
        <source>Do this soon</source>
        <translation>ቀልጢፍኩም ግበርዎ</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>ምስ ክኢልኩም</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>መቆጻጸሪ ዝርዝራት</translation>
    </message>
    <message>
        <source>Safety checklists</source>
        <translation>ናይ ድሕንነት መቆጻጸሪ ዝርዝራት</translation>
    </message>
    <message>
        <source>Print checklist summary…</source>
        <translation>ጽማቕ መቆጻጸሪ ዝርዝራት ምሕታም…</translation>
    </message>
    <message>
        <source>Save a PDF of your progress to print or to show someone who helps you</source>
        <translation>ንምሕታም ወይ ንዝሕግዘኩም ሰብ ንምርኣይ፣ ናይ ግስጋሴኹም PDF ዓቅቡ</translation>
    </message>
    <message>
        <source>Small steps that make you safer. Take them at your own pace, on your own or with someone you trust. What you mark stays in your locked log.</source>
        <translation>ዝያዳ ውሑሳት ዝገብሩኹም ንኣሽቱ ስጉምትታት። ብናይ ባዕልኹም ቅልጣፈ ውሰድዎም፣ በይንኹም ወይ ምስ እትኣምንዎ ሰብ። ዘመልከትኩምዎ ኣብቲ ዝተቖልፈ መዝገብኩም ይጸንሕ።</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>መቆጻጸሪ ዝርዝር</translation>
    </message>
    <message>
        <source>How far you are</source>
        <translation>ክሳብ ክንደይ በጺሕኩም</translation>
    </message>
    <message>
        <source>Most important next step</source>
        <translation>እቲ ቀጺሉ ዝመጽእ ኣገዳሲ ስጉምቲ</translation>
    </message>
    <message>
        <source>Choose a checklist and press Enter, or use its button, to go through it one step at a time.</source>
        <translation>ስጉምቲ ብስጉምቲ ንምኻድ፣ መቆጻጸሪ ዝርዝር ምረጹ እሞ Enter ጠውቑ፣ ወይ ናቱ መጠወቒ ተጠቐሙ።</translation>
    </message>
    <message>
        <source>The checklists could not be found in this copy of SafeLog.</source>
        <translation>ኣብዚ ቅዳሕ SafeLog መቆጻጸሪ ዝርዝራት ክርከቡ ኣይከኣሉን።</translation>
    </message>
    <message>
        <source>Checklists that could not be read and are not shown: {0}.</source>
        <translation>ክንበቡ ስለ ዘይከኣሉ ዘይተራእዩ መቆጻጸሪ ዝርዝራት: {0}።</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>ካብ {1}፣ {0} ተገይሩ</translation>
    </message>
    <message>
        <source>{0} waiting for help</source>
        <translation>{0} ሓገዝ ይጽበ</translation>
    </message>
    <message>
        <source>{0} percent done: {1}</source>
        <translation>{0} ሚእታዊት ተገይሩ: {1}</translation>
    </message>
    <message>
        <source>Nothing left to do here</source>
        <translation>ኣብዚ ዝተረፈ ስራሕ የለን</translation>
    </message>
    <message>
        <source>Every step has an answer.</source>
        <translation>ኩሉ ስጉምቲ መልሲ ኣለዎ።</translation>
    </message>
    <message>
        <source>Waiting for help</source>
        <translation>ሓገዝ ይጽበ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ምጅማር</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ምቕጻል</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>እንደገና ምርኣይ</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Save the checklist summary</source>
        <translation>ጽማቕ መቆጻጸሪ ዝርዝራት ምዕቃብ</translation>
    </message>
    <message>
        <source>checklist-summary.pdf</source>
        <translation>checklist-summary.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ፋይላት PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The checklist summary was saved as %1. You can print it or show it to someone who helps you.</source>
        <translation>ጽማቕ መቆጻጸሪ ዝርዝራት ከም %1 ተዓቂቡ። ክትሕትምዎ ወይ ንዝሕግዘኩም ሰብ ከተርእይዎ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>Preparing the checklist summary…</source>
        <translation>ጽማቕ መቆጻጸሪ ዝርዝራት ይዳሎ ኣሎ…</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Passphrase strength</source>
        <translation>ሓይሊ መሕለፊ ሓረግ</translation>
    </message>
    <message>
        <source>Strong. Make sure you will remember it.</source>
        <translation>ሓያል እዩ። ከም እትዝክርዎ ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>ክልቲኦም መሕለፊ ሓረጋት ገና ሓደ ኣይኮኑን።</translation>
    </message>
    <message>
        <source>Both passphrases match.</source>
        <translation>ክልቲኦም መሕለፊ ሓረጋት ሓደ እዮም።</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>መሕለፊ ሓረግ ምረጹ</translation>
    </message>
    <message>
        <source>A passphrase is like a password, but longer. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. Don&apos;t use one you use anywhere else, and don&apos;t tell it to anyone.</source>
        <translation>መሕለፊ ሓረግ (passphrase) ከም መሕለፊ ቃል (password) እዩ፣ ግን ዝነውሐ። ብባዶ ቦታ ዝተፈላለዩ ኣርባዕተ ወይ ሓሙሽተ ዘይተዛመዱ ቃላት ንምዝካር ቀሊል፣ ንምግማት ግን ኣዝዩ ከቢድ እዩ። ኣብ ካልእ ቦታ እትጥቀሙሉ ኣይትጠቀሙ፣ ንዝኾነ ሰብ ድማ ኣይትንገሩ።</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>ሓድሽ መሕለፊ ሓረግ</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>መሕለፊ ሓረግ እንደገና ጽሓፉ</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>ግዴታ ኣይኮነን</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ስምኩም</translation>
    </message>
    <message>
        <source>Printed on your dossier, so the police know who made the record. You can add it or change it later under “Your details”.</source>
        <translation>ፖሊስ መዝገብ መን ከም ዝሰርሖ ንኽፈልጥ፣ ኣብ ዶሴኹም (dossier) ይሕተም። ደሓር ኣብ «ሓበሬታኹም» ክትውስኽዎ ወይ ክትቕይርዎ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>optional, e.g. AB</source>
        <translation>ግዴታ ኣይኮነን፣ ንኣብነት AB</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>መጀመርታ ፊደላት ስምኩም (initials)፣ መርትዖ ንምምልካት</translation>
    </message>
    <message>
        <source>Used to number your evidence the way the police do (AB1, AB2, …).</source>
        <translation>መርትዖኹም ከም ፖሊስ ዝገብሮ ንምቑጻር ይጥቀመሉ (AB1, AB2, …)።</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>መሕለፊ ሓረግ</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>እንደገና</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>መጀመርታ ፊደላት ስምኩም</translation>
    </message>
    <message>
        <source>Setting up encryption, please wait</source>
        <translation>ምምስጣር ይዳሎ ኣሎ፣ በጃኹም ተጸበዩ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <source>Create my log</source>
        <translation>መዝገበይ ምፍጣር</translation>
    </message>
    <message>
        <source>Use one to four letters A to Z, or leave it empty.</source>
        <translation>ካብ A ክሳብ Z ሓደ ክሳብ ኣርባዕተ ፊደላት ተጠቐሙ፣ ወይ ባዶ ግደፍዎ።</translation>
    </message>
    <message>
        <source>Setting up encryption. This takes a few seconds…</source>
        <translation>ምምስጣር ይዳሎ ኣሎ። እዚ ቁሩብ ካልኢታት ይወስድ…</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Type a date, such as 1 Dec 2026 or 01/12/2026. Up and Down change the day; Alt+Down opens a calendar.</source>
        <translation>ዕለት ጽሓፉ፣ ከም 1 Dec 2026 ወይ 01/12/2026። Up ከምኡውን Down ነታ መዓልቲ ይቕይሩ፤ Alt+Down ዓውደ-ኣዋርሕ ይኸፍት።</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026</source>
        <translation>ንኣብነት 1 Dec 2026</translation>
    </message>
    <message>
        <source>Type a date and time, such as 1 Dec 2026 18:30 or 01/12/2026 18:30, or only a time for today. Up and Down change the part under the cursor; Alt+Down opens a calendar.</source>
        <translation>ዕለትን ሰዓትን ጽሓፉ፣ ከም 1 Dec 2026 18:30 ወይ 01/12/2026 18:30፣ ወይ ናይ ሎሚ እንተኾይኑ ሰዓት ጥራይ። Up ከምኡውን Down ነቲ ኣብ ትሕቲ ካርሶር ዘሎ ክፋል ይቕይሩ፤ Alt+Down ዓውደ-ኣዋርሕ ይኸፍት።</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026 18:30</source>
        <translation>ንኣብነት 1 Dec 2026 18:30</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>ነታ መዓልቲ ኣብ ዓውደ-ኣዋርሕ ምረጹ (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>ነታ መዓልቲ ኣብ ዓውደ-ኣዋርሕ ምረጹ</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>ዓውደ-ኣዋርሕ</translation>
    </message>
    <message>
        <source>The same day in the Solar Hijri calendar</source>
        <translation>እታ ሓንቲ መዓልቲ ብናይ ፋርስ ዓውደ-ኣዋርሕ (Solar Hijri)</translation>
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
        <translation>ዶሴ ምድላው</translation>
    </message>
    <message>
        <source>A dossier is a PDF report of what happened, with your evidence files and a list of their fingerprints, in one new folder. You can give it to the police, a lawyer or a support service. Nothing in your log is changed.</source>
        <translation>ዶሴ (dossier) ብዛዕባ ዘጋጠመኩም ናይ PDF ጸብጻብ እዩ፣ ምስ ፋይላት መርትዖኹምን ዝርዝር ኣሻራታቶም (fingerprints)ን፣ ኣብ ሓደ ሓድሽ ፎልደር። ንፖሊስ፣ ንጠበቓ ወይ ንትካል ደገፍ ክትህብዎ ትኽእሉ ኢኹም። ኣብ መዝገብኩም ዋላ ሓንቲ ኣይቕየርን።</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>ኣየናይ እዋን</translation>
    </message>
    <message>
        <source>Everything in my log</source>
        <translation>ኣብ መዝገበይ ዘሎ ኩሉ</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>ዝሓለፉ 3 ኣዋርሕ</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>ዝሓለፉ 6 ኣዋርሕ</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>ዝሓለፉ 12 ኣዋርሕ</translation>
    </message>
    <message>
        <source>Choose the dates…</source>
        <translation>ዕለታት ምምራጽ…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ካብ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>ክሳብ</translation>
    </message>
    <message>
        <source>until</source>
        <translation>ክሳብ</translation>
    </message>
    <message>
        <source>All incidents in this period</source>
        <translation>ኣብዚ እዋን ዘለዉ ኩሎም ፍጻመታት</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln incident(s) the timeline shows now</source>
        <translation>
            <numerusform>ሕጂ ኣብ መስመር ግዜ ዝርአ %Ln ፍጻመ ጥራይ</numerusform>
            <numerusform>ሕጂ ኣብ መስመር ግዜ ዝርኣዩ %Ln ፍጻመታት ጥራይ</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the incident chosen in the timeline: %1</source>
        <translation>ኣብ መስመር ግዜ ዝተመርጸ ፍጻመ ጥራይ: %1</translation>
    </message>
    <message>
        <source>Leave out of the dossier</source>
        <translation>ካብ ዶሴ ዝግደፍ</translation>
    </message>
    <message>
        <source>Add a summary of my safety checklists</source>
        <translation>ጽማቕ ናይ ድሕንነት መቆጻጸሪ ዝርዝራተይ ምውሳኽ</translation>
    </message>
    <message>
        <source>Add a draft witness statement for a solicitor to finish (PDF and Word)</source>
        <translation>ንጠበቓ (solicitor) ዘዛዝሞ ንድፊ ቃል ምስክርነት (witness statement) ምውሳኽ (PDF ን Word ን)</translation>
    </message>
    <message>
        <source>Your own words, in date order and numbered, with your exhibits cited. It is a draft: a solicitor checks it with you before anyone signs it.</source>
        <translation>ናይ ባዕልኹም ቃላት፣ ብቕደም ሰዓብ ዕለት፣ ቁጽሪ ዘለዎ፣ ኤግዚቢታትኩም (exhibits) እናተጠቕሰ። ንድፊ እዩ: ቅድሚ ዝኾነ ሰብ ምፍራሙ ጠበቓ (solicitor) ምሳኹም ይርእዮ።</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>እዋን</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ፍጻመታት</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>ኣበይ ከም ዝዕቀብ ምምራጽ…</translation>
    </message>
    <message>
        <source>My private notes</source>
        <translation>ብሕታዊ ማስታወሻታተይ</translation>
    </message>
    <message>
        <source>Exact places: map points and the GPS positions in photos</source>
        <translation>ልክዕ ቦታታት: ነጥብታት ካርታን ኣብ ስእልታት ዘሎ ቦታ GPS ን</translation>
    </message>
    <message>
        <source>Camera, phone and software details inside the files</source>
        <translation>ኣብ ውሽጢ ፋይላት ዘሎ ሓበሬታ ካሜራ፣ ተሌፎንን ሶፍትዌርን</translation>
    </message>
    <message>
        <source>How to contact witnesses and other people</source>
        <translation>ምስክራትን ካልኦት ሰባትን ብኸመይ ከም ዝርከቡ</translation>
    </message>
    <message>
        <source>What each incident did to me</source>
        <translation>ነፍሲ ወከፍ ፍጻመ ከመይ ከም ዝጸለወኒ</translation>
    </message>
    <message>
        <source>The original names of my evidence files</source>
        <translation>መበቆላዊ ኣስማት ፋይላት መርትዖይ</translation>
    </message>
    <message>
        <source>The evidence files themselves (their fingerprints stay in the report)</source>
        <translation>ፋይላት መርትዖ ባዕሎም (ኣሻራታቶም ኣብቲ ጸብጻብ ይጸንሑ)</translation>
    </message>
    <message>
        <source>Who told me about incidents I did not see myself (they stay marked second-hand)</source>
        <translation>ባዕለይ ዘይረኣኹዎም ፍጻመታት መን ከም ዝነገረኒ (ከም ካብ ካልእ ሰብ ዝተሰምዐ ምልክት ይገብረሎም)</translation>
    </message>
    <message>
        <source>No incident falls in this period. Choose a longer period.</source>
        <translation>ኣብዚ እዋን ዝወድቕ ፍጻመ የለን። ዝነውሐ እዋን ምረጹ።</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln ፍጻመ</numerusform>
            <numerusform>%Ln ፍጻመታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence file(s)</source>
        <translation>
            <numerusform>%Ln ፋይል መርትዖ</numerusform>
            <numerusform>%Ln ፋይላት መርትዖ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) with a GPS position</source>
        <translation>
            <numerusform>ቦታ GPS ዘለዎ %Ln ስእሊ</numerusform>
            <numerusform>ቦታ GPS ዘለዎም %Ln ስእልታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) with a map point</source>
        <translation>
            <numerusform>ነጥቢ ካርታ ዘለዎ %Ln ፍጻመ</numerusform>
            <numerusform>ነጥቢ ካርታ ዘለዎም %Ln ፍጻመታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private note(s)</source>
        <translation>
            <numerusform>%Ln ብሕታዊ ማስታወሻ</numerusform>
            <numerusform>%Ln ብሕታዊ ማስታወሻታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with such details</source>
        <translation>
            <numerusform>ከምዚ ዝበለ ሓበሬታ ዘለዎ %Ln ፋይል</numerusform>
            <numerusform>ከምዚ ዝበለ ሓበሬታ ዘለዎም %Ln ፋይላት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with contact details</source>
        <translation>
            <numerusform>ሓበሬታ መራኸቢ ዘለዎ %Ln ሰብ</numerusform>
            <numerusform>ሓበሬታ መራኸቢ ዘለዎም %Ln ሰባት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln incident(s)</source>
        <translation>
            <numerusform>ኣብ %Ln ፍጻመ</numerusform>
            <numerusform>ኣብ %Ln ፍጻመታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln ፋይል</numerusform>
            <numerusform>%Ln ፋይላት</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier will hold %1 and %2 (%3).</source>
        <translation>እቲ ዶሴ %1 ከምኡውን %2 (%3) ክሕዝ እዩ።</translation>
    </message>
    <message>
        <source>The dossier will hold %1.</source>
        <translation>እቲ ዶሴ %1 ክሕዝ እዩ።</translation>
    </message>
    <message>
        <source>none in this dossier</source>
        <translation>ኣብዚ ዶሴ የለን</translation>
    </message>
</context>
<context>
    <name>DossierDone</name>
    <message>
        <source>Your dossier is ready</source>
        <translation>ዶሴኹም ተዳልዩ ኣሎ</translation>
    </message>
    <message numerus="yes">
        <source>%n incident</source>
        <translation>
            <numerusform>%n ፍጻመ</numerusform>
            <numerusform>%n ፍጻመታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n ፍጻመ</numerusform>
            <numerusform>%n ፍጻመታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file</source>
        <translation>
            <numerusform>%n ፋይል መርትዖ</numerusform>
            <numerusform>%n ፋይላት መርትዖ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation>
            <numerusform>%n ፋይል መርትዖ</numerusform>
            <numerusform>%n ፋይላት መርትዖ</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds %1 and %2. Give the whole folder, not only the PDF, to the police, your lawyer or a support service: a USB stick is a good way.</source>
        <translation>%1 ከምኡውን %2 ይሕዝ። ነቲ PDF ጥራይ ዘይኮነስ ነቲ ምሉእ ፎልደር ንፖሊስ፣ ንጠበቓኹም ወይ ንትካል ደገፍ ሃብዎ: USB ፍላሽ ጽቡቕ መንገዲ እዩ።</translation>
    </message>
    <message>
        <source>Where the dossier is</source>
        <translation>ዶሴ ኣበይ ከም ዘሎ</translation>
    </message>
    <message>
        <source>Document identifier</source>
        <translation>መለለዪ ሰነድ</translation>
    </message>
    <message>
        <source>Anyone who receives it can check that nothing in it was changed since you made it. In a terminal, in that folder, they type:</source>
        <translation>ዝቕበሎ ዝኾነ ሰብ፣ ካብ እትሰርሕዎ ጀሚሩ ኣብኡ ዋላ ሓንቲ ከም ዘይተቐየረ ከረጋግጽ ይኽእል። ኣብ ተርሚናል (terminal)፣ ኣብቲ ፎልደር፣ እዚ ይጽሕፉ:</translation>
    </message>
    <message>
        <source>The line that checks it</source>
        <translation>ዘረጋግጽ መስመር</translation>
    </message>
    <message>
        <source>The document identifier is printed on every page of the PDF. Write it down: it tells this dossier apart from any other you make.</source>
        <translation>መለለዪ ሰነድ ኣብ ነፍሲ ወከፍ ገጽ ናይቲ PDF ይሕተም። ጽሓፍዎ: ነዚ ዶሴ ካብ ዝኾነ ካልእ እትሰርሕዎ ዶሴ ይፈልዮ።</translation>
    </message>
    <message>
        <source>The files in this folder are NOT encrypted: anyone who opens the folder can read them, so keep them somewhere safe, or delete them once you have given them to the police.</source>
        <translation>ኣብዚ ፎልደር ዘለዉ ፋይላት ኣይተመስጠሩን (not encrypted): ነቲ ፎልደር ዝኸፍቶ ዝኾነ ሰብ ከንብቦም ይኽእል። ስለዚ ኣብ ውሑስ ቦታ ኣቐምጥዎም፣ ወይ ንፖሊስ ምስ ሃብኩምዎም ደምስስዎም።</translation>
    </message>
    <message>
        <source>These files are not encrypted</source>
        <translation>እዞም ፋይላት ኣይተመስጠሩን</translation>
    </message>
    <message>
        <source>It is in</source>
        <translation>ዝርከበሉ</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>ኣብ ፎልደር ምርኣይ</translation>
    </message>
    <message>
        <source>SafeLog could not open a file manager on this computer; your dossier&apos;s files are in this folder: %1</source>
        <translation>SafeLog ኣብዚ ኮምፒተር ፋይል ማናጀር (file manager) ክኸፍት ኣይከኣለን፤ ፋይላት ዶሴኹም ኣብዚ ፎልደር ኣለዉ: %1</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <source>That folder is synced to %1. What you save there would be copied to %1&apos;s computers on the internet at once, where others may be able to reach it. Save it there anyway?</source>
        <translation>እዚ ፎልደር ምስ %1 ይሰማማዕ (synced) እዩ። ኣብኡ እትዕቅብዎ ብቕጽበት ናብ ኣብ ኢንተርነት ዘለዉ ኮምፒተራት %1 ክቕዳሕ እዩ፣ ካልኦት ክበጽሕዎ ዝኽእሉሉ ቦታ። ዋላ ከምኡ ኣብኡ ይዕቀብ ዶ?</translation>
    </message>
    <message>
        <source>That is your Desktop: anyone who looks at this computer&apos;s screen would see it. Save it there anyway?</source>
        <translation>እዚ ዴስክቶፕኩም (Desktop) እዩ: ናብ ስክሪን ናይዚ ኮምፒተር ዝጥምት ዝኾነ ሰብ ክርእዮ ይኽእል። ዋላ ከምኡ ኣብኡ ይዕቀብ ዶ?</translation>
    </message>
    <message>
        <source>Choose a folder for the dossier (a new folder is made inside it)</source>
        <translation>ንዶሴ ፎልደር ምረጹ (ኣብ ውሽጡ ሓድሽ ፎልደር ይስራሕ)</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose a folder that is there.</source>
        <translation>እዚ ፎልደር የለን። ዘሎ ፎልደር ምረጹ።</translation>
    </message>
    <message>
        <source>Making your dossier…</source>
        <translation>ዶሴኹም ይዳሎ ኣሎ…</translation>
    </message>
    <message>
        <source>The dossier was not made; nothing was written.</source>
        <translation>ዶሴ ኣይተሰርሐን፤ ዋላ ሓንቲ ኣይተጻሕፈን።</translation>
    </message>
</context>
<context>
    <name>EmailPane</name>
    <message>
        <source>From</source>
        <translation>ካብ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ናብ</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>ቅዳሕ ናብ (Cc)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>ዛዕባ</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>እቲ መልእኽቲ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ዝተተሓሓዙ ፋይላት (attachments)</translation>
    </message>
    <message>
        <source>Original message source</source>
        <translation>መበቆላዊ ቅርጺ መልእኽቲ</translation>
    </message>
    <message>
        <source>Show the original message source</source>
        <translation>መበቆላዊ ቅርጺ መልእኽቲ ምርኣይ</translation>
    </message>
    <message>
        <source>Every header and line exactly as the message was saved</source>
        <translation>ነፍሲ ወከፍ ርእሲ (header)ን መስመርን፣ ልክዕ ከምቲ እቲ መልእኽቲ ዝተዓቀበ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>የለን</translation>
    </message>
    <message>
        <source>Show the readable message</source>
        <translation>ንምንባብ ዝጥዕም መልእኽቲ ምርኣይ</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <source>(no name)</source>
        <translation>(ስም የብሉን)</translation>
    </message>
    <message>
        <source>(no name, {kind})</source>
        <translation>(ስም የብሉን፣ {kind})</translation>
    </message>
    <message>
        <source>SafeLog could not read this file as an e-mail. The file is kept unchanged; “Show the original message source” shows exactly what it holds.</source>
        <translation>SafeLog ነዚ ፋይል ከም ኢመይል ከንብቦ ኣይከኣለን። እቲ ፋይል ከይተቐየረ ተዓቂቡ ኣሎ፤ «መበቆላዊ ቅርጺ መልእኽቲ ምርኣይ» ኣብኡ ዘሎ ልክዕ የርኢ።</translation>
    </message>
    <message>
        <source>This file does not look like a complete e-mail: it has no sender, recipient, subject or date. “Show the original message source” shows exactly what it holds.</source>
        <translation>እዚ ፋይል ምሉእ ኢመይል ኣይመስልን: ሰዳዲ፣ ተቐባሊ፣ ዛዕባ ወይ ዕለት የብሉን። «መበቆላዊ ቅርጺ መልእኽቲ ምርኣይ» ኣብኡ ዘሎ ልክዕ የርኢ።</translation>
    </message>
    <message>
        <source>Parts of this e-mail are damaged or unusual, so some of it may be missing below; “Show the original message source” shows exactly what it holds.</source>
        <translation>ገለ ክፋላት ናይዚ ኢመይል ዝተበላሸዉ ወይ ዘይልሙዳት እዮም፣ ስለዚ ኣብ ታሕቲ ገለ ክጎድል ይኽእል፤ «መበቆላዊ ቅርጺ መልእኽቲ ምርኣይ» ኣብኡ ዘሎ ልክዕ የርኢ።</translation>
    </message>
    <message>
        <source>[The message is longer than this; save a copy to see all of it.]</source>
        <translation>[እቲ መልእኽቲ ካብዚ ይነውሕ፤ ምሉኡ ንምርኣይ ቅዳሕ ዓቅቡ።]</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>PDF document</source>
        <translation>ሰነድ PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ጽሑፍ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ኢመይል</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>ስእሊ</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>ድምጺ</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ቪድዮ</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>ካልእ ፋይል</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>ኤግዚቢት</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>ዝተወሰኸሉ</translation>
    </message>
    <message>
        <source>Evidence for this incident</source>
        <translation>መርትዖ ናይዚ ፍጻመ</translation>
    </message>
    <message>
        <source>Drag photos, screenshots or documents here, or choose “Add files…”. The originals are kept unchanged and encrypted.</source>
        <translation>ስእልታት፣ ስእሊ ስክሪን ወይ ሰነዳት ናብዚ ስሓቡ፣ ወይ «ፋይላት ምውሳኽ…» ምረጹ። እቶም መበቆላውያን ከይተቐየሩ ተመስጢሮም ይዕቀቡ።</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ፋይላት ምውሳኽ…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>ምርኣይ</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>ቅዳሕ ምዕቃብ…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>እቲ ዝተዓቀበ ቅዳሕ ኣይተመስጠረን።</translation>
    </message>
    <message>
        <source>They show something online</source>
        <translation>ኣብ ኢንተርነት ዘሎ ነገር የርእዩ</translation>
    </message>
    <message>
        <source>Screenshots or captures of a post, a message or a profile</source>
        <translation>ናይ ሓደ ጽሑፍ (post)፣ መልእኽቲ ወይ ፕሮፋይል ስእሊ ስክሪን</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation>መድረኽ ወይ ኣፕ</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>መድረኽ የለን</translation>
    </message>
    <message>
        <source>Full web address</source>
        <translation>ምሉእ ኣድራሻ መርበብ</translation>
    </message>
    <message>
        <source>Account name or ID</source>
        <translation>ስም ሕሳብ (account) ወይ ID</translation>
    </message>
    <message>
        <source>The @name or number that posted it</source>
        <translation>ዝለጠፎ @ስም ወይ ቁጽሪ</translation>
    </message>
    <message>
        <source>Time shown on the screen</source>
        <translation>ኣብ ስክሪን ዝተራእየ ሰዓት</translation>
    </message>
    <message>
        <source>As written on the screen, e.g. 14:32 or &apos;3 hours ago&apos;</source>
        <translation>ከምቲ ኣብ ስክሪን ዝተጻሕፈ፣ ንኣብነት 14:32 ወይ &apos;ቅድሚ 3 ሰዓት&apos;</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>ኣድራሻ መርበብ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>ሕሳብ</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>ኣብ ስክሪን ዝተራእየ ሰዓት</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>መርትዖ ምውሳኽ</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the vault…</source>
        <translation>
            <numerusform>%n ፋይል ናብ ውሑስ ሳንዱቕ ይውሰኽ ኣሎ…</numerusform>
            <numerusform>%n ፋይላት ናብ ውሑስ ሳንዱቕ ይውሰኹ ኣለዉ…</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>እዚ ፋይል ድሮ ኣብ መዝገብኩም ከም ኤግዚቢት (exhibit) {old} ኣሎ፤ SafeLog ሓደ ቅዳሕ ጥራይ ይዕቅብ፣ ሕጂ ከም {old} ከምኡውን ከም {new} ተመዝጊቡ ኣሎ።</translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old} ({name}), added on {day}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>እዚ ፋይል ድሮ ኣብ መዝገብኩም ከም ኤግዚቢት (exhibit) {old} ({name}) ኣሎ፣ ብ{day} ዝተወሰኸ፤ SafeLog ሓደ ቅዳሕ ጥራይ ይዕቅብ፣ ሕጂ ከም {old} ከምኡውን ከም {new} ተመዝጊቡ ኣሎ።</translation>
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
        <translation>እትዕቅብዎ ቅዳሕ ኣይክምስጠርን እዩ: ነቲ ፎልደር ክኸፍቶ ዝኽእል ዝኾነ ሰብ ክርእዮ ይኽእል። እቲ መበቆላዊ ኣብ SafeLog ብውሕስና ይጸንሕ። ቅዳሕ {ref} ይዕቀብ ዶ?</translation>
    </message>
    <message>
        <source>Save a copy of {ref}</source>
        <translation>ቅዳሕ {ref} ምዕቃብ</translation>
    </message>
    <message>
        <source>Saved an exact copy of {ref}. Remember it is not encrypted; delete it when you no longer need it.</source>
        <translation>ልክዕ ቅዳሕ {ref} ተዓቂቡ። ከም ዘይተመስጠረ ዘክሩ፤ ምስ ዘየድልየኩም ደምስስዎ።</translation>
    </message>
    <message>
        <source>Saving a copy of {ref}…</source>
        <translation>ቅዳሕ {ref} ይዕቀብ ኣሎ…</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>ኤግዚቢት {ref}</translation>
    </message>
    <message>
        <source>{ref} · {name} · {size}</source>
        <translation>{ref} · {name} · {size}</translation>
    </message>
    <message>
        <source>Text of the exhibit</source>
        <translation>ጽሑፍ ናይቲ ኤግዚቢት</translation>
    </message>
    <message>
        <source>SafeLog cannot show this kind of file inside the app. It is kept safely; you can save a copy to open it with another program.</source>
        <translation>SafeLog ነዚ ዓይነት ፋይል ኣብ ውሽጡ ከርእዮ ኣይክእልን። ብውሕስና ተዓቂቡ ኣሎ፤ ብካልእ ፕሮግራም ንምኽፋቱ ቅዳሕ ክትዕቅቡ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>ብዛዕባ እዚ ፋይል</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>ቅዳሕ ምዕቃብ…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>እቲ ዝተዓቀበ ቅዳሕ ኣይተመስጠረን።</translation>
    </message>
    <message>
        <source>This file is too large to open inside SafeLog. You can save a copy to open it with another program.</source>
        <translation>እዚ ፋይል ኣብ ውሽጢ SafeLog ንምኽፋት ኣዝዩ ዓቢ እዩ። ብካልእ ፕሮግራም ንምኽፋቱ ቅዳሕ ክትዕቅቡ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>SafeLog could not make a safe preview of this picture. The original is kept unchanged; you can save a copy.</source>
        <translation>SafeLog ናይዚ ስእሊ ውሑስ ቅድመ-ትርኢት (preview) ክሰርሕ ኣይከኣለን። እቲ መበቆላዊ ከይተቐየረ ተዓቂቡ ኣሎ፤ ቅዳሕ ክትዕቅቡ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>This is a small preview SafeLog made safely. The original is kept unchanged in the vault.</source>
        <translation>እዚ SafeLog ብውሕስና ዝሰርሖ ንእሽቶ ቅድመ-ትርኢት እዩ። እቲ መበቆላዊ ከይተቐየረ ኣብ ውሑስ ሳንዱቕ ተዓቂቡ ኣሎ።</translation>
    </message>
    <message>
        <source>This computer cannot play sound or video inside SafeLog; use “Save a copy…” to play it with another program.</source>
        <translation>እዚ ኮምፒተር ድምጺ ወይ ቪድዮ ኣብ ውሽጢ SafeLog ክጻወት ኣይክእልን፤ ብካልእ ፕሮግራም ንምጽዋቱ «ቅዳሕ ምዕቃብ…» ተጠቐሙ።</translation>
    </message>
    <message>
        <source>This exhibit</source>
        <translation>እዚ ኤግዚቢት</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>መወከሲ ቁጽሪ</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>መበቆላዊ ስም</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>ኣሻራ (SHA-256)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ማስታወሻ</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>ቴክኒካዊ ሓበሬታ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>ዝተወሰኸሉ</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>ዝተሳእለሉ</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ካሜራ</translation>
    </message>
    <message>
        <source>Location in the file</source>
        <translation>ኣብቲ ፋይል ዘሎ ቦታ</translation>
    </message>
    <message>
        <source>How you got it</source>
        <translation>ብኸመይ ከም ዝረኸብኩምዎ</translation>
    </message>
    <message>
        <source>Not said yet. “How you got it…” in the list adds it.</source>
        <translation>ገና ኣይተገልጸን። ኣብቲ ዝርዝር «ብኸመይ ረኺብኩምዎ…» ብምጥዋቕ ክትውስኽዎ ትኽእሉ።</translation>
    </message>
    <message>
        <source>Where the original is kept</source>
        <translation>እቲ መበቆላዊ ኣበይ ከም ዘሎ</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>ኣሻራ (SHA-256)</translation>
    </message>
    <message>
        <source>About the file</source>
        <translation>ብዛዕባ እቲ ፋይል</translation>
    </message>
    <message>
        <source>Where it was online</source>
        <translation>ኣብ ኢንተርነት ኣበይ ከም ዝነበረ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>መድረኽ</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>ኣድራሻ መርበብ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>ሕሳብ</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>ኣብ ስክሪን ዝተራእየ ሰዓት</translation>
    </message>
    <message>
        <source>The exact record</source>
        <translation>ልክዕ ሓበሬታ</translation>
    </message>
    <message>
        <source>Exact file type</source>
        <translation>ልክዕ ዓይነት ፋይል</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>መጠን ብባይት (bytes)</translation>
    </message>
    <message>
        <source>Location saved in the file</source>
        <translation>ኣብቲ ፋይል ዝተዓቀበ ቦታ</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>ኬክሮስ (latitude)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>ኬንትሮስ (longitude)</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>ኣስተውዕሉ</translation>
    </message>
    <message>
        <source>Anyone you give the original file to can see this location.</source>
        <translation>ነቲ መበቆላዊ ፋይል እትህብዎ ዝኾነ ሰብ ነዚ ቦታ ክርእዮ ይኽእል።</translation>
    </message>
    <message>
        <source>Dates of the file you added</source>
        <translation>ዕለታት ናይቲ ዝወሰኽኩምዎ ፋይል</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>ናይ መወዳእታ ዝተቐየረሉ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ዝተፈጥረሉ</translation>
    </message>
    <message>
        <source>Details saved inside the file</source>
        <translation>ኣብ ውሽጢ ፋይል ዝተዓቀበ ሓበሬታ</translation>
    </message>
    <message>
        <source>This document does not say which program made it or when. That is common and does not affect the evidence.</source>
        <translation>እዚ ሰነድ ብኣየናይ ፕሮግራም ወይ መዓስ ከም ዝተሰርሐ ኣይገልጽን። እዚ ልሙድ እዩ፣ ንመርትዖ ድማ ኣይጸልዎን።</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Search titles, what happened, places and people</source>
        <translation>ኣርእስታት፣ ዘጋጠመ፣ ቦታታትን ሰባትን ምድላይ</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>ኣብ መዝገብ ምድላይ</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>ምድላይ ምጽራይ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>እዋን</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>ዝኾነ ግዜ</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>ዝሓለፉ 7 መዓልታት</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>ዝሓለፉ 30 መዓልታት</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>ዝሓለፉ 3 ኣዋርሕ</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>ዝሓለፉ 12 ኣዋርሕ</translation>
    </message>
    <message>
        <source>Between two dates…</source>
        <translation>ኣብ መንጎ ክልተ ዕለታት…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>ካብዛ መዓልቲ</translation>
    </message>
    <message>
        <source>Up to and including this day</source>
        <translation>ክሳብ እዛ መዓልቲ፣ ንሳ ውን ሓዊሱ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ክሳብ</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>ዓይነት ፍጻመ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>ኩሉ ዓይነት</translation>
    </message>
    <message>
        <source>Several kinds…</source>
        <translation>ብዙሕ ዓይነት…</translation>
    </message>
    <message>
        <source>Kinds of incident to show</source>
        <translation>ዝርኣዩ ዓይነታት ፍጻመ</translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation>ዝተሳተፈ ሰብ</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>ዝኾነ ሰብ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>መርትዖ</translation>
    </message>
    <message>
        <source>With or without evidence</source>
        <translation>ምስ መርትዖ ወይ ብዘይ መርትዖ</translation>
    </message>
    <message>
        <source>With evidence</source>
        <translation>ምስ መርትዖ</translation>
    </message>
    <message>
        <source>Without evidence</source>
        <translation>ብዘይ መርትዖ</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>ዝተሓበረ</translation>
    </message>
    <message>
        <source>Reported or not</source>
        <translation>ዝተሓበረ ይኹን ዘይተሓበረ</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>ገና ዘይተሓበረ</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>ኩሉ ምርኣይ</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>ምድላይን ኩሎም መምረጺታትን ምጽራይ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ካብ</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n ዓይነት</numerusform>
            <numerusform>%n ዓይነታት</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>title</source>
        <translation>ኣርእስቲ</translation>
    </message>
    <message>
        <source>category</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>when</source>
        <translation>መዓስ</translation>
    </message>
    <message>
        <source>place</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>ነጥቢ ካርታ</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>ዘጋጠመ</translation>
    </message>
    <message>
        <source>how it affected you</source>
        <translation>ከመይ ከም ዝጸለወኩም</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>ብሕታዊ ማስታወሻታት</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>መለለዪ ቃላት</translation>
    </message>
    <message>
        <source>reports made</source>
        <translation>ዝቐረቡ ጸብጻባት</translation>
    </message>
    <message>
        <source>people</source>
        <translation>ሰባት</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this incident</source>
        <translation>ታሪኽ ናይዚ ፍጻመ</translation>
    </message>
    <message>
        <source>SafeLog never overwrites an entry. Each time it was saved, a new version was added. Choose a version to read it.</source>
        <translation>SafeLog ዝተመዝገበ ፈጺሙ ኣይድምስስን። ኣብ ነፍሲ ወከፍ ምዕቃብ ሓድሽ ሕታም ይውሰኽ። ንምንባቡ ሓደ ሕታም ምረጹ።</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>ዝተዓቀቡ ሕታማት</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>ጽሑፍ ናይቲ ዝተመርጸ ሕታም</translation>
    </message>
    <message>
        <source>First recorded</source>
        <translation>ንመጀመርታ ዝተመዝገበሉ</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>ዝተቐየረ: {fields}</translation>
    </message>
    <message>
        <source>Saved again, nothing changed</source>
        <translation>ደጊሙ ተዓቂቡ፣ ዝተቐየረ የለን</translation>
    </message>
    <message>
        <source>Version {n} · {time}</source>
        <translation>ሕታም {n} · {time}</translation>
    </message>
    <message>
        <source>Version {n} · {time} · by {who}</source>
        <translation>ሕታም {n} · {time} · ብ{who}</translation>
    </message>
    <message>
        <source>What changed in this version:</source>
        <translation>ኣብዚ ሕታም እንታይ ተቐይሩ:</translation>
    </message>
    <message>
        <source>  Before: {text}</source>
        <translation>  ቅድሚኡ: {text}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ባዶ)</translation>
    </message>
    <message>
        <source>  After: {text}</source>
        <translation>  ድሕሪኡ: {text}</translation>
    </message>
    <message>
        <source>Report {n}: {route}</source>
        <translation>ጸብጻብ {n}: {route}</translation>
    </message>
    <message>
        <source>person {n}</source>
        <translation>ሰብ {n}</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Picture</source>
        <translation>ስእሊ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ምዕባይ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ምንእኣስ</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ምስ መስኮት ምስምማዕ</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>ናይ ብሓቂ መጠን</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>ንጸጋም ምዝዋር</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>ንየማን ምዝዋር</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>What happened</source>
        <translation>ዘጋጠመ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ሰባት</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>ዝቐረቡ ጸብጻባት</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>ሕጋዊ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>መርትዖ</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ብሕታዊ ማስታወሻታት</translation>
    </message>
    <message>
        <source>What you type is kept safely in the vault as a draft, even if this window closes.</source>
        <translation>እትጽሕፍዎ ከም ንድፊ (draft) ኣብ ውሑስ ሳንዱቕ ብውሕስና ይዕቀብ፣ እዚ መስኮት እንተ ተዓጽወ እውን።</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>ምድርባይ…</translation>
    </message>
    <message>
        <source>Close, keep draft</source>
        <translation>ምዕጻው፣ ንድፊ ይዕቀብ</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ምዕቃብ</translation>
    </message>
    <message>
        <source>Private notes are only for you. They are never put into a dossier or an export unless you choose to include them.</source>
        <translation>ብሕታዊ ማስታወሻታት ንዓኹም ጥራይ እዮም። ክትውስኽዎም እንተ ዘይመሪጽኩም፣ ፈጺሞም ናብ ዶሴ ወይ ናብ ደገ ዝወጽእ ቅዳሕ (export) ኣይኣትዉን።</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>ሓድሽ ፍጻመ</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>ፍጻመ ምእራም</translation>
    </message>
    <message>
        <source>You have unsaved writing for this incident from before. Continue where you left off?</source>
        <translation>ነዚ ፍጻመ ካብ ቀደም ዘይተዓቀበ ጽሑፍ ኣለኩም። ካብ ዝገደፍኩምዎ ክትቕጽሉ ትደልዩ ዶ?</translation>
    </message>
    <message>
        <source>You started writing a new incident earlier and did not save it. Continue where you left off?</source>
        <translation>ቅድሚ ሕጂ ሓድሽ ፍጻመ ክትጽሕፉ ጀሚርኩም ኣይዓቀብኩምዎን። ካብ ዝገደፍኩምዎ ክትቕጽሉ ትደልዩ ዶ?</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>ምጽሓፍ ምቕጻል</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>ምድርባይ</translation>
    </message>
    <message>
        <source>Your unsaved writing is back. Save when ready.</source>
        <translation>ዘይተዓቀበ ጽሑፍኩም ተመሊሱ። ምስ ተዳለኹም ዓቅብዎ።</translation>
    </message>
    <message>
        <source>Evidence is kept with a saved incident. Save this incident first; you can go on editing it afterwards.</source>
        <translation>መርትዖ ምስ ዝተዓቀበ ፍጻመ እዩ ዝዕቀብ። መጀመርታ ነዚ ፍጻመ ዓቅብዎ፤ ድሕሪኡ ምእራሙ ክትቕጽሉ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>Save now and add evidence</source>
        <translation>ሕጂ ምዕቃብን መርትዖ ምውሳኽን</translation>
    </message>
    <message>
        <source>Draft kept safely at {time}.</source>
        <translation>ንድፊ ኣብ {time} ብውሕስና ተዓቂቡ።</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ተዓቂቡ።</translation>
    </message>
    <message>
        <source>Throw away what you changed in this window? This cannot be undone.</source>
        <translation>ኣብዚ መስኮት ዝቐየርኩምዎ ክድርበ ዶ? እዚ ክምለስ ኣይክእልን እዩ።</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Title</source>
        <translation>ኣርእስቲ</translation>
    </message>
    <message>
        <source>A few words, e.g. &apos;Same car outside my flat&apos;</source>
        <translation>ሒደት ቃላት፣ ንኣብነት &apos;ኣብ ቅድሚ ገዛይ ዝቖመት ሓንቲ መኪና&apos;</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>ኣበይ ከም ዘጋጠመ</translation>
    </message>
    <message>
        <source>Street, town, or &apos;online&apos;</source>
        <translation>ጎደና፣ ከተማ፣ ወይ &apos;ኢንተርነት&apos;</translation>
    </message>
    <message>
        <source>Map coordinates (optional)</source>
        <translation>ነጥቢ ካርታ (ግዴታ ኣይኮነን)</translation>
    </message>
    <message>
        <source>Optional, e.g. 51.5074, -0.1278</source>
        <translation>ግዴታ ኣይኮነን፣ ንኣብነት 51.5074, -0.1278</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ዘጋጠመ</translation>
    </message>
    <message>
        <source>In your own words, in any language. Include what was said, what you saw, and anything unusual.</source>
        <translation>ብናይ ባዕልኹም ቃላት፣ ብዝኾነ ቋንቋ። እተባህለ፣ ዝረኣኹምዎን ዘይልሙድ ዝኾነ ነገርን ጽሓፉ።</translation>
    </message>
    <message>
        <source>How it affected you</source>
        <translation>ከመይ ከም ዝጸለወኩም</translation>
    </message>
    <message>
        <source>Fear, changes to your routine, work, health, family.</source>
        <translation>ፍርሒ፣ ኣብ ልሙድ ናብራኹም ለውጢ፣ ስራሕ፣ ጥዕና፣ ስድራ።</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>መለለዪ ቃላት</translation>
    </message>
    <message>
        <source>Optional words to group entries, separated by commas</source>
        <translation>ንምጥርናፍ ዝሕግዙ ቃላት (ግዴታ ኣይኮነን)፣ ብኮማ ተፈላልዮም</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ብሕታዊ ማስታወሻታት</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;ኣርእስቲ</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;ዓይነት</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;መዓስ</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>ኣ&amp;በይ</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>ነጥቢ ካርታ</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>&amp;ዘጋጠመ</translation>
    </message>
    <message>
        <source>How it &amp;affected you</source>
        <translation>&amp;ከመይ ከም ዝጸለወኩም</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>መለለዪ &amp;ቃላት</translation>
    </message>
    <message>
        <source>Give the incident a short title, such as &apos;Followed home from the station&apos;.</source>
        <translation>ነቲ ፍጻመ ሓጺር ኣርእስቲ ሃብዎ፣ ንኣብነት &apos;ካብ መደበር ክሳብ ገዛ ተሰዓበኒ&apos;።</translation>
    </message>
    <message>
        <source>Type the latitude and longitude as two numbers, such as 51.5074, -0.1278, or leave this empty.</source>
        <translation>ኬክሮስን ኬንትሮስን (latitude, longitude) ከም ክልተ ቁጽርታት ጽሓፉ፣ ንኣብነት 51.5074, -0.1278፣ ወይ ባዶ ግደፍዎ።</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Edit</source>
        <translation>ምእራም</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ታሪኽ</translation>
    </message>
    <message>
        <source>Every saved version of this incident</source>
        <translation>ኩሎም ዝተዓቀቡ ሕታማት ናይዚ ፍጻመ</translation>
    </message>
    <message>
        <source>Choose an incident from the list to see it here.</source>
        <translation>ኣብዚ ንምርኣዩ ካብቲ ዝርዝር ሓደ ፍጻመ ምረጹ።</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>መርትዖ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መዓስ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ኣበይ</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>ነጥቢ ካርታ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>መለለዪ ቃላት</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ዘጋጠመ</translation>
    </message>
    <message>
        <source>(Nothing written yet.)</source>
        <translation>(ገና ዝተጻሕፈ የለን።)</translation>
    </message>
    <message>
        <source>How it affected me</source>
        <translation>ከመይ ከም ዝጸለወኒ</translation>
    </message>
    <message>
        <source>Private notes — only for you, never exported unless you choose</source>
        <translation>ብሕታዊ ማስታወሻታት — ንዓኹም ጥራይ፣ እንተ ዘይመሪጽኩም ፈጺሞም ናብ ደገ ኣይወጹን</translation>
    </message>
    <message>
        <source>First recorded {first}</source>
        <translation>ንመጀመርታ ዝተመዝገበ {first}</translation>
    </message>
    <message>
        <source>last changed {last}</source>
        <translation>ናይ መወዳእታ ዝተቐየረ {last}</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>እንታይ ከም ዝገበሩ</translation>
    </message>
    <message>
        <source>The effect on me</source>
        <translation>ኣባይ ዘስዓቦ ሳዕቤን</translation>
    </message>
    <message>
        <source>How I know (second-hand)</source>
        <translation>ብኸመይ ከም ዝፈለጥኩ (ካብ ካልእ ሰብ)</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>ድሕሪኡ መንግስቲ ኣሎ ኢለ ስለምንታይ ከም ዝሓስብ</translation>
    </message>
    <message>
        <source>Breaks court order</source>
        <translation>ትእዛዝ ቤት ፍርዲ ይጥሕስ</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>ሕጋዊ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ሰባት</translation>
    </message>
    <message>
        <source>Vehicle: {v}</source>
        <translation>መኪና: {v}</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>ዝተጠርጠረ</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>ዝተረጋገጸ</translation>
    </message>
    <message>
        <source>Link to a state: {s}</source>
        <translation>ምስ መንግስቲ ዘለዎ ርክብ: {s}</translation>
    </message>
    <message>
        <source>Contact: {c}</source>
        <translation>ኣድራሻ: {c}</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>ዝቐረቡ ጸብጻባት</translation>
    </message>
    <message>
        <source>Not reported yet.</source>
        <translation>ገና ኣይተሓበረን።</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>ዝተሓበሮ ኣካል</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>መወከሲ ቁጽሪ</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>ዝተዛረብኩምዎ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ውጽኢት</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>ዝተመሓላለፈሉ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻታት</translation>
    </message>
</context>
<context>
    <name>InsideWindow</name>
    <message>
        <source>Inside {ref}</source>
        <translation>ኣብ ውሽጢ {ref}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>መልእኽትታት</translation>
    </message>
    <message>
        <source>Make an incident from the chosen messages</source>
        <translation>ካብቶም ዝተመርጹ መልእኽትታት ፍጻመ ምስራሕ</translation>
    </message>
    <message>
        <source>{shown} of {total} messages; choose the ones that belong to one incident.</source>
        <translation>ካብ {total} መልእኽትታት {shown}፤ ናይ ሓደ ፍጻመ ዝኾኑ ምረጹ።</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>ኣብ ውሽጢ ዘለዉ ፋይላት</translation>
    </message>
    <message>
        <source>Add the chosen files as exhibits</source>
        <translation>ዝተመርጹ ፋይላት ከም ኤግዚቢት ምውሳኽ</translation>
    </message>
    <message>
        <source>Files inside {ref}; each one you add keeps a link to it.</source>
        <translation>ኣብ ውሽጢ {ref} ዘለዉ ፋይላት፤ እትውስኽዎ ነፍሲ ወከፍ ምስኡ ዝራኸብ መላግቦ ይሕዝ።</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>ኩሉ ምምልካት</translation>
    </message>
    <message>
        <source>Tick the messages first.</source>
        <translation>መጀመርታ ነቶም መልእኽትታት ምልክት ግበሩሎም።</translation>
    </message>
    <message>
        <source>Added incident “{title}”, dated at the first message.</source>
        <translation>ፍጻመ «{title}» ተወሲኹ፣ ብዕለት ናይቲ ቀዳማይ መልእኽቲ።</translation>
    </message>
    <message>
        <source>Adding the chosen files…</source>
        <translation>ዝተመርጹ ፋይላት ይውሰኹ ኣለዉ…</translation>
    </message>
    <message>
        <source>Inside…</source>
        <translation>ኣብ ውሽጢ…</translation>
    </message>
    <message>
        <source>The messages of a chat, or the files inside an e-mail, zip or saved page</source>
        <translation>መልእኽትታት ናይ ሓደ ቻት (chat)፣ ወይ ኣብ ውሽጢ ኢመይል፣ zip ወይ ዝተዓቀበ ገጽ ዘለዉ ፋይላት</translation>
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
        <translation>እንቋዕ ናብ SafeLog ብደሓን መጻእኩም</translation>
    </message>
    <message>
        <source>SafeLog is a private notebook for writing down what is happening to you: being followed or watched, threats, online abuse, or pressure on you or your family. It keeps the dates, places, people and evidence together, so that when you are ready you can show a clear record to the police, a lawyer or a support service.</source>
        <translation>SafeLog ዘጋጥመኩም ዘሎ ነገር እትጽሕፉሉ ብሕታዊ መዝገብ እዩ: ምስዓብ ወይ ምክትታል፣ ምፍርራሕ፣ ኣብ ኢንተርነት ዝበጽሐኩም በደል፣ ወይ ኣባኹም ወይ ኣብ ስድራኹም ዝግበር ጸቕጢ። ዕለታት፣ ቦታታት፣ ሰባትን መርትዖን ብሓባር ይሕዝ፣ ምስ ተዳለኹም ንፖሊስ፣ ንጠበቓ ወይ ንትካል ደገፍ ንጹር መዝገብ ከተርእዩ ምእንቲ።</translation>
    </message>
    <message>
        <source>&lt;b&gt;It stays on this computer.&lt;/b&gt; Nothing is sent anywhere.</source>
        <translation>&lt;b&gt;ኣብዚ ኮምፒተር ይጸንሕ።&lt;/b&gt; ናብ ዝኾነ ቦታ ዋላ ሓንቲ ኣይለኣኽን።</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is encrypted.&lt;/b&gt; Without your passphrase nobody can read it.</source>
        <translation>&lt;b&gt;ዝተመስጠረ (encrypted) እዩ።&lt;/b&gt; ብዘይ መሕለፊ ሓረግኩም (passphrase) ዝኾነ ሰብ ከንብቦ ኣይክእልን።</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you forget your passphrase,&lt;/b&gt; only your recovery key can open it. Nobody else can, not even the people who make SafeLog. You will see the recovery key in a moment: write it down and keep it safe.</source>
        <translation>&lt;b&gt;መሕለፊ ሓረግኩም እንተ ረሲዕኩም፣&lt;/b&gt; ክኸፍቶ ዝኽእል መምለሲ መፍትሕኩም (recovery key) ጥራይ እዩ። ካልእ ዝኾነ ሰብ ኣይክእልን፣ እቶም SafeLog ዝሰርሑ እውን ከይተረፉ። ኣብ ቁሩብ ግዜ መምለሲ መፍትሕ ክትርእዩ ኢኹም: ጽሓፍዎ እሞ ብውሕስና ሓዝዎ።</translation>
    </message>
    <message>
        <source>Create my private log</source>
        <translation>ብሕታዊ መዝገበይ ምፍጣር</translation>
    </message>
    <message>
        <source>I have a backup: restore it…</source>
        <translation>ተጠባባቒ ቅዳሕ ኣለኒ: ምምላስ…</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Step</source>
        <translation>ስጉምቲ</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>መን ክሕግዝ ይኽእል</translation>
    </message>
    <message>
        <source>Where this advice comes from</source>
        <translation>እዚ ምኽሪ ካበይ ከም ዝመጸ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ምንጪ</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>ኣድራሻ ምቕዳሕ</translation>
    </message>
    <message>
        <source>Copy the address of {0}</source>
        <translation>ኣድራሻ {0} ምቕዳሕ</translation>
    </message>
    <message>
        <source>Address copied. Paste it into a browser when you are ready; SafeLog empties the clipboard after 30 seconds.</source>
        <translation>ኣድራሻ ተቐዲሑ። ምስ ተዳለኹም ኣብ ብራውዘር (browser) ለጥፍዎ፤ SafeLog ድሕሪ 30 ካልኢት ነቲ ናይ ቅዳሕ መዘከሪ (clipboard) የጽርዮ።</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>Following me</source>
        <translation>ምስዓበይ</translation>
    </message>
    <message>
        <source>Contacting me, or trying to, by any means</source>
        <translation>ብዝኾነ መንገዲ ምርኻበይ፣ ወይ ክረኽቡኒ ምፍታን</translation>
    </message>
    <message>
        <source>Publishing material about me</source>
        <translation>ብዛዕባይ ጽሑፍ ወይ ስእሊ ምዝርጋሕ</translation>
    </message>
    <message>
        <source>Monitoring my internet, email or messages</source>
        <translation>ኢንተርነተይ፣ ኢመይለይ ወይ መልእኽትታተይ ምክትታል</translation>
    </message>
    <message>
        <source>Loitering near me, my home or work</source>
        <translation>ኣብ ጥቓይ፣ ገዛይ ወይ ስራሐይ ብዘይ ምኽንያት ምውዕዋዕ</translation>
    </message>
    <message>
        <source>Interfering with my property</source>
        <translation>ንብረተይ ምትንካፍ</translation>
    </message>
    <message>
        <source>Watching or spying on me</source>
        <translation>ምዕዛበይ ወይ ምስላየይ</translation>
    </message>
    <message>
        <source>I feared violence would be used against me</source>
        <translation>ዓመጽ ኣብ ልዕለይ ክፍጸም እዩ ኢለ ፈሪሐ</translation>
    </message>
    <message>
        <source>It caused me serious alarm or distress</source>
        <translation>ከቢድ ስግኣትን ጭንቀትን ኣስዒቡለይ</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <source>What they did (tick any that apply)</source>
        <translation>እንታይ ከም ዝገበሩ (ዝምልከቶ ኩሉ ምልክት ግበሩ)</translation>
    </message>
    <message>
        <source>The effect on you</source>
        <translation>ኣባኹም ዘስዓቦ ሳዕቤን</translation>
    </message>
    <message>
        <source>How I know it</source>
        <translation>ብኸመይ ከም ዝፈለጥኩ</translation>
    </message>
    <message>
        <source>Only if you did not see it yourself: who told you, when and how (for example &apos;my sister, by phone on 4 May&apos;).</source>
        <translation>ባዕልኹም እንተ ዘይረኣኹምዎ ጥራይ: መን ነጊሩኩም፣ መዓስን ብኸመይን (ንኣብነት &apos;ሓፍተይ፣ ብተሌፎን ብ4 ግንቦት&apos;)።</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>ድሕሪኡ መንግስቲ ኣሎ ኢለ ስለምንታይ ከም ዝሓስብ</translation>
    </message>
    <message>
        <source>Optional: what makes you think a government or its agents are behind this.</source>
        <translation>ግዴታ ኣይኮነን: ድሕሪ እዚ መንግስቲ ወይ ወኪላቱ ከም ዘለዉ ንኽትሓስቡ ዝገበረኩም እንታይ እዩ።</translation>
    </message>
    <message>
        <source>Court orders this breaches</source>
        <translation>እዚ ዝጥሕሶም ትእዛዛት ቤት ፍርዲ</translation>
    </message>
    <message>
        <source>No court orders are recorded. Add them under Incident &gt; Orders and risk assessments.</source>
        <translation>ዝተመዝገበ ትእዛዝ ቤት ፍርዲ የለን። ኣብ ፍጻመ &gt; ትእዛዛትን ገምጋማት ሓደጋን ወስኽዎም።</translation>
    </message>
    <message>
        <source>How &amp;I know it (if I did not see it myself)</source>
        <translation>ብ&amp;ኸመይ ከም ዝፈለጥኩ (ባዕለይ እንተ ዘይረኣኹዎ)</translation>
    </message>
    <message>
        <source>&amp;Why I think a state is behind it</source>
        <translation>&amp;ድሕሪኡ መንግስቲ ኣሎ ኢለ ስለምንታይ ከም ዝሓስብ</translation>
    </message>
    <message>
        <source>This breaches a court &amp;order</source>
        <translation>እዚ ንትእዛዝ ቤት ፍርዲ &amp;ይጥሕሶ</translation>
    </message>
    <message>
        <source>These headings follow the law on stalking and harassment, so a solicitor or the police can use your record. Leave them empty if you are not sure. This is not legal advice.</source>
        <translation>እዞም ኣርእስታት ነቲ ብዛዕባ ብቐጻሊ ምስዓብ (stalking)ን ምጭናቕ (harassment)ን ዘሎ ሕጊ ይስዕቡ፣ ጠበቓ (solicitor) ወይ ፖሊስ መዝገብኩም ክጥቀሙሉ ምእንቲ። ርግጸኛታት እንተ ዘይኮንኩም ባዶ ግደፍዎም። እዚ ሕጋዊ ምኽሪ ኣይኮነን።</translation>
    </message>
</context>
<context>
    <name>LegalWindow</name>
    <message>
        <source>Orders and risk assessments</source>
        <translation>ትእዛዛትን ገምጋማት ሓደጋን</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>ትእዛዛት ቤት ፍርዲ</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>ገምጋማት ሓደጋ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ምዕጻው</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New incident</source>
        <translation>ሓድሽ ፍጻመ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ምእራም</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ምድላይ</translation>
    </message>
    <message>
        <source>Orders and risk assessments…</source>
        <translation>ትእዛዛትን ገምጋማት ሓደጋን…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ምቕላፍ</translation>
    </message>
    <message>
        <source>Quick hide</source>
        <translation>ቅልጡፍ ምሕባእ</translation>
    </message>
    <message>
        <source>Lock and minimise at once (Ctrl+Shift+H), from any SafeLog window</source>
        <translation>ብሓንሳብ ምቕላፍን ናብ ታሕቲ ምውራድን (Ctrl+Shift+H)፣ ካብ ዝኾነ መስኮት SafeLog</translation>
    </message>
    <message>
        <source>Check the vault for damage…</source>
        <translation>ውሑስ ሳንዱቕ ጉድኣት ከም ዘይብሉ ምፍታሽ…</translation>
    </message>
    <message>
        <source>Make a dossier…</source>
        <translation>ዶሴ ምድላው…</translation>
    </message>
    <message>
        <source>A PDF report with your evidence, to give to the police, a lawyer or a support service (Ctrl+D)</source>
        <translation>ንፖሊስ፣ ንጠበቓ ወይ ንትካል ደገፍ ዝወሃብ፣ መርትዖኹም ዝሓዘ ናይ PDF ጸብጻብ (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>ዶሴ</translation>
    </message>
    <message>
        <source>Back up my log…</source>
        <translation>ተጠባባቒ ቅዳሕ መዝገበይ ምስራሕ…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>ካብ ተጠባባቒ ቅዳሕ ምምላስ…</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>መሕለፊ ሓረገይ ምቕያር…</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>ሓድሽ መምለሲ መፍትሕ ምስራሕ…</translation>
    </message>
    <message>
        <source>Your details…</source>
        <translation>ሓበሬታኹም…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>ቅጥዕታት…</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>ብዛዕባ SafeLog</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ሓጸርቲ መንገድታት ኪቦርድ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ምውጻእ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>መስመር ግዜ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ሰባት</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>ኣካይዳ</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>መቆጻጸሪ ዝርዝራት</translation>
    </message>
    <message>
        <source>&amp;SafeLog</source>
        <translation>&amp;SafeLog</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;ፍጻመ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;ምርኣይ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;ሓገዝ</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>ቀንዲ ተግባራት</translation>
    </message>
    <message>
        <source>Choose an incident in the timeline first.</source>
        <translation>መጀመርታ ኣብ መስመር ግዜ ሓደ ፍጻመ ምረጹ።</translation>
    </message>
    <message>
        <source>Your vault passed every check. Nothing is damaged.</source>
        <translation>ውሑስ ሳንዱቕኩም ኩሉ ፍተሻ ሓሊፉ። ዝተበላሸወ ነገር የለን።</translation>
    </message>
    <message>
        <source>Checking your vault…</source>
        <translation>ውሑስ ሳንዱቕኩም ይፍተሽ ኣሎ…</translation>
    </message>
    <message>
        <source>The settings could not be saved; they apply until SafeLog is closed.</source>
        <translation>ቅጥዕታት ክዕቀቡ ኣይከኣሉን፤ SafeLog ክሳብ ዝዕጾ ጥራይ ይሰርሑ።</translation>
    </message>
    <message>
        <source>Make a dossier</source>
        <translation>ዶሴ ምድላው</translation>
    </message>
    <message>
        <source>Edit the chosen incident</source>
        <translation>ዝተመርጸ ፍጻመ ምእራም</translation>
    </message>
    <message>
        <source>Lock, from any SafeLog window</source>
        <translation>ምቕላፍ፣ ካብ ዝኾነ መስኮት SafeLog</translation>
    </message>
    <message>
        <source>Quick hide: lock and minimise</source>
        <translation>ቅልጡፍ ምሕባእ: ምቕላፍን ናብ ታሕቲ ምውራድን</translation>
    </message>
    <message>
        <source>Timeline, People, Pattern, Checklists</source>
        <translation>መስመር ግዜ፣ ሰባት፣ ኣካይዳ፣ መቆጻጸሪ ዝርዝራት</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ቅጥዕታት</translation>
    </message>
</context>
<context>
    <name>MediaPane</name>
    <message>
        <source>Play</source>
        <translation>ምጽዋት</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ደው ምባል</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Make a new recovery key</source>
        <translation>ሓድሽ መምለሲ መፍትሕ ምስራሕ</translation>
    </message>
    <message>
        <source>Make a new recovery key if yours was lost, or if someone else may have seen it. The key you have now stops working at once, on this computer and in every backup you make from now on. Backups you made before still open with the old key.

To go on, type your passphrase.</source>
        <translation>እቲ ዝነበረኩም እንተ ጠፊኡ፣ ወይ ካልእ ሰብ ርእይዎ ክኸውን ይኽእል እንተ ኾይኑ፣ ሓድሽ መምለሲ መፍትሕ (recovery key) ስርሑ። እቲ ሕጂ ዘለኩም መፍትሕ ብቕጽበት ምስራሕ የቋርጽ፣ ኣብዚ ኮምፒተርን ካብ ሕጂ ንደሓር ኣብ እትሰርሕዎ ኩሉ ተጠባባቒ ቅዳሕን። ቅድሚ ሕጂ ዝሰራሕኩምዎ ተጠባባቒ ቅዳሓት ብቲ ኣረጊት መፍትሕ ይኽፈቱ።

ንምቕጻል፣ መሕለፊ ሓረግኩም (passphrase) ጽሓፉ።</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>መሕለፊ ሓረግኩም</translation>
    </message>
    <message>
        <source>Making a new recovery key, please wait</source>
        <translation>ሓድሽ መምለሲ መፍትሕ ይስራሕ ኣሎ፣ በጃኹም ተጸበዩ</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>ሓድሽ መፍትሕ ምስራሕ</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>ሓድሽ መምለሲ መፍትሕኩም</translation>
    </message>
    <message>
        <source>Your old recovery key no longer opens your log. This new one is the only other way in if you forget your passphrase, and it is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>እቲ ኣረጊት መምለሲ መፍትሕኩም ደጊሙ መዝገብኩም ኣይኸፍትን። መሕለፊ ሓረግኩም እንተ ረሲዕኩም፣ እዚ ሓድሽ እቲ ካልእ እንኮ መእተዊ እዩ፣ ሕጂ ሓንሳብ ጥራይ ድማ እዩ ዝርአ።

ኣብ ወረቐት ጽሓፍዎ ወይ ሕተምዎ፣ ኣብ ውሑስ ቦታ ድማ ኣቐምጥዎ: ካብዚ ኮምፒተር ርሒቑ፣ ካብ መዝገብኩም ከንብብ ዝደሊ ዝኾነ ሰብ ድማ ርሒቑ።</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ተወዲኡ</translation>
    </message>
    <message>
        <source>I have written down or printed my new recovery key.</source>
        <translation>ሓድሽ መምለሲ መፍትሐይ ጽሒፈዮ ወይ ሓቲመዮ ኣለኹ።</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>መጀመርታ መሕለፊ ሓረግኩም ጽሓፉ።</translation>
    </message>
    <message>
        <source>That is not your passphrase. Check that Caps Lock is off, then try again. Nothing was changed.</source>
        <translation>እዚ መሕለፊ ሓረግኩም ኣይኮነን። Caps Lock ከም ዘይበርሀ ኣረጋግጹ፣ ድሕሪኡ እንደገና ፈትኑ። ዋላ ሓንቲ ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>Your new recovery key will not be shown again, and the old one no longer works. Have you written it down or printed it?</source>
        <translation>ሓድሽ መምለሲ መፍትሕኩም ደጊሙ ኣይክርአን እዩ፣ እቲ ኣረጊት ድማ ድሮ ኣይሰርሕን። ጽሒፍኩምዎ ወይ ሓቲምኩምዎ ዶ?</translation>
    </message>
</context>
<context>
    <name>ObtainedQuestion</name>
    <message>
        <source>I took this photo or recording myself</source>
        <translation>ነዚ ስእሊ ወይ ቅዳሕ ድምጺ/ቪድዮ ባዕለይ እየ ወሲደዮ</translation>
    </message>
    <message>
        <source>Someone sent it to me</source>
        <translation>ሓደ ሰብ ሰዲዱለይ</translation>
    </message>
    <message>
        <source>I saved it from a website or app</source>
        <translation>ካብ መርበብ ሓበሬታ (website) ወይ ኣፕ ዓቂበዮ</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>ካልእ</translation>
    </message>
    <message>
        <source>How did you get this file?</source>
        <translation>እዚ ፋይል ብኸመይ ረኺብኩምዎ?</translation>
    </message>
    <message>
        <source>The police will ask how you got each piece of evidence. Your answer is printed beside it in the dossier. You can change it later.</source>
        <translation>ፖሊስ ነፍሲ ወከፍ መርትዖ ብኸመይ ከም ዝረኸብኩምዎ ክሓቱ እዮም። መልስኹም ኣብ ዶሴ (dossier) ኣብ ጥቓኡ ይሕተም። ደሓር ክትቕይርዎ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>More about how you got it</source>
        <translation>ብዛዕባ ብኸመይ ከም ዝረኸብኩምዎ ተወሳኺ</translation>
    </message>
    <message>
        <source>For example: who sent it, when, and in which app</source>
        <translation>ንኣብነት: መን ሰዲድዎ፣ መዓስ፣ ብኣየናይ ኣፕ</translation>
    </message>
    <message>
        <source>Where is the original kept?</source>
        <translation>እቲ መበቆላዊ ኣበይ ኣሎ?</translation>
    </message>
    <message>
        <source>Optional. For example: on my phone, or the letter is in a drawer at home</source>
        <translation>ግዴታ ኣይኮነን። ንኣብነት: ኣብ ተሌፎነይ፣ ወይ እቲ ደብዳበ ኣብ ገዛ ተቐሚጡ ኣሎ</translation>
    </message>
    <message>
        <source>More about it (optional)</source>
        <translation>ተወሳኺ ሓበሬታ (ግዴታ ኣይኮነን)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ምዕቃብ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>ምሕላፍ</translation>
    </message>
    <message>
        <source>Nothing is saved; you can answer later.</source>
        <translation>ዋላ ሓንቲ ኣይዕቀብን፤ ደሓር ክትምልሱ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>Exhibit {ref} ({name})</source>
        <translation>ኤግዚቢት {ref} ({name})</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>ኤግዚቢት {ref}</translation>
    </message>
    <message>
        <source>How did you get these files?</source>
        <translation>እዞም ፋይላት ብኸመይ ረኺብኩምዎም?</translation>
    </message>
    <message>
        <source>Your answer is saved for each of the exhibits {refs}.</source>
        <translation>መልስኹም ንነፍሲ ወከፍ ካብዞም ኤግዚቢታት ይዕቀብ: {refs}።</translation>
    </message>
    <message>
        <source>Saved. The dossier will say how you got {refs}.</source>
        <translation>ተዓቂቡ። እቲ ዶሴ {refs} ብኸመይ ከም ዝረኸብኩምዎም ክገልጽ እዩ።</translation>
    </message>
    <message>
        <source>How you got it…</source>
        <translation>ብኸመይ ረኺብኩምዎ…</translation>
    </message>
    <message>
        <source>Say how you got the selected file and where the original is</source>
        <translation>እቲ ዝተመርጸ ፋይል ብኸመይ ከም ዝረኸብኩምዎን እቲ መበቆላዊ ኣበይ ከም ዘሎን ግለጹ</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Harassment injunction</source>
        <translation>ትእዛዝ ክልከላ ምጭናቕ (harassment injunction)</translation>
    </message>
    <message>
        <source>Stalking Protection Order</source>
        <translation>ትእዛዝ ምክልኻል ካብ ብቐጻሊ ምስዓብ (Stalking Protection Order)</translation>
    </message>
    <message>
        <source>Non-molestation order</source>
        <translation>ትእዛዝ ምክልኻል ምጭናቕ (non-molestation order)</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>ትእዛዝ ምግታእ (restraining order)</translation>
    </message>
    <message>
        <source>Other order</source>
        <translation>ካልእ ትእዛዝ</translation>
    </message>
    <message>
        <source>Harassment injunction (Protection from Harassment Act 1997 s.3)</source>
        <translation>ትእዛዝ ክልከላ ምጭናቕ (harassment injunction, Protection from Harassment Act 1997 s.3)</translation>
    </message>
    <message>
        <source>Stalking Protection Order (Stalking Protection Act 2019)</source>
        <translation>ትእዛዝ ምክልኻል ካብ ብቐጻሊ ምስዓብ (Stalking Protection Order, Stalking Protection Act 2019)</translation>
    </message>
    <message>
        <source>Non-molestation order (Family Law Act 1996 s.42)</source>
        <translation>ትእዛዝ ምክልኻል ምጭናቕ (non-molestation order, Family Law Act 1996 s.42)</translation>
    </message>
    <message>
        <source>Restraining order (Sentencing Act 2020 s.359-360)</source>
        <translation>ትእዛዝ ምግታእ (restraining order, Sentencing Act 2020 s.359-360)</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>No.</source>
        <translation>ቁ.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ትእዛዝ</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>ዝተዋህበሉ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ዝውድኣሉ</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>ኣብ ግብሪ</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>ምጥሓሳት</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>ትእዛዛት ቤት ፍርዲ</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>ዓይነት ትእዛዝ</translation>
    </message>
    <message>
        <source>Date made</source>
        <translation>ዝተዋህበሉ ዕለት</translation>
    </message>
    <message>
        <source>It expires on</source>
        <translation>ግዝኡ ዝውድኣሉ</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>ዝውድኣሉ ዕለት</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>ቤት ፍርዲ</translation>
    </message>
    <message>
        <source>Case number or reference</source>
        <translation>ቁጽሪ ጉዳይ ወይ መወከሲ ቁጽሪ</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>What the order forbids, as it is written in the order</source>
        <translation>እቲ ትእዛዝ ዝኽልከሎ፣ ከምቲ ኣብቲ ትእዛዝ ዝተጻሕፈ</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>ትእዛዝ ምውሳኽ</translation>
    </message>
    <message>
        <source>Save changes to the chosen order</source>
        <translation>ኣብቲ ዝተመርጸ ትእዛዝ ዝተገብረ ለውጢ ምዕቃብ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ሓድሽ</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;ዓይነት</translation>
    </message>
    <message>
        <source>&amp;Made on</source>
        <translation>&amp;ዝተዋህበሉ</translation>
    </message>
    <message>
        <source>&amp;Court</source>
        <translation>&amp;ቤት ፍርዲ</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;መወከሲ ቁጽሪ</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;ኩነታት</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>ዝውድኣሉ ግዜ የብሉን</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>እወ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ኣይፋል</translation>
    </message>
    <message>
        <source>Breaches: {list}</source>
        <translation>ምጥሓሳት: {list}</translation>
    </message>
    <message>
        <source>No incident is marked as breaching this order.</source>
        <translation>እዚ ትእዛዝ ከም ዝጠሓሰ ምልክት ዝተገብረሉ ፍጻመ የለን።</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>ምርኣይ</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>ዝጸሓፍኩምዎ ምርኣይ ወይ ምሕባእ</translation>
    </message>
</context>
<context>
    <name>PasteSupport</name>
    <message>
        <source>Save these details</source>
        <translation>እዚ ሓበሬታ ምዕቃብ</translation>
    </message>
    <message>
        <source>dragged from a web page</source>
        <translation>ካብ ገጽ መርበብ ዝተሰሓበ</translation>
    </message>
    <message>
        <source>Pasted image {time}</source>
        <translation>ዝተለጠፈ ስእሊ {time}</translation>
    </message>
    <message>
        <source>Pasted text {time}</source>
        <translation>ዝተለጠፈ ጽሑፍ {time}</translation>
    </message>
    <message>
        <source>There is nothing to paste: copy a screenshot, a picture or some text first.</source>
        <translation>ዝልጠፍ ነገር የለን: መጀመርታ ስእሊ ስክሪን፣ ስእሊ ወይ ጽሑፍ ቅድሑ።</translation>
    </message>
    <message>
        <source>Adding to the vault…</source>
        <translation>ናብ ውሑስ ሳንዱቕ ይውሰኽ ኣሎ…</translation>
    </message>
    <message>
        <source>Save these details to {ref}</source>
        <translation>እዚ ሓበሬታ ኣብ {ref} ምዕቃብ</translation>
    </message>
</context>
<context>
    <name>PatternChart</name>
    <message>
        <source>Per week</source>
        <translation>ብሰሙን</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>ብወርሒ</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ፍጻመታት</translation>
    </message>
    <message>
        <source>{period}: nothing recorded</source>
        <translation>{period}: ዝተመዝገበ የለን</translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}: {count}</translation>
    </message>
    <message>
        <source>{period}: {total} in total ({parts})</source>
        <translation>{period}: ብድምር {total} ({parts})</translation>
    </message>
    <message>
        <source>Nothing recorded yet. The chart fills in as you add incidents.</source>
        <translation>ገና ዝተመዝገበ የለን። ፍጻመታት ክትውስኹ ከለኹም እቲ ሰንጠረዥ ይመልእ።</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from the week of {first} to the week of {last}.</source>
        <translation>
            <numerusform>ካብ ሰሙን {first} ክሳብ ሰሙን {last}፣ %Ln ፍጻመ።</numerusform>
            <numerusform>ካብ ሰሙን {first} ክሳብ ሰሙን {last}፣ %Ln ፍጻመታት።</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest was the week of {busy} ({n}).</source>
        <translation>ዝበዝሖ ዝነበሮ ሰሙን {busy} እዩ ({n})።</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from {first} to {last}.</source>
        <translation>
            <numerusform>ካብ {first} ክሳብ {last}፣ %Ln ፍጻመ።</numerusform>
            <numerusform>ካብ {first} ክሳብ {last}፣ %Ln ፍጻመታት።</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest month was {busy} ({n}).</source>
        <translation>ዝበዝሖ ዝነበሮ ወርሒ {busy} እዩ ({n})።</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>This copy of SafeLog cannot show PDF files. The file is kept safely; you can save a copy to read it.</source>
        <translation>እዚ ቅዳሕ SafeLog ፋይላት PDF ከርኢ ኣይክእልን። እቲ ፋይል ብውሕስና ተዓቂቡ ኣሎ፤ ንምንባቡ ቅዳሕ ክትዕቅቡ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>ሰነድ PDF</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Perpetrator (known)</source>
        <translation>በዳሊ (ዝፍለጥ)</translation>
    </message>
    <message>
        <source>Perpetrator (unknown)</source>
        <translation>በዳሊ (ዘይፍለጥ)</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>ምስክር</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ካልእ</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>በዳሊ</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>ዝተሳተፈ</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Person</source>
        <translation>ሰብ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ተራ</translation>
    </message>
    <message>
        <source>People in this incident</source>
        <translation>ኣብዚ ፍጻመ ዘለዉ ሰባት</translation>
    </message>
    <message>
        <source>People already recorded</source>
        <translation>ድሮ ዝተመዝገቡ ሰባት</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>ምውሳኽ</translation>
    </message>
    <message>
        <source>Someone already recorded:</source>
        <translation>ድሮ ዝተመዝገበ ሰብ:</translation>
    </message>
    <message>
        <source>Record someone new…</source>
        <translation>ሓድሽ ሰብ ምምዝጋብ…</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>ሓድሽ ሰብ</translation>
    </message>
    <message>
        <source>Role in this incident</source>
        <translation>ኣብዚ ፍጻመ ዘለዎ ተራ</translation>
    </message>
    <message>
        <source>Add to this incident</source>
        <translation>ናብዚ ፍጻመ ምውሳኽ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ምስራዝ</translation>
    </message>
    <message>
        <source>No one added yet. Add the people involved, even if you do not know their names.</source>
        <translation>ገና ዝተወሰኸ ሰብ የለን። ዝተሳተፉ ሰባት ወስኹ፣ ኣስማቶም እንተ ዘይፈለጥኩም እውን።</translation>
    </message>
    <message>
        <source>Who was involved or saw it. Each person is recorded once, so you can see how often they appear.</source>
        <translation>መን ከም ዝተሳተፈ ወይ ዝረኣየ። ነፍሲ ወከፍ ሰብ ሓንሳብ ጥራይ ይምዝገብ፣ ክንደይ ግዜ ከም ዝርአ ክትርእዩ ምእንቲ።</translation>
    </message>
    <message>
        <source>No one recorded yet</source>
        <translation>ገና ዝተመዝገበ ሰብ የለን</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (ሓድሽ)</translation>
    </message>
    <message>
        <source>Role of {name}</source>
        <translation>ተራ {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ምእላይ</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} ምእላይ</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>መን እዮም</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ፍጻመታት</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>ንመጀመርታ ዝተራእዩሉ</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>ናይ መወዳእታ ዝተራእዩሉ</translation>
    </message>
    <message>
        <source>People in your record</source>
        <translation>ኣብ መዝገብኩም ዘለዉ ሰባት</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>ሰብ ምውሳኽ…</translation>
    </message>
    <message>
        <source>Everyone you have recorded, most often involved first.</source>
        <translation>ዝመዝገብኩምዎም ኩሎም ሰባት፣ እቶም ብዙሕ ግዜ ዝተሳተፉ ቀዲሞም።</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ሰብ</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>ሰብ ምዕቃብ</translation>
    </message>
    <message>
        <source>Incidents with this person</source>
        <translation>ምስዚ ሰብ ዘለዉ ፍጻመታት</translation>
    </message>
    <message>
        <source>Double-click an incident to open it</source>
        <translation>ንምኽፋቱ ኣብ ፍጻመ ክልተ ግዜ ጠውቑ</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>ሓድሽ ሰብ</translation>
    </message>
    <message>
        <source>Not linked to any incident yet.</source>
        <translation>ገና ምስ ዝኾነ ፍጻመ ኣይተኣሳሰረን።</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name or short description</source>
        <translation>ስም ወይ ሓጺር መግለጺ</translation>
    </message>
    <message>
        <source>A name, or e.g. &apos;man in grey car&apos;</source>
        <translation>ስም፣ ወይ ንኣብነት &apos;ኣብ ሓመዳዊት መኪና ዘሎ ሰብኣይ&apos;</translation>
    </message>
    <message>
        <source>Kind of person</source>
        <translation>ዓይነት ሰብ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>መግለጺ</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>መኪና</translation>
    </message>
    <message>
        <source>Make, colour, number plate</source>
        <translation>ዓይነት፣ ሕብሪ፣ ቁጽሪ ታርጋ</translation>
    </message>
    <message>
        <source>Link to a state</source>
        <translation>ምስ መንግስቲ ዘለዎ ርክብ</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>ዝፍለጥ የለን</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>ዝተጠርጠረ</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>ዝተረጋገጸ</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>ብኸመይ ክርከቡ ከም ዝኽእሉ</translation>
    </message>
    <message>
        <source>For witnesses: phone, email</source>
        <translation>ንምስክራት: ተሌፎን፣ ኢመይል</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>ብዛዕባ እዚ ሰብ ማስታወሻታት</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>መን እዮም</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻታት</translation>
    </message>
    <message>
        <source>Give this person a name, or a short description such as &apos;man in grey car&apos;.</source>
        <translation>ነዚ ሰብ ስም ሃብዎ፣ ወይ ሓጺር መግለጺ ከም &apos;ኣብ ሓመዳዊት መኪና ዘሎ ሰብኣይ&apos;።</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your details</source>
        <translation>ሓበሬታኹም</translation>
    </message>
    <message>
        <source>These details are printed on the first page of your dossier, so that the police know who made the record and how to reach you safely. They stay inside your locked log. You can leave any of them empty.</source>
        <translation>እዚ ሓበሬታ ኣብ ቀዳማይ ገጽ ዶሴኹም ይሕተም፣ ፖሊስ መዝገብ መን ከም ዝሰርሖን ብኸመይ ብውሕስና ክረኽቡኹም ከም ዝኽእሉን ምእንቲ ክፈልጡ። ኣብቲ ዝተቖልፈ መዝገብኩም ይጸንሕ። ዝኾነ ካብኡ ባዶ ክትገድፍዎ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ስምኩም</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>መጀመርታ ፊደላት ስምኩም (initials)፣ መርትዖ ንምምልካት</translation>
    </message>
    <message>
        <source>For example: call my mobile only between 9 and 5; never leave a voicemail; or contact me through my support worker.</source>
        <translation>ንኣብነት: ኣብ ሞባይለይ ካብ ሰዓት 9 ክሳብ 5 ጥራይ ደውሉ፤ ፈጺምኩም ናይ ድምጺ መልእኽቲ (voicemail) ኣይትግደፉ፤ ወይ ብሰራሕተኛ ደገፈይ (support worker) ረኸቡኒ።</translation>
    </message>
    <message>
        <source>How the police may contact you safely</source>
        <translation>ፖሊስ ብኸመይ ብውሕስና ክረኽቡኹም ከም ዝኽእሉ</translation>
    </message>
    <message>
        <source>For example: Persian (Farsi)</source>
        <translation>ንኣብነት: ትግርኛ (Tigrinya)</translation>
    </message>
    <message>
        <source>The language you prefer to speak</source>
        <translation>ክትዛረብሉ እትመርጽዎ ቋንቋ</translation>
    </message>
    <message>
        <source>Do you need an interpreter?</source>
        <translation>ተርጓሚ የድልየኩም ዶ?</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>ኣይተገልጸን</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>እወ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ኣይፋል</translation>
    </message>
    <message>
        <source>For example: Maryam Rahimi</source>
        <translation>ንኣብነት: Selam Tesfay</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport</source>
        <translation>ስምኩም ብፊደል እንግሊዝኛ፣ ከምቲ ኣብ ፓስፖርትኩም ዘሎ</translation>
    </message>
    <message>
        <source>For example: text first; never leave a voicemail, the phone is shared.</source>
        <translation>ንኣብነት: text first; never leave a voicemail, the phone is shared.</translation>
    </message>
    <message>
        <source>How the police may contact you safely, in English</source>
        <translation>ፖሊስ ብኸመይ ብውሕስና ክረኽቡኹም ከም ዝኽእሉ፣ ብእንግሊዝኛ</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>መጀመርታ ፊደላት</translation>
    </message>
    <message>
        <source>New evidence is numbered with them, the way the police do (AB1, AB2, …). Evidence you already have keeps its numbers.</source>
        <translation>ሓድሽ መርትዖ ብኣኣቶም ይቑጸር፣ ከምቲ ፖሊስ ዝገብሮ (AB1, AB2, …)። ድሮ ዘለኩም መርትዖ ቁጽሩ ከም ዘለዎ ይጸንሕ።</translation>
    </message>
    <message>
        <source>How to contact you safely</source>
        <translation>ብኸመይ ብውሕስና ክትርከቡ ከም እትኽእሉ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>ተርጓሚ የድሊ</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ስም ብፊደል እንግሊዝኛ</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport. If your name is written in another script, such as Arabic, Persian or Chinese, this lets police systems record it.</source>
        <translation>ስምኩም ብፊደል እንግሊዝኛ (A ክሳብ Z)፣ ከምቲ ኣብ ፓስፖርትኩም ዘሎ። ስምኩም ብካልእ ፊደል፣ ንኣብነት ብፊደል ትግርኛ ወይ ዓረብኛ፣ እንተ ተጻሒፉ፣ እዚ ንስርዓታት ፖሊስ ክምዝግብዎ የኽእሎም።</translation>
    </message>
    <message>
        <source>Safe contact, in English</source>
        <translation>ውሑስ መራኸቢ፣ ብእንግሊዝኛ</translation>
    </message>
    <message>
        <source>If you wrote how to contact you in another language, say it here in English for the officer.</source>
        <translation>ብኸመይ ክትርከቡ ከም እትኽእሉ ብካልእ ቋንቋ እንተ ጺሒፍኩም፣ ንኣባል ፖሊስ ኣብዚ ብእንግሊዝኛ ጽሓፍዎ።</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ምዕቃብ</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ድራይቭ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ዘይፍለጥ</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>ፎልደር</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;ኣበይ ምድላይ:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ንድሕሪት ምኻድ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ንቕድሚት</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ንቕድሚት ምኻድ</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ላዕለዋይ ፎልደር</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ናብ ላዕለዋይ ፎልደር ምኻድ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ሓድሽ ፎልደር ምፍጣር</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ሓድሽ ፎልደር ምፍጣር</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>ኣስማት ጥራይ</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>ኣስማት ጥራይ ምርኣይ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>ምስ ሓበሬታ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>ምስ ዝርዝር ሓበሬታ ምርኣይ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>ናይ ጎኒ ዓምዲ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>ዝርዝር ቦታታትን ምልክታትን</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ቀረባ እዋን ዝተኸፍቱ ቦታታት</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ፋይላት</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;ስም ፋይል:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ፎልደር:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;ዓይነት ፋይላት:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ፎልደራት</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ኩሎም ፋይላት (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ኩሎም ፋይላት (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;ምኽፋት</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ምዕቃብ</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;ምምራጽ</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;ስም ምቕያር</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;ምድምሳስ</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;ዝተሓብኡ ፋይላት ምርኣይ</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;ሓድሽ ፎልደር</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>ሓድሽ ፎልደር</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>ዓምዲ ምርኣይ: </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ድሮ ኣሎ።
ብእዚ ሓድሽ ክትትክእዎ ትደልዩ ዶ?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ፋይል ኣይተረኽበን።
በጃኹም ስም ፋይል ብግቡእ ከም ዝተጻሕፈ ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ፎልደር ኣይተረኽበን።
በጃኹም ስም ፎልደር ብግቡእ ከም ዝተጻሕፈ ኣረጋግጹ።</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>ብርግጽ «%1» ክትድምስስዎ ትደልዩ ዶ?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» ካብ ምቕያር ዝተሓለወ እዩ።
ዋላ እንተኾነ ክትድምስስዎ ትደልዩ ዶ?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ፎልደር ክድምሰስ ኣይከኣለን።</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ዝተቐየረሉ ዕለት</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>ኮምፒተር</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>ዓይነት</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ምምላስ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ደጊምካ ምግባር</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;ቆሪጽካ ምውሳድ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ም&amp;ቕዳሕ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ም&amp;ልጣፍ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ምድምሳስ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ኩሉ ምምራጽ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ሕራይ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ምዕቃብ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ኩሉ ምዕቃብ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ምኽፋት</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;እወ</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ን&amp;ኹሉ እወ</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;ኣይፋል</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ንኹሉ ኣይ&amp;ፋል</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ምቁራጽ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>እንደገና ምፍታን</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ሸለል ምባል</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ምዕጻው</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ምስራዝ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ዘይምዕቃብ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ሓገዝ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ምትግባር</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ዳግም ምድላው</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ናብ ንቡር ቅጥዕታት ምምላስ</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>መምለሲ መፍትሕኩም</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only other way to open your log. Nobody can make a new one for you. It is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>መሕለፊ ሓረግኩም (passphrase) እንተ ረሲዕኩም፣ መዝገብኩም ንምኽፋት እዚ መፍትሕ እቲ ካልእ እንኮ መንገዲ እዩ። ዝኾነ ሰብ ሓድሽ ክሰርሓልኩም ኣይክእልን። ሕጂ ሓንሳብ ጥራይ እዩ ዝርአ።

ኣብ ወረቐት ጽሓፍዎ ወይ ሕተምዎ፣ ኣብ ውሑስ ቦታ ድማ ኣቐምጥዎ: ካብዚ ኮምፒተር ርሒቑ፣ ካብ መዝገብኩም ከንብብ ዝደሊ ዝኾነ ሰብ ድማ ርሒቑ።</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>ምሕታም…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>መምለሲ መፍትሕ ምሕታም</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>ኣብ ፋይል ምዕቃብ…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>መምለሲ መፍትሕ ኣብ ፋይል ምዕቃብ</translation>
    </message>
    <message>
        <source>I have written down, printed or saved my recovery key.</source>
        <translation>መምለሲ መፍትሐይ ጽሒፈዮ፣ ሓቲመዮ ወይ ዓቒበዮ ኣለኹ።</translation>
    </message>
    <message>
        <source>Open my log</source>
        <translation>መዝገበይ ምኽፋት</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>መምለሲ መፍትሕ: %1</translation>
    </message>
    <message>
        <source>SafeLog recovery key</source>
        <translation>መምለሲ መፍትሕ SafeLog</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase.</source>
        <translation>መሕለፊ ሓረግኩም እንተ ረሲዕኩም፣ እዚ መፍትሕ ናይ SafeLog መዝገብኩም ይኸፍት።</translation>
    </message>
    <message>
        <source>Keep it somewhere safe, away from the computer.</source>
        <translation>ካብ ኮምፒተር ርሒቑ ኣብ ውሑስ ቦታ ኣቐምጥዎ።</translation>
    </message>
    <message>
        <source>A recovery key in a file on this computer is no safer than the computer: anyone who gets into it can find the key, and if the computer is lost or broken, the key is lost with it. Paper, or a USB stick kept somewhere else, is much safer.

Plug in a USB stick now if you have one, then choose it in the next window. Save the key to a file?</source>
        <translation>ኣብዚ ኮምፒተር ኣብ ፋይል ዘሎ መምለሲ መፍትሕ ካብቲ ኮምፒተር ዝበለጸ ውሕስና የብሉን: ናብኡ ዝኣቱ ዝኾነ ሰብ ነቲ መፍትሕ ክረኽቦ ይኽእል፣ እቲ ኮምፒተር እንተ ጠፊኡ ወይ እንተ ተበላሺዩ ድማ እቲ መፍትሕ ምስኡ ይጠፍእ። ወረቐት፣ ወይ ኣብ ካልእ ቦታ ዝተቐመጠ USB ፍላሽ፣ ብዙሕ ዝያዳ ውሑስ እዩ።

USB ፍላሽ እንተ ኣልዩኩም ሕጂ ኣእትውዎ፣ ድሕሪኡ ኣብቲ ዝቕጽል መስኮት ምረጽዎ። እቲ መፍትሕ ኣብ ፋይል ይዕቀብ ዶ?</translation>
    </message>
    <message>
        <source>Save the recovery key (choose a USB stick)</source>
        <translation>መምለሲ መፍትሕ ምዕቃብ (USB ፍላሽ ምረጹ)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ፋይላት ጽሑፍ (*.txt)</translation>
    </message>
    <message>
        <source>The recovery key could not be saved there. Choose another place, such as a USB stick.</source>
        <translation>መምለሲ መፍትሕ ኣብኡ ክዕቀብ ኣይከኣለን። ካልእ ቦታ ምረጹ፣ ከም USB ፍላሽ።</translation>
    </message>
    <message>
        <source>Saved. That file is on this computer: move it to a safe place of its own, such as a USB stick, and then delete it here.</source>
        <translation>ተዓቂቡ። እቲ ፋይል ኣብዚ ኮምፒተር ኣሎ: ናብ ናይ ገዛእ ርእሱ ውሑስ ቦታ፣ ከም USB ፍላሽ፣ ኣግዕዝዎ፣ ድሕሪኡ ኣብዚ ደምስስዎ።</translation>
    </message>
    <message>
        <source>Saved on the USB stick. Keep the stick somewhere safe, away from this computer.</source>
        <translation>ኣብ USB ፍላሽ ተዓቂቡ። ነቲ ፍላሽ ካብዚ ኮምፒተር ርሒቑ ኣብ ውሑስ ቦታ ኣቐምጥዎ።</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase. Keep this page somewhere safe, away from the computer.</source>
        <translation>መሕለፊ ሓረግኩም እንተ ረሲዕኩም፣ እዚ መፍትሕ ናይ SafeLog መዝገብኩም ይኸፍት። ነዚ ገጽ ካብ ኮምፒተር ርሒቑ ኣብ ውሑስ ቦታ ኣቐምጥዎ።</translation>
    </message>
    <message>
        <source>The recovery key could not be printed. Write it down by hand instead.</source>
        <translation>መምለሲ መፍትሕ ክሕተም ኣይከኣለን። ኣብ ክንዲኡ ብኢድኩም ጽሓፍዎ።</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out and that every character is readable.</source>
        <translation>ናብ ማሕተሚ (printer) ተላኢኹ። እቲ ገጽ ከም ዝወጸን ነፍሲ ወከፍ ፊደል ከም ዝንበብን ኣረጋግጹ።</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Where you reported it</source>
        <translation>ኣበይ ከም ዝሓበርኩም</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ኣይፍለጥን</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>ዕለት ናይቲ ጸብጻብ</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>መወከሲ ቁጽሪ</translation>
    </message>
    <message>
        <source>Crime or case reference, if given</source>
        <translation>ቁጽሪ ፋይል ገበን (crime reference) ወይ ቁጽሪ ጉዳይ፣ እንተ ተዋሂቡኩም</translation>
    </message>
    <message>
        <source>Who you spoke to</source>
        <translation>ምስ መን ከም ዝተዛረብኩም</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number</source>
        <translation>ስምን ቁጽርን ኣባል ፖሊስ</translation>
    </message>
    <message>
        <source>What happened next</source>
        <translation>ድሕሪኡ እንታይ ኮነ</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>ዝተመሓላለፈሉ</translation>
    </message>
    <message>
        <source>If they passed you to someone else</source>
        <translation>ናብ ካልእ ሰብ ወይ ትካል እንተ ኣመሓላሊፎምኹም</translation>
    </message>
    <message>
        <source>Remove this report…</source>
        <translation>ነዚ ጸብጻብ ምእላይ…</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>ዝተሓበሮ ኣካል</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>መወከሲ ቁጽሪ</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>ዝተዛረብኩምዎ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ውጽኢት</translation>
    </message>
    <message>
        <source>Remove this report? What you typed in it will be lost.</source>
        <translation>ነዚ ጸብጻብ ክእለ ዶ? ኣብኡ ዝጸሓፍኩምዎ ክጠፍእ እዩ።</translation>
    </message>
    <message>
        <source>Report {n}</source>
        <translation>ጸብጻብ {n}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>999 (emergency)</source>
        <translation>999 (ህጹጽ፣ emergency)</translation>
    </message>
    <message>
        <source>101 (police, non-emergency)</source>
        <translation>101 (ፖሊስ፣ ህጹጽ ዘይኮነ፣ non-emergency)</translation>
    </message>
    <message>
        <source>Local police force online</source>
        <translation>ናይ ከባቢ ፖሊስ ብኢንተርነት (online)</translation>
    </message>
    <message>
        <source>Counter Terrorism Policing</source>
        <translation>ፖሊስ ጸረ-ሽበራ (Counter Terrorism Policing)</translation>
    </message>
    <message>
        <source>Report Fraud</source>
        <translation>Report Fraud (ምትላል ምሕባር)</translation>
    </message>
    <message>
        <source>Platform or website</source>
        <translation>መድረኽ ወይ መርበብ</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>መስመር ሓገዝ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ካልእ</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>No reports yet. If you told the police, a helpline or a platform, add it here: who you spoke to and what they said matters later.</source>
        <translation>ገና ጸብጻብ የለን። ንፖሊስ፣ ንመስመር ሓገዝ ወይ ንመድረኽ እንተ ሓቢርኩም፣ ኣብዚ ወስኽዎ: ምስ መን ከም ዝተዛረብኩምን እንታይ ከም ዝበሉኹምን ደሓር ኣገዳሲ እዩ።</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation>ጸብጻብ ምውሳኽ</translation>
    </message>
</context>
<context>
    <name>RestoreJourney</name>
    <message>
        <source>Choose the backup to restore</source>
        <translation>ክምለስ ዘለዎ ተጠባባቒ ቅዳሕ ምረጹ</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1);;All files (*)</source>
        <translation>ተጠባባቒ ቅዳሓት SafeLog (*%1);;ኩሎም ፋይላት (*)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>ተጠባባቒ ቅዳሕ ይፍተሽን ይምለስን ኣሎ…</translation>
    </message>
    <message>
        <source>This backup is of a different log, not of the one on this computer now. If you go on, the log here now is moved aside (kept, not deleted) and the log from the backup takes its place. Put the backup&apos;s log in place of this one?</source>
        <translation>እዚ ተጠባባቒ ቅዳሕ ናይ ካልእ መዝገብ እዩ፣ ናይቲ ሕጂ ኣብዚ ኮምፒተር ዘሎ ኣይኮነን። እንተ ቐጺልኩም፣ እቲ ሕጂ ኣብዚ ዘሎ መዝገብ ናብ ጎኒ ይግዕዝ (ይዕቀብ፣ ኣይድምሰስን)፣ እቲ ካብ ተጠባባቒ ቅዳሕ ዝመጸ መዝገብ ድማ ቦታኡ ይወስድ። ነቲ መዝገብ ተጠባባቒ ቅዳሕ ኣብ ክንዲ እዚ ከተቐምጥዎ ዶ?</translation>
    </message>
    <message>
        <source>Nothing was changed. Your log is as it was; unlock it as usual.</source>
        <translation>ዋላ ሓንቲ ኣይተቐየረን። መዝገብኩም ከም ዝነበሮ እዩ፤ ከም ልሙድ ክፈትዎ።</translation>
    </message>
    <message>
        <source>That passphrase or key does not open this backup. Nothing was changed.</source>
        <translation>እዚ መሕለፊ ሓረግ ወይ መፍትሕ ነዚ ተጠባባቒ ቅዳሕ ኣይኸፍቶን። ዋላ ሓንቲ ኣይተቐየረን።</translation>
    </message>
    <message>
        <source>Your log is restored from the backup. Unlock it with the passphrase it had when the backup was made.</source>
        <translation>መዝገብኩም ካብ ተጠባባቒ ቅዳሕ ተመሊሱ። እቲ ተጠባባቒ ቅዳሕ ኣብ ዝተሰርሓሉ እዋን ዝነበሮ መሕለፊ ሓረግ ተጠቒምኩም ክፈትዎ።</translation>
    </message>
    <message>
        <source>The log that was here before is kept, untouched, in %1.</source>
        <translation>እቲ ቅድሚ ሕጂ ኣብዚ ዝነበረ መዝገብ ከይተተንከፈ ኣብ %1 ተዓቂቡ ኣሎ።</translation>
    </message>
    <message>
        <source>The restore was stopped. Nothing was changed.</source>
        <translation>ምምላስ ተቛሪጹ። ዋላ ሓንቲ ኣይተቐየረን።</translation>
    </message>
</context>
<context>
    <name>RestoreSecretDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>ካብ ተጠባባቒ ቅዳሕ ምምላስ</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>መሕለፊ ሓረግ ናይቲ ተጠባባቒ ቅዳሕ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ምምላስ</translation>
    </message>
    <message>
        <source>Type the recovery key that belonged to your log when the backup “%1” was made.</source>
        <translation>እቲ ተጠባባቒ ቅዳሕ «%1» ኣብ ዝተሰርሓሉ እዋን ናይ መዝገብኩም ዝነበረ መምለሲ መፍትሕ ጽሓፉ።</translation>
    </message>
    <message>
        <source>Recovery key of the backup</source>
        <translation>መምለሲ መፍትሕ ናይቲ ተጠባባቒ ቅዳሕ</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>ኣብ ክንዲኡ መሕለፊ ሓረግ ምጥቃም</translation>
    </message>
    <message>
        <source>Type the passphrase your log had when the backup “%1” was made. The backup is checked completely before anything is replaced.</source>
        <translation>እቲ ተጠባባቒ ቅዳሕ «%1» ኣብ ዝተሰርሓሉ እዋን መዝገብኩም ዝነበሮ መሕለፊ ሓረግ ጽሓፉ። ቅድሚ ዝኾነ ነገር ምትካኡ እቲ ተጠባባቒ ቅዳሕ ምሉእ ብምሉእ ይፍተሽ።</translation>
    </message>
    <message>
        <source>I only have the recovery key</source>
        <translation>መምለሲ መፍትሕ ጥራይ እዩ ዘለኒ</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Standard</source>
        <translation>ንቡር</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>ማእከላይ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ልዑል</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <source>Date</source>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>መሳርሒ</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>ዝገበሮ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>መወከሲ ቁጽሪ</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>ገምጋማት ሓደጋ</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>ዕለት ናይቲ ገምጋም</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>ደረጃ ሓደጋ</translation>
    </message>
    <message>
        <source>e.g. S-DASH or DASH, if you were told</source>
        <translation>ንኣብነት S-DASH ወይ DASH፣ እንተ ተነጊሩኩም</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number, or the service</source>
        <translation>ስምን ቁጽርን ኣባል ፖሊስ፣ ወይ እቲ ትካል</translation>
    </message>
    <message>
        <source>Add risk assessment</source>
        <translation>ገምጋም ሓደጋ ምውሳኽ</translation>
    </message>
    <message>
        <source>Record what the police told you: the level and who assessed it. The questions themselves are not recorded.</source>
        <translation>ፖሊስ ዝነገሩኹም መዝግቡ: ደረጃኡን መን ከም ዝገምገሞን። እቶም ሕቶታት ባዕሎም ኣይምዝገቡን።</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;ዕለት</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;ደረጃ</translation>
    </message>
    <message>
        <source>&amp;Tool</source>
        <translation>&amp;መሳርሒ</translation>
    </message>
    <message>
        <source>Made &amp;by</source>
        <translation>ዝ&amp;ገበሮ</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>መ&amp;ወከሲ ቁጽሪ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ቅጥዕታት</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> ደቓይቕ</translation>
    </message>
    <message>
        <source>Lock automatically after this many minutes without use</source>
        <translation>ድሕሪ እዚ ክንደይ ደቓይቕ ብዘይ ምጥቃም ባዕሉ ይቆለፍ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>The same as this computer</source>
        <translation>ከምቲ ናይዚ ኮምፒተር</translation>
    </message>
    <message>
        <source>Remind me when my last backup is more than 30 days old</source>
        <translation>ናይ መወዳእታ ተጠባባቒ ቅዳሕ ካብ 30 መዓልቲ ንላዕሊ እንተ ኣረጊቱ ኣዘኻኽረኒ</translation>
    </message>
    <message>
        <source>Where your vault is kept</source>
        <translation>ውሑስ ሳንዱቕኩም ኣበይ ከም ዘሎ</translation>
    </message>
    <message>
        <source>A new language is used the next time SafeLog starts.</source>
        <translation>ሓድሽ ቋንቋ SafeLog ኣብ ዝቕጽል ዝጅመረሉ እዋን ይሰርሕ።</translation>
    </message>
    <message>
        <source>Lock and switch now</source>
        <translation>ምቕላፍን ሕጂ ቋንቋ ምቕያርን</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>ሕጂ ቋንቋ ምቕያር</translation>
    </message>
    <message>
        <source>SafeLog locks first; then you type your passphrase again.</source>
        <translation>SafeLog ቅድም ይቕለፍ፤ ድሕሪኡ መሕለፊ ሓረግኩም (passphrase) እንደገና ትጽሕፉ።</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>ባዕሉ ዝቕለፈሉ ግዜ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ተጠባባቒ ቅዳሓት</translation>
    </message>
    <message>
        <source>Your vault is kept in</source>
        <translation>ውሑስ ሳንዱቕኩም ዝርከበሉ</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Evidence: %1</source>
        <translation>መርትዖ: %1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>ተሓቢሩ</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>about %1</source>
        <translation>ኣስታት %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>መርትዖ: %1</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>ተሓቢሩ</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>ኣይተሓበረን</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Number of incidents shown</source>
        <translation>ቁጽሪ ዝርኣዩ ፍጻመታት</translation>
    </message>
    <message>
        <source>Where the search words were found</source>
        <translation>ቃላት ምድላይ ዝተረኽቡሉ ቦታ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching incident(s)</source>
        <translation>
            <numerusform>%Ln ዝሰማማዕ ፍጻመ</numerusform>
            <numerusform>%Ln ዝሰማምዑ ፍጻመታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) in your log</source>
        <translation>
            <numerusform>ኣብ መዝገብኩም %Ln ፍጻመ</numerusform>
            <numerusform>ኣብ መዝገብኩም %Ln ፍጻመታት</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches this search or these filters. Choose “Show everything” to see your whole log.</source>
        <translation>ምስዚ ምድላይ ወይ ምስዞም መምረጺታት ዝሰማማዕ የለን። ምሉእ መዝገብኩም ንምርኣይ «ኩሉ ምርኣይ» ምረጹ።</translation>
    </message>
    <message>
        <source>Nothing is recorded yet.

When something happens, choose “New incident” (Ctrl+N) and write down what you remember. It stays on this computer, encrypted.</source>
        <translation>ገና ዝተመዝገበ የለን።

ሓደ ነገር ምስ ዘጋጥም፣ «ሓድሽ ፍጻመ» (Ctrl+N) ምረጹ እሞ ዝዝከረኩም ጽሓፉ። ኣብዚ ኮምፒተር ተመስጢሩ ይጸንሕ።</translation>
    </message>
    <message>
        <source>Found in exhibit {ref} ({name}): “{words}”</source>
        <translation>ኣብ ኤግዚቢት (exhibit) {ref} ({name}) ተረኺቡ፦ «{words}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more exhibit(s)</source>
        <translation>
            <numerusform>… ከምኡ’ውን %Ln ተወሳኺ ኤግዚቢት</numerusform>
            <numerusform>… ከምኡ’ውን %Ln ተወሳኺ ኤግዚቢት</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of incidents, newest first</source>
        <translation>መስመር ግዜ ፍጻመታት፣ እቲ ሓድሽ ቀዲሙ</translation>
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
        <translation>መሕለፊ ሓረግ</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ምኽፋት</translation>
    </message>
    <message>
        <source>Unlocking, please wait</source>
        <translation>ይኽፈት ኣሎ፣ በጃኹም ተጸበዩ</translation>
    </message>
    <message>
        <source>Open with your recovery key</source>
        <translation>ብመምለሲ መፍትሕ ምኽፋት</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you created your log. Spaces, dashes and small or capital letters don&apos;t matter.</source>
        <translation>መዝገብኩም ክትፈጥሩ ከለኹም ዝጸሓፍኩምዎ መምለሲ መፍትሕ ጽሓፉ። ባዶ ቦታታት፣ ሰረዝ (-) ከምኡውን ንኣሽቱ ወይ ዓበይቲ ፊደላት ኣየገድሱን።</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>መምለሲ መፍትሕ</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>ኣብ ክንዲኡ መሕለፊ ሓረገይ ምጥቃም</translation>
    </message>
    <message>
        <source>SafeLog is locked</source>
        <translation>SafeLog ተቖሊፉ ኣሎ</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your log.</source>
        <translation>መዝገብኩም ንምኽፋት መሕለፊ ሓረግኩም ጽሓፉ።</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>መሕለፊ ሓረገይ ረሲዐ</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>መጀመርታ መምለሲ መፍትሕኩም ጽሓፉ።</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>መጀመርታ መሕለፊ ሓረግኩም ጽሓፉ።</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this log. Check it against your copy and try again.</source>
        <translation>እዚ መምለሲ መፍትሕ ነዚ መዝገብ ኣይኸፍቶን። ምስቲ ዘለኩም ቅዳሕ ኣነጻጽርዎ እሞ እንደገና ፈትኑ።</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this log. Check that Caps Lock is off and the keyboard language is right, then try again. You can try as often as you need.</source>
        <translation>እዚ መሕለፊ ሓረግ ነዚ መዝገብ ኣይኸፍቶን። Caps Lock ከም ዘይበርሀን ቋንቋ ኪቦርድ ቅኑዕ ምዃኑን ኣረጋግጹ፣ ድሕሪኡ እንደገና ፈትኑ። ክሳብ ዘድልየኩም ክንደይ ግዜ ክትፍትኑ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation>ይኽፈት ኣሎ… ቁሩብ ግዜ ይወስድ።</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Restoring puts the log from a backup in place of the log you have open now. The log you have now is not deleted: it is kept, moved aside, in the same folder. SafeLog will lock first. Go on?</source>
        <translation>ምምላስ፣ ነቲ ሕጂ ከፊትኩምዎ ዘለኹም መዝገብ ብመዝገብ ናይ ተጠባባቒ ቅዳሕ ይትክኦ። እቲ ሕጂ ዘለኩም መዝገብ ኣይድምሰስን: ኣብቲ ሓደ ፎልደር ናብ ጎኒ ተገዒዙ ይዕቀብ። SafeLog መጀመርታ ክቆለፍ እዩ። ክቕጽል ዶ?</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>Zip archive</source>
        <translation>ፋይል zip</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>ቻት</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ኢመይል</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>ስእሊ</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>ሳጹን ኢመይል</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>ሰነድ PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ጽሑፍ</translation>
    </message>
    <message>
        <source>Saved web page</source>
        <translation>ዝተዓቀበ ገጽ መርበብ</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>ዝተወስደሉ ዕለት</translation>
    </message>
    <message>
        <source>Text excerpt</source>
        <translation>ቁንጽል ጽሑፍ</translation>
    </message>
    <message>
        <source>Date changed in the camera or phone</source>
        <translation>ኣብ ካሜራ ወይ ተሌፎን ዝተቐየረሉ ዕለት</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>ሰራሒ ካሜራ</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>ሞዴል ካሜራ</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ሶፍትዌር</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>ቅርጺ (format)</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>ስፍሓት (pixels)</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>ቁመት (pixels)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ገጻት</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>ደራሲ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ኣርእስቲ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>ዛዕባ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ካብ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ናብ</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Going through: {0}</source>
        <translation>ስጉምቲ ብስጉምቲ: {0}</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>ኩሎም መቆጻጸሪ ዝርዝራት</translation>
    </message>
    <message>
        <source>Back to the list of checklists (Alt+Up)</source>
        <translation>ናብቲ ዝርዝር መቆጻጸሪ ዝርዝራት ምምላስ (Alt+Up)</translation>
    </message>
    <message>
        <source>Where you are in the checklist</source>
        <translation>ኣብ መቆጻጸሪ ዝርዝር ዘለኹምሉ ቦታ</translation>
    </message>
    <message>
        <source>Position in the checklist</source>
        <translation>ቦታ ኣብ መቆጻጸሪ ዝርዝር</translation>
    </message>
    <message>
        <source>You have reached the end of this checklist.</source>
        <translation>መወዳእታ ናይዚ መቆጻጸሪ ዝርዝር በጺሕኩም።</translation>
    </message>
    <message>
        <source>Back to all checklists</source>
        <translation>ናብ ኩሎም መቆጻጸሪ ዝርዝራት ምምላስ</translation>
    </message>
    <message>
        <source>Go through it again from the first item</source>
        <translation>ካብ ቀዳማይ ስጉምቲ እንደገና ምኻድ</translation>
    </message>
    <message>
        <source>Key {0}</source>
        <translation>መጠወቒ {0}</translation>
    </message>
    <message>
        <source>Anything to remember about this step (optional)</source>
        <translation>ብዛዕባ እዚ ስጉምቲ ክዝከር ዘለዎ ነገር (ግዴታ ኣይኮነን)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ማስታወሻ</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ማስታወሻ</translation>
    </message>
    <message>
        <source>Empty when you mark it yourself</source>
        <translation>ባዕልኹም ምልክት ምስ እትገብሩ ባዶ ይጸንሕ</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>ምልክት ዝገበረ</translation>
    </message>
    <message>
        <source>Marked &amp;by</source>
        <translation>ምልክት &amp;ዝገበረ</translation>
    </message>
    <message>
        <source>What is saved for this step</source>
        <translation>ነዚ ስጉምቲ ዝተዓቀበ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ዝቕጽል</translation>
    </message>
    <message>
        <source>{0} or Alt+{1}</source>
        <translation>{0} ወይ Alt+{1}</translation>
    </message>
    <message>
        <source>Keys: 1–4 status · {0} next · {1} back · {2} list</source>
        <translation>መጠወቕታት: 1–4 ኩነታት · {0} ዝቕጽል · {1} ንድሕሪት · {2} ዝርዝር</translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation>ስጉምቲ {0} ካብ {1}</translation>
    </message>
    <message>
        <source>Not marked yet.</source>
        <translation>ገና ምልክት ኣይተገብረሉን።</translation>
    </message>
    <message>
        <source>you</source>
        <translation>ንስኹም</translation>
    </message>
    <message>
        <source>Saved as “{0}” on {1}, marked by {2}.</source>
        <translation>ብ{1} ከም «{0}» ተዓቂቡ፣ ምልክት ዝገበረ {2}።</translation>
    </message>
    <message>
        <source>End of the checklist</source>
        <translation>መወዳእታ መቆጻጸሪ ዝርዝር</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>ተገይሩ: {0}</translation>
    </message>
    <message>
        <source>Not applicable: {0}</source>
        <translation>ኣይምልከትን: {0}</translation>
    </message>
    <message>
        <source>Need help: {0}</source>
        <translation>ሓገዝ የድሊ: {0}</translation>
    </message>
    <message>
        <source>Still to do: {0}</source>
        <translation>ገና ዝግበር: {0}</translation>
    </message>
    <message>
        <source>Steps marked “Need help” stay at the top of the list until someone has helped with them.</source>
        <translation>«ሓገዝ የድሊ» ዝተባህሉ ስጉምትታት፣ ሓደ ሰብ ክሳብ ዝሕግዘኩም ኣብ ላዕሊ ዝርዝር ይጸንሑ።</translation>
    </message>
    <message>
        <source>The note is too long: please keep it under {0} characters.</source>
        <translation>እቲ ማስታወሻ ኣዝዩ ነዊሕ እዩ: በጃኹም ትሕቲ {0} ፊደላት ግበርዎ።</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <source>Exact time</source>
        <translation>ልክዕ ሰዓት</translation>
    </message>
    <message>
        <source>Approximate time</source>
        <translation>ግምታዊ ሰዓት</translation>
    </message>
    <message>
        <source>Date only (time not known)</source>
        <translation>ዕለት ጥራይ (ሰዓት ኣይፍለጥን)</translation>
    </message>
    <message>
        <source>How exact is the time</source>
        <translation>እቲ ሰዓት ክንደይ ልክዕ እዩ</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>መዓስ ከም ዝጀመረ</translation>
    </message>
    <message>
        <source>It went on until</source>
        <translation>ክሳብ ሓደ ግዜ ቀጺሉ</translation>
    </message>
    <message>
        <source>When it ended</source>
        <translation>መዓስ ከም ዝተወደአ</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>ዞባ ግዜ (time zone)</translation>
    </message>
    <message>
        <source>Type a city or a country, such as Tehran, London or Hong Kong</source>
        <translation>ከተማ ወይ ሃገር ብእንግሊዝኛ ፊደላት ጽሓፉ፣ ከም Asmara, London ወይ Eritrea</translation>
    </message>
    <message>
        <source>City or country, e.g. Tehran</source>
        <translation>ከተማ ወይ ሃገር፣ ንኣብነት Asmara</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>ዝጀመረሉ</translation>
    </message>
    <message>
        <source>Type a city or a country for the time zone, such as London or Tehran, or choose one from the list.</source>
        <translation>ንዞባ ግዜ (time zone) ከተማ ወይ ሃገር ብእንግሊዝኛ ፊደላት ጽሓፉ፣ ከም London ወይ Asmara፣ ወይ ካብቲ ዝርዝር ሓደ ምረጹ።</translation>
    </message>
    <message>
        <source>The end is before the start; check both times.</source>
        <translation>እቲ መወዳእታ ቅድሚ እቲ መጀመርታ እዩ፤ ክልቲኦም ሰዓታት ኣረጋግጹ።</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>ምስራዝ</translation>
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
        <translation>ገጻት</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>መስመር ግዜ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ሰባት</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>ኣካይዳ</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>መቆጻጸሪ ዝርዝራት</translation>
    </message>
</context>
<context>
    <name>_Canvas</name>
    <message>
        <source>Incidents over time</source>
        <translation>ፍጻመታት ብግዜ</translation>
    </message>
</context>
</TS>
