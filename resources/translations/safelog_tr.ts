<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Persian</source>
        <translation>Farsça</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arapça</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urduca</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Çince (Basitleştirilmiş)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Çince (Geleneksel)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rusça</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinyaca</translation>
    </message>
    <message>
        <source>checked by a native speaker</source>
        <translation>anadili bu dil olan biri kontrol etti</translation>
    </message>
    <message>
        <source>machine-drafted, not yet checked by a native speaker</source>
        <translation>makineyle hazırlandı, anadili bu dil olan biri henüz kontrol etmedi</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>SafeLog hakkında</translation>
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
        <translation>Taciz (harassment), ısrarlı takip (stalking) ve ülke dışına uzanan baskı (transnational repression) için özel, şifreli bir kayıt defteri; kanıtlarıyla birlikte.

Kayıt defteriniz bu bilgisayarda kalır. SafeLog hiçbir yere bir şey göndermez.

Lisans: GNU Genel Kamu Lisansı, sürüm 3 veya sonrası (GPL-3.0-or-later). SafeLog&apos;u bu lisansın koşullarıyla paylaşabilir ve değiştirebilirsiniz.

Kasanız bu klasörde duruyor:</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Kasa klasörü</translation>
    </message>
    <message>
        <source>Languages. Corrections from native speakers are welcome: see &quot;Translations&quot; in SafeLog&apos;s README.</source>
        <translation>Diller. Anadili bu dil olanların düzeltmelerini memnuniyetle karşılarız: SafeLog&apos;un README dosyasındaki &quot;Translations&quot; bölümüne bakın.</translation>
    </message>
    <message>
        <source>Languages and their review state</source>
        <translation>Diller ve kontrol durumları</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Select all rows</source>
        <translation>Tüm satırları seç</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Diğer menüler</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Diğer işlemler</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save a backup of your log</source>
        <translation>Kayıt defterinizin yedeğini kaydedin</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1)</source>
        <translation>SafeLog yedekleri (*%1)</translation>
    </message>
    <message>
        <source>Your backup is saved as %1. It is encrypted: only your passphrase or your recovery key opens it. Keep a copy away from this computer, for example on a USB stick in a safe place.</source>
        <translation>Yedeğiniz %1 olarak kaydedildi. Yedek şifrelidir: onu yalnızca parolanız veya kurtarma anahtarınız açar. Bir kopyasını bu bilgisayardan uzakta tutun, örneğin güvenli bir yerdeki bir USB bellekte.</translation>
    </message>
    <message>
        <source>Backing up your log…</source>
        <translation>Kayıt defteriniz yedekleniyor…</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>You have not made a backup of your log yet. If this computer is lost or broken, a backup is the only way to get your log back.</source>
        <translation>Kayıt defterinizin henüz hiç yedeğini almadınız. Bu bilgisayar kaybolur veya bozulursa, kayıt defterinizi geri almanın tek yolu bir yedektir.</translation>
    </message>
    <message>
        <source>Your last backup was made on %1, more than %2 days ago.</source>
        <translation>Son yedeğiniz %1 tarihinde alındı; %2 günden daha önce.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Şimdi yedek al…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Şimdi değil</translation>
    </message>
</context>
<context>
    <name>CaptureButton</name>
    <message>
        <source>This desktop does not let SafeLog see the screen. Take a screenshot with your system&apos;s tool (for example PrtScn) and paste it here with Ctrl+V.</source>
        <translation>Bu masaüstü, SafeLog&apos;un ekranı görmesine izin vermiyor. Sisteminizin aracıyla bir ekran görüntüsü alın (örneğin PrtScn tuşu) ve buraya Ctrl+V ile yapıştırın.</translation>
    </message>
    <message>
        <source>SafeLog cannot tell which window is in front on this desktop; capture a region around it instead.</source>
        <translation>SafeLog bu masaüstünde hangi pencerenin önde olduğunu anlayamıyor; bunun yerine pencerenin çevresinde bir alan seçin.</translation>
    </message>
    <message>
        <source>Capture screen</source>
        <translation>Ekran görüntüsü al</translation>
    </message>
    <message>
        <source>Put a picture of the screen straight into the vault; SafeLog hides itself while it takes it.</source>
        <translation>Ekranın görüntüsünü doğrudan kasaya koyun; SafeLog görüntüyü alırken kendini gizler.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>hemen</translation>
    </message>
    <message>
        <source>in {n} seconds</source>
        <translation>{n} saniye sonra</translation>
    </message>
    <message>
        <source>Whole screen, {when}</source>
        <translation>Tüm ekran, {when}</translation>
    </message>
    <message>
        <source>A region, {when}</source>
        <translation>Bir alan, {when}</translation>
    </message>
    <message>
        <source>The window in front, {when}</source>
        <translation>Öndeki pencere, {when}</translation>
    </message>
    <message>
        <source>Screen capture {time}</source>
        <translation>Ekran görüntüsü {time}</translation>
    </message>
    <message>
        <source>captured from the screen by SafeLog</source>
        <translation>SafeLog tarafından ekrandan alındı</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Surveillance</source>
        <translation>Gözetleme</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Takip edilme</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>İnternette taciz</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Tehditler</translation>
    </message>
    <message>
        <source>Threats to family abroad</source>
        <translation>Yurt dışındaki aileye tehdit</translation>
    </message>
    <message>
        <source>Hacking or phishing</source>
        <translation>Hackleme veya oltalama</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Kimliğimi taklit etme</translation>
    </message>
    <message>
        <source>Smear or doxxing</source>
        <translation>Karalama veya bilgilerimi ifşa</translation>
    </message>
    <message>
        <source>Approach by officials</source>
        <translation>Yetkililerin yaklaşması</translation>
    </message>
    <message>
        <source>Coerced return</source>
        <translation>Zorla geri dönüş baskısı</translation>
    </message>
    <message>
        <source>Bounty</source>
        <translation>Başa ödül konması</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>Saldırı</translation>
    </message>
    <message>
        <source>Property damage</source>
        <translation>Mala zarar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Parolamı değiştir</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Yeni bir parola seçin</translation>
    </message>
    <message>
        <source>You opened your log with your recovery key. Choose a new passphrase now, one you will remember. Your recovery key keeps working.</source>
        <translation>Kayıt defterinizi kurtarma anahtarınızla açtınız. Şimdi aklınızda kalacak yeni bir parola seçin. Kurtarma anahtarınız çalışmaya devam eder.</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. From then on, only the new one opens your log; your recovery key keeps working.</source>
        <translation>Yeni bir parola seçin. Aralarında boşluk olan, birbiriyle ilgisiz dört beş kelimeyi hatırlamak kolay, tahmin etmek çok zordur. Bundan sonra kayıt defterinizi yalnızca yeni parola açar; kurtarma anahtarınız çalışmaya devam eder.</translation>
    </message>
    <message>
        <source>Your passphrase now</source>
        <translation>Şu anki parolanız</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Yeni parolayı tekrar yazın</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Tekrar</translation>
    </message>
    <message>
        <source>Changing the passphrase, please wait</source>
        <translation>Parola değiştiriliyor, lütfen bekleyin</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Type the passphrase you use now first.</source>
        <translation>Önce şu an kullandığınız parolayı yazın.</translation>
    </message>
    <message>
        <source>That is not the passphrase you use now. Check that Caps Lock is off, then try again.</source>
        <translation>Bu, şu an kullandığınız parola değil. Caps Lock&apos;un kapalı olduğuna bakın ve tekrar deneyin.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. From now on, only the new one opens your log.</source>
        <translation>Parolanız değişti. Bundan sonra kayıt defterinizi yalnızca yeni parola açar.</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>To do</source>
        <translation>Yapılacak</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Yapıldı</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Bana uymuyor</translation>
    </message>
    <message>
        <source>Need help</source>
        <translation>Yardım gerek</translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation>Önce bunu yapın</translation>
    </message>
    <message>
        <source>Do this soon</source>
        <translation>Bunu yakında yapın</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>Fırsat bulunca</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>Kontrol listeleri</translation>
    </message>
    <message>
        <source>Safety checklists</source>
        <translation>Güvenlik kontrol listeleri</translation>
    </message>
    <message>
        <source>Print checklist summary…</source>
        <translation>Kontrol listesi özetini yazdır…</translation>
    </message>
    <message>
        <source>Save a PDF of your progress to print or to show someone who helps you</source>
        <translation>İlerlemenizin PDF&apos;ini kaydedin; yazdırmak veya size yardım eden birine göstermek için</translation>
    </message>
    <message>
        <source>Small steps that make you safer. Take them at your own pace, on your own or with someone you trust. What you mark stays in your locked log.</source>
        <translation>Sizi daha güvende tutan küçük adımlar. Kendi hızınızda, tek başınıza veya güvendiğiniz biriyle atın. İşaretledikleriniz kilitli kayıt defterinizde kalır.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Kontrol listesi</translation>
    </message>
    <message>
        <source>How far you are</source>
        <translation>Ne kadar ilerlediniz</translation>
    </message>
    <message>
        <source>Most important next step</source>
        <translation>Sıradaki en önemli adım</translation>
    </message>
    <message>
        <source>Choose a checklist and press Enter, or use its button, to go through it one step at a time.</source>
        <translation>Bir kontrol listesi seçip Enter&apos;a basın veya düğmesini kullanın; adım adım ilerlersiniz.</translation>
    </message>
    <message>
        <source>The checklists could not be found in this copy of SafeLog.</source>
        <translation>Kontrol listeleri bu SafeLog kopyasında bulunamadı.</translation>
    </message>
    <message>
        <source>Checklists that could not be read and are not shown: {0}.</source>
        <translation>Okunamadığı için gösterilmeyen kontrol listeleri: {0}.</translation>
    </message>
    <message>
        <source>{0} of {1} done</source>
        <translation>{0}/{1} adım yapıldı</translation>
    </message>
    <message>
        <source>{0} waiting for help</source>
        <translation>{0} adım yardım bekliyor</translation>
    </message>
    <message>
        <source>{0} percent done: {1}</source>
        <translation>Yüzde {0} yapıldı: {1}</translation>
    </message>
    <message>
        <source>Nothing left to do here</source>
        <translation>Burada yapılacak bir şey kalmadı</translation>
    </message>
    <message>
        <source>Every step has an answer.</source>
        <translation>Her adımın bir cevabı var.</translation>
    </message>
    <message>
        <source>Waiting for help</source>
        <translation>Yardım bekliyor</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başla</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Tekrar bak</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Save the checklist summary</source>
        <translation>Kontrol listesi özetini kaydedin</translation>
    </message>
    <message>
        <source>checklist-summary.pdf</source>
        <translation>kontrol-listesi-ozeti.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>The checklist summary was saved as %1. You can print it or show it to someone who helps you.</source>
        <translation>Kontrol listesi özeti %1 olarak kaydedildi. Yazdırabilir veya size yardım eden birine gösterebilirsiniz.</translation>
    </message>
    <message>
        <source>Preparing the checklist summary…</source>
        <translation>Kontrol listesi özeti hazırlanıyor…</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Parolanın gücü</translation>
    </message>
    <message>
        <source>Strong. Make sure you will remember it.</source>
        <translation>Güçlü. Aklınızda kalacağından emin olun.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>İki parola henüz aynı değil.</translation>
    </message>
    <message>
        <source>Both passphrases match.</source>
        <translation>İki parola aynı.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Bir parola seçin</translation>
    </message>
    <message>
        <source>A passphrase is like a password, but longer. Four or five unrelated words with spaces between them are easy to remember and very hard to guess. Don&apos;t use one you use anywhere else, and don&apos;t tell it to anyone.</source>
        <translation>Parola, şifre gibidir ama daha uzundur. Aralarında boşluk olan, birbiriyle ilgisiz dört beş kelimeyi hatırlamak kolay, tahmin etmek çok zordur. Başka bir yerde kullandığınız bir parolayı kullanmayın ve kimseye söylemeyin.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Parolayı tekrar yazın</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>isteğe bağlı</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <source>Printed on your dossier, so the police know who made the record. You can add it or change it later under “Your details”.</source>
        <translation>Dosyanıza (dossier) yazılır; böylece polis kaydı kimin tuttuğunu bilir. Bunu daha sonra “Bilgileriniz” bölümünden ekleyebilir veya değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>optional, e.g. AB</source>
        <translation>isteğe bağlı, örn. AB</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>Kanıtları etiketlemek için baş harfleriniz</translation>
    </message>
    <message>
        <source>Used to number your evidence the way the police do (AB1, AB2, …).</source>
        <translation>Kanıtlarınızı polisin yaptığı gibi numaralandırmak için kullanılır (AB1, AB2, …).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Tekrar</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>Baş harfleriniz</translation>
    </message>
    <message>
        <source>Setting up encryption, please wait</source>
        <translation>Şifreleme hazırlanıyor, lütfen bekleyin</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Create my log</source>
        <translation>Kayıt defterimi oluştur</translation>
    </message>
    <message>
        <source>Use one to four letters A to Z, or leave it empty.</source>
        <translation>A&apos;dan Z&apos;ye bir ile dört harf kullanın veya boş bırakın.</translation>
    </message>
    <message>
        <source>Setting up encryption. This takes a few seconds…</source>
        <translation>Şifreleme hazırlanıyor. Bu birkaç saniye sürer…</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Type a date, such as 1 Dec 2026 or 01/12/2026. Up and Down change the day; Alt+Down opens a calendar.</source>
        <translation>1 Aralık 2026 veya 01.12.2026 gibi bir tarih yazın. Yukarı ve aşağı ok tuşları günü değiştirir; Alt+Down bir takvim açar.</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026</source>
        <translation>örn. 1 Aralık 2026</translation>
    </message>
    <message>
        <source>Type a date and time, such as 1 Dec 2026 18:30 or 01/12/2026 18:30, or only a time for today. Up and Down change the part under the cursor; Alt+Down opens a calendar.</source>
        <translation>1 Aralık 2026 18:30 veya 01.12.2026 18:30 gibi bir tarih ve saat yazın ya da bugün için yalnızca saati yazın. Yukarı ve aşağı ok tuşları imlecin altındaki kısmı değiştirir; Alt+Down bir takvim açar.</translation>
    </message>
    <message>
        <source>e.g. 1 Dec 2026 18:30</source>
        <translation>örn. 1 Aralık 2026 18:30</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>Günü takvimden seçin (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>Günü takvimden seçin</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Takvim</translation>
    </message>
    <message>
        <source>The same day in the Solar Hijri calendar</source>
        <translation>Aynı gün, Hicri Şemsi takviminde</translation>
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
        <translation>Dosya oluşturun</translation>
    </message>
    <message>
        <source>A dossier is a PDF report of what happened, with your evidence files and a list of their fingerprints, in one new folder. You can give it to the police, a lawyer or a support service. Nothing in your log is changed.</source>
        <translation>Dosya (dossier), olanları anlatan bir PDF rapordur; kanıt dosyalarınız ve onların parmak izlerinin listesiyle birlikte yeni bir klasöre konur. Bunu polise, bir avukata veya bir destek hizmetine verebilirsiniz. Kayıt defterinizde hiçbir şey değişmez.</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>Hangi dönem</translation>
    </message>
    <message>
        <source>Everything in my log</source>
        <translation>Kayıt defterimdeki her şey</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Son 3 ay</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>Son 6 ay</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Son 12 ay</translation>
    </message>
    <message>
        <source>Choose the dates…</source>
        <translation>Tarihleri seçin…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>until</source>
        <translation>–</translation>
    </message>
    <message>
        <source>All incidents in this period</source>
        <translation>Bu dönemdeki tüm olaylar</translation>
    </message>
    <message numerus="yes">
        <source>Only the %Ln incident(s) the timeline shows now</source>
        <translation>
            <numerusform>Yalnızca zaman çizelgesinde şu an görünen %Ln olay</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the incident chosen in the timeline: %1</source>
        <translation>Yalnızca zaman çizelgesinde seçilen olay: %1</translation>
    </message>
    <message>
        <source>Leave out of the dossier</source>
        <translation>Dosyanın dışında bırakılsın</translation>
    </message>
    <message>
        <source>Add a summary of my safety checklists</source>
        <translation>Güvenlik kontrol listelerimin özetini ekle</translation>
    </message>
    <message>
        <source>Add a draft witness statement for a solicitor to finish (PDF and Word)</source>
        <translation>Bir avukatın (solicitor) tamamlaması için taslak tanık ifadesi (witness statement) ekle (PDF ve Word)</translation>
    </message>
    <message>
        <source>Your own words, in date order and numbered, with your exhibits cited. It is a draft: a solicitor checks it with you before anyone signs it.</source>
        <translation>Kendi sözleriniz; tarih sırasıyla ve numaralı, delillerinize atıf yaparak. Bu bir taslaktır: kimse imzalamadan önce bir avukat sizinle birlikte kontrol eder.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Nereye kaydedileceğini seçin…</translation>
    </message>
    <message>
        <source>My private notes</source>
        <translation>Özel notlarım</translation>
    </message>
    <message>
        <source>Exact places: map points and the GPS positions in photos</source>
        <translation>Tam yerler: harita noktaları ve fotoğraflardaki GPS konumları</translation>
    </message>
    <message>
        <source>Camera, phone and software details inside the files</source>
        <translation>Dosyaların içindeki kamera, telefon ve yazılım bilgileri</translation>
    </message>
    <message>
        <source>How to contact witnesses and other people</source>
        <translation>Tanıklara ve diğer kişilere nasıl ulaşılacağı</translation>
    </message>
    <message>
        <source>What each incident did to me</source>
        <translation>Her olayın bende bıraktığı etki</translation>
    </message>
    <message>
        <source>The original names of my evidence files</source>
        <translation>Kanıt dosyalarımın asıl adları</translation>
    </message>
    <message>
        <source>The evidence files themselves (their fingerprints stay in the report)</source>
        <translation>Kanıt dosyalarının kendisi (parmak izleri raporda kalır)</translation>
    </message>
    <message>
        <source>Who told me about incidents I did not see myself (they stay marked second-hand)</source>
        <translation>Kendim görmediğim olayları bana kimin anlattığı (olaylar yine başkasından duyulmuş diye işaretli kalır)</translation>
    </message>
    <message>
        <source>No incident falls in this period. Choose a longer period.</source>
        <translation>Bu dönemde hiçbir olay yok. Daha uzun bir dönem seçin.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence file(s)</source>
        <translation>
            <numerusform>%Ln kanıt dosyası</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) with a GPS position</source>
        <translation>
            <numerusform>GPS konumu olan %Ln fotoğraf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) with a map point</source>
        <translation>
            <numerusform>harita noktası olan %Ln olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private note(s)</source>
        <translation>
            <numerusform>%Ln özel not</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with such details</source>
        <translation>
            <numerusform>bu tür bilgiler içeren %Ln dosya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with contact details</source>
        <translation>
            <numerusform>iletişim bilgisi olan %Ln kişi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln incident(s)</source>
        <translation>
            <numerusform>%Ln olayda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln dosya</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier will hold %1 and %2 (%3).</source>
        <translation>Dosyada %1 ve %2 olacak (%3).</translation>
    </message>
    <message>
        <source>The dossier will hold %1.</source>
        <translation>Dosyada %1 olacak.</translation>
    </message>
    <message>
        <source>none in this dossier</source>
        <translation>bu dosyada hiç yok</translation>
    </message>
</context>
<context>
    <name>DossierDone</name>
    <message>
        <source>Your dossier is ready</source>
        <translation>Dosyanız hazır</translation>
    </message>
    <message numerus="yes">
        <source>%n incident</source>
        <translation>
            <numerusform>%n olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file</source>
        <translation>
            <numerusform>%n kanıt dosyası</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation>
            <numerusform>%n kanıt dosyası</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds %1 and %2. Give the whole folder, not only the PDF, to the police, your lawyer or a support service: a USB stick is a good way.</source>
        <translation>İçinde %1 ve %2 var. Yalnızca PDF&apos;i değil, klasörün tamamını polise, avukatınıza veya bir destek hizmetine verin: USB bellek iyi bir yoldur.</translation>
    </message>
    <message>
        <source>Where the dossier is</source>
        <translation>Dosyanın yeri</translation>
    </message>
    <message>
        <source>Document identifier</source>
        <translation>Belge kimliği</translation>
    </message>
    <message>
        <source>Anyone who receives it can check that nothing in it was changed since you made it. In a terminal, in that folder, they type:</source>
        <translation>Dosyayı alan herkes, siz oluşturduktan sonra içinde hiçbir şeyin değişmediğini kontrol edebilir. O klasörde, bir terminalde şunu yazarlar:</translation>
    </message>
    <message>
        <source>The line that checks it</source>
        <translation>Kontrol eden satır</translation>
    </message>
    <message>
        <source>The document identifier is printed on every page of the PDF. Write it down: it tells this dossier apart from any other you make.</source>
        <translation>Belge kimliği PDF&apos;in her sayfasında yazılıdır. Bir yere not edin: bu dosyayı oluşturduğunuz diğer dosyalardan ayırır.</translation>
    </message>
    <message>
        <source>The files in this folder are NOT encrypted: anyone who opens the folder can read them, so keep them somewhere safe, or delete them once you have given them to the police.</source>
        <translation>Bu klasördeki dosyalar şifreli DEĞİLDİR: klasörü açan herkes onları okuyabilir. Bu yüzden onları güvenli bir yerde saklayın ya da polise verdikten sonra silin.</translation>
    </message>
    <message>
        <source>These files are not encrypted</source>
        <translation>Bu dosyalar şifreli değil</translation>
    </message>
    <message>
        <source>It is in</source>
        <translation>Bulunduğu yer</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Klasörde göster</translation>
    </message>
    <message>
        <source>SafeLog could not open a file manager on this computer; your dossier&apos;s files are in this folder: %1</source>
        <translation>SafeLog bu bilgisayarda klasörü kendisi açamadı; dosyanızın (dossier) içeriği şu klasörde: %1</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <source>That folder is synced to %1. What you save there would be copied to %1&apos;s computers on the internet at once, where others may be able to reach it. Save it there anyway?</source>
        <translation>Bu klasör %1 ile eşitleniyor. Buraya kaydettikleriniz hemen internetteki %1 bilgisayarlarına kopyalanır; orada başkaları da ona ulaşabilir. Yine de buraya kaydedilsin mi?</translation>
    </message>
    <message>
        <source>That is your Desktop: anyone who looks at this computer&apos;s screen would see it. Save it there anyway?</source>
        <translation>Burası Masaüstünüz: bu bilgisayarın ekranına bakan herkes onu görür. Yine de buraya kaydedilsin mi?</translation>
    </message>
    <message>
        <source>Choose a folder for the dossier (a new folder is made inside it)</source>
        <translation>Dosya için bir klasör seçin (içinde yeni bir klasör oluşturulur)</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose a folder that is there.</source>
        <translation>Bu klasör yok. Var olan bir klasör seçin.</translation>
    </message>
    <message>
        <source>Making your dossier…</source>
        <translation>Dosyanız oluşturuluyor…</translation>
    </message>
    <message>
        <source>The dossier was not made; nothing was written.</source>
        <translation>Dosya oluşturulmadı; hiçbir şey yazılmadı.</translation>
    </message>
</context>
<context>
    <name>EmailPane</name>
    <message>
        <source>From</source>
        <translation>Kimden</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kime</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Bilgi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ekler</translation>
    </message>
    <message>
        <source>Original message source</source>
        <translation>Mesajın kaynak metni</translation>
    </message>
    <message>
        <source>Show the original message source</source>
        <translation>Mesajın kaynak metnini göster</translation>
    </message>
    <message>
        <source>Every header and line exactly as the message was saved</source>
        <translation>Her başlık ve satır, mesaj nasıl kaydedildiyse tam olarak öyle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Show the readable message</source>
        <translation>Mesajın okunaklı halini göster</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <source>(no name)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <source>(no name, {kind})</source>
        <translation>(adsız, {kind})</translation>
    </message>
    <message>
        <source>SafeLog could not read this file as an e-mail. The file is kept unchanged; “Show the original message source” shows exactly what it holds.</source>
        <translation>SafeLog bu dosyayı e-posta olarak okuyamadı. Dosya değiştirilmeden saklanıyor; içinde tam olarak ne olduğunu “Mesajın kaynak metnini göster” düğmesi gösterir.</translation>
    </message>
    <message>
        <source>This file does not look like a complete e-mail: it has no sender, recipient, subject or date. “Show the original message source” shows exactly what it holds.</source>
        <translation>Bu dosya tam bir e-postaya benzemiyor: gönderen, alıcı, konu veya tarih yok. İçinde tam olarak ne olduğunu “Mesajın kaynak metnini göster” düğmesi gösterir.</translation>
    </message>
    <message>
        <source>Parts of this e-mail are damaged or unusual, so some of it may be missing below; “Show the original message source” shows exactly what it holds.</source>
        <translation>Bu e-postanın bazı bölümleri bozuk veya alışılmadık, bu yüzden aşağıda bazı kısımlar eksik olabilir; içinde tam olarak ne olduğunu “Mesajın kaynak metnini göster” düğmesi gösterir.</translation>
    </message>
    <message>
        <source>[The message is longer than this; save a copy to see all of it.]</source>
        <translation>[Mesaj bundan daha uzun; tamamını görmek için bir kopyasını kaydedin.]</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>PDF document</source>
        <translation>PDF belgesi</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Resim</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Başka dosya</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Delil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklenme</translation>
    </message>
    <message>
        <source>Evidence for this incident</source>
        <translation>Bu olayın kanıtları</translation>
    </message>
    <message>
        <source>Drag photos, screenshots or documents here, or choose “Add files…”. The originals are kept unchanged and encrypted.</source>
        <translation>Fotoğrafları, ekran görüntülerini veya belgeleri buraya sürükleyin ya da “Dosya ekle…” seçeneğini kullanın. Asıl dosyalar hiç değiştirilmeden ve şifreli olarak saklanır.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dosya ekle…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopyasını kaydet…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>Kaydedilen kopya şifreli değildir.</translation>
    </message>
    <message>
        <source>They show something online</source>
        <translation>İnternetteki bir şeyi gösteriyorlar</translation>
    </message>
    <message>
        <source>Screenshots or captures of a post, a message or a profile</source>
        <translation>Bir gönderinin, mesajın veya profilin ekran görüntüleri</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation>Platform veya uygulama</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>Platform yok</translation>
    </message>
    <message>
        <source>Full web address</source>
        <translation>Tam web adresi</translation>
    </message>
    <message>
        <source>Account name or ID</source>
        <translation>Hesap adı veya kimliği</translation>
    </message>
    <message>
        <source>The @name or number that posted it</source>
        <translation>Bunu paylaşan @ad veya numara</translation>
    </message>
    <message>
        <source>Time shown on the screen</source>
        <translation>Ekranda görünen saat</translation>
    </message>
    <message>
        <source>As written on the screen, e.g. 14:32 or &apos;3 hours ago&apos;</source>
        <translation>Ekranda yazdığı gibi, örn. 14:32 veya &apos;3 saat önce&apos;</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web adresi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>Ekranda görünen saat</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Kanıt ekle</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the vault…</source>
        <translation>
            <numerusform>%n dosya kasaya ekleniyor…</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>Bu dosya kayıt defterinizde zaten {old} numaralı delil olarak var; SafeLog dosyanın tek bir kopyasını saklar ve artık onu hem {old} hem {new} olarak listeler.</translation>
    </message>
    <message>
        <source>This file is already in your log as exhibit {old} ({name}), added on {day}; SafeLog keeps one copy of it, now listed as both {old} and {new}.</source>
        <translation>Bu dosya kayıt defterinize zaten {old} numaralı delil ({name}) olarak eklenmiş, eklenme tarihi: {day}. SafeLog dosyanın tek bir kopyasını saklar ve artık onu hem {old} hem {new} olarak listeler.</translation>
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
        <translation>Kaydettiğiniz kopya şifreli OLMAYACAK: o klasörü açabilen herkes onu görebilir. Asıl dosya SafeLog&apos;da güvenle kalır. {ref} delilinin bir kopyası kaydedilsin mi?</translation>
    </message>
    <message>
        <source>Save a copy of {ref}</source>
        <translation>{ref} delilinin kopyasını kaydet</translation>
    </message>
    <message>
        <source>Saved an exact copy of {ref}. Remember it is not encrypted; delete it when you no longer need it.</source>
        <translation>{ref} delilinin tam bir kopyası kaydedildi. Şifreli olmadığını unutmayın; işiniz bitince silin.</translation>
    </message>
    <message>
        <source>Saving a copy of {ref}…</source>
        <translation>{ref} delilinin kopyası kaydediliyor…</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>Delil {ref}</translation>
    </message>
    <message>
        <source>{ref} · {name} · {size}</source>
        <translation>{ref} · {name} · {size}</translation>
    </message>
    <message>
        <source>Text of the exhibit</source>
        <translation>Delilin metni</translation>
    </message>
    <message>
        <source>SafeLog cannot show this kind of file inside the app. It is kept safely; you can save a copy to open it with another program.</source>
        <translation>SafeLog bu tür bir dosyayı uygulamanın içinde gösteremiyor. Dosya güvenle saklanıyor; başka bir programla açmak için bir kopyasını kaydedebilirsiniz.</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>Bu dosya hakkında</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopyasını kaydet…</translation>
    </message>
    <message>
        <source>The saved copy is not encrypted.</source>
        <translation>Kaydedilen kopya şifreli değildir.</translation>
    </message>
    <message>
        <source>This file is too large to open inside SafeLog. You can save a copy to open it with another program.</source>
        <translation>Bu dosya SafeLog&apos;un içinde açılamayacak kadar büyük. Başka bir programla açmak için bir kopyasını kaydedebilirsiniz.</translation>
    </message>
    <message>
        <source>SafeLog could not make a safe preview of this picture. The original is kept unchanged; you can save a copy.</source>
        <translation>SafeLog bu resmin güvenli bir önizlemesini yapamadı. Asıl dosya değişmeden saklanıyor; bir kopyasını kaydedebilirsiniz.</translation>
    </message>
    <message>
        <source>This is a small preview SafeLog made safely. The original is kept unchanged in the vault.</source>
        <translation>Bu, SafeLog&apos;un güvenli biçimde yaptığı küçük bir önizleme. Asıl dosya kasada değişmeden saklanıyor.</translation>
    </message>
    <message>
        <source>This computer cannot play sound or video inside SafeLog; use “Save a copy…” to play it with another program.</source>
        <translation>Bu bilgisayar SafeLog&apos;un içinde ses veya video oynatamıyor; başka bir programla oynatmak için “Kopyasını kaydet…” seçeneğini kullanın.</translation>
    </message>
    <message>
        <source>This exhibit</source>
        <translation>Bu delil</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Numara</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Asıl adı</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Parmak izi (SHA-256)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Teknik ayrıntılar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklenme</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Çekilme</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Location in the file</source>
        <translation>Dosyadaki konum</translation>
    </message>
    <message>
        <source>How you got it</source>
        <translation>Nasıl elinize geçtiği</translation>
    </message>
    <message>
        <source>Not said yet. “How you got it…” in the list adds it.</source>
        <translation>Henüz belirtilmedi. Listenin yanındaki “Nasıl elinize geçti…” düğmesiyle ekleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Where the original is kept</source>
        <translation>Aslının saklandığı yer</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 parmak izi</translation>
    </message>
    <message>
        <source>About the file</source>
        <translation>Dosya hakkında</translation>
    </message>
    <message>
        <source>Where it was online</source>
        <translation>İnternette nerede olduğu</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web adresi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Time shown on screen</source>
        <translation>Ekranda görünen saat</translation>
    </message>
    <message>
        <source>The exact record</source>
        <translation>Tam kayıt</translation>
    </message>
    <message>
        <source>Exact file type</source>
        <translation>Tam dosya türü</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Bayt cinsinden boyut</translation>
    </message>
    <message>
        <source>Location saved in the file</source>
        <translation>Dosyada kayıtlı konum</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Enlem</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Boylam</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Lütfen dikkat</translation>
    </message>
    <message>
        <source>Anyone you give the original file to can see this location.</source>
        <translation>Asıl dosyayı verdiğiniz herkes bu konumu görebilir.</translation>
    </message>
    <message>
        <source>Dates of the file you added</source>
        <translation>Eklediğiniz dosyanın tarihleri</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>Details saved inside the file</source>
        <translation>Dosyanın içinde kayıtlı bilgiler</translation>
    </message>
    <message>
        <source>This document does not say which program made it or when. That is common and does not affect the evidence.</source>
        <translation>Bu belge onu hangi programın ne zaman yaptığını söylemiyor. Bu sık görülür ve kanıtı etkilemez.</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Search titles, what happened, places and people</source>
        <translation>Başlıklarda, olanlarda, yerlerde ve kişilerde ara</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Kayıt defterinde ara</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Aramayı temizle</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Her zaman</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Son 3 ay</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Son 12 ay</translation>
    </message>
    <message>
        <source>Between two dates…</source>
        <translation>İki tarih arası…</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Bu günden itibaren</translation>
    </message>
    <message>
        <source>Up to and including this day</source>
        <translation>Bu gün dahil, bu güne kadar</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Olay türü</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>Several kinds…</source>
        <translation>Birkaç tür…</translation>
    </message>
    <message>
        <source>Kinds of incident to show</source>
        <translation>Gösterilecek olay türleri</translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation>İlgili kişi</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Herkes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <source>With or without evidence</source>
        <translation>Kanıtlı veya kanıtsız</translation>
    </message>
    <message>
        <source>With evidence</source>
        <translation>Kanıtlı</translation>
    </message>
    <message>
        <source>Without evidence</source>
        <translation>Kanıtsız</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Bildirildi</translation>
    </message>
    <message>
        <source>Reported or not</source>
        <translation>Bildirilmiş veya bildirilmemiş</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Henüz bildirilmedi</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Hepsini göster</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>Aramayı ve tüm filtreleri temizle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n tür</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>when</source>
        <translation>zaman</translation>
    </message>
    <message>
        <source>place</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>koordinatlar</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>ne oldu</translation>
    </message>
    <message>
        <source>how it affected you</source>
        <translation>sizi nasıl etkiledi</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>özel notlar</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiketler</translation>
    </message>
    <message>
        <source>reports made</source>
        <translation>yapılan bildirimler</translation>
    </message>
    <message>
        <source>people</source>
        <translation>kişiler</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this incident</source>
        <translation>Bu olayın geçmişi</translation>
    </message>
    <message>
        <source>SafeLog never overwrites an entry. Each time it was saved, a new version was added. Choose a version to read it.</source>
        <translation>SafeLog bir kaydın üzerine asla yazmaz. Her kaydedişte yeni bir sürüm eklendi. Okumak için bir sürüm seçin.</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Kaydedilen sürümler</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>Seçilen sürümün metni</translation>
    </message>
    <message>
        <source>First recorded</source>
        <translation>İlk kayıt</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Değişen: {fields}</translation>
    </message>
    <message>
        <source>Saved again, nothing changed</source>
        <translation>Yeniden kaydedildi, hiçbir şey değişmedi</translation>
    </message>
    <message>
        <source>Version {n} · {time}</source>
        <translation>Sürüm {n} · {time}</translation>
    </message>
    <message>
        <source>Version {n} · {time} · by {who}</source>
        <translation>Sürüm {n} · {time} · kaydeden: {who}</translation>
    </message>
    <message>
        <source>What changed in this version:</source>
        <translation>Bu sürümde neler değişti:</translation>
    </message>
    <message>
        <source>  Before: {text}</source>
        <translation>  Önce: {text}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <source>  After: {text}</source>
        <translation>  Sonra: {text}</translation>
    </message>
    <message>
        <source>Report {n}: {route}</source>
        <translation>Bildirim {n}: {route}</translation>
    </message>
    <message>
        <source>person {n}</source>
        <translation>kişi {n}</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Picture</source>
        <translation>Resim</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Pencereye sığdır</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Gerçek boyut</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>Sola döndür</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>Sağa döndür</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>What happened</source>
        <translation>Ne oldu</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Yapılan bildirimler</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Hukuki</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Özel notlar</translation>
    </message>
    <message>
        <source>What you type is kept safely in the vault as a draft, even if this window closes.</source>
        <translation>Yazdıklarınız, bu pencere kapansa bile kasada taslak olarak güvenle saklanır.</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Vazgeç…</translation>
    </message>
    <message>
        <source>Close, keep draft</source>
        <translation>Kapat, taslağı tut</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Private notes are only for you. They are never put into a dossier or an export unless you choose to include them.</source>
        <translation>Özel notlar yalnızca sizin içindir. Siz eklemeyi seçmedikçe hiçbir zaman bir dosyaya (dossier) veya dışa aktarılan bir şeye konmaz.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Yeni olay</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Olayı düzenle</translation>
    </message>
    <message>
        <source>You have unsaved writing for this incident from before. Continue where you left off?</source>
        <translation>Bu olay için daha önceden kaydedilmemiş bir yazınız var. Kaldığınız yerden devam edilsin mi?</translation>
    </message>
    <message>
        <source>You started writing a new incident earlier and did not save it. Continue where you left off?</source>
        <translation>Daha önce yeni bir olay yazmaya başladınız ve kaydetmediniz. Kaldığınız yerden devam edilsin mi?</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>Yazmaya devam et</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>Çöpe at</translation>
    </message>
    <message>
        <source>Your unsaved writing is back. Save when ready.</source>
        <translation>Kaydedilmemiş yazınız geri geldi. Hazır olunca kaydedin.</translation>
    </message>
    <message>
        <source>Evidence is kept with a saved incident. Save this incident first; you can go on editing it afterwards.</source>
        <translation>Kanıt, kaydedilmiş bir olayla birlikte saklanır. Önce bu olayı kaydedin; sonra düzenlemeye devam edebilirsiniz.</translation>
    </message>
    <message>
        <source>Save now and add evidence</source>
        <translation>Şimdi kaydet ve kanıt ekle</translation>
    </message>
    <message>
        <source>Draft kept safely at {time}.</source>
        <translation>Taslak {time} itibarıyla güvenle saklandı.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>Throw away what you changed in this window? This cannot be undone.</source>
        <translation>Bu pencerede değiştirdikleriniz atılsın mı? Bu geri alınamaz.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>A few words, e.g. &apos;Same car outside my flat&apos;</source>
        <translation>Birkaç kelime, örn. &apos;Evimin önünde yine aynı araba&apos;</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Nerede oldu</translation>
    </message>
    <message>
        <source>Street, town, or &apos;online&apos;</source>
        <translation>Sokak, şehir veya &apos;internet&apos;</translation>
    </message>
    <message>
        <source>Map coordinates (optional)</source>
        <translation>Harita koordinatları (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Optional, e.g. 51.5074, -0.1278</source>
        <translation>İsteğe bağlı, örn. 51.5074, -0.1278</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ne oldu</translation>
    </message>
    <message>
        <source>In your own words, in any language. Include what was said, what you saw, and anything unusual.</source>
        <translation>Kendi sözlerinizle, istediğiniz dilde. Söylenenleri, gördüklerinizi ve olağan dışı her şeyi yazın.</translation>
    </message>
    <message>
        <source>How it affected you</source>
        <translation>Sizi nasıl etkiledi</translation>
    </message>
    <message>
        <source>Fear, changes to your routine, work, health, family.</source>
        <translation>Korku, günlük düzeninizdeki değişiklikler, iş, sağlık, aile.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Optional words to group entries, separated by commas</source>
        <translation>Kayıtları gruplamak için isteğe bağlı kelimeler, virgülle ayrılmış</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Özel notlar</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Başlık</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Zaman</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Nerede</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinatlar</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Ne &amp;oldu</translation>
    </message>
    <message>
        <source>How it &amp;affected you</source>
        <translation>Sizi nasıl &amp;etkiledi</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Etiket&amp;ler</translation>
    </message>
    <message>
        <source>Give the incident a short title, such as &apos;Followed home from the station&apos;.</source>
        <translation>Olaya kısa bir başlık verin, örneğin &apos;İstasyondan eve kadar takip edildim&apos;.</translation>
    </message>
    <message>
        <source>Type the latitude and longitude as two numbers, such as 51.5074, -0.1278, or leave this empty.</source>
        <translation>Enlem ve boylamı 51.5074, -0.1278 gibi iki sayı olarak yazın veya burayı boş bırakın.</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Every saved version of this incident</source>
        <translation>Bu olayın kaydedilmiş tüm sürümleri</translation>
    </message>
    <message>
        <source>Choose an incident from the list to see it here.</source>
        <translation>Burada görmek için listeden bir olay seçin.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinatlar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ne oldu</translation>
    </message>
    <message>
        <source>(Nothing written yet.)</source>
        <translation>(Henüz bir şey yazılmadı.)</translation>
    </message>
    <message>
        <source>How it affected me</source>
        <translation>Beni nasıl etkiledi</translation>
    </message>
    <message>
        <source>Private notes — only for you, never exported unless you choose</source>
        <translation>Özel notlar — yalnızca sizin için; siz seçmedikçe asla dışa aktarılmaz</translation>
    </message>
    <message>
        <source>First recorded {first}</source>
        <translation>İlk kayıt: {first}</translation>
    </message>
    <message>
        <source>last changed {last}</source>
        <translation>son değişiklik: {last}</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Ne yaptılar</translation>
    </message>
    <message>
        <source>The effect on me</source>
        <translation>Bende bıraktığı etki</translation>
    </message>
    <message>
        <source>How I know (second-hand)</source>
        <translation>Nereden biliyorum (başkasından duydum)</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>Arkasında bir devlet olduğunu neden düşünüyorum</translation>
    </message>
    <message>
        <source>Breaks court order</source>
        <translation>Mahkeme kararını ihlal ediyor</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Hukuki</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Vehicle: {v}</source>
        <translation>Araç: {v}</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>şüpheleniliyor</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>doğrulandı</translation>
    </message>
    <message>
        <source>Link to a state: {s}</source>
        <translation>Bir devletle bağlantı: {s}</translation>
    </message>
    <message>
        <source>Contact: {c}</source>
        <translation>İletişim: {c}</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Yapılan bildirimler</translation>
    </message>
    <message>
        <source>Not reported yet.</source>
        <translation>Henüz bildirilmedi.</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Bildirilen yer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Numara</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>Görüşülen kişi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Yönlendirilen yer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
</context>
<context>
    <name>InsideWindow</name>
    <message>
        <source>Inside {ref}</source>
        <translation>{ref} içindekiler</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>Make an incident from the chosen messages</source>
        <translation>Seçilen mesajlardan bir olay oluştur</translation>
    </message>
    <message>
        <source>{shown} of {total} messages; choose the ones that belong to one incident.</source>
        <translation>{total} mesajdan {shown} tanesi gösteriliyor; aynı olaya ait olanları seçin.</translation>
    </message>
    <message>
        <source>Files inside</source>
        <translation>İçindeki dosyalar</translation>
    </message>
    <message>
        <source>Add the chosen files as exhibits</source>
        <translation>Seçilen dosyaları delil olarak ekle</translation>
    </message>
    <message>
        <source>Files inside {ref}; each one you add keeps a link to it.</source>
        <translation>{ref} içindeki dosyalar; eklediğiniz her dosya onunla bağlantısını korur.</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Hepsini işaretle</translation>
    </message>
    <message>
        <source>Tick the messages first.</source>
        <translation>Önce mesajları işaretleyin.</translation>
    </message>
    <message>
        <source>Added incident “{title}”, dated at the first message.</source>
        <translation>“{title}” olayı eklendi; tarihi ilk mesajın tarihi.</translation>
    </message>
    <message>
        <source>Adding the chosen files…</source>
        <translation>Seçilen dosyalar ekleniyor…</translation>
    </message>
    <message>
        <source>Inside…</source>
        <translation>İçindekiler…</translation>
    </message>
    <message>
        <source>The messages of a chat, or the files inside an e-mail, zip or saved page</source>
        <translation>Bir sohbetin mesajları veya bir e-postanın, zip dosyasının ya da kaydedilmiş bir web sayfasının içindeki dosyalar</translation>
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
        <translation>SafeLog&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <source>SafeLog is a private notebook for writing down what is happening to you: being followed or watched, threats, online abuse, or pressure on you or your family. It keeps the dates, places, people and evidence together, so that when you are ready you can show a clear record to the police, a lawyer or a support service.</source>
        <translation>SafeLog, başınıza gelenleri yazmanız için özel bir defterdir: takip edilmek veya gözetlenmek, tehditler, internetteki saldırılar ya da size veya ailenize yapılan baskı. Tarihleri, yerleri, kişileri ve kanıtları bir arada tutar; böylece hazır olduğunuzda polise, bir avukata veya bir destek hizmetine açık bir kayıt gösterebilirsiniz.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It stays on this computer.&lt;/b&gt; Nothing is sent anywhere.</source>
        <translation>&lt;b&gt;Bu bilgisayarda kalır.&lt;/b&gt; Hiçbir yere bir şey gönderilmez.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is encrypted.&lt;/b&gt; Without your passphrase nobody can read it.</source>
        <translation>&lt;b&gt;Şifrelidir.&lt;/b&gt; Parolanız olmadan kimse okuyamaz.</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you forget your passphrase,&lt;/b&gt; only your recovery key can open it. Nobody else can, not even the people who make SafeLog. You will see the recovery key in a moment: write it down and keep it safe.</source>
        <translation>&lt;b&gt;Parolanızı unutursanız,&lt;/b&gt; onu yalnızca kurtarma anahtarınız açabilir. Başka hiç kimse açamaz, SafeLog&apos;u yapanlar bile. Kurtarma anahtarını birazdan göreceksiniz: bir yere yazın ve güvenli bir yerde saklayın.</translation>
    </message>
    <message>
        <source>Create my private log</source>
        <translation>Özel kayıt defterimi oluştur</translation>
    </message>
    <message>
        <source>I have a backup: restore it…</source>
        <translation>Bir yedeğim var: geri yükle…</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Step</source>
        <translation>Adım</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Kim yardım edebilir</translation>
    </message>
    <message>
        <source>Where this advice comes from</source>
        <translation>Bu tavsiye nereden geliyor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresi kopyala</translation>
    </message>
    <message>
        <source>Copy the address of {0}</source>
        <translation>{0} adresini kopyala</translation>
    </message>
    <message>
        <source>Address copied. Paste it into a browser when you are ready; SafeLog empties the clipboard after 30 seconds.</source>
        <translation>Adres kopyalandı. Hazır olduğunuzda bir tarayıcıya yapıştırın; SafeLog panoyu 30 saniye sonra boşaltır.</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>Following me</source>
        <translation>Beni takip etmek</translation>
    </message>
    <message>
        <source>Contacting me, or trying to, by any means</source>
        <translation>Herhangi bir yolla benimle iletişim kurmak veya kurmaya çalışmak</translation>
    </message>
    <message>
        <source>Publishing material about me</source>
        <translation>Hakkımda bir şeyler yayımlamak</translation>
    </message>
    <message>
        <source>Monitoring my internet, email or messages</source>
        <translation>İnternetimi, e-postamı veya mesajlarımı izlemek</translation>
    </message>
    <message>
        <source>Loitering near me, my home or work</source>
        <translation>Benim, evimin veya işyerimin yakınında dolaşıp durmak</translation>
    </message>
    <message>
        <source>Interfering with my property</source>
        <translation>Eşyalarıma karışmak</translation>
    </message>
    <message>
        <source>Watching or spying on me</source>
        <translation>Beni gözetlemek veya casusluğumu yapmak</translation>
    </message>
    <message>
        <source>I feared violence would be used against me</source>
        <translation>Bana şiddet uygulanacağından korktum</translation>
    </message>
    <message>
        <source>It caused me serious alarm or distress</source>
        <translation>Bende ciddi bir korku veya sıkıntı yarattı</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <source>What they did (tick any that apply)</source>
        <translation>Ne yaptılar (uyanların hepsini işaretleyin)</translation>
    </message>
    <message>
        <source>The effect on you</source>
        <translation>Sizde bıraktığı etki</translation>
    </message>
    <message>
        <source>How I know it</source>
        <translation>Nereden biliyorum</translation>
    </message>
    <message>
        <source>Only if you did not see it yourself: who told you, when and how (for example &apos;my sister, by phone on 4 May&apos;).</source>
        <translation>Yalnızca kendiniz görmediyseniz: size kim, ne zaman ve nasıl söyledi (örneğin &apos;kız kardeşim, 4 Mayıs&apos;ta telefonda&apos;).</translation>
    </message>
    <message>
        <source>Why I think a state is behind it</source>
        <translation>Arkasında bir devlet olduğunu neden düşünüyorum</translation>
    </message>
    <message>
        <source>Optional: what makes you think a government or its agents are behind this.</source>
        <translation>İsteğe bağlı: bunun arkasında bir hükümetin veya onun adamlarının olduğunu size ne düşündürüyor.</translation>
    </message>
    <message>
        <source>Court orders this breaches</source>
        <translation>Bunun ihlal ettiği mahkeme kararları</translation>
    </message>
    <message>
        <source>No court orders are recorded. Add them under Incident &gt; Orders and risk assessments.</source>
        <translation>Kayıtlı mahkeme kararı yok. Bunları Olay &gt; Kararlar ve risk değerlendirmeleri bölümünden ekleyin.</translation>
    </message>
    <message>
        <source>How &amp;I know it (if I did not see it myself)</source>
        <translation>Nereden b&amp;iliyorum (kendim görmediysem)</translation>
    </message>
    <message>
        <source>&amp;Why I think a state is behind it</source>
        <translation>Arkasında bir devlet olduğunu neden &amp;düşünüyorum</translation>
    </message>
    <message>
        <source>This breaches a court &amp;order</source>
        <translation>Bu bir mahkeme kararını i&amp;hlal ediyor</translation>
    </message>
    <message>
        <source>These headings follow the law on stalking and harassment, so a solicitor or the police can use your record. Leave them empty if you are not sure. This is not legal advice.</source>
        <translation>Bu başlıklar ısrarlı takip (stalking) ve taciz (harassment) yasasını izler; böylece bir avukat (solicitor) veya polis kaydınızı kullanabilir. Emin değilseniz boş bırakın. Bu hukuki tavsiye değildir.</translation>
    </message>
</context>
<context>
    <name>LegalWindow</name>
    <message>
        <source>Orders and risk assessments</source>
        <translation>Kararlar ve risk değerlendirmeleri</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>Mahkeme kararları</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Risk değerlendirmeleri</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New incident</source>
        <translation>Yeni olay</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Orders and risk assessments…</source>
        <translation>Kararlar ve risk değerlendirmeleri…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kilitle</translation>
    </message>
    <message>
        <source>Quick hide</source>
        <translation>Hızlı gizle</translation>
    </message>
    <message>
        <source>Lock and minimise at once (Ctrl+Shift+H), from any SafeLog window</source>
        <translation>Hemen kilitle ve küçült (Ctrl+Shift+H); her SafeLog penceresinden</translation>
    </message>
    <message>
        <source>Check the vault for damage…</source>
        <translation>Kasada hasar var mı kontrol et…</translation>
    </message>
    <message>
        <source>Make a dossier…</source>
        <translation>Dosya oluştur…</translation>
    </message>
    <message>
        <source>A PDF report with your evidence, to give to the police, a lawyer or a support service (Ctrl+D)</source>
        <translation>Kanıtlarınızla birlikte polise, bir avukata veya bir destek hizmetine vermek için bir PDF rapor (Ctrl+D)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Back up my log…</source>
        <translation>Kayıt defterimi yedekle…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Yedekten geri yükle…</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>Parolamı değiştir…</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Yeni kurtarma anahtarı oluştur…</translation>
    </message>
    <message>
        <source>Your details…</source>
        <translation>Bilgileriniz…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ayarlar…</translation>
    </message>
    <message>
        <source>About SafeLog</source>
        <translation>SafeLog hakkında</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çıkış</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Sıklık</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Kontrol listeleri</translation>
    </message>
    <message>
        <source>&amp;SafeLog</source>
        <translation>&amp;SafeLog</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Olay</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>Ana işlemler</translation>
    </message>
    <message>
        <source>Choose an incident in the timeline first.</source>
        <translation>Önce zaman çizelgesinde bir olay seçin.</translation>
    </message>
    <message>
        <source>Your vault passed every check. Nothing is damaged.</source>
        <translation>Kasanız tüm kontrollerden geçti. Hiçbir şey hasarlı değil.</translation>
    </message>
    <message>
        <source>Checking your vault…</source>
        <translation>Kasanız kontrol ediliyor…</translation>
    </message>
    <message>
        <source>The settings could not be saved; they apply until SafeLog is closed.</source>
        <translation>Ayarlar kaydedilemedi; SafeLog kapanana kadar geçerli olacaklar.</translation>
    </message>
    <message>
        <source>Make a dossier</source>
        <translation>Dosya oluştur</translation>
    </message>
    <message>
        <source>Edit the chosen incident</source>
        <translation>Seçilen olayı düzenle</translation>
    </message>
    <message>
        <source>Lock, from any SafeLog window</source>
        <translation>Kilitle; her SafeLog penceresinden</translation>
    </message>
    <message>
        <source>Quick hide: lock and minimise</source>
        <translation>Hızlı gizle: kilitle ve küçült</translation>
    </message>
    <message>
        <source>Timeline, People, Pattern, Checklists</source>
        <translation>Zaman çizelgesi, Kişiler, Sıklık, Kontrol listeleri</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
</context>
<context>
    <name>MediaPane</name>
    <message>
        <source>Play</source>
        <translation>Oynat</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Konum</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Make a new recovery key</source>
        <translation>Yeni kurtarma anahtarı oluşturun</translation>
    </message>
    <message>
        <source>Make a new recovery key if yours was lost, or if someone else may have seen it. The key you have now stops working at once, on this computer and in every backup you make from now on. Backups you made before still open with the old key.

To go on, type your passphrase.</source>
        <translation>Kurtarma anahtarınız kaybolduysa veya başka biri görmüş olabilirse yeni bir anahtar oluşturun. Şu anki anahtarınız hemen çalışmaz olur: bu bilgisayarda ve bundan sonra alacağınız her yedekte. Daha önce aldığınız yedekler eski anahtarla açılmaya devam eder.

Devam etmek için parolanızı yazın.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Parolanız</translation>
    </message>
    <message>
        <source>Making a new recovery key, please wait</source>
        <translation>Yeni kurtarma anahtarı oluşturuluyor, lütfen bekleyin</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Yeni anahtar oluştur</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Yeni kurtarma anahtarınız</translation>
    </message>
    <message>
        <source>Your old recovery key no longer opens your log. This new one is the only other way in if you forget your passphrase, and it is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>Eski kurtarma anahtarınız artık kayıt defterinizi açmıyor. Parolanızı unutursanız içeri girmenin diğer tek yolu bu yeni anahtardır ve yalnızca bu kez gösterilir.

Kâğıda yazın veya yazdırın ve güvenli bir yerde saklayın: bu bilgisayardan ve kayıt defterinizi okumak isteyebilecek herkesten uzakta.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>I have written down or printed my new recovery key.</source>
        <translation>Yeni kurtarma anahtarımı yazdım veya yazdırdım.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Önce parolanızı yazın.</translation>
    </message>
    <message>
        <source>That is not your passphrase. Check that Caps Lock is off, then try again. Nothing was changed.</source>
        <translation>Bu sizin parolanız değil. Caps Lock&apos;un kapalı olduğuna bakın ve tekrar deneyin. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Your new recovery key will not be shown again, and the old one no longer works. Have you written it down or printed it?</source>
        <translation>Yeni kurtarma anahtarınız bir daha gösterilmeyecek ve eskisi artık çalışmıyor. Yeni anahtarı yazdınız veya yazdırdınız mı?</translation>
    </message>
</context>
<context>
    <name>ObtainedQuestion</name>
    <message>
        <source>I took this photo or recording myself</source>
        <translation>Bu fotoğrafı veya kaydı kendim çektim</translation>
    </message>
    <message>
        <source>Someone sent it to me</source>
        <translation>Bana biri gönderdi</translation>
    </message>
    <message>
        <source>I saved it from a website or app</source>
        <translation>Bir web sitesinden veya uygulamadan kaydettim</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Başka bir şey</translation>
    </message>
    <message>
        <source>How did you get this file?</source>
        <translation>Bu dosya elinize nasıl geçti?</translation>
    </message>
    <message>
        <source>The police will ask how you got each piece of evidence. Your answer is printed beside it in the dossier. You can change it later.</source>
        <translation>Polis, her kanıtın elinize nasıl geçtiğini soracaktır. Cevabınız dosyada (dossier) kanıtın yanına yazılır. Daha sonra değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>More about how you got it</source>
        <translation>Nasıl elinize geçtiğine dair ayrıntılar</translation>
    </message>
    <message>
        <source>For example: who sent it, when, and in which app</source>
        <translation>Örneğin: kim gönderdi, ne zaman ve hangi uygulamada</translation>
    </message>
    <message>
        <source>Where is the original kept?</source>
        <translation>Aslı nerede saklanıyor?</translation>
    </message>
    <message>
        <source>Optional. For example: on my phone, or the letter is in a drawer at home</source>
        <translation>İsteğe bağlı. Örneğin: telefonumda veya mektup evde bir çekmecede</translation>
    </message>
    <message>
        <source>More about it (optional)</source>
        <translation>Ayrıntılar (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Atla</translation>
    </message>
    <message>
        <source>Nothing is saved; you can answer later.</source>
        <translation>Hiçbir şey kaydedilmez; daha sonra cevaplayabilirsiniz.</translation>
    </message>
    <message>
        <source>Exhibit {ref} ({name})</source>
        <translation>Delil {ref} ({name})</translation>
    </message>
    <message>
        <source>Exhibit {ref}</source>
        <translation>Delil {ref}</translation>
    </message>
    <message>
        <source>How did you get these files?</source>
        <translation>Bu dosyalar elinize nasıl geçti?</translation>
    </message>
    <message>
        <source>Your answer is saved for each of the exhibits {refs}.</source>
        <translation>Cevabınız şu delillerin her biri için kaydedilir: {refs}.</translation>
    </message>
    <message>
        <source>Saved. The dossier will say how you got {refs}.</source>
        <translation>Kaydedildi. Dosyada (dossier) şu delillerin elinize nasıl geçtiği yazacak: {refs}.</translation>
    </message>
    <message>
        <source>How you got it…</source>
        <translation>Nasıl elinize geçti…</translation>
    </message>
    <message>
        <source>Say how you got the selected file and where the original is</source>
        <translation>Seçili dosyanın elinize nasıl geçtiğini ve aslının nerede olduğunu yazın</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Harassment injunction</source>
        <translation>Tacize karşı tedbir kararı (harassment injunction)</translation>
    </message>
    <message>
        <source>Stalking Protection Order</source>
        <translation>Israrlı takipten koruma kararı (Stalking Protection Order)</translation>
    </message>
    <message>
        <source>Non-molestation order</source>
        <translation>Taciz yasağı kararı (non-molestation order)</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>Uzaklaştırma kararı (restraining order)</translation>
    </message>
    <message>
        <source>Other order</source>
        <translation>Diğer karar</translation>
    </message>
    <message>
        <source>Harassment injunction (Protection from Harassment Act 1997 s.3)</source>
        <translation>Tacize karşı tedbir kararı (harassment injunction; Protection from Harassment Act 1997 s.3)</translation>
    </message>
    <message>
        <source>Stalking Protection Order (Stalking Protection Act 2019)</source>
        <translation>Israrlı takipten koruma kararı (Stalking Protection Order; Stalking Protection Act 2019)</translation>
    </message>
    <message>
        <source>Non-molestation order (Family Law Act 1996 s.42)</source>
        <translation>Taciz yasağı kararı (non-molestation order; Family Law Act 1996 s.42)</translation>
    </message>
    <message>
        <source>Restraining order (Sentencing Act 2020 s.359-360)</source>
        <translation>Uzaklaştırma kararı (restraining order; Sentencing Act 2020 s.359-360)</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Veriliş</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Yürürlükte</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>İhlaller</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>Mahkeme kararları</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>Kararın türü</translation>
    </message>
    <message>
        <source>Date made</source>
        <translation>Veriliş tarihi</translation>
    </message>
    <message>
        <source>It expires on</source>
        <translation>Şu tarihte sona eriyor</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Mahkeme</translation>
    </message>
    <message>
        <source>Case number or reference</source>
        <translation>Dava numarası veya referans</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Koşullar</translation>
    </message>
    <message>
        <source>What the order forbids, as it is written in the order</source>
        <translation>Kararın yasakladıkları; kararda yazdığı gibi</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>Karar ekle</translation>
    </message>
    <message>
        <source>Save changes to the chosen order</source>
        <translation>Seçilen karardaki değişiklikleri kaydet</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tür</translation>
    </message>
    <message>
        <source>&amp;Made on</source>
        <translation>&amp;Veriliş tarihi</translation>
    </message>
    <message>
        <source>&amp;Court</source>
        <translation>&amp;Mahkeme</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referans</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;Koşullar</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>bitiş tarihi yok</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Breaches: {list}</source>
        <translation>İhlaller: {list}</translation>
    </message>
    <message>
        <source>No incident is marked as breaching this order.</source>
        <translation>Hiçbir olay bu kararı ihlal ediyor diye işaretlenmedi.</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Yazdığınızı göster veya gizle</translation>
    </message>
</context>
<context>
    <name>PasteSupport</name>
    <message>
        <source>Save these details</source>
        <translation>Bu bilgileri kaydet</translation>
    </message>
    <message>
        <source>dragged from a web page</source>
        <translation>bir web sayfasından sürüklendi</translation>
    </message>
    <message>
        <source>Pasted image {time}</source>
        <translation>Yapıştırılan resim {time}</translation>
    </message>
    <message>
        <source>Pasted text {time}</source>
        <translation>Yapıştırılan metin {time}</translation>
    </message>
    <message>
        <source>There is nothing to paste: copy a screenshot, a picture or some text first.</source>
        <translation>Yapıştırılacak bir şey yok: önce bir ekran görüntüsü, resim veya metin kopyalayın.</translation>
    </message>
    <message>
        <source>Adding to the vault…</source>
        <translation>Kasaya ekleniyor…</translation>
    </message>
    <message>
        <source>Save these details to {ref}</source>
        <translation>Bu bilgileri {ref} deliline kaydet</translation>
    </message>
</context>
<context>
    <name>PatternChart</name>
    <message>
        <source>Per week</source>
        <translation>Haftalık</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Aylık</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>{period}: nothing recorded</source>
        <translation>{period}: kayıt yok</translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}: {count}</translation>
    </message>
    <message>
        <source>{period}: {total} in total ({parts})</source>
        <translation>{period}: toplam {total} ({parts})</translation>
    </message>
    <message>
        <source>Nothing recorded yet. The chart fills in as you add incidents.</source>
        <translation>Henüz kayıt yok. Olay ekledikçe grafik dolar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from the week of {first} to the week of {last}.</source>
        <translation>
            <numerusform>{first} haftasından {last} haftasına kadar %Ln olay.</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest was the week of {busy} ({n}).</source>
        <translation>En yoğun hafta {busy} haftasıydı ({n}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) from {first} to {last}.</source>
        <translation>
            <numerusform>{first} ile {last} arasında %Ln olay.</numerusform>
        </translation>
    </message>
    <message>
        <source>The busiest month was {busy} ({n}).</source>
        <translation>En yoğun ay {busy} oldu ({n}).</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>This copy of SafeLog cannot show PDF files. The file is kept safely; you can save a copy to read it.</source>
        <translation>SafeLog&apos;un bu kopyası PDF dosyalarını gösteremiyor. Dosya güvenle saklanıyor; okumak için bir kopyasını kaydedebilirsiniz.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF belgesi</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Perpetrator (known)</source>
        <translation>Fail (kimliği biliniyor)</translation>
    </message>
    <message>
        <source>Perpetrator (unknown)</source>
        <translation>Fail (kimliği bilinmiyor)</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Tanık</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>İlgili</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolü</translation>
    </message>
    <message>
        <source>People in this incident</source>
        <translation>Bu olaydaki kişiler</translation>
    </message>
    <message>
        <source>People already recorded</source>
        <translation>Daha önce kaydedilen kişiler</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Someone already recorded:</source>
        <translation>Daha önce kaydedilen biri:</translation>
    </message>
    <message>
        <source>Record someone new…</source>
        <translation>Yeni birini kaydet…</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Yeni biri</translation>
    </message>
    <message>
        <source>Role in this incident</source>
        <translation>Bu olaydaki rolü</translation>
    </message>
    <message>
        <source>Add to this incident</source>
        <translation>Bu olaya ekle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>No one added yet. Add the people involved, even if you do not know their names.</source>
        <translation>Henüz kimse eklenmedi. Adlarını bilmeseniz bile olaya karışan kişileri ekleyin.</translation>
    </message>
    <message>
        <source>Who was involved or saw it. Each person is recorded once, so you can see how often they appear.</source>
        <translation>Olaya kim karıştı veya kim gördü. Her kişi bir kez kaydedilir; böylece ne sıklıkla ortaya çıktığını görebilirsiniz.</translation>
    </message>
    <message>
        <source>No one recorded yet</source>
        <translation>Henüz kimse kaydedilmedi</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (yeni)</translation>
    </message>
    <message>
        <source>Role of {name}</source>
        <translation>Rolü: {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Kaldır: {name}</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Kim olduğu</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>İlk görülme</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Son görülme</translation>
    </message>
    <message>
        <source>People in your record</source>
        <translation>Kaydınızdaki kişiler</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Kişi ekle…</translation>
    </message>
    <message>
        <source>Everyone you have recorded, most often involved first.</source>
        <translation>Kaydettiğiniz herkes; en sık karışan en üstte.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>Kişiyi kaydet</translation>
    </message>
    <message>
        <source>Incidents with this person</source>
        <translation>Bu kişinin olduğu olaylar</translation>
    </message>
    <message>
        <source>Double-click an incident to open it</source>
        <translation>Açmak için bir olaya çift tıklayın</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Yeni kişi</translation>
    </message>
    <message>
        <source>Not linked to any incident yet.</source>
        <translation>Henüz hiçbir olaya bağlı değil.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name or short description</source>
        <translation>Ad veya kısa tarif</translation>
    </message>
    <message>
        <source>A name, or e.g. &apos;man in grey car&apos;</source>
        <translation>Bir ad veya örn. &apos;gri arabadaki adam&apos;</translation>
    </message>
    <message>
        <source>Kind of person</source>
        <translation>Kişinin türü</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Araç</translation>
    </message>
    <message>
        <source>Make, colour, number plate</source>
        <translation>Marka, renk, plaka</translation>
    </message>
    <message>
        <source>Link to a state</source>
        <translation>Bir devletle bağlantı</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>Şüpheleniliyor</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Doğrulandı</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Nasıl ulaşılır</translation>
    </message>
    <message>
        <source>For witnesses: phone, email</source>
        <translation>Tanıklar için: telefon, e-posta</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>Bu kişi hakkında notlar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Kim olduğu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Give this person a name, or a short description such as &apos;man in grey car&apos;.</source>
        <translation>Bu kişiye bir ad veya &apos;gri arabadaki adam&apos; gibi kısa bir tarif verin.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your details</source>
        <translation>Bilgileriniz</translation>
    </message>
    <message>
        <source>These details are printed on the first page of your dossier, so that the police know who made the record and how to reach you safely. They stay inside your locked log. You can leave any of them empty.</source>
        <translation>Bu bilgiler dosyanızın (dossier) ilk sayfasına yazılır; böylece polis kaydı kimin tuttuğunu ve size güvenle nasıl ulaşacağını bilir. Kilitli kayıt defterinizin içinde kalırlar. İstediğinizi boş bırakabilirsiniz.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <source>Your initials, to label evidence</source>
        <translation>Kanıtları etiketlemek için baş harfleriniz</translation>
    </message>
    <message>
        <source>For example: call my mobile only between 9 and 5; never leave a voicemail; or contact me through my support worker.</source>
        <translation>Örneğin: cep telefonumu yalnızca 9 ile 17 arasında arayın; asla sesli mesaj bırakmayın; veya bana destek görevlim aracılığıyla ulaşın.</translation>
    </message>
    <message>
        <source>How the police may contact you safely</source>
        <translation>Polis size güvenle nasıl ulaşabilir</translation>
    </message>
    <message>
        <source>For example: Persian (Farsi)</source>
        <translation>Örneğin: Türkçe veya Kürtçe (Kurmancî)</translation>
    </message>
    <message>
        <source>The language you prefer to speak</source>
        <translation>Konuşmayı tercih ettiğiniz dil</translation>
    </message>
    <message>
        <source>Do you need an interpreter?</source>
        <translation>Tercümana ihtiyacınız var mı?</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Söylenmedi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>For example: Maryam Rahimi</source>
        <translation>Örneğin: Ayşe Yılmaz</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport</source>
        <translation>Pasaportunuzdaki gibi, Latin harfleriyle adınız</translation>
    </message>
    <message>
        <source>For example: text first; never leave a voicemail, the phone is shared.</source>
        <translation>Örneğin: text first; never leave a voicemail, the phone is shared.</translation>
    </message>
    <message>
        <source>How the police may contact you safely, in English</source>
        <translation>Polis size güvenle nasıl ulaşabilir, İngilizce olarak</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Baş harfler</translation>
    </message>
    <message>
        <source>New evidence is numbered with them, the way the police do (AB1, AB2, …). Evidence you already have keeps its numbers.</source>
        <translation>Yeni kanıtlar bunlarla numaralandırılır, polisin yaptığı gibi (AB1, AB2, …). Var olan kanıtlarınız numaralarını korur.</translation>
    </message>
    <message>
        <source>How to contact you safely</source>
        <translation>Size güvenle nasıl ulaşılır</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tercüman gerekli</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Latin harfleriyle ad</translation>
    </message>
    <message>
        <source>Your name in Latin letters, as on your passport. If your name is written in another script, such as Arabic, Persian or Chinese, this lets police systems record it.</source>
        <translation>Pasaportunuzdaki gibi, Latin harfleriyle adınız. Adınız Arap, Fars veya Çin yazısı gibi başka bir yazıyla yazılıyorsa, polis sistemleri onu bu sayede kaydedebilir.</translation>
    </message>
    <message>
        <source>Safe contact, in English</source>
        <translation>Güvenli iletişim, İngilizce</translation>
    </message>
    <message>
        <source>If you wrote how to contact you in another language, say it here in English for the officer.</source>
        <translation>Size nasıl ulaşılacağını başka bir dilde yazdıysanız, polis memuru için burada İngilizce olarak yazın.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Sürücü</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmeyen</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Klasör</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Arama &amp;konumu:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Geri git</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>İleri git</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Üst Dizin</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Üst dizine git</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Yeni Klasör Oluştur</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Yeni bir klasör Oluştur</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Liste Görünümü</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Liste görünümü kipine geç</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Ayrıntılı Görünüm</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ayrıntılı görünüm kipine geç</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Kenar Çubuğu</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Yerlerin ve yer imlerinin listesi</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Son Yerler</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dosyalar</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Dosya a&amp;dı:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dizin:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Şu &amp;türde dosyalar:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Dizinler</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Seç</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Yeniden Adlandı&amp;r</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Gizli dosyaları göster</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Yeni Klasör</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Yeni Klasör</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Göster </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 halihazırda var.
Değiştirmek istiyor musunuz?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Dosya bulunamadı.
Lütfen doğru dosya adının verildiğini doğrulayın.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Dizin bulunamadı.
Lütfen doğru dizin adının verildiğini doğrulayın.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>“%1” silinecek, emin misiniz?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>“%1” yazma korumalı.
Yine de silmek istiyor musunuz?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Dizin silinemedi.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Değiştirilme Tarihi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Bilgisayar</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Tür</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tümünü Seç</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tümünü kaydet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Evet</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Tümüne evet</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hayır</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Tümüne h&amp;ayır</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Yok say</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Değişiklikleri at</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Varsayılanlara dön</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Kurtarma anahtarınız</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only other way to open your log. Nobody can make a new one for you. It is shown only this once.

Write it on paper or print it, and keep it somewhere safe: away from this computer, and away from anyone who might want to read your log.</source>
        <translation>Parolanızı bir gün unutursanız, kayıt defterinizi açmanın diğer tek yolu bu anahtardır. Kimse sizin için yenisini yapamaz. Yalnızca bu kez gösterilir.

Kâğıda yazın veya yazdırın ve güvenli bir yerde saklayın: bu bilgisayardan ve kayıt defterinizi okumak isteyebilecek herkesten uzakta.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Yazdır…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Kurtarma anahtarını yazdır</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Dosyaya kaydet…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>Kurtarma anahtarını bir dosyaya kaydet</translation>
    </message>
    <message>
        <source>I have written down, printed or saved my recovery key.</source>
        <translation>Kurtarma anahtarımı yazdım, yazdırdım veya kaydettim.</translation>
    </message>
    <message>
        <source>Open my log</source>
        <translation>Kayıt defterimi aç</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Kurtarma anahtarı: %1</translation>
    </message>
    <message>
        <source>SafeLog recovery key</source>
        <translation>SafeLog kurtarma anahtarı</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase.</source>
        <translation>Parolanızı unutursanız bu anahtar SafeLog kayıt defterinizi açar.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe, away from the computer.</source>
        <translation>Güvenli bir yerde, bilgisayardan uzakta saklayın.</translation>
    </message>
    <message>
        <source>A recovery key in a file on this computer is no safer than the computer: anyone who gets into it can find the key, and if the computer is lost or broken, the key is lost with it. Paper, or a USB stick kept somewhere else, is much safer.

Plug in a USB stick now if you have one, then choose it in the next window. Save the key to a file?</source>
        <translation>Bu bilgisayardaki bir dosyada duran kurtarma anahtarı, bilgisayarın kendisinden daha güvenli değildir: bilgisayara giren herkes anahtarı bulabilir; bilgisayar kaybolur veya bozulursa anahtar da onunla kaybolur. Kâğıt veya başka bir yerde tutulan bir USB bellek çok daha güvenlidir.

USB belleğiniz varsa şimdi takın, sonra sıradaki pencerede onu seçin. Anahtar bir dosyaya kaydedilsin mi?</translation>
    </message>
    <message>
        <source>Save the recovery key (choose a USB stick)</source>
        <translation>Kurtarma anahtarını kaydet (bir USB bellek seçin)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Metin dosyaları (*.txt)</translation>
    </message>
    <message>
        <source>The recovery key could not be saved there. Choose another place, such as a USB stick.</source>
        <translation>Kurtarma anahtarı oraya kaydedilemedi. USB bellek gibi başka bir yer seçin.</translation>
    </message>
    <message>
        <source>Saved. That file is on this computer: move it to a safe place of its own, such as a USB stick, and then delete it here.</source>
        <translation>Kaydedildi. Bu dosya bu bilgisayarda duruyor: onu USB bellek gibi kendine ait güvenli bir yere taşıyın, sonra buradan silin.</translation>
    </message>
    <message>
        <source>Saved on the USB stick. Keep the stick somewhere safe, away from this computer.</source>
        <translation>USB belleğe kaydedildi. Belleği bu bilgisayardan uzakta, güvenli bir yerde saklayın.</translation>
    </message>
    <message>
        <source>This key opens your SafeLog log if you forget your passphrase. Keep this page somewhere safe, away from the computer.</source>
        <translation>Parolanızı unutursanız bu anahtar SafeLog kayıt defterinizi açar. Bu sayfayı güvenli bir yerde, bilgisayardan uzakta saklayın.</translation>
    </message>
    <message>
        <source>The recovery key could not be printed. Write it down by hand instead.</source>
        <translation>Kurtarma anahtarı yazdırılamadı. Bunun yerine elle bir yere yazın.</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the page came out and that every character is readable.</source>
        <translation>Yazıcıya gönderildi. Sayfanın çıktığını ve her karakterin okunduğunu kontrol edin.</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Where you reported it</source>
        <translation>Nereye bildirdiniz</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Bildirim tarihi</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Referans numarası</translation>
    </message>
    <message>
        <source>Crime or case reference, if given</source>
        <translation>Suç dosya numarası (crime reference number) veya dava numarası, verildiyse</translation>
    </message>
    <message>
        <source>Who you spoke to</source>
        <translation>Kiminle görüştünüz</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number</source>
        <translation>Polis memurunun adı ve sicil numarası</translation>
    </message>
    <message>
        <source>What happened next</source>
        <translation>Sonra ne oldu</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Yönlendirilen yer</translation>
    </message>
    <message>
        <source>If they passed you to someone else</source>
        <translation>Sizi başka birine yönlendirdilerse</translation>
    </message>
    <message>
        <source>Remove this report…</source>
        <translation>Bu bildirimi kaldır…</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Bildirilen yer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referans</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>Görüşülen kişi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Remove this report? What you typed in it will be lost.</source>
        <translation>Bu bildirim kaldırılsın mı? İçine yazdıklarınız kaybolur.</translation>
    </message>
    <message>
        <source>Report {n}</source>
        <translation>Bildirim {n}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>999 (emergency)</source>
        <translation>999 (acil durum)</translation>
    </message>
    <message>
        <source>101 (police, non-emergency)</source>
        <translation>101 (polis, acil olmayan)</translation>
    </message>
    <message>
        <source>Local police force online</source>
        <translation>Yerel polisin internet sitesi</translation>
    </message>
    <message>
        <source>Counter Terrorism Policing</source>
        <translation>Terörle Mücadele Polisi (Counter Terrorism Policing)</translation>
    </message>
    <message>
        <source>Report Fraud</source>
        <translation>Report Fraud</translation>
    </message>
    <message>
        <source>Platform or website</source>
        <translation>Platform veya web sitesi</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Yardım hattı</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>No reports yet. If you told the police, a helpline or a platform, add it here: who you spoke to and what they said matters later.</source>
        <translation>Henüz bildirim yok. Polise, bir yardım hattına veya bir platforma anlattıysanız buraya ekleyin: kiminle görüştüğünüz ve size ne dedikleri ileride önemli olur.</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation>Bildirim ekle</translation>
    </message>
</context>
<context>
    <name>RestoreJourney</name>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Geri yüklenecek yedeği seçin</translation>
    </message>
    <message>
        <source>SafeLog backups (*%1);;All files (*)</source>
        <translation>SafeLog yedekleri (*%1);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Yedek kontrol ediliyor ve geri yükleniyor…</translation>
    </message>
    <message>
        <source>This backup is of a different log, not of the one on this computer now. If you go on, the log here now is moved aside (kept, not deleted) and the log from the backup takes its place. Put the backup&apos;s log in place of this one?</source>
        <translation>Bu yedek, şu an bu bilgisayardaki kayıt defterinin değil, başka bir kayıt defterinin yedeği. Devam ederseniz buradaki kayıt defteri kenara alınır (saklanır, silinmez) ve yerine yedekteki kayıt defteri konur. Yedekteki kayıt defteri bunun yerine konsun mu?</translation>
    </message>
    <message>
        <source>Nothing was changed. Your log is as it was; unlock it as usual.</source>
        <translation>Hiçbir şey değişmedi. Kayıt defteriniz olduğu gibi; her zamanki gibi kilidini açın.</translation>
    </message>
    <message>
        <source>That passphrase or key does not open this backup. Nothing was changed.</source>
        <translation>Bu parola veya anahtar bu yedeği açmıyor. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Your log is restored from the backup. Unlock it with the passphrase it had when the backup was made.</source>
        <translation>Kayıt defteriniz yedekten geri yüklendi. Kilidini, yedek alındığı sırada geçerli olan parolayla açın.</translation>
    </message>
    <message>
        <source>The log that was here before is kept, untouched, in %1.</source>
        <translation>Daha önce burada olan kayıt defteri, hiç dokunulmadan şurada saklanıyor: %1</translation>
    </message>
    <message>
        <source>The restore was stopped. Nothing was changed.</source>
        <translation>Geri yükleme durduruldu. Hiçbir şey değişmedi.</translation>
    </message>
</context>
<context>
    <name>RestoreSecretDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Yedekten geri yükle</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Yedeğin parolası</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <source>Type the recovery key that belonged to your log when the backup “%1” was made.</source>
        <translation>“%1” yedeği alındığı sırada kayıt defterinize ait olan kurtarma anahtarını yazın.</translation>
    </message>
    <message>
        <source>Recovery key of the backup</source>
        <translation>Yedeğin kurtarma anahtarı</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Bunun yerine parolayı kullan</translation>
    </message>
    <message>
        <source>Type the passphrase your log had when the backup “%1” was made. The backup is checked completely before anything is replaced.</source>
        <translation>“%1” yedeği alındığı sırada kayıt defterinizin parolası neyse onu yazın. Hiçbir şey değiştirilmeden önce yedek baştan sona kontrol edilir.</translation>
    </message>
    <message>
        <source>I only have the recovery key</source>
        <translation>Yalnızca kurtarma anahtarım var</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Standard</source>
        <translation>Standart</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Yüksek</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Düzey</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Araç</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Yapan</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referans</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Risk değerlendirmeleri</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Değerlendirme tarihi</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk düzeyi</translation>
    </message>
    <message>
        <source>e.g. S-DASH or DASH, if you were told</source>
        <translation>örn. S-DASH veya DASH, size söylendiyse</translation>
    </message>
    <message>
        <source>Officer&apos;s name and number, or the service</source>
        <translation>Polis memurunun adı ve sicil numarası veya kurum</translation>
    </message>
    <message>
        <source>Add risk assessment</source>
        <translation>Risk değerlendirmesi ekle</translation>
    </message>
    <message>
        <source>Record what the police told you: the level and who assessed it. The questions themselves are not recorded.</source>
        <translation>Polisin size söylediklerini kaydedin: düzeyi ve değerlendirmeyi kimin yaptığını. Soruların kendisi kaydedilmez.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tarih</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Düzey</translation>
    </message>
    <message>
        <source>&amp;Tool</source>
        <translation>&amp;Araç</translation>
    </message>
    <message>
        <source>Made &amp;by</source>
        <translation>&amp;Yapan</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referans</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> dakika</translation>
    </message>
    <message>
        <source>Lock automatically after this many minutes without use</source>
        <translation>Bu kadar dakika kullanılmayınca otomatik kilitle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>The same as this computer</source>
        <translation>Bu bilgisayarla aynı</translation>
    </message>
    <message>
        <source>Remind me when my last backup is more than 30 days old</source>
        <translation>Son yedeğim 30 günden eskiyse bana hatırlat</translation>
    </message>
    <message>
        <source>Where your vault is kept</source>
        <translation>Kasanızın durduğu yer</translation>
    </message>
    <message>
        <source>A new language is used the next time SafeLog starts.</source>
        <translation>Yeni dil, SafeLog bir sonraki açılışında kullanılır.</translation>
    </message>
    <message>
        <source>Lock and switch now</source>
        <translation>Kilitle ve dili şimdi değiştir</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Dili şimdi değiştir</translation>
    </message>
    <message>
        <source>SafeLog locks first; then you type your passphrase again.</source>
        <translation>Önce SafeLog kilitlenir; sonra parolanızı yeniden yazarsınız.</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>Şu süreden sonra otomatik kilitle</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <source>Your vault is kept in</source>
        <translation>Kasanızın yeri</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Kanıt: %1</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Bildirildi</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>about %1</source>
        <translation>yaklaşık %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>kanıt: %1</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>bildirildi</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>bildirilmedi</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Number of incidents shown</source>
        <translation>Gösterilen olay sayısı</translation>
    </message>
    <message>
        <source>Where the search words were found</source>
        <translation>Arama sözcüklerinin bulunduğu yer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching incident(s)</source>
        <translation>
            <numerusform>Eşleşen %Ln olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) in your log</source>
        <translation>
            <numerusform>Kayıt defterinizde %Ln olay</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches this search or these filters. Choose “Show everything” to see your whole log.</source>
        <translation>Bu aramaya veya bu filtrelere uyan bir şey yok. Tüm kayıt defterinizi görmek için “Hepsini göster” seçeneğini kullanın.</translation>
    </message>
    <message>
        <source>Nothing is recorded yet.

When something happens, choose “New incident” (Ctrl+N) and write down what you remember. It stays on this computer, encrypted.</source>
        <translation>Henüz bir şey kaydedilmedi.

Bir şey olduğunda “Yeni olay” (Ctrl+N) seçeneğini kullanın ve hatırladıklarınızı yazın. Bu bilgisayarda, şifreli olarak kalır.</translation>
    </message>
    <message>
        <source>Found in exhibit {ref} ({name}): “{words}”</source>
        <translation>{ref} numaralı delilde (exhibit) bulundu ({name}): “{words}”</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more exhibit(s)</source>
        <translation>
            <numerusform>… ve %Ln delil daha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of incidents, newest first</source>
        <translation>Olayların zaman çizelgesi, en yenisi en üstte</translation>
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
        <translation>Parola</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <source>Unlocking, please wait</source>
        <translation>Kilit açılıyor, lütfen bekleyin</translation>
    </message>
    <message>
        <source>Open with your recovery key</source>
        <translation>Kurtarma anahtarınızla açın</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you created your log. Spaces, dashes and small or capital letters don&apos;t matter.</source>
        <translation>Kayıt defterinizi oluştururken not ettiğiniz kurtarma anahtarını yazın. Boşluklar, tireler, küçük veya büyük harfler fark etmez.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Bunun yerine parolamı kullan</translation>
    </message>
    <message>
        <source>SafeLog is locked</source>
        <translation>SafeLog kilitli</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your log.</source>
        <translation>Kayıt defterinizi açmak için parolanızı yazın.</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>Parolamı unuttum</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>Önce kurtarma anahtarınızı yazın.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Önce parolanızı yazın.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this log. Check it against your copy and try again.</source>
        <translation>Bu kurtarma anahtarı bu kayıt defterini açmıyor. Elinizdeki kopyayla karşılaştırın ve tekrar deneyin.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this log. Check that Caps Lock is off and the keyboard language is right, then try again. You can try as often as you need.</source>
        <translation>Bu parola bu kayıt defterini açmıyor. Caps Lock&apos;un kapalı ve klavye dilinin doğru olduğuna bakın, sonra tekrar deneyin. İstediğiniz kadar deneyebilirsiniz.</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translation>Kilit açılıyor… bu biraz sürer.</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Restoring puts the log from a backup in place of the log you have open now. The log you have now is not deleted: it is kept, moved aside, in the same folder. SafeLog will lock first. Go on?</source>
        <translation>Geri yükleme, şu an açık olan kayıt defterinin yerine yedekteki kayıt defterini koyar. Şu anki kayıt defteriniz silinmez: aynı klasörde kenara alınarak saklanır. SafeLog önce kilitlenecek. Devam edilsin mi?</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>Zip archive</source>
        <translation>Zip arşivi</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Resim</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Posta kutusu</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF belgesi</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Saved web page</source>
        <translation>Kaydedilmiş web sayfası</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Çekildiği tarih</translation>
    </message>
    <message>
        <source>Text excerpt</source>
        <translation>Metin alıntısı</translation>
    </message>
    <message>
        <source>Date changed in the camera or phone</source>
        <translation>Kamerada veya telefonda değiştirildiği tarih</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>Kamera markası</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>Kamera modeli</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Yazılım</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>Genişlik (piksel)</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>Yükseklik (piksel)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kimden</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kime</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Going through: {0}</source>
        <translation>İlerlenen liste: {0}</translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation>Tüm kontrol listeleri</translation>
    </message>
    <message>
        <source>Back to the list of checklists (Alt+Up)</source>
        <translation>Kontrol listelerine dön (Alt+Up)</translation>
    </message>
    <message>
        <source>Where you are in the checklist</source>
        <translation>Kontrol listesinde neredesiniz</translation>
    </message>
    <message>
        <source>Position in the checklist</source>
        <translation>Kontrol listesindeki yer</translation>
    </message>
    <message>
        <source>You have reached the end of this checklist.</source>
        <translation>Bu kontrol listesinin sonuna geldiniz.</translation>
    </message>
    <message>
        <source>Back to all checklists</source>
        <translation>Tüm kontrol listelerine dön</translation>
    </message>
    <message>
        <source>Go through it again from the first item</source>
        <translation>İlk adımdan yeniden başla</translation>
    </message>
    <message>
        <source>Key {0}</source>
        <translation>{0} tuşu</translation>
    </message>
    <message>
        <source>Anything to remember about this step (optional)</source>
        <translation>Bu adımla ilgili hatırlamak istediğiniz bir şey (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Not</translation>
    </message>
    <message>
        <source>Empty when you mark it yourself</source>
        <translation>Kendiniz işaretlediğinizde boş kalır</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>İşaretleyen</translation>
    </message>
    <message>
        <source>Marked &amp;by</source>
        <translation>İşaretle&amp;yen</translation>
    </message>
    <message>
        <source>What is saved for this step</source>
        <translation>Bu adım için kaydedilenler</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>{0} or Alt+{1}</source>
        <translation>{0} veya Alt+{1}</translation>
    </message>
    <message>
        <source>Keys: 1–4 status · {0} next · {1} back · {2} list</source>
        <translation>Tuşlar: 1–4 durum · {0} ileri · {1} geri · {2} liste</translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation>Madde {0} / {1}</translation>
    </message>
    <message>
        <source>Not marked yet.</source>
        <translation>Henüz işaretlenmedi.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>siz</translation>
    </message>
    <message>
        <source>Saved as “{0}” on {1}, marked by {2}.</source>
        <translation>{1} tarihinde “{0}” olarak kaydedildi; işaretleyen: {2}.</translation>
    </message>
    <message>
        <source>End of the checklist</source>
        <translation>Kontrol listesinin sonu</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Yapıldı: {0}</translation>
    </message>
    <message>
        <source>Not applicable: {0}</source>
        <translation>Bana uymuyor: {0}</translation>
    </message>
    <message>
        <source>Need help: {0}</source>
        <translation>Yardım gerek: {0}</translation>
    </message>
    <message>
        <source>Still to do: {0}</source>
        <translation>Hâlâ yapılacak: {0}</translation>
    </message>
    <message>
        <source>Steps marked “Need help” stay at the top of the list until someone has helped with them.</source>
        <translation>“Yardım gerek” olarak işaretlenen adımlar, biri yardım edene kadar listenin en üstünde kalır.</translation>
    </message>
    <message>
        <source>The note is too long: please keep it under {0} characters.</source>
        <translation>Not çok uzun: lütfen {0} karakterin altında tutun.</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <source>Exact time</source>
        <translation>Tam saat</translation>
    </message>
    <message>
        <source>Approximate time</source>
        <translation>Yaklaşık saat</translation>
    </message>
    <message>
        <source>Date only (time not known)</source>
        <translation>Yalnızca tarih (saat bilinmiyor)</translation>
    </message>
    <message>
        <source>How exact is the time</source>
        <translation>Saat ne kadar kesin</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>Ne zaman başladı</translation>
    </message>
    <message>
        <source>It went on until</source>
        <translation>Şu zamana kadar sürdü</translation>
    </message>
    <message>
        <source>When it ended</source>
        <translation>Ne zaman bitti</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Saat dilimi</translation>
    </message>
    <message>
        <source>Type a city or a country, such as Tehran, London or Hong Kong</source>
        <translation>İstanbul, London veya Hong Kong gibi bir şehir ya da ülke yazın</translation>
    </message>
    <message>
        <source>City or country, e.g. Tehran</source>
        <translation>Şehir veya ülke, örn. İstanbul</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başladı</translation>
    </message>
    <message>
        <source>Type a city or a country for the time zone, such as London or Tehran, or choose one from the list.</source>
        <translation>Saat dilimi için London veya İstanbul gibi bir şehir ya da ülke yazın veya listeden birini seçin.</translation>
    </message>
    <message>
        <source>The end is before the start; check both times.</source>
        <translation>Bitiş, başlangıçtan önce; iki saati de kontrol edin.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
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
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Sıklık</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Kontrol listeleri</translation>
    </message>
</context>
<context>
    <name>_Canvas</name>
    <message>
        <source>Incidents over time</source>
        <translation>Zaman içinde olaylar</translation>
    </message>
</context>
</TS>
