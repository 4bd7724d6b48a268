# batch109.py -- labelled mails held out of the tree until the rules it
# measures are final, so that nothing is tuned or trained on them before
# then.  Digital consumer services this time -- dating apps, DNA and
# genealogy kits, language-learning apps, online chess and puzzle sites,
# fitness trackers and smart watches, meditation apps, podcast and
# audiobook platforms, cloud photo storage -- with the usual failure
# classes in new situations: escalation demands that keep their topic,
# legal threats and chargebacks, negations, Greeklish, subjects that say
# nothing or something else, replies quoting an earlier mail, plans ended
# or paused in unusual wording, business outages told only by their
# consequences, safety hazards told calmly, praise, and everyday mail of
# all three queues.  40 mails per language, written separately for each.
# Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b109-en-dating-gold-met-someone", "Harriet Cole <harriet.cole@example.co.uk>", "Good news, sort of", "billing", "",
"""Hi,

Slightly awkward one. I met someone through your app in March and it's
going well enough that I really don't need Gold any more (he's also
asked me very nicely to delete the app, ha). Could you make sure it
doesn't renew on the 28th? It's 14.99 a month on my Monzo card.

Thanks for the introduction, I suppose!
Harriet"""),
("en", "b109-en-dna-kit-two-charges", "Travis Bell <travis.bell@example.com>", "two charges", "billing", "",
"""I ordered one ancestry kit on Saturday (order AK-220871) and there are
two charges of $89.00 on my Visa from you, same day, about a minute
apart. I only got one confirmation email. Please reverse the extra one.

Travis Bell
Columbus, OH"""),
("en", "b109-en-audiobooks-late-husband", "Maura Keane <maura.keane@example.ie>", "My husband's account", "billing", "",
"""Dear Sir or Madam,

My husband Seamus was a member of your audiobook service for some years.
He died on the 4th of last month, God rest him. I had no idea the
membership was still going until I saw 9.99 taken from our joint account
again this week.

I would be grateful if you would close it and, if it is possible at all,
give back this last payment, as nobody has listened since. He still had
three credits left over, I do not want them.

Yours faithfully,
Maura Keane (Mrs)
Ennis, Co. Clare"""),
("en", "b109-en-chess-yearly-not-monthly", "Rohit Iyer <rohit.iyer@example.in>", "Wrong plan charged", "billing", "",
"""Hello team,

I selected the monthly Diamond plan (Rs 399) on the app but my card has
been debited Rs 3,999 which is the yearly price. I do not wish to commit
for one full year at this moment. Kindly change it to monthly and
return the balance amount to my card.

Regards,
Rohit Iyer
Pune"""),
("en", "b109-en-hello-upi", "Sneha Kulkarni <sneha.k@example.in>", "Hello", "billing", "",
"""Hello, can I pay for the Premium language plan with UPI? At checkout it
only shows credit card and my card is not international enabled.
Thanks"""),
("en", "b109-en-photos-drop-to-200gb", "Brodie Walsh <brodie.walsh@example.com.au>", "Storage plan", "billing", "",
"""G'day,

I've been on the 2TB plan (A$16.99 a month) since the kids were babies.
I've finally gone through and deleted all the blurry ones and the
screenshots and I'm down to about 140GB, so I'd like to step down to the
200GB plan. Does that happen straight away or from the next billing date,
and do I get anything back for the rest of this month?

Cheers,
Brodie"""),
("en", "b109-en-re-rma-watch-refund", "Owen Gallagher <owen.gallagher@example.co.uk>", "Re: Your return RMA-44172 has been received", "billing", "",
"""Hi,

That was nearly three weeks ago and I still haven't had the 229 back on
my card. Can you tell me when it was actually sent?

Owen

> Hello Owen,
>
> Thanks for sending back your Pulse 3 smartwatch. Your return RMA-44172
> arrived at our warehouse today. Once it has been checked, your refund
> will be issued to the original payment method within 5 working days.
>
> Kind regards,
> Returns Team"""),
("en", "b109-en-meditation-silent-retreat", "Imogen Fairweather <imogen.f@example.co.uk>", "Going quiet", "billing", "",
"""Hello! I'm off on a three-month silent retreat in Devon from 1 June, no
phones allowed (ironic, I know, given what your app is for). Is there a
way to pause my subscription for those three months rather than cancel
it? I'd like to keep my history and my favourites.

Imogen"""),
("en", "b109-en-language-licences-vat-invoice", "Accounts <accounts@harlow-freight.example>", "Invoice needed - 12 licences", "billing", "",
"""Good afternoon,

We purchased 12 business licences for the Spanish course on 3 April
(order BL-5510, total 1,188.00) for our warehouse team. The receipt we
received is addressed to Ms Patel personally and has no VAT breakdown.

Could you please issue a VAT invoice to:
Harlow Freight Services Ltd
Unit 7, Pinnacles Estate, Harlow CM19 5AW
VAT GB 318 4472 09

Many thanks,
Janet Moore
Accounts Assistant"""),
("en", "b109-en-dna-voucher-expiry", "Glen Harper <glen.harper@example.com.au>", "Gift voucher", "billing", "",
"""Hi there, I want to buy one of your DNA kit gift vouchers for my dad's
70th but he's a bit of a procrastinator. How long is the voucher valid
for, and if the kit price goes down in a sale does he get the
difference?"""),
("en", "b109-en-dating-deleted-still-charged-bank", "Kayla Brooks <kayla.brooks@example.com>", "STOP CHARGING ME", "billing", "high",
"""I deleted my account in January. I have the confirmation email that
says "we're sorry to see you go". You have charged me $29.99 in
February, March AND April. That's $89.97 for an app I don't even have
on my phone.

I have emailed twice and got an automated reply both times. If those
three charges aren't refunded by Friday I'm disputing every one of them
with my bank and reporting you to the BBB.

Kayla Brooks"""),
("en", "b109-en-podcast-overage-account-manager", "Dan Whitfield <dan@grimsby-tales.example>", "Bandwidth charge on invoice 2024-0611 - escalation", "billing", "high",
"""Hello,

Our podcast network is on your Pro hosting plan at 149 a month. This
month's invoice has an extra 480.00 "bandwidth overage" line. Your own
pricing page says Pro includes unlimited downloads and I have a
screenshot of it from when we signed up.

I have raised this twice through the help widget and both times been
told "the charge is correct" with no explanation. I would like this
passed to someone senior in your billing team, or to an account
manager, who can actually look at it. We will not pay the overage in
the meantime.

Dan Whitfield
Director, Grimsby Tales Audio Ltd"""),
("en", "b109-en-tracker-trial-consumer-affairs", "Narelle Dawson <narelle.d@example.com.au>", "Free trial", "billing", "high",
"""Hello,

I signed up for the 7 day free trial of your coaching plan with my new
tracker. On day 5 I cancelled in the app, I have the screenshot. On day
8 I was charged A$119 for a full year.

Your chat agent told me annual plans are non-refundable. I never agreed
to an annual plan. If this isn't refunded within 7 days I'll be lodging
a complaint with NSW Fair Trading and the ACCC.

Narelle Dawson
Wollongong"""),
("en", "b109-en-puzzles-lifetime-trading-standards", "Clive Ashworth <clive.ashworth@example.co.uk>", "Lifetime means lifetime", "billing", "high",
"""Dear Sirs,

In 2019 I paid 59.99 for "Lifetime Premium" on your crossword and
puzzle site. I have the receipt. Last week I received an email telling
me that lifetime memberships are being "retired" and that I must now
pay 4.99 a month to keep access to the archive.

That is not what I paid for. Either honour the lifetime membership or
refund me in full. If I do not hear from you I will take this to
Trading Standards and, if necessary, the small claims court.

C. Ashworth"""),
("en", "b109-en-watch-sync-no-refund", "Megan Lloyd <megan.lloyd@example.co.uk>", "Pulse 3 - not looking for a refund", "technical", "",
"""Hi, before anyone offers - I don't want a refund or a replacement, I
like the watch. I just want it to sync! Since Tuesday the app says
"Last synced 3 days ago" and pulling down to refresh does nothing.
Bluetooth is on, I've restarted both the phone (Pixel 7) and the watch.
My steps for the whole week are stuck on the watch.

Megan"""),
("en", "b109-en-chess-clock-running-out", "Ajay Menon <ajay.menon@example.in>", "Losing on time", "technical", "",
"""Hi,

In 3 minute blitz games my clock keeps running even after I have made
my move. The piece moves on my screen but opponent's clock does not
start for 2-3 seconds. I have lost 6 games on time today because of
this. My internet speed test shows 90 Mbps and other sites are fine.
Using Chrome on Windows 11.

Username: ajay_knightrider
Ajay"""),
("en", "b109-en-language-mic-not-heard", "Siobhan Daly <siobhan.daly@example.ie>", "speaking exercises", "technical", "",
"""hiya, the speaking exercises in the French course just don't hear me at
all. The little microphone goes red, I say the sentence, and it sits
there until it times out and says "let's try that again later". The mic
works grand in WhatsApp voice notes. iPhone 12, app updated yesterday.
I've about a 40 day streak I'd hate to lose over this"""),
("en", "b109-en-photo-backup-stuck", "Paul Ferreira <paul.ferreira@example.com>", "Backup stuck", "technical", "",
"""My phone has said "Backing up - 3,412 items remaining" for nine days.
The number never goes down. It's on wifi and charging overnight. I've
got photos from my daughter's graduation on there that aren't anywhere
else yet, so I'd like to get this sorted before anything happens to the
phone."""),
("en", "b109-en-question-ethnicity-map-blank", "Lorraine Pike <lorraine.pike@example.com>", "Question", "technical", "",
"""This isn't about my order or payment, both went through fine. My
results came through yesterday but when I click on "Ancestry map" the
page is just white, with the menu at the top and nothing underneath.
Same on my laptop and on my iPad. Is it something on your end?

Lorraine"""),
("en", "b109-en-audiobook-download-99", "Vikram Shah <vikram.shah@example.co.uk>", "Downloads fail", "technical", "",
"""Flying to Singapore on Thursday and trying to download some books for
the flight. Every one gets to 99% and then says "Download failed". Tried
on wifi and 5G, deleted and reinstalled the app, plenty of space on the
phone (60GB free). Android 14, Samsung S23.

Any ideas?
Vikram"""),
("en", "b109-en-meditation-reset-link-expired", "Grace Oduya <grace.oduya@example.com>", "password", "technical", "",
"""Every time I ask for a password reset the email comes through straight
away but when I tap the link it says "This link has expired". Tried
four times now, including within a minute of getting it. So I can't
log in at all on my new phone."""),
("en", "b109-en-tracker-says-im-dead", "Scott McAllister <scott.mcallister@example.co.uk>", "Apparently I'm dead", "technical", "",
"""Morning,

According to my tracker I died at about 3am on Sunday - heart rate 0
for two hours - and then resurrected at 190 bpm while I was sitting
watching the telly. I'm perfectly fine, just the readings are rubbish
since the last firmware update. Strap is snug, sensor is clean.

Is there a known problem with 4.2.1?

Scott"""),
("en", "b109-en-watch-charger-scorch", "Eleanor Briggs <eleanor.briggs@example.co.uk>", "Charging cable", "technical", "high",
"""Hello,

I thought I should let you know about something that happened last
night. I had the watch on its magnetic charger on my bedside table and
woke at about 2am to a smell like burning plastic. The charging puck was
too hot to hold and there's now a brown scorch mark on the table
underneath it. I've unplugged it and put it in a biscuit tin in the
garage.

It's the original charger that came in the box in February. I won't be
using it again, but I thought you'd want to know in case it's more than
just mine.

Eleanor Briggs"""),
("en", "b109-en-mum-fall-detection-off", "Diane Russo <diane.russo@example.com>", "Fall detection not working - my mother lives alone", "technical", "high",
"""Hello,

My mother is 84 and lives alone in Scranton. We bought her your watch
specifically for the fall detection and SOS button. Since the update on
Monday the fall detection setting keeps switching itself off, and when I
tested the SOS button this morning nothing came through to my phone or
my brother's.

She had a fall last year and lay on the kitchen floor for hours, that's
the whole reason she wears this. Please can someone help me get it
working today.

Diane Russo"""),
("en", "b109-en-photographer-galleries-404", "Beth Kavanagh <beth@kavanagh-weddings.example>", "Client galleries", "technical", "high",
"""Hi,

Since around 8 this morning every client gallery link I have shared
from my account goes to a 404 page. That's about 40 couples. I've had
eleven calls and texts already today from brides who can't download
their photos, including one whose wedding is in the paper on Saturday
and needs the pictures tonight. I can't deliver any work at all while
this is down.

Business account: Kavanagh Weddings, beth@kavanagh-weddings.example

Beth Kavanagh"""),
("en", "b109-en-language-school-logins", "Farid Hossain <farid@bridgeport-english.example>", "This morning", "technical", "high",
"""Good morning,

We are an English language school in Leeds and use your platform for
all our classes. Since 8.45 none of our students can get past the
login screen - they type their school codes in and the page just
reloads. Forty-two students sat in front of laptops for an hour this
morning. We have cancelled the 9am and 11am groups and sent people
home, and we have 60 more due in at 2pm.

Please call me on 0113 496 0872 as soon as anyone can look at this.

Farid Hossain
Director of Studies"""),
("en", "b109-en-tracker-third-one-supervisor", "Ashok Pillai <ashok.pillai@example.co.uk>", "Third tracker, same fault - supervisor please", "technical", "high",
"""Hello,

This is the third Stride tracker I've had from you since November. All
three have done exactly the same thing: the screen goes black after a
few weeks and it won't charge. Each time I've been through the same
script of resetting it, sent it back, waited two weeks and got another
one that does the same.

I'm not going through the script a fourth time. I want a supervisor to
contact me and explain what is going to be done differently.

Case numbers: 77120, 80433, 83915
Ashok Pillai"""),
("en", "b109-en-thanks-meditation-grief", "Patricia Holmes <patricia.holmes@example.co.uk>", "A thank you", "general", "",
"""Dear all,

I don't usually write to companies but I wanted to say thank you. My
husband died last autumn and for months I couldn't sleep more than two
hours at a time. My granddaughter put your app on my phone and showed me
the sleep stories. The lady with the Scottish voice reading about the
lighthouse has got me through a great many nights.

Please pass on my thanks to whoever makes them.

Patricia Holmes (aged 79)"""),
("en", "b109-en-junior-arena-thanks", "Neil Murphy <neil.murphy@example.ie>", "Junior arena on Saturday", "general", "",
"""Just a quick note to say thanks for the junior arena on Saturday.
My lad (10) has been playing on your site for a year and that was the
first time he's played in a proper event. He came 14th out of 300-odd
and hasn't stopped talking about it. The chat moderation was spot on
too, not one bit of nonsense. Fair play to ye."""),
("en", "b109-en-dna-delete-sample", "Marcus Obi <marcus.obi@example.com>", "Deleting my data", "general", "",
"""Hello,

I did one of your kits in 2021. I'd now like my genetic data deleted
from your systems and my saliva sample destroyed, if it's still being
kept. Could you tell me what I need to do, and confirm once it's done?
I'm happy to verify my identity however you need.

Thanks,
Marcus Obi"""),
("en", "b109-en-new-surname-email", "Chloe Pennington <chloe.hartley@example.co.uk>", "Name change", "general", "",
"""Hi, I got married in May so I'm now Chloe Hartley rather than
Pennington. I'd like my account name changed and the login email moved
to this address (chloe.hartley@example.co.uk). My old one was
chloe.pennington@example.co.uk. Thanks!"""),
("en", "b109-en-podcast-festival-sponsor", "Rachel Ng <rachel@listenup-fest.example>", "Partnership enquiry - Listen Up Festival", "general", "",
"""Hi there,

I'm one of the organisers of Listen Up, a small not-for-profit podcast
festival in Brighton (about 800 visitors last year, mostly independent
creators and students). We're looking for a partner for our "first
podcast" workshop stage in September and thought your platform would be
a natural fit.

Would someone in your marketing or partnerships team be open to a
chat? I can send our deck and last year's numbers.

Best,
Rachel Ng"""),
("en", "b109-en-order-watch-neighbour", "Ian Forsyth <ian.forsyth@example.co.uk>", "Order 58812", "general", "",
"""Hi, I'll be at work when the watch is delivered on Thursday. If nobody
answers could the courier leave it with my neighbour at number 14
please (Mrs Green), she's always in. Not in the recycling bin like last
time!"""),
("en", "b109-en-urgent-results-how-long", "Tanya Reeves <tanya.reeves@example.com>", "URGENT!!!!", "general", "",
"""Hi!!! I posted my kit back on the 2nd and the tracker still says
"at the lab". How long does it normally take?? My whole family is
waiting to find out if we really are part Viking like Uncle Steve says
lol"""),
("en", "b109-en-irish-course", "Aoife Brennan <aoife.brennan@example.ie>", "Irish course?", "general", "",
"""Hello, do you have a course for Irish (Gaeilge), or plans for one? My
kids are doing it in school and I'd love to be able to help with their
homework without embarrassing myself. Go raibh maith agaibh!"""),
("en", "b109-en-lost-scarf-chess-congress", "Hugh Tennant <hugh.tennant@example.co.uk>", "Left behind at the Harrogate congress", "general", "",
"""Hello,

I played in your sponsored weekend congress in Harrogate on 12-13 April
and I think I left my scarf on the back of a chair in the Major section
hall on the Sunday. It's a dark green wool scarf, rather old, with a
Yorkshire CCC badge sewn on one end. It has sentimental value.

Could you let me know if anything was handed in?

Hugh Tennant"""),
("en", "b109-en-re-meetup-step-free", "Wendy Cho <wendy.cho@example.com.au>", "Re: You're invited: Melbourne learner meetup", "general", "",
"""Thanks for the invite! Before I RSVP - is the venue step-free? I use a
wheelchair and the last pub meetup I went to (not yours) had toilets
down a flight of stairs.

Wendy

> Hi Wendy,
>
> We're getting together in Melbourne for a casual evening of Japanese
> conversation practice, Thursday 19 June from 6.30pm at The Laneway
> Room, Fitzroy. All levels welcome.
>
> See you there!
> The Community Team"""),
("en", "b109-en-internship-question", "Arjun Rao <arjun.rao@example.in>", "Internship", "general", "",
"""Dear Sir/Madam,

I am a final year B.Tech student at VIT Vellore and a daily user of
your podcast app. I wanted to ask whether your company offers summer
internships for Android developers, and if so whom I should send my
resume to.

Thanking you,
Arjun Rao"""),
("en", "b109-en-rude-support-agent-manager", "Jennifer Hale <jennifer.hale@example.com>", "Your support agent", "general", "high",
"""To whom it may concern,

On Tuesday I used your in-app chat to report a profile that I believe
is a scammer. The agent, who gave his name as "Tyler", told me I should
"be less gullible", and when I asked what he meant he said "lol ok" and
closed the chat. I have the transcript.

I am not asking you to do anything about my account. I want a manager
to read that transcript and contact me about how your staff speak to
people reporting scams.

Jennifer Hale"""),
("en", "b109-en-sar-ico", "Graham Lister <graham.lister@example.co.uk>", "Subject access request - second request", "general", "high",
"""Dear Data Protection Officer,

On 2 March I made a subject access request under the UK GDPR for all
personal data you hold about me, including my genetic data, the
matches shown to other users and any data shared with research
partners. I received an automated acknowledgement and nothing since.

The one-month deadline has passed. If I do not receive a full response
within 14 days I will be lodging a complaint with the Information
Commissioner's Office.

Graham Lister"""),
# ---------------- Greek ----------------
("el", "b109-el-gl-dating-vrika-kopela", "Nikos Vlachos <nikos.vlachos@example.gr>", "premium", "billing", "",
"""Kalhspera,
telika h efarmogh sas douleuei, gnwrisa mia kopela kai eimaste mazi
edw kai 3 mhnes :) Opote de xreiazomai allo to Premium. Mporeite na to
kleisete na mh xrew8w 12,99 ton allo mhna? H ananewsh einai stis 15.
Eyxaristw polu
Nikos"""),
("el", "b109-el-kit-dna-ptosi-timis", "Αλεξάνδρα Κυριακίδου <alex.kyriakidou@example.gr>", "Διαφορά τιμής", "billing", "",
"""Καλημέρα σας,

Την Τετάρτη αγόρασα ένα κιτ DNA καταγωγής από το site σας στα 99€
(παραγγελία DX-40817). Σήμερα βλέπω ότι το ίδιο κιτ είναι σε προσφορά
στα 69€. Το κιτ δεν έχει φτάσει ακόμα. Υπάρχει τρόπος να μου
επιστρέψετε τη διαφορά ή πρέπει να ακυρώσω και να το ξαναπαραγγείλω;

Ευχαριστώ,
Αλεξάνδρα Κυριακίδου"""),
("el", "b109-el-audiovivlia-pateras-girokomeio", "Γιωργος Σταματοπουλος <g.stamatopoulos@example.gr>", "Συνδρομη πατερα μου", "billing", "",
"""Καλησπερα σας,

Ο πατερας μου ειχε συνδρομη στα ακουστικα βιβλια σας εδω και 2 χρονια.
Απο τον περασμενο μηνα μενει πλεον σε μοναδα φροντιδας ηλικιωμενων στη
Λαρισα και δεν χρησιμοποιει καθολου κινητο. Θα ηθελα να σταματησει η
συνδρομη των 7,99 το μηνα. Εχω εγω τους κωδικους του αλλα δεν βρισκω
πουθενα στην εφαρμογη πως γινεται η διακοπη.

Ευχαριστω
Γιωργος Σταματοπουλος"""),
("el", "b109-el-gl-plirwmi-iris", "Dimitra Z. <dimitra.z@example.gr>", "mia erwthsh", "billing", "",
"""geia sas, 8elw na parw to etisio paketo gia ta italika alla den exw
pistwtikh. ginetai plhrwmh me IRIS h me paysafe? h mono me karta?
eyxaristw"""),
("el", "b109-el-timologio-afm-logistiko-grafeio", "Λογιστικό Γραφείο Παππάς <info@pappas-logistiki.example>", "Έκδοση τιμολογίου", "billing", "",
"""Καλημέρα σας,

Το γραφείο μας έχει εταιρικό πακέτο αποθήκευσης φωτογραφιών και
αρχείων (Business 1TB, 19,99€/μήνα) από τον Ιανουάριο. Μέχρι τώρα
λαμβάνουμε μόνο απόδειξη στο e-mail. Χρειαζόμαστε τιμολόγιο για κάθε
μήνα με τα παρακάτω στοιχεία:

Παππάς Ι. & ΣΙΑ Ο.Ε.
ΑΦΜ 099812345, ΔΟΥ Πατρών
Μαιζώνος 112, 26221 Πάτρα

Μπορείτε επίσης να εκδώσετε αναδρομικά για Ιανουάριο έως Απρίλιο;

Με εκτίμηση,
Ιωάννα Παππά"""),
("el", "b109-el-re-epistrofi-rologiou-20-meres", "Θανάσης Ρούσσος <thanasis.roussos@example.gr>", "Re: Η επιστροφή σας παρελήφθη", "billing", "",
"""Καλησπέρα,

Έχουν περάσει 20 μέρες από αυτό το μήνυμα και τα 249€ δεν έχουν
επιστραφεί στην κάρτα μου. Μπορείτε να δείτε τι γίνεται;

Θανάσης

> Αγαπητέ κύριε Ρούσσο,
>
> Το έξυπνο ρολόι Vita 2 που επιστρέψατε (αίτηση RT-30652) παρελήφθη
> από την αποθήκη μας. Η επιστροφή χρημάτων θα γίνει στον αρχικό τρόπο
> πληρωμής εντός 5-7 εργάσιμων ημερών.
>
> Με εκτίμηση,
> Τμήμα Επιστροφών"""),
("el", "b109-el-gl-skaki-xrewsh-dollaria", "Kostas Triantafyllou <kostas.tria@example.gr>", "xrewsh se dolaria", "billing", "",
"""Kalhmera,
sth selida sas h syndromh Gold egrafe 4,99 eurw to mhna. Sthn karta
mou omws xrew8hke 5,49 dolaria kai h trapeza evale kai 0,80 promh8eia
synallagmatos. Giati xrewnete se dolaria afou eimai Ellada? Mporeite
na mou gyrisete th diafora?
K. Triantafyllou"""),
("el", "b109-el-stratos-pausi-syndromis", "Παύλος Δημητρίου <pavlos.dimitriou@example.gr>", "Παύση συνδρομής", "billing", "",
"""Γεια σας,

Παρουσιάζομαι στον στρατό στις 20 του μήνα για θητεία 9 μηνών (Έβρος,
οπότε ηρεμία δεν θα έχω πολλή...). Θα ήθελα να παγώσει η συνδρομή μου
στην εφαρμογή διαλογισμού για αυτό το διάστημα, όχι να διαγραφεί, για
να μη χάσω τα στατιστικά μου. Γίνεται;

Παύλος"""),
("el", "b109-el-atokes-doseis-tracker", "Μαρία Ζαχαρίου <maria.zachariou@example.gr>", "Δόσεις", "billing", "",
"""Καλησπέρα, θέλω να αγοράσω το Stride Pro για τον άντρα μου (179€).
Δίνετε άτοκες δόσεις με πιστωτική και σε πόσες; Έχω κάρτα Eurobank.
Ευχαριστώ"""),
("el", "b109-el-gl-dwrokarta-podcast-giagia", "Eleni Markaki <eleni.markaki@example.gr>", "dwrokarta", "billing", "",
"""Geia sas, eixa agorasei mia dwrokarta 30 eurw gia thn platforma
podcast/audiobooks gia th giagia mou ta Xristougenna. Den thn exei
energopoihsei akoma (den 3erei na xeirizetai kala to tablet) kai twra
vlepw oti lhgei ston Iounio. Mporei na paratathei h isxus ths? O
kwdikos einai GC-7741-KQ.
Eleni"""),
("el", "b109-el-cloud-dipli-xreosi-trapeza", "Σταύρος Κωνσταντινίδης <stavros.konst@example.gr>", "Διπλή χρέωση - τρίτο μήνυμα", "billing", "high",
"""Κύριοι,

Για τρίτο μήνυμα: τον Μάιο χρεωθήκατε την κάρτα μου δύο φορές 9,99€
για το πακέτο 2TB, με διαφορά μίας ημέρας. Σας έστειλα στις 3/5 και
στις 12/5 με φωτογραφία από το statement. Καμία απάντηση.

Αν μέχρι την Παρασκευή δεν επιστραφούν τα 9,99€, θα κάνω αμφισβήτηση
της χρέωσης μέσω της τράπεζάς μου για όλο τον μήνα.

Σταύρος Κωνσταντινίδης"""),
("el", "b109-el-gl-dating-ananewsh-synhgoros", "Christina Alexiou <christina.alx@example.gr>", "XREWSH 59,99 XWRIS NA TO 8ELW", "billing", "high",
"""Mou phrate 59,99 gia 6 mhnes Platinum xwris na to zhthsw. Eixa valei
to dwrean mhna dokimhs kai POUTHENA den elege oti meta ginetai
e3amhno. To akyrwsa thn idia mera pou eida th xrewsh kai mou leei to
chat "den ginetai epistrofh".
An den ginei epistrofh mesa se mia evdomada kanw katagelia ston
Synhgoro tou Katanalwth, to exw hdh etoimasei.
Christina Alexiou"""),
("el", "b109-el-glosses-oikogeneiako-proistamenos", "Δέσποινα Μαυροματη <despoina.mavr@example.gr>", "Χρεώσεις μετά την ακύρωση", "billing", "high",
"""Καλησπέρα,

Ακύρωσα το οικογενειακό πακέτο της εφαρμογής γλωσσών στις 2 Μαρτίου
(έχω το email επιβεβαίωσης) και από τότε έχω χρεωθεί 14,99€ τον Απρίλιο
και 14,99€ τον Μάιο. Έχω μιλήσει δύο φορές στο chat με διαφορετικούς
συνεργάτες και ο καθένας μου λέει κάτι άλλο.

Δεν θέλω να το ξαναεξηγήσω σε τρίτο άτομο. Ζητώ να επικοινωνήσει μαζί
μου ο προϊστάμενος του τμήματος χρεώσεων και να επιστραφούν τα 29,98€.

Δέσποινα Μαυρομάτη
694 555 1023"""),
("el", "b109-el-kit-dna-den-irthe-dikigoros", "Ευαγγελος Παπαδοπουλος <e.papadopoulos@example.gr>", "Παραγγελια DX-38112", "billing", "high",
"""Κυριοι,

Στις 10 Φεβρουαριου πληρωσα 129€ για δυο κιτ DNA (δωρο για τους γονεις
μου). Δεν ηρθαν ποτε. Το tracking λεει "σε επεξεργασια" εδω και τρεις
μηνες και στα email μου απαντατε με το ιδιο κειμενο "εχουμε
καθυστερησεις".

Δεν τα θελω πλεον. Ζητω πληρη επιστροφη των 129€. Αν δεν γινει μεσα σε
10 ημερες, θα προχωρησω με δικηγορο και καταγγελια στη Γενικη
Γραμματεια Εμποριου.

Ευαγγελος Παπαδοπουλος
Ηρακλειο"""),
("el", "b109-el-gl-rologi-viber-eidopoihseis", "Spyros Katsaros <spyros.katsaros@example.gr>", "eidopoihseis", "technical", "",
"""Geia sas, to rologi den mou deixnei eidopoihseis apo Viber kai
Messenger, mono ta SMS kai tis klhseis. Sthn efarmogh exw anoixei ola
ta diakoptakia. Kinhto Xiaomi Redmi Note 12. Ti allo na kanw?"""),
("el", "b109-el-glosses-tonoi-den-ta-dexetai", "Ελισάβετ Νικολάου <elisavet.nikolaou@example.gr>", "Οι τόνοι στις ασκήσεις", "technical", "",
"""Καλημέρα,

Δεν ζητάω αποζημίωση ούτε τίποτα τέτοιο, απλώς να το δείτε. Κάνω το
μάθημα Ισπανικών από ελληνικά και στις ασκήσεις όπου γράφω τη
μετάφραση στα ελληνικά μου τα βγάζει λάθος όταν βάζω τόνους. Π.χ.
έγραψα "το σπίτι είναι μεγάλο" και μου είπε σωστό το "το σπιτι ειναι
μεγαλο". Γράφω από πληκτρολόγιο Gboard, Android.

Ελισάβετ"""),
("el", "b109-el-audiovivlio-stamataei-othoni", "Αντώνης Μπακάλης <antonis.bakalis@example.gr>", "Σταματάει η αναπαραγωγή", "technical", "",
"""Όταν κλειδώνει η οθόνη του κινητού, το ακουστικό βιβλίο σταματάει
μετά από 1-2 λεπτά. Αν ανοίξω την οθόνη συνεχίζει. Έχω απενεργοποιήσει
την εξοικονόμηση μπαταρίας για την εφαρμογή. iPhone 13, iOS 17.4.
Ακούω στο αυτοκίνητο και είναι πολύ ενοχλητικό."""),
("el", "b109-el-gl-skaki-pagwse-blitz", "Lefteris Samaras <lefteris.samaras@example.gr>", "PAGWSE H SKAKIERA", "technical", "",
"""Se blitz 5+0 pagwse h skakiera sth mesh ths partidas, den mporousa
na kounhsw tipota, kai meta apo 1 lepto egrafe "Exases sto xrono".
Exasa 18 pontous rating. Ayto exei ginei 3 fores thn evdomada. Paizw
apo Firefox se laptop, h syndesh einai mia xara.
username: lefteris_gambit"""),
("el", "b109-el-fotografies-plagia-imerominies", "Ρένα Σωτηρίου <rena.sotiriou@example.gr>", "Φωτογραφίες στο cloud", "technical", "",
"""Καλησπέρα σας,

Ανέβασα από τον υπολογιστή περίπου 2.000 παλιές φωτογραφίες (σκαναρισμένες
από άλμπουμ της μητέρας μου) και στην εφαρμογή εμφανίζονται όλες με
ημερομηνία σημερινή, ενώ στα αρχεία έχω βάλει τις σωστές. Επίσης
περίπου οι μισές φαίνονται πλάγια, ενώ στον υπολογιστή είναι ίσιες.

Μπορείτε να με βοηθήσετε;
Ρένα Σωτηρίου"""),
("el", "b109-el-erotisi-vimata-xomatodromos", "Μανωλης Τσαγκαρακης <m.tsagkarakis@example.gr>", "Ερωτηση", "technical", "",
"""Καλημερα. Το βραχιολακι μετραει βηματα οταν οδηγω το αγροτικο στους
χωματοδρομους, χθες μου εγραψε 14.000 βηματα ενω περπατησα το πολυ 3.000.
Γινεται να διορθωθει η να το ρυθμισω καπως;
Μανωλης, Ρεθυμνο"""),
("el", "b109-el-gl-sms-kwdikos-den-erxetai", "Anna Georgiou <anna.georgiou@example.gr>", "den mpainw", "technical", "",
"""kalhspera, allaksa kinhto kai twra gia na mpw sto cloud me tis
fwtografies mou zhtaei kwdiko me SMS, pou den erxetai pote. O ari8mos
einai o idios (Cosmote). Exw patisei "steile 3ana" kamia 10ria fores.
ti kanw?"""),
("el", "b109-el-diorismos-ipnos-kleinei", "Ηλέκτρα Φωτίου <ilektra.fotiou@example.gr>", "Κλείνει μόνη της", "technical", "",
"""Γεια σας, η εφαρμογή κλείνει μόνη της κάθε φορά που πατάω στις
"Ιστορίες για ύπνο". Οι διαλογισμοί και οι ασκήσεις αναπνοής ανοίγουν
κανονικά. Το έχω ξαναεγκαταστήσει. Samsung A54.
Ευχαριστώ, Ηλέκτρα"""),
("el", "b109-el-rologi-fouskose-mpataria", "Βασιλική Λαμπροπούλου <vasiliki.lamp@example.gr>", "Το ρολόι μου", "technical", "high",
"""Καλησπέρα,

Θα ήθελα να σας ενημερώσω ότι το ρολόι Vita 2 που έχω από τον
Σεπτέμβριο φούσκωσε. Χθες το βράδυ το έβγαλα από τον φορτιστή και
είδα ότι η οθόνη είχε σηκωθεί από τη μία μεριά και η πίσω πλευρά είχε
φουσκώσει. Ήταν και αρκετά ζεστό. Το έβαλα σε ένα κεραμικό πιάτο στο
μπαλκόνι και δεν το ξαναάγγιξα.

Τι πρέπει να κάνω με αυτό και πώς να το στείλω;

Βασιλική Λαμπροπούλου"""),
("el", "b109-el-gl-akadimia-skakiou-mathimata", "Akadhmia Skakiou Pyrgos <info@pyrgos-chess.example>", "ta mathimata mas", "technical", "high",
"""Kalhmera,
eimaste skakistikh akadhmia sth Thessalonikh kai kanoume ola ta
online mathimata mesa apo tis "private classrooms" sas. Apo xthes to
apogeyma kanena classroom de fortwnei, mono enas kyklos pou gyrnaei.
Xthes akyrwsame 4 tmhmata, 30 paidia perimenan, kai oi goneis
exoun arxisei na pairnoun thlefwno. Shmera exoume alla 5 tmhmata apo
tis 5 to apogeyma.
Parakalw kapoios na to koitaksei amesws.
Apostolos Karras, 2310 555 418"""),
("el", "b109-el-podcast-epeisodia-diafimistes", "Studio Ακρόαση <studio@akroasi.example>", "Τα επεισόδια δεν βγαίνουν", "technical", "high",
"""Καλησπέρα,

Φιλοξενούμε 9 εκπομπές στην πλατφόρμα σας. Από τη Δευτέρα κανένα νέο
επεισόδιο δεν εμφανίζεται στο RSS feed, ούτε στο Spotify ούτε στο
Apple Podcasts, παρότι στο dashboard φαίνονται "Δημοσιευμένα". Έχουν
χαθεί τρεις μέρες προγράμματος. Δύο χορηγοί μάς έστειλαν ήδη ότι οι
καμπάνιες τους έπρεπε να έχουν παιχτεί την Τρίτη, και αύριο έχουμε
κι άλλες.

Παρακαλούμε για άμεση βοήθεια.
Νεφέλη Ραυτοπούλου, Studio Ακρόαση"""),
("el", "b109-el-glykozi-paidi-kleidomeno", "Κατερινα Βλαχου <katerina.vlachou@example.gr>", "Δεν βλεπω τις μετρησεις του γιου μου", "technical", "high",
"""Καλησπερα,

Ο γιος μου ειναι 9 χρονων με διαβητη τυπου 1. Ο αισθητηρας γλυκοζης
στελνει τις μετρησεις στο ρολοι του και στην εφαρμογη σας στο δικο μου
κινητο, ωστε να βλεπω τις υπογλυκαιμιες οταν ειναι στο σχολειο. Απο
σημερα το πρωι η εφαρμογη με εχει αποσυνδεσει και με το που βαζω τον
κωδικο λεει "ο λογαριασμος κλειδωθηκε". Το reset δεν στελνει email.

Δεν εχω καμια ενδειξη για το παιδι αυτη τη στιγμη. Παρακαλω βοηθηστε.

Κατερινα Βλαχου
697 222 4810"""),
("el", "b109-el-fortistis-spithes-usb", "Απόστολος Γεωργιάδης <ap.georgiadis@example.gr>", "Φορτιστής βραχιολιού", "technical", "high",
"""Γεια σας,

Χθες που έβαλα να φορτίσει το βραχιόλι Stride, από το σημείο που
μπαίνει το καλώδιο στο USB του λάπτοπ πέταξε μια μικρή σπίθα και
μύρισε καμένο. Το τράβηξα αμέσως. Το πλαστικό στην άκρη του καλωδίου
έχει μαυρίσει λίγο. Το καλώδιο είναι το γνήσιο που ήρθε στο κουτί.

Δεν το ξαναχρησιμοποιώ, απλώς σας ενημερώνω και ρωτάω τι κάνουμε.
Απόστολος"""),
("el", "b109-el-efxaristo-panellinies", "Ζωή Αντωνίου <zoi.antoniou@example.gr>", "Ένα ευχαριστώ", "general", "",
"""Γεια σας!

Ήθελα απλώς να σας πω ευχαριστώ. Φέτος έδωσα Πανελλήνιες και είχα
τρομερό άγχος, δεν μπορούσα να κοιμηθώ. Κάθε βράδυ έκανα τον
διαλογισμό των 10 λεπτών "Πριν τις εξετάσεις" και πραγματικά βοήθησε.
Χθες βγήκαν οι βάσεις και πέρασα Ιατρική Πατρών!

Ζωή"""),
("el", "b109-el-gl-syxaritiria-eleni-support", "Takis Panagopoulos <takis.pan@example.gr>", "syxarhthria sthn Eleni", "general", "",
"""Kalhmera,
8elw na pw ena megalo eyxaristw sthn Eleni apo thn e3ypyrethsh. Me
voh8hse gia mia wra sto thlefwno na sthsw to rologi ths mhteras mou
(85 xronwn) kai eixe fovera ypomonh kai me th mana mou kai me mena.
Na to metaferete kai ston proistameno ths!
Takis"""),
("el", "b109-el-dna-pontioi-mikrasia", "Σοφία Χατζηιωάννου <sofia.chatzi@example.gr>", "Ερώτηση για τα αποτελέσματα", "general", "",
"""Καλησπέρα σας,

Η γιαγιά μου ήταν από τον Πόντο και ο παππούς μου από τη Σμύρνη.
Πριν αγοράσω το κιτ, θα ήθελα να ρωτήσω: στα αποτελέσματα φαίνεται
ξεχωριστά η καταγωγή από τον Πόντο ή τη Μικρά Ασία, ή θα γράφει απλώς
"Ελλάδα και Αιγαίο"; Και έχετε αρκετούς Έλληνες χρήστες ώστε να βγουν
συγγενείς;

Ευχαριστώ,
Σοφία"""),
("el", "b109-el-allagi-dieythynsis-tilefonou", "Χαραλαμπος Ντουσκας <ch.ntouskas@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλημερα σας. Μετακομισα και θα ηθελα να αλλαξετε στον λογαριασμο μου
τη διευθυνση σε Αγιου Δημητριου 45, 38221 Βολος και το τηλεφωνο σε
6944 301 277. Το email μενει ιδιο.
Ευχαριστω, Χ. Ντουσκας"""),
("el", "b109-el-gl-xorigia-tournoua-volos", "Giorgos Kalogirou <g.kalogirou@example.gr>", "Xorhgia tournoua", "general", "",
"""Kalhspera sas,
eimai apo ton skakistiko omilo "Argw" tou Volou. Ton Septemvrio
organwnoume to 5o anoixto tournoua neanidwn, perimenoume gyrw sta 150
paidia. Tha sas endiefere na eiste xorhgoi, p.x. me syndromes gia ta
vraveia? Tha valoume to logo sas sta banner kai sto site.
Me ektimhsh,
Giorgos Kalogirou"""),
("el", "b109-el-courier-kalamaria-koudouni", "Αγλαΐα Μουρατίδου <aglaia.mouratidou@example.gr>", "Παραγγελία 61190", "general", "",
"""Καλημέρα, για την παραγγελία με το ρολόι: μένω Καλαμαριά, Κομνηνών
18, στο κουδούνι γράφει "Μουρατίδη - 2ος". Παρακαλώ ο κούριερ να
χτυπήσει και να περιμένει λίγο, είμαι ηλικιωμένη και αργώ να κατέβω.
Να μην το αφήσει στην είσοδο. Ευχαριστώ."""),
("el", "b109-el-geia-sas-antigrafo-dedomenon", "Αριστείδης Λιάκος <aris.liakos@example.gr>", "Γεια σας", "general", "",
"""Γεια σας,

Θα ήθελα να μου στείλετε ένα αντίγραφο όλων των προσωπικών δεδομένων
που έχετε για μένα (στοιχεία λογαριασμού, ιστορικό σύνδεσης, μεταδεδομένα
φωτογραφιών κ.λπ.), σύμφωνα με τον GDPR. Προτιμώ να είναι σε αρχείο
που να ανοίγει σε υπολογιστή.

Ευχαριστώ,
Αριστείδης Λιάκος"""),
("el", "b109-el-gl-synantisi-mathiton-thessaloniki", "Marilena P. <marilena.p@example.gr>", "synanthsh", "general", "",
"""geia! eida sto app oti ginetai synanthsh gia osous mathainoun gallika
sth Thessalonikh. pote einai akrivws kai pou? prepei na dhlwsw
symmetoxh kapou? merci :)"""),
("el", "b109-el-ellinika-audiovivlia", "Ευδοκία Σπανού <evdokia.spanou@example.gr>", "Βιβλία στα ελληνικά", "general", "",
"""Καλησπέρα. Έχετε ακουστικά βιβλία και στα ελληνικά ή μόνο αγγλικά;
Ψάχνω κυρίως Καζαντζάκη και Παπαδιαμάντη για τη μητέρα μου που δεν
βλέπει καλά να διαβάσει. Αν έχετε, υπάρχει κάπου λίστα;"""),
("el", "b109-el-gl-epeigon-wrario-service", "Vaggelis Drosos <vaggelis.d@example.gr>", "EPEIGON!!!", "general", "",
"""Ti wres einai anoixto to shmeio service sas sto Marousi to Savvato?
8elw na perasw na rwthsw gia ta loupakia tou rologiou."""),
("el", "b109-el-ypallilos-stand-mitera-proistamenos", "Ολυμπία Ξενάκη <olympia.xenaki@example.gr>", "Συμπεριφορά υπαλλήλου στο περίπτερο του The Mall", "general", "high",
"""Κύριοι,

Το Σάββατο η μητέρα μου (72 ετών) πήγε στο περίπτερό σας στο The Mall
Athens για να ρωτήσει πώς να χρησιμοποιεί το ρολόι που της χάρισα. Ο
νεαρός υπάλληλος με το όνομα "Άρης" στο καρτελάκι της μίλησε με
ειρωνεία, της είπε "αφού δεν ξέρετε από τεχνολογία γιατί το πήρατε"
και γύρισε στο κινητό του μπροστά της. Γύρισε σπίτι κλαίγοντας.

Θέλω να επικοινωνήσει μαζί μου ο υπεύθυνος της περιοχής ή ο
προϊστάμενός του. Δεν θέλω κουπόνια ούτε δώρα.

Ολυμπία Ξενάκη"""),
("el", "b109-el-diagrafi-dating-arxi-prostasias", "Ιάσονας Μελετίου <iasonas.meletiou@example.gr>", "Διαγραφή δεδομένων - 2η υπενθύμιση", "general", "high",
"""Αξιότιμοι κύριοι,

Στις 14 Φεβρουαρίου ζήτησα με email τη διαγραφή του λογαριασμού μου
και όλων των δεδομένων μου (φωτογραφίες, συνομιλίες, τοποθεσίες) από
την εφαρμογή γνωριμιών σας, βάσει του άρθρου 17 του ΓΚΠΔ. Δεν έχω
λάβει καμία απάντηση και το προφίλ μου φαίνεται ακόμα σε φίλους μου.

Αν εντός 10 ημερών δεν λάβω επιβεβαίωση διαγραφής, θα υποβάλω
καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Ιάσονας Μελετίου"""),
("el", "b109-el-xameno-sakaki-zontani-ixografisi", "Στέφανος Καραγιάννης <stefanos.karagiannis@example.gr>", "Ξέχασα το σακάκι μου", "general", "",
"""Καλησπέρα,

Την Πέμπτη ήμουν στη ζωντανή ηχογράφηση του podcast σας στην
Τεχνόπολη στο Γκάζι και νομίζω ότι ξέχασα ένα μπλε σκούρο λινό σακάκι
στην τρίτη σειρά, αριστερά. Στην εσωτερική τσέπη έχει ένα μικρό
σημειωματάριο. Μήπως το βρήκε κάποιος;

Στέφανος Καραγιάννης
693 410 5526"""),
# ---------------- Spanish ----------------
("es", "b109-es-idiomas-me-mudo-bolonia", "Lucía Arranz <lucia.arranz@example.es>", "Italiano", "billing", "",
"""Hola:

Llevo año y medio con el plan Super para aprender italiano y resulta
que ha funcionado demasiado bien: me han cogido en un trabajo en
Bolonia y me mudo en julio. A partir de ahí lo voy a aprender en la
calle, así que no quiero que se renueve la suscripción en agosto (son
83,99 € al año).

Gracias por todo, de verdad.
Lucía"""),
("es", "b109-es-kit-adn-cobro-doble-mx", "Rodrigo Salinas <rodrigo.salinas@example.com.mx>", "Me cobraron dos veces", "billing", "",
"""Buenas tardes,

Compré un kit de ADN el domingo (pedido MX-77120) y en mi estado de
cuenta de BBVA aparecen dos cargos de $1,899.00 MXN con la misma fecha.
Solo hice una compra y solo me llegó un correo de confirmación. Les
pido que me devuelvan el cargo duplicado.

Saludos,
Rodrigo Salinas
Guadalajara, Jal."""),
("es", "b109-es-ajedrez-cobro-dolares-argentina", "Facundo Ríos <facu.rios@example.com.ar>", "Cobro en dolares", "billing", "",
"""Hola, que tal. La suscripcion Premium me la cobran en dolares (USD 4,99)
y con los impuestos la tarjeta me termina debitando casi $9.000 por mes.
¿No tienen precio en pesos argentinos o alguna forma de pagar con
Mercado Pago? Si no, voy a tener que darla de baja y es una pena porque
juego todos los dias.
Facundo"""),
("es", "b109-es-hola-bizum", "Maite Olano <maite.olano@example.es>", "Hola", "billing", "",
"""Hola, ¿se puede pagar el plan anual de la app de meditación con Bizum?
No tengo tarjeta de crédito y la de débito me la rechaza. Gracias"""),
("es", "b109-es-podcast-mama-fallecida-colombia", "Andrés Gutiérrez <andres.gutierrez@example.com.co>", "Cuenta de mi mamá", "billing", "",
"""Buenos días,

Les escribo porque mi mamá, Gloria Elena Mejía, falleció hace dos meses
en Medellín. Ella tenía el plan Premium de audiolibros y pódcast, que
le seguían cobrando a su tarjeta ($24.900 COP mensuales). Nosotros ya
cancelamos la tarjeta en el banco, pero queremos cerrar también la
suscripción para que no quede ninguna deuda a su nombre.

Díganme qué documentos necesitan.

Andrés Gutiérrez"""),
("es", "b109-es-factura-nif-autonomo", "Jordi Puig <jordi.puig@example.es>", "Factura", "billing", "",
"""Bon dia / buenos días,

Soy fotógrafo autónomo y pago el plan de 2 TB de almacenamiento para
guardar los trabajos. Necesito factura completa con mis datos para
Hacienda, no el recibo que llega por correo:

Jordi Puig i Serra
NIF 47812345-K
C/ de Sants 214, 3r 1a, 08028 Barcelona

De enero a junio, si puede ser.
Gràcies,
Jordi"""),
("es", "b109-es-cambio-correa-talla-chile", "Valentina Rojas <valentina.rojas@example.cl>", "Cambio de correa", "billing", "",
"""Hola! Me regalaron el reloj Vita 2 con la correa talla S y me queda
chica, no me cierra bien en la muñeca. Está sin usar casi, con la caja.
¿Puedo cambiarla por la talla L? ¿Tengo que pagar la diferencia o el
envío? Estoy en Viña del Mar.
Gracias!!
Vale"""),
("es", "b109-es-meditacion-pausa-sin-trabajo", "Gerardo Pineda <gerardo.pineda@example.com.mx>", "pausa", "billing", "",
"""Que tal, me quedé sin chamba este mes y estoy recortando gastos. No
quiero borrar la cuenta de meditación porque me ha ayudado mucho, pero
no puedo pagar los $149 al mes por ahora. ¿Se puede pausar unos tres
meses mientras encuentro algo?
Gracias, Gerardo"""),
("es", "b109-es-re-codigo-descuento-renovacion", "Beatriz Ochoa <bea.ochoa@example.es>", "Re: Tu renovación con un 40 % de descuento", "billing", "",
"""Hola,

Me mandasteis esto en abril y por eso no cancelé. Pero hoy me han
cobrado 59,99 € completos, no 35,99. ¿Me podéis devolver la diferencia?

Bea

> ¡Hola, Beatriz!
>
> No te vayas todavía. Como jugadora fiel, tu próxima renovación anual
> de Ajedrez Premium tendrá un 40 % de descuento. No tienes que hacer
> nada: el descuento se aplicará automáticamente.
>
> ¡Nos vemos en el tablero!"""),
("es", "b109-es-cuotas-sin-intereses-peru", "Milagros Quispe <milagros.quispe@example.pe>", "Cuotas", "billing", "",
"""Buenas noches, quisiera saber si la pulsera Stride Pro (S/ 649) se
puede pagar en cuotas sin intereses con tarjeta del BCP, y en cuántas.
Gracias de antemano."""),
("es", "b109-es-citas-cobro-tras-baja-consumo", "Sergio Navarro <sergio.navarro@example.es>", "Reclamación - cobros después de la baja", "billing", "high",
"""Buenos días:

El 12 de febrero di de baja mi suscripción Plus en la app de citas
(tengo el correo de confirmación). Desde entonces me han cobrado 19,99 €
en marzo, abril y mayo. He escrito dos veces al soporte y solo recibo
respuestas automáticas.

Exijo la devolución de los 59,97 € en un plazo de diez días. En caso
contrario presentaré una reclamación en la OMIC de mi ayuntamiento y
ante la Dirección General de Consumo.

Sergio Navarro Gil
Zaragoza"""),
("es", "b109-es-audiolibros-tres-cargos-desconozco", "Carolina Benítez <caro.benitez@example.com.ar>", "3 cargos iguales", "billing", "high",
"""Hola, en el resumen de la Visa me aparecen TRES cargos de USD 14,99 de
ustedes del mismo dia. Tengo una sola cuenta y un solo plan. Ya les
escribi el lunes y nadie contesto.
Si el jueves no veo la devolucion de los dos cargos de mas, los
desconozco con el banco y que lo resuelvan ellos.
Carolina Benitez - Rosario"""),
("es", "b109-es-kit-adn-reembolso-profeco", "Patricia Ledesma <patricia.ledesma@example.com.mx>", "Reembolso negado - pedido MX-70455", "billing", "high",
"""A quien corresponda:

Devolví el kit de ADN sin abrir a los cuatro días de recibirlo, dentro
del plazo de devolución que ustedes mismos publican. Tengo la guía de
paquetería con la fecha de entrega en su almacén. Ahora me dicen que
"el kit fue activado" y que no procede el reembolso de $2,299 MXN, lo
cual es falso: nunca lo abrí.

Si en cinco días hábiles no tengo el reembolso, presentaré la queja
ante PROFECO con todas las pruebas.

Patricia Ledesma
Puebla"""),
("es", "b109-es-nube-plan-empresa-responsable", "Inmobiliaria Alameda <administracion@inmo-alameda.example>", "Plan Empresa - 12 usuarios facturados", "billing", "high",
"""Buenas tardes:

Contratamos el plan Empresa de almacenamiento de fotos para las
fotografías de los pisos que vendemos. Somos 4 usuarios y así lo
indicamos al contratar, pero desde marzo nos facturan 12 usuarios
(431,88 € al mes en lugar de 143,96 €). Lo hemos comunicado tres veces
por el formulario y cada vez nos contesta una persona distinta que nos
pide las mismas capturas.

Quiero que me llame un responsable del departamento de facturación,
no otro agente, y que se regularicen los meses cobrados de más.

Alicia Moreno
Administración, Inmobiliaria Alameda (Sevilla)
954 555 310"""),
("es", "b109-es-reloj-no-sincroniza-no-devolver", "Raúl Casado <raul.casado@example.es>", "Reloj no sincroniza", "technical", "",
"""Buenas,

Que conste que no quiero devolverlo ni que me devolváis nada, el reloj
me gusta. Pero desde que actualicé el iPhone a iOS 17.5 no sincroniza:
la app se queda en "Buscando dispositivo..." para siempre. He borrado
el emparejamiento, he reiniciado los dos, nada.

Raúl"""),
("es", "b109-es-idiomas-racha-perdida-actualizacion", "Ximena Carrillo <ximena.carrillo@example.com.mx>", "Perdi mi racha", "technical", "",
"""Hola, despues de la actualizacion de ayer la app me muestra en la
leccion 1 del curso de ingles y con racha de 0 dias. Tenia 212 dias y
iba en la unidad 9. Entre con la misma cuenta de Google de siempre.
¿Se puede recuperar? Me da mucho coraje porque le eche muchas ganas."""),
("es", "b109-es-problemas-tacticos-android", "Tomás Aguirre <tomas.aguirre@example.com.ar>", "Problemas de táctica", "technical", "",
"""Los problemas de táctica no cargan en el celular (Motorola, Android
13). Sale el tablero vacío y una ruedita que gira. En la compu andan
bien. Ya borré la caché y reinstalé la app.
Tomás"""),
("es", "b109-es-album-compartido-madre-no-ve", "Nerea Goikoetxea <nerea.goiko@example.es>", "Album compartido", "technical", "",
"""Hola, he compartido un album con las fotos de la comunion de mi hija
con mi madre, pero a ella le sale "Este album no esta disponible". Le
he mandado el enlace por WhatsApp y por correo, y lo he vuelto a
compartir dos veces. Ella tiene una tablet Lenovo. A mi hermana si le
funciona.
Nerea"""),
("es", "b109-es-audiolibro-android-auto-corta", "Julián Cárdenas <julian.cardenas@example.com.co>", "Android Auto", "technical", "",
"""Buenas, cuando conecto el celular al carro con Android Auto el
audiolibro se corta cada 5 o 10 minutos y hay que darle play otra vez.
Con Spotify no pasa. Manejo una hora diaria a Chía y así no hay quien
escuche un libro. ¿Saben de algún arreglo?"""),
("es", "b109-es-no-es-cobro-coincidencias-error", "Amparo Ruiz <amparo.ruiz@example.es>", "No es por el pago", "technical", "",
"""Buenos días. Les aclaro antes de nada que no escribo por ningún cobro,
eso está todo bien. El problema es que al entrar en "Coincidencias de
ADN" me sale "Error 500 - algo ha ido mal" desde hace una semana. El
resto de la web funciona. He probado en Chrome y en el móvil.
Un saludo, Amparo"""),
("es", "b109-es-meditacion-login-apple-chile", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "no puedo entrar", "technical", "",
"""Hola, me registre con "Iniciar sesion con Apple" y ahora en el
iPad nuevo me dice "esta cuenta no existe". En el iPhone sigo entrando
sin problema. Tengo la suscripcion pagada hasta diciembre.
Ignacio"""),
("es", "b109-es-pulsera-dice-que-estoy-muerto", "Chema Villar <chema.villar@example.es>", "La pulsera dice que estoy muerto", "technical", "",
"""Pues eso, según la pulsera estuve "sin pulso" desde las 3 hasta las 6
de la madrugada y me salta una alerta de "comprueba tu estado". Estoy
vivito y coleando, tranquilos, pero desde la actualización de la semana
pasada las lecturas nocturnas son un desastre. La llevo bien ajustada.
Chema"""),
("es", "b109-es-cargador-reloj-chispas", "Remedios Carrasco <remedios.carrasco@example.es>", "Cargador", "technical", "high",
"""Buenas tardes:

Les comento lo que me pasó anoche. Al poner el reloj a cargar en el
enchufe de la mesilla con el cargador original, saltaron unas chispas
entre la base magnética y el reloj y olió a quemado. Lo desenchufé
enseguida. La base tiene una marca negra y la parte de atrás del reloj
también.

No lo he vuelto a usar. Díganme qué hago con él.

Remedios Carrasco"""),
("es", "b109-es-estudio-pilates-pantallas-negras", "Estudio Núcleo Pilates <hola@nucleo-pilates.example>", "Pantallas", "technical", "high",
"""Hola,

Tenemos un estudio en Monterrey y usamos sus bandas de ritmo cardiaco
y el panel en las pantallas para todas las clases. Desde ayer en la
tarde el panel solo muestra "Sin conexión" y las bandas no se emparejan
con la tablet. Tuvimos que cancelar las clases de 7, 8 y 9 de la mañana
de hoy, unas 45 alumnas, y no sabemos si abrir mañana.

Necesitamos que alguien nos atienda hoy. Tel. 81 5550 2284.
Daniela Garza, dueña"""),
("es", "b109-es-clinica-dental-radiografias-nube", "Clínica Dental Sonrisa Sur <recepcion@sonrisasur.example>", "no podemos ver nada", "technical", "high",
"""Buen día.

Somos una clínica odontológica en Córdoba. Guardamos las fotos
intraorales y las radiografías de los pacientes en su nube. Desde las
9 de la mañana la sincronización muestra "error de autenticación" en
las tres computadoras y en los celulares. Los odontólogos no pueden ver
las placas de nadie y tenemos la sala de espera llena; ya
reprogramamos 11 turnos.

Por favor contáctennos urgente.
Marcela Paz, recepción"""),
("es", "b109-es-padre-boton-sos-no-avisa", "Concha Iglesias <concha.iglesias@example.es>", "El botón SOS del reloj de mi padre no funciona", "technical", "high",
"""Buenas tardes,

Mi padre tiene 87 años, vive solo en un pueblo de Zamora y lleva su
reloj con detección de caídas y botón SOS porque tiene mucho riesgo
de caerse. Esta mañana hemos hecho la prueba del SOS como cada semana
y no nos ha llegado ningún aviso, ni a mí ni a mi hermano. La app dice
"Servicio de emergencia no disponible".

Ahora mismo está sin ninguna protección. Necesito que alguien me ayude
hoy.

Concha Iglesias
647 555 903"""),
("es", "b109-es-kit-adn-liquido-ojo-nina", "Álvaro Méndez <alvaro.mendez@example.es>", "Kit de ADN - tapón roto", "technical", "high",
"""Hola,

Os escribo para que lo sepáis. Ayer, al cerrar el tubo del kit de ADN
después de escupir, el tapón con el líquido estabilizador se partió y
el líquido salpicó. Una gota le cayó en el ojo a mi hija de 6 años,
que estaba mirando. Se lo lavamos con agua mucho rato y en urgencias
nos dijeron que no parece grave, pero tiene el ojo irritado.

El tapón ya venía con una grieta, lo vemos ahora. Creo que deberíais
revisar ese lote (lote 23-118B) antes de que le pase a otro niño.

Álvaro Méndez"""),
("es", "b109-es-gracias-meditacion-abuelo", "Manuel Sáez <manuel.saez@example.es>", "Agradecimiento", "general", "",
"""Muy señores míos:

Tengo 81 años y mi nieta me instaló su aplicación de meditación después
de mi operación de corazón. Quiero agradecerles especialmente los
ejercicios de respiración guiados por la señora de voz tranquila. Hago
el de diez minutos todas las mañanas en el balcón y mi cardióloga dice
que tengo mejor la tensión.

Reciban un cordial saludo,
Manuel Sáez Gómez
Albacete"""),
("es", "b109-es-felicitaciones-torneo-online", "Martina Ferraro <martina.ferraro@example.com.ar>", "Gracias por el torneo!", "general", "",
"""Hola!! Solo queria felicitarlos por el torneo online de la semana
pasada para clubes de Latinoamerica. Anduvo todo perfecto, los chicos
de nuestro club de Mar del Plata estaban felices y la transmision con
comentarios en español fue un lujo. Ojala lo repitan pronto!!
Martina - Club de Ajedrez Atlántico"""),
("es", "b109-es-cambio-apellido-correo", "Fernanda Olvera <fernanda.olvera@example.com.mx>", "Actualizar datos", "general", "",
"""Hola, me casé y ahora uso el apellido de mi esposo. Quisiera que en mi
perfil aparezca Fernanda Olvera de Ibarra y cambiar el teléfono de
contacto a 55 5550 1932. Gracias."""),
("es", "b109-es-donde-se-guardan-datos-geneticos", "Íñigo Larrañaga <inigo.larranaga@example.es>", "Mis datos genéticos", "general", "",
"""Buenas,

Antes de activar el kit que me regalaron me gustaría saber en qué país
se guardan los datos genéticos, si se comparten con terceros (por
ejemplo con aseguradoras o para investigación) y si puedo pedir que se
destruya la muestra de saliva una vez analizada.

Gracias,
Íñigo"""),
("es", "b109-es-patrocinio-club-escolar-medellin", "Profe Liliana Restrepo <liliana.restrepo@example.com.co>", "Solicitud de patrocinio", "general", "",
"""Cordial saludo.

Soy docente de una institución educativa pública en la comuna 13 de
Medellín, donde tenemos un club de ajedrez con 60 estudiantes. Queremos
participar en el torneo intercolegiado de noviembre y estamos buscando
aliados. ¿Su empresa tiene algún programa de patrocinio o de apoyo a
clubes escolares, por ejemplo con cuentas premium para los muchachos?

Quedo atenta,
Liliana Restrepo"""),
("es", "b109-es-pedido-dejar-en-conserjeria", "Pilar Domínguez <pilar.dominguez@example.es>", "Pedido 40217", "general", "",
"""Buenas, el reloj me llega el martes y yo trabajo de mañana. Por favor
que el repartidor lo deje en la conserjería del edificio (portal 3,
preguntar por Ramón). Gracias."""),
("es", "b109-es-idiomas-mapudungun-quechua", "Camila Huenchullán <camila.huenchullan@example.cl>", "Pregunta", "general", "",
"""Hola, ¿tienen o van a tener cursos de mapudungun o de quechua? Mi
abuela habla mapudungun y me gustaría aprender para conversar con
ella. Si no, ¿conocen alguna app que sí lo tenga?"""),
("es", "b109-es-quedada-corredores-sevilla", "Curro Benjumea <curro.benjumea@example.es>", "Quedada en Sevilla", "general", "",
"""Buenas! He visto en la app que organizáis una quedada para salir a
correr por el parque de María Luisa. ¿Qué día es y a qué hora? ¿Hay
que apuntarse en algún sitio o se presenta uno allí y ya?"""),
("es", "b109-es-perdido-grabacion-podcast-cdmx", "Diego Arreola <diego.arreola@example.com.mx>", "Se me olvidó mi chamarra", "general", "",
"""Hola, estuve en la grabación en vivo del podcast el sábado en el
foro de la colonia Roma y se me quedó una chamarra de mezclilla en la
fila 5. Trae unos lentes en la bolsa. ¿Alguien la encontró? ¿Dónde
puedo ir por ella?
Diego"""),
("es", "b109-es-urgente-horario-chat", "Encarni Molina <encarni.molina@example.es>", "URGENTE", "general", "",
"""¿A qué hora abre el chat de atención al cliente los sábados? Gracias."""),
("es", "b109-es-re-regiones-italia-resultados", "Gustavo Bianchi <gustavo.bianchi@example.com.ar>", "Re: Tu kit está en camino", "general", "",
"""Gracias. Una consulta mientras espero: mis cuatro abuelos eran
italianos (Calabria y Piamonte). ¿Los resultados muestran regiones de
Italia o solamente dice "Italia"?

Gustavo

> Hola Gustavo,
>
> Tu kit de ADN ya salió de nuestro almacén y llegará en 5 a 7 días
> hábiles. Cuando lo recibas, regístralo en la app antes de enviar la
> muestra.
>
> Saludos,
> El equipo"""),
("es", "b109-es-trato-empleado-stand-encargado", "Rosario Vidal <rosario.vidal@example.es>", "Trato recibido en su stand de Gran Vía 2", "general", "high",
"""Buenas tardes:

El viernes fui a su stand del centro comercial Gran Vía 2 a preguntar
por los relojes para mi marido. El empleado (un chico alto, con gafas)
estuvo todo el rato con el móvil, me contestó de malas maneras y,
cuando le pedí que me enseñara uno, me dijo que "eso es para gente que
hace deporte, señora". Delante de otros clientes.

No busco ningún descuento. Quiero que el encargado o el responsable de
zona se ponga en contacto conmigo para explicarme qué piensan hacer.

Rosario Vidal"""),
("es", "b109-es-evento-solteros-terraza-cristales", "Mariana Treviño <mariana.trevino@example.com.mx>", "Evento del sábado en la terraza", "general", "high",
"""Hola,

El sábado fui al evento de solteros que organizó su app en la terraza
de Polanco. En la zona de la barra había vidrios rotos de un vaso en el
piso desde el principio, nadie los recogió en toda la noche, y la
escalera hacia la terraza no tiene barandal de un lado. Una chica se
cortó el pie (llevaba sandalias) y otra casi se cae por la escalera.

Tienen otro evento ahí el próximo sábado. Antes de que alguien se
lastime de verdad, alguien debería revisar ese lugar.

Mariana Treviño"""),
# ---------------- Polish ----------------
("pl", "b109-pl-randki-poznalam-kogos", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Koniec z Premium :)", "billing", "",
"""Dzień dobry,

mam dobrą wiadomość dla Was i dla mnie: poznałam kogoś w Waszej
aplikacji i od dwóch miesięcy jesteśmy razem. W związku z tym Premium
nie jest mi już potrzebne. Proszę o wyłączenie automatycznego
odnowienia, żeby 10 czerwca nie pobrało się kolejne 39,99 zł.

Pozdrawiam serdecznie,
Agnieszka"""),
("pl", "b109-pl-zestaw-dna-podwojnie-blik", "Paweł Szymański <pawel.szymanski@example.pl>", "Dwie płatności BLIK", "billing", "",
"""Dzień dobry, zamówiłem zestaw DNA (zamówienie PL-30981) i płaciłem
BLIKIEM. Za pierwszym razem wyskoczył błąd, więc zatwierdziłem drugi
raz i teraz w banku mam dwie transakcje po 349 zł. Zestaw zamówiony
jest jeden. Proszę o zwrot jednej płatności.
Paweł Szymański"""),
("pl", "b109-pl-audiobooki-mama-zmarla", "Krystyna Dąbrowska <krystyna.dabrowska@example.pl>", "Abonament po mamie", "billing", "",
"""Szanowni Państwo,

w marcu zmarła moja mama, Halina Dąbrowska. Porządkując jej sprawy
zauważyłam, że co miesiąc z jej konta schodzi 29,99 zł za Wasz
abonament na audiobooki. Mama słuchała głównie kryminałów, ostatnie
miesiące już nie.

Proszę o zakończenie abonamentu i informację, jakie dokumenty są
potrzebne (mam akt zgonu). Jeżeli jest możliwość zwrotu za kwiecień
i maj, byłabym wdzięczna.

Z poważaniem
Krystyna Dąbrowska
Lublin"""),
("pl", "b109-pl-faktura-nip-chmura", "Biuro Rachunkowe Kłos <biuro@klos-rachunkowosc.example>", "Faktura VAT", "billing", "",
"""Dzień dobry,

opłacamy plan Business 1 TB na przechowywanie skanów dokumentów
klientów. Potrzebujemy faktur VAT na firmę, a otrzymujemy tylko
potwierdzenie płatności. Dane:

Biuro Rachunkowe Kłos Sp. z o.o.
ul. Piotrkowska 148, 90-063 Łódź
NIP 725-218-44-90

Prosimy o faktury od stycznia. Czy możliwe jest też przesyłanie ich
automatycznie na adres faktury@klos-rachunkowosc.example?

Pozdrawiamy,
Ewa Kłos"""),
("pl", "b109-pl-pytanie-raty-zegarek", "Marek Zieliński <marek.zielinski@example.pl>", "Pytanie", "billing", "",
"""Czy zegarek Vita 2 (1199 zł) mozna kupic na raty 0%? Jesli tak to na
ile rat i czy trzeba cos wiecej niz dowod osobisty?"""),
("pl", "b109-pl-szachy-roczny-na-miesieczny", "Bartosz Górski <bartosz.gorski@example.pl>", "Zmiana planu", "billing", "",
"""Cześć,

mam plan roczny Gold (kończy się we wrześniu). Nie chcę z niego rezygnować,
ale od września wolałbym płacić miesięcznie, bo w wakacje i tak prawie
nie gram. Da się to ustawić już teraz, żeby we wrześniu nie pobrało mi
znowu 219 zł za rok?

Bartek"""),
("pl", "b109-pl-jezyki-wyjazd-na-statek", "Tomasz Kaczmarek <tomasz.kaczmarek@example.pl>", "Wyjazd", "billing", "",
"""Dzien dobry, od lipca jade na pol roku pracowac na statku (platforma
na Morzu Polnocnym) i internetu praktycznie nie bede mial. Czy moge
zawiesic subskrypcje nauki norweskiego na ten czas zamiast ja anulowac?
Nie chce stracic postepow.
Tomasz"""),
("pl", "b109-pl-odp-zwrot-opaska-14-dni", "Natalia Wiśniewska <natalia.wisniewska@example.pl>", "Odp: Potwierdzenie odstąpienia od umowy", "billing", "",
"""Dzień dobry,

minęło już ponad 14 dni od tej wiadomości, a pieniądze (449 zł) nie
wróciły na moje konto. Proszę o sprawdzenie.

Natalia Wiśniewska

> Szanowna Pani,
>
> potwierdzamy otrzymanie oświadczenia o odstąpieniu od umowy dla
> zamówienia PL-28814 (opaska Stride Pro). Zwrot środków nastąpi
> niezwłocznie, nie później niż w ciągu 14 dni, na rachunek, z którego
> dokonano płatności.
>
> Z poważaniem,
> Dział Obsługi Klienta"""),
("pl", "b109-pl-karta-podarunkowa-medytacja-babcia", "Ola Nowak <ola.nowak@example.pl>", "prezent dla babci", "billing", "",
"""hej, chciałabym kupić babci na urodziny roczny dostęp do aplikacji do
medytacji, ale babcia nie ma karty ani konta u Was. Da się kupić taki
kod podarunkowy i jej go wydrukować? Ile kosztuje roczny?"""),
("pl", "b109-pl-kod-rabatowy-nie-zadzialal", "Lukasz Pawlak <lukasz.pawlak@example.pl>", "Kod LATO20", "billing", "",
"""Witam, wpisalem kod LATO20 przy zakupie planu rocznego na puzzle i
krzyzowki, pokazalo "kod zastosowany", a pobralo pelne 129 zl zamiast
103,20. Prosze o zwrot roznicy.
Lukasz Pawlak"""),
("pl", "b109-pl-chmura-trzy-razy-reklamacja-bank", "Robert Jankowski <robert.jankowski@example.pl>", "Trzykrotne obciążenie karty", "billing", "high",
"""Dzień dobry,

10 maja moja karta została obciążona trzy razy kwotą 49,99 zł za plan
2 TB. Plan mam jeden. Pisałem 12 i 19 maja, odpowiedzi brak.

Jeżeli do końca tygodnia dwie nadmiarowe płatności nie zostaną
zwrócone, składam reklamację transakcji w banku (chargeback) i
zgłaszam sprawę do rzecznika konsumentów.

Robert Jankowski"""),
("pl", "b109-pl-randki-pol-roku-uokik", "Monika Lewandowska <monika.lewandowska@example.pl>", "Nieautoryzowana subskrypcja", "billing", "high",
"""Szanowni Państwo,

skorzystałam z darmowego tygodnia próbnego i po jego zakończeniu
pobrali Państwo z mojej karty 239,94 zł za sześć miesięcy. Nigdzie w
procesie rejestracji nie było jasnej informacji, że okres próbny
przechodzi w płatną subskrypcję półroczną. Anulowałam ją tego samego
dnia, ale konsultant odmówił zwrotu.

Żądam zwrotu całej kwoty w ciągu 7 dni. W przeciwnym razie złożę
skargę do UOKiK i do miejskiego rzecznika konsumentów.

Monika Lewandowska
Wrocław"""),
("pl", "b109-pl-podcast-faktura-przelozony", "Kamil Wójcik <kamil@radio-osiedle.example>", "Faktura FV/2024/05/118 - prośba o kontakt przełożonego", "billing", "high",
"""Dzień dobry,

nasza sieć podcastów ma u Państwa plan Pro za 599 zł netto miesięcznie.
Na fakturze za maj doliczono 1 850 zł za "przekroczenie transferu",
choć według cennika plan Pro ma transfer bez limitu. Trzech różnych
konsultantów odpowiedziało nam, że "system naliczył poprawnie".

Nie zapłacimy tej pozycji. Proszę, aby sprawą zajął się przełożony
działu rozliczeń albo opiekun klienta biznesowego i skontaktował się
ze mną telefonicznie: 601 555 348.

Kamil Wójcik
Radio Osiedle sp. z o.o."""),
("pl", "b109-pl-zestaw-dna-zwrot-pozew", "Stanislaw Kowalczyk <stanislaw.kowalczyk@example.pl>", "Zwrot zestawu DNA", "billing", "high",
"""Szanowni Panstwo,

zestaw DNA odeslalem nieotwarty, w oryginalnej folii, 6 dni po
otrzymaniu, czyli w terminie na odstapienie od umowy. Mam potwierdzenie
nadania i odbioru przez Panstwa magazyn. Dzis dostalem odmowe zwrotu
349 zl z uzasadnieniem, ze "zestawy DNA nie podlegaja zwrotowi".

Jezeli pieniadze nie wroca w ciagu 14 dni, skieruje sprawe do sadu
w postepowaniu uproszczonym.

Stanislaw Kowalczyk
Rzeszow"""),
("pl", "b109-pl-zegarek-powiadomienia-po-aktualizacji", "Joanna Kamińska <joanna.kaminska@example.pl>", "Brak powiadomień", "technical", "",
"""Od aktualizacji zegarka w zeszły czwartek nie dostaję żadnych
powiadomień z telefonu, ani SMS, ani Messengera. Połączenia pokazuje.
W aplikacji wszystko jest włączone, zegarek rozparowałam i sparowałam
jeszcze raz. Telefon Samsung S22.
Joanna"""),
("pl", "b109-pl-jezyki-nie-chodzi-o-platnosc-offline", "Marta Sikora <marta.sikora@example.pl>", "Lekcje offline", "technical", "",
"""Dzień dobry, od razu zaznaczam, że nie chodzi o płatność, subskrypcja
jest opłacona i wszystko się zgadza. Problem w tym, że pobrane lekcje
nie działają offline: w pociągu (dojeżdżam Kraków - Tarnów, zasięg
słaby) aplikacja pokazuje "Brak połączenia z internetem" i nie otwiera
niczego, choć przy lekcjach jest zielony znaczek "pobrane".
Marta"""),
("pl", "b109-pl-szachy-rozlaczenie-ranking", "Wojciech Duda <wojciech.duda@example.pl>", "partia przerwana", "technical", "",
"""Witam, w turnieju arena wczoraj wieczorem trzy razy wyrzuciło mnie z
partii z komunikatem "Utracono połączenie z serwerem", a po powrocie
partia była już przegrana. Inne strony działały normalnie. Straciłem
przez to ok. 40 pkt rankingu. Login: wojtek_hetman
Czy to był problem po Waszej stronie?"""),
("pl", "b109-pl-chmura-duplikaty-zdjec", "Beata Mazur <beata.mazur@example.pl>", "Zdjęcia podwójnie", "technical", "",
"""Dzień dobry,

po zmianie telefonu wszystkie zdjęcia w chmurze mam podwójnie, część
nawet potrójnie - razem ponad 9 tysięcy zamiast 3 200. Przez to
zabrakło mi miejsca. Czy jest jakieś narzędzie do usunięcia duplikatów,
bo ręcznie tego nie przejrzę?

Beata Mazur"""),
("pl", "b109-pl-audiobooki-telewizor-logowanie", "Zbigniew Krawczyk <zbigniew.krawczyk@example.pl>", "Telewizor", "technical", "",
"""Dzien dobry, zainstalowalem aplikacje z audiobookami na telewizorze LG.
Pokazuje kod do wpisania na stronie, wpisuje go na komputerze, strona
mowi "urzadzenie polaczone", a telewizor caly czas pokazuje ten sam
kod. Probowalem 5 razy. Na telefonie wszystko dziala.
Z.K."""),
("pl", "b109-pl-bieg-przez-jezioro", "Michał Zając <michal.zajac@example.pl>", "Bieganie przez jezioro", "technical", "",
"""Hej,

wczorajszy bieg zabił mnie kompletnie, ale według zegarka to dlatego,
że przebiegłem środkiem Jeziora Maltańskiego :) Trasa GPS skacze po
całej mapie, dystans wyszedł 14,3 km zamiast 10. Od tygodnia tak jest
przy każdym treningu, wcześniej było idealnie. Zegarek ma najnowsze
oprogramowanie.

Michał"""),
("pl", "b109-pl-medytacja-dzwiek-bluetooth", "Ewelina Grabowska <ewelina.grabowska@example.pl>", "Dźwięk się rwie", "technical", "",
"""Dzień dobry, na słuchawkach bezprzewodowych (JBL) dźwięk w aplikacji
do medytacji przerywa co kilka sekund. Na głośniku telefonu jest dobrze,
w innych aplikacjach na tych samych słuchawkach też. iPhone 14.
Pozdrawiam, Ewelina"""),
("pl", "b109-pl-kod-aktywacyjny-dna-odrzucony", "Przemyslaw Walczak <przemek.walczak@example.pl>", "kod aktywacyjny", "technical", "",
"""Dzien dobry, przy rejestracji zestawu DNA strona odrzuca kod z
probowki ("Nieprawidlowy kod aktywacyjny"). Przepisuje dokladnie:
DX4-77K-219Q. Probowalem na telefonie i komputerze. Probke chcialbym
odeslac jak najszybciej, bo juz ja pobralem.
Przemek"""),
("pl", "b109-pl-ladowarka-iskrzy-spalenizna", "Halina Michalska <halina.michalska@example.pl>", "Ładowarka do zegarka", "technical", "high",
"""Dzień dobry,

chciałam zgłosić, że wczoraj wieczorem ładowarka do zegarka zaiskrzyła
przy podłączaniu do gniazdka i poczułam zapach spalenizny. Od razu ją
wyjęłam. Na wtyczce kabla jest ciemny nalot, a plastik przy złączu jest
lekko stopiony. To oryginalna ładowarka z zestawu, zegarek mam od
trzech miesięcy.

Ładowarki nie używam. Proszę o informację, co dalej.

Halina Michalska"""),
("pl", "b109-pl-szkola-jezykowa-kursanci-nie-wchodza", "Lingua Centrum <sekretariat@lingua-centrum.example>", "Dzisiejsze zajęcia", "technical", "high",
"""Dzień dobry,

jesteśmy szkołą językową w Katowicach i wszystkie zajęcia prowadzimy na
Państwa platformie. Od godz. 16 żaden kursant nie może się zalogować -
po wpisaniu hasła strona wraca do ekranu logowania. Odwołaliśmy już
grupy o 16:00 i 17:30, to ok. 60 osób, a wieczorem mamy jeszcze cztery
grupy firmowe. Lektorzy siedzą bezczynnie, telefony się urywają.

Prosimy o pilny kontakt: 32 555 71 40.
Sekretariat Lingua Centrum"""),
("pl", "b109-pl-fizjoterapia-panel-pacjentow", "Rehabilitacja Ruch <recepcja@rehab-ruch.example>", "panel", "technical", "high",
"""Dzien dobry,

nasz gabinet fizjoterapii uzywa Panstwa opasek i panelu trenera do
prowadzenia rehabilitacji kardiologicznej. Od wczoraj panel pokazuje
wszystkim pacjentom zera i "brak danych", opaski nie wysylaja
pomiarow. Bez podgladu tetna nie mozemy prowadzic cwiczen z pacjentami
po zawalach, wiec dzis odeslalismy do domu 14 osob, jutro mamy 18.

Prosimy o pomoc jak najszybciej.
Recepcja, Rehabilitacja Ruch, Opole"""),
("pl", "b109-pl-glukoza-corka-zegarek", "Dorota Jasińska <dorota.jasinska@example.pl>", "Nie widzę cukrów córki", "technical", "high",
"""Dzień dobry,

moja córka (11 lat) ma cukrzycę typu 1. Odczyty z sensora trafiają do
jej zegarka i przez Waszą aplikację do mnie, żebym widziała niedocukrzenia,
kiedy jest w szkole albo śpi. Od rana aplikacja pokazuje "Sesja
wygasła", a po zalogowaniu "Konto tymczasowo zablokowane". Reset hasła
nie przychodzi.

Nie mam teraz żadnego podglądu jej cukrów. Bardzo proszę o szybką pomoc.

Dorota Jasińska
504 555 219"""),
("pl", "b109-pl-zegarek-trzecia-naprawa-kierownik", "Henryk Sobczak <henryk.sobczak@example.pl>", "Trzecia naprawa - żądam kontaktu z kierownikiem", "technical", "high",
"""Szanowni Państwo,

zegarek Vita 2 był już dwa razy w Państwa serwisie z tą samą usterką:
ekran gaśnie po kilku minutach i nie reaguje na dotyk. Po każdej
"naprawie" wytrzymuje tydzień. Teraz znowu to samo.

Nie zamierzam wysyłać go po raz trzeci do tego samego punktu i
słuchać tych samych formułek. Żądam kontaktu z kierownikiem serwisu.

Zgłoszenia: SRV-1140, SRV-1388
Henryk Sobczak"""),
("pl", "b109-pl-podziekowanie-pielegniarka-nocki", "Iwona Baran <iwona.baran@example.pl>", "Dziękuję", "general", "",
"""Dzień dobry,

jestem pielęgniarką na oddziale intensywnej terapii i od lat pracuję na
nocki. Po dyżurze nie potrafiłam zasnąć w dzień. Od pół roku słucham
Waszych nagrań "Sen po nocnej zmianie" i pierwszy raz od dawna śpię po
6 godzin. Chciałam po prostu podziękować.

Iwona"""),
("pl", "b109-pl-pochwala-konsultant-adam", "Ryszard Kołodziej <ryszard.kolodziej@example.pl>", "Pochwała", "general", "",
"""Szanowni Państwo,

chciałbym pochwalić Pana Adama z infolinii, który cierpliwie przez
prawie godzinę pomagał mi założyć konto i ustawić drzewo genealogiczne.
Mam 76 lat i nie jestem biegły w komputerach, a nie poczułem się ani
przez chwilę zbyty. Proszę przekazać jego przełożonym.

Ryszard Kołodziej
Gniezno"""),
("pl", "b109-pl-zmiana-nazwiska-adresu", "Katarzyna Nowicka <katarzyna.nowicka@example.pl>", "Zmiana danych", "general", "",
"""Dzien dobry, prosze o zmiane danych w koncie: nazwisko z Nowicka na
Nowicka-Pawlak, adres: ul. Wiosenna 7/12, 80-175 Gdansk. Email bez
zmian. Dziekuje."""),
("pl", "b109-pl-rodo-kopia-danych-genetycznych", "Jakub Wieczorek <jakub.wieczorek@example.pl>", "Wniosek o dostęp do danych", "general", "",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o przekazanie kopii moich danych
osobowych, w tym surowych danych genetycznych (plik z wynikami), oraz
informacji, z jakimi podmiotami zostały udostępnione. Proszę też o
informację, czy moja próbka śliny jest nadal przechowywana.

Z poważaniem
Jakub Wieczorek"""),
("pl", "b109-pl-sponsoring-turniej-gdansk", "Anna Szewczyk <anna.szewczyk@example.pl>", "Turniej szachowy dla dzieci - współpraca", "general", "",
"""Dzień dobry,

jestem prezeską klubu szachowego "Skoczek" z Gdańska. W październiku
organizujemy IV Memoriał dla dzieci i młodzieży, spodziewamy się ok.
200 zawodników z Pomorza. Czy byliby Państwo zainteresowani
sponsoringiem, np. w formie kont premium jako nagród? W zamian logo na
plakatach, dyplomach i transmisji.

Pozdrawiam,
Anna Szewczyk"""),
("pl", "b109-pl-zamowienie-paczkomat", "Grzegorz Kubiak <grzegorz.kubiak@example.pl>", "Zamówienie 55120", "general", "",
"""Dzień dobry, przy zamówieniu wybrałem dostawę kurierem, ale wolałbym
jednak odbiór w paczkomacie POZ08M na Ratajach, bo nie będzie mnie w
domu przez cały tydzień. Da się to jeszcze zmienić?"""),
("pl", "b109-pl-kurs-kaszubskiego", "Aleksandra Formela <ola.formela@example.pl>", "kaszubski", "general", "",
"""Dzień dobry, czy planujecie kurs języka kaszubskiego? Moja babcia z
Kartuz mówi po kaszubsku, a ja rozumiem może co trzecie słowo. Myślę,
że sporo osób z Pomorza by się zapisało."""),
("pl", "b109-pl-spotkanie-sluchaczy-krakow", "Dawid Nowak <dawid.nowak@example.pl>", "Spotkanie słuchaczy", "general", "",
"""Hej, w ostatnim odcinku było wspomniane spotkanie słuchaczy w
Krakowie. Gdzie dokładnie i o której? I czy można przyjść z dzieckiem
(13 lat), bo syn słucha razem ze mną?"""),
("pl", "b109-pl-zgubiony-szalik-turniej", "Jerzy Olszewski <jerzy.olszewski@example.pl>", "Zguba na turnieju", "general", "",
"""Dzien dobry, na sobotnim turnieju szachowym w Poznaniu (hala przy
ul. Reymonta) zostawilem na krzesle przy stoliku 23 szary welniany
szalik i okulary w brazowym etui. Czy ktos je znalazl? Moge odebrac
osobiscie.
Jerzy Olszewski"""),
("pl", "b109-pl-pilne-godziny-infolinii", "Wiesława Rutkowska <wieslawa.rutkowska@example.pl>", "PILNE!!!", "general", "",
"""W jakich godzinach działa infolinia w soboty? Dziękuję."""),
("pl", "b109-pl-odp-kresy-wyniki", "Elżbieta Wasilewska <elzbieta.wasilewska@example.pl>", "Odp: Twoje wyniki są gotowe", "general", "",
"""Dziękuję. Mam pytanie: rodzina mojego ojca pochodzi spod Grodna, a
mamy spod Tarnopola. W wynikach mam tylko "Europa Wschodnia 87%".
Czy w przyszłości będą dokładniejsze regiony, np. osobno Polska,
Białoruś, Ukraina?

Elżbieta

> Dzień dobry,
>
> Twoje wyniki pochodzenia są gotowe! Zaloguj się, aby zobaczyć mapę
> pochodzenia etnicznego i listę dopasowanych krewnych.
>
> Zespół Genealogii"""),
("pl", "b109-pl-niegrzeczny-konsultant-przelozony", "Sylwia Krajewska <sylwia.krajewska@example.pl>", "Skarga na konsultanta", "general", "high",
"""Dzień dobry,

we wtorek zgłaszałam na czacie fałszywy profil, który podszywał się
pod moją siostrę i wyłudzał pieniądze od jej znajomych. Konsultant
(podpisany "Marcin") odpowiadał złośliwie, napisał mi "może siostra sama
założyła i się Pani wstydzi", a na koniec po prostu zamknął rozmowę.
Mam zrzuty ekranu.

Proszę, aby jego przełożony zapoznał się z tą rozmową i się ze mną
skontaktował.

Sylwia Krajewska"""),
("pl", "b109-pl-randki-usuniecie-konta-uodo", "Adrian Michalak <adrian.michalak@example.pl>", "Usunięcie danych - ostatnie wezwanie", "general", "high",
"""Szanowni Państwo,

w lutym zażądałem usunięcia konta i wszystkich moich danych z Państwa
aplikacji randkowej (zdjęcia, wiadomości, lokalizacje), na podstawie
art. 17 RODO. Do dziś nie dostałem odpowiedzi, a znajomi nadal widzą
mój profil.

Jeżeli w ciągu 7 dni nie otrzymam potwierdzenia usunięcia danych,
złożę skargę do Prezesa UODO.

Adrian Michalak"""),
]
