# batch84.py -- labelled mails held out of the tree until the rules it
# measures are final: nothing is tuned or trained on them before then.
# Personalised gifts (photo books, custom phone cases, engraved jewellery,
# personalised children's books, star naming, custom jigsaws, monogrammed
# towels and gifts), 40 mails each in English, Greek (a third Greeklish),
# Spanish and Polish, written separately for each language.  Covers
# escalation demands that keep their topic, legal threats and chargebacks,
# negations, subjects that say nothing or something else, replies quoting
# an earlier mail, paid plans ended or paused in other words, business
# outages told by their consequences, safety hazards told calmly, praise,
# payment questions, and everyday mail of all three queues.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b84-en-photobook-charged-twice", "Harriet Pugh <harriet.pugh@example.co.uk>", "Charged twice for one photo book", "billing", "",
"""Hi there,

I ordered one A4 landscape photo book (our Cornwall holiday, order
PB-220917) on Sunday evening and my bank app shows two payments of
£42.98 to you, both on the same day. I only got one confirmation email
and I only want the one book!

Could you refund the second payment please.

Thanks,
Harriet"""),
("en", "b84-en-star-renewal-mum-passed", "Graham Ellison <g.ellison@example.co.uk>", "Star registry", "billing", "",
"""Dear Sir or Madam,

Some years ago my mother named a star after my late father through your
company, and since then she has paid £14.99 each year for what you call
the "Star Keeper annual plan". Mum passed away in February and I am
dealing with her affairs.

I do not wish the plan to carry on. Please stop any further yearly
payments from her card ending 4471. I assume the star itself keeps its
name regardless, which is all the family cares about.

Yours faithfully,
Graham Ellison"""),
("en", "b84-en-sale-price-dispute-card", "Kayla Brennan <kayla.brennan@example.com>", "charged full price", "billing", "high",
"""Your site had the custom phone cases at 40% off all weekend (banner on
the home page, I have a screenshot). I ordered two on Saturday and I was
charged the full $34.99 each, $69.98 total plus tax. Your chat bot keeps
telling me "promotions cannot be applied retrospectively".

It was not retrospective, I bought during the sale. If the $27.99
difference isn't back on my Visa by Friday I'm disputing the whole
charge with my card company.

Kayla Brennan
Columbus, OH"""),
("en", "b84-en-vat-invoice-branded-jigsaws", "Accounts <accounts@harrowfield-estates.example>", "Order 77102 - VAT invoice needed", "billing", "",
"""Good afternoon,

We ordered 30 custom jigsaws with our new office photo for a client
event (order 77102, £613.50 inc. VAT). The confirmation email is not a
valid VAT invoice for our purposes. Please could you send a full VAT
invoice addressed to:

Harrowfield Estates Ltd
2 Bridge Street
Shrewsbury SY1 1QE

Our PO number is HE-4410, which needs to appear on it.

Kind regards,
Naomi Clarke
Accounts Assistant"""),
("en", "b84-en-towels-exchange-colour", "Bernadette Kavanagh <b.kavanagh@example.ie>", "towels", "billing", "",
"""Hello, I ordered the monogrammed bath towel set in "sage" for my
daughter's wedding present and when it came the green is much darker
than on screen, more bottle green. The initials are right and it's all
lovely quality. I know personalised things are usually not returnable
but would you do an exchange for the oatmeal colour if I pay the
difference? It's €12 more I think.

Bernadette"""),
("en", "b84-en-bookclub-hold-move", "Siobhan Daly <siobhan.daly@example.ie>", "Little Reader club while we move", "billing", "",
"""Hi folks,

We're moving from Galway to Dubai at the end of the month (husband's
job) and I don't want the personalised book for Aoife landing on an
empty house in Galway. Can you put the Little Reader club on hold for
three months, so no €16.50 payments in May, June or July, and then I'll
give you the new address?

We don't want to cancel, she adores seeing her name in the stories.

Siobhan"""),
("en", "b84-en-ring-refund-chargeback", "Tyler Morgan <tmorgan88@example.com>", "Order #55821 - last attempt before chargeback", "billing", "high",
"""This is my fourth email.

On March 2 I paid $238.00 for an engraved men's ring (order #55821).
On March 19 you emailed that the engraving machine was down and the
order was cancelled and would be refunded in 5-7 business days. It is
now April 11 and there is no refund on my Amex.

I have the cancellation email. If I do not see the $238.00 credited
within 48 hours I will open a dispute with American Express and let
them sort it out.

Tyler Morgan"""),
("en", "b84-en-refund-promised-senior", "Rajesh Iyer <rajesh.iyer@example.in>", "Refund not received - need senior person", "billing", "high",
"""Dear Team,

This is regarding my order no. PB-208814 for a personalised photo book
(Rs. 3,450) which was cancelled by your side on 28th last month due to
printing delay. Your executive Mr. Arun assured on phone that refund
will be credited in my HDFC account within 7 working days. Till date no
amount is received.

I have called 5 times and each time I am told "it is in process". I
request you to kindly escalate this matter to a senior person or your
customer care head, as the front line team is not able to resolve.

Kindly do the needful at the earliest.

Regards,
Rajesh Iyer
Pune"""),
("en", "b84-en-watch-deposit-small-claims", "Oliver Hastings <oliver.hastings@example.co.uk>", "Deposit for bespoke engraved watch", "billing", "high",
"""Dear Customer Services,

On 4 September I paid a deposit of £150 towards a bespoke engraved
pocket watch (quote Q-3318), due to be finished by 1 November for my
father's 70th. On 6 September, two days later and before any work was
started, I cancelled by email. Your reply said the deposit is
"non-refundable under all circumstances".

Nothing had been made or engraved and no materials were ordered for
me. Under the Consumer Contracts Regulations I believe I am entitled to
it back. Please treat this as a letter before action: if the £150 is
not refunded within 14 days I will file a claim through the small
claims court.

Oliver Hastings"""),
("en", "b84-en-afterpay-jigsaw", "Chloe Nguyen <chloe.nguyen@example.com.au>", "Afterpay?", "billing", "",
"""Hey! Quick one - can I use Afterpay for the 1000 piece custom jigsaw
($64.95 AUD)? I can't see it at checkout, only card and PayPal. Is
there a minimum spend or something?

Cheers, Chloe (Brisbane)"""),
("en", "b84-en-re-quote-hotel-towels", "Declan Moriarty <declan@seaviewhouse.example.ie>", "Re: Quote 4471 - embroidered towels", "billing", "",
"""Hi Maeve,

Thanks for this. We're happy with the design. Two questions before we
sign off: would you do better than the 10% if we go to 120 hand towels
instead of 80, and can we pay the 30% deposit by bank transfer rather
than card? Our card limit is a bit tight coming into the season.

Declan
Seaview House B&B, Dingle

-----Original Message-----
From: Maeve Collins <quotes@example-monogram.ie>
Sent: 14 February 10:02
To: Declan Moriarty
Subject: Quote 4471 - embroidered towels

Hi Declan,

As discussed, please find attached our quote for 80 white hand towels
and 40 bath sheets with the Seaview House logo embroidered in navy.
Total €1,862.00 including a 10% trade discount. A 30% deposit is
required to book in production.

Kind regards,
Maeve"""),
("en", "b84-en-hello-voucher-zero", "Margaret Holt <margaret.holt@example.co.uk>", "Hello", "billing", "",
"""Hello,

Your website is working perfectly well so I don't think this is a
technical matter. I bought my sister a £50 gift voucher for her
birthday in December. She went to use it last week for a photo
calendar and it says the balance is £0.00. She has never used it.
The voucher code is GV-88K2-QT41. Where has the money gone?

Margaret Holt"""),
("en", "b84-en-pet-calendar-biscuit", "Dan Whitfield <dan.whitfield@example.co.uk>", "Biscuit", "billing", "",
"""Hi,

Sorry, bit of a sad one. I've been getting your "Pet of the Month"
personalised calendar pages for our spaniel Biscuit, £6.99 a month.
Biscuit had to be put to sleep on Tuesday, he was 14. I don't really
want a page of him arriving every month now, it would be too hard for
the kids.

Can you stop it from this month please? Thanks for the lovely photos
over the years.

Dan"""),
("en", "b84-en-question-locket-instalments", "Sunita Rao <sunita.rao@example.com>", "Question", "billing", "",
"""Hi,

If I buy the engraved gold locket ($420) using your pay-in-4 option,
is the first payment taken when I order or when it ships? It takes 3
weeks to make and I'd rather not start paying before it's even been
engraved. Also is there any interest or fee on that?

Thank you,
Sunita"""),
("en", "b84-en-not-billing-editor-crash", "Paul Greaves <paul.greaves@example.co.uk>", "Photo book editor", "technical", "",
"""This isn't a payment question, I haven't even got to the paying bit.

Every time I add a page past page 40 in the photo book editor the whole
thing freezes and then says "Something went wrong, your changes may not
be saved". I've lost the last ten pages twice now. Windows 11, Edge,
about 300 photos in the project. Is there a page limit I'm missing?

Paul"""),
("en", "b84-en-iphone-photos-wont-upload", "Megan Foley <megan.foley@example.com>", "photos won't upload", "technical", "",
"""hi so I'm trying to make the personalised story book for my nephew and
the photos from my iphone just sit there with a spinning circle and
then say "unsupported file". they're just normal photos off the camera??
tried about 15 of them"""),
("en", "b84-en-password-reset-no-email", "Brandon Lee <brandon.lee@example.com>", "Can't get into my account", "technical", "",
"""I've clicked "forgot password" five times over two days and no reset
email has ever come. Not in spam, not in promotions. The email is
definitely right because you still send me marketing emails to it
every day. My saved phone case designs are in that account.

Brandon"""),
("en", "b84-en-star-certificate-urgent", "Tasha Greene <tasha.greene@example.com>", "URGENT - certificate link", "technical", "",
"""URGENT!!! Her birthday is TOMORROW

I bought the "name a star" deluxe digital pack for my girlfriend and the
email says "click here to download your certificate and star map". The
link goes to a page that says 404 not found. I tried on my phone and my
laptop. I just need the PDF so I can print it tonight, please help!!

Tasha"""),
("en", "b84-en-moon-lamp-adapter-smoke", "Eileen Foster <eileen.foster@example.co.uk>", "Photo moon lamp", "technical", "high",
"""Good morning,

I received one of your personalised photo moon lamps as a Christmas
present. It charges through the small plug adaptor that came in the
box. Last night I noticed a faint burning smell in the sitting room and
when I went to unplug it, the adaptor was too hot to hold for more than
a second and there was a little wisp of smoke coming out of the side.

I have unplugged it and put it on the tiled hearth, and nobody was
hurt. I thought you ought to know, in case others have the same
adaptor. What should I do with it?

Kind regards,
Eileen Foster"""),
("en", "b84-en-sound-book-button-battery", "Jack Ormond <jack.ormond@example.co.uk>", "Personalised sound book", "technical", "high",
"""Hi,

We bought the personalised "Goodnight Alfie" sound book for our son's
first birthday. The little screw on the battery cover at the back has
worked loose and this morning the cover came off completely in his
hands. The two button batteries were still inside, thank god, I took
the book off him straight away.

He is 13 months old and everything goes in his mouth. The book is now
on top of the fridge. You should probably check the others.

Jack"""),
("en", "b84-en-studio-orders-not-printing", "Lucy Marsh Photography <studio@lucymarshphoto.example>", "Lab portal", "technical", "high",
"""Hi,

I have uploaded wedding albums for six couples since Tuesday through the
pro lab portal. Each one goes through to the final "submit to print"
button, the page reloads, and the album goes back to "draft". Nothing
has reached production as far as I can see, nothing in my order list.

Two of those albums were promised for anniversaries next week and I've
already had to ring one bride and apologise. I have another eight
sessions to send this week. My whole delivery schedule is now stuck on
this. Can someone look at it today please?

Lucy Marsh
Lucy Marsh Photography, Harrogate"""),
("en", "b84-en-engraving-preview-font", "Gemma Lloyd <gemma.lloyd@example.co.uk>", "Preview font", "technical", "",
"""When I choose "Script" for the engraving on the bar necklace, the
preview still shows it in the plain block font. I'm worried it'll be
engraved in the wrong one. Is the preview just broken or will it
actually come out in block?"""),
("en", "b84-en-case-designer-app-crash", "Marcus Hill <marcus.hill@example.com>", "App keeps closing", "technical", "",
"""Your case designer app closes as soon as I tap "add text" on my
Samsung S23. Deleted and reinstalled it, restarted the phone, same
thing. Adding photos works fine, it's only the text button."""),
("en", "b84-en-jigsaw-pieces-not-refund", "Anne McBride <anne.mcbride@example.co.uk>", "Jigsaw of our wedding", "technical", "",
"""Hello,

I don't want my money back, I want a jigsaw that actually goes
together. The 500 piece puzzle of our wedding photo arrived today and
quite a lot of the pieces aren't cut through properly, they're still
joined in pairs and threes, and when you pull them apart the picture
layer peels. A few of the edge pieces won't sit flat at all.

It was meant to be a surprise for my husband's birthday in two weeks.
Can it be printed and cut again?

Anne"""),
("en", "b84-en-re-shipped-book-pixelated", "Ravi Shankar <ravi.shankar@example.co.uk>", "Re: Your order 48213 is on its way!", "technical", "",
"""Hi,

The book arrived yesterday. Unfortunately about half the photos inside
look pixelated, you can see the little squares on the faces. In the
editor preview they were sharp and there was no low resolution warning
on any page. They were all taken on a proper camera, 6000 x 4000.

Did something go wrong at the printing stage?

Ravi

On Tue, 9 Apr at 08:12, Order Updates <orders@example-photobooks.co.uk> wrote:
> Good news! Your order 48213 (Hardback Photo Book, 40 pages) has been
> dispatched with Royal Mail Tracked 48.
> Track your parcel here."""),
("en", "b84-en-login-locked-someone-senior", "Simon Hargreaves <simon.hargreaves@example.co.uk>", "Account locked AGAIN - third time", "technical", "high",
"""For the third time in a month my account has been locked "for
security reasons" after I log in with the correct password. Each time I
get a reset link, each time it works for a few days and then locks
again. I have four unfinished photo books saved in there, including one
for my mother's funeral.

I've been through your help desk twice and had the same scripted answer
twice. I would like this passed to a supervisor or someone senior in
your technical team who can actually find out why it keeps happening.

Simon Hargreaves"""),
("en", "b84-en-monogram-thread-bled", "Janet Poole <janet.poole@example.com>", "Towels after first wash", "technical", "",
"""Washed the new monogrammed towels at 40 as per the label and the red
initials have bled pink into the white towelling all around the
letters. Only washed with other whites. Is that normal for the thread
you use?

Janet Poole"""),
("en", "b84-en-thanks-grandad-book", "Laura Bennett <laura.bennett@example.co.uk>", "Thank you!!", "general", "",
"""I just had to write and say thank you. We made a photo book of
Grandad's 90 years for his party on Saturday, with pictures going back
to his days in the navy. When he opened it he didn't say a word for
about five minutes and then read every page out loud to the whole room.

Honestly it killed us all, there wasn't a dry eye. The quality is
gorgeous and it arrived two days earlier than you said.

Laura and family"""),
("en", "b84-en-dublin-showroom-bank-holiday", "Ciara Lynch <ciara.lynch@example.ie>", "Grafton St shop", "general", "",
"""Hi, is the engraving shop on Grafton Street open on the bank holiday
Monday? And if so what time do ye close? Thanks, Ciara"""),
("en", "b84-en-delivery-surprise-neighbour", "Alison Reeve <alison.reeve@example.co.uk>", "Delivery of order 90144", "general", "",
"""Hello,

The star naming gift box (order 90144) is a surprise for my husband,
who works from home. Please could the courier NOT knock at our house
(number 12) and instead leave it with our neighbour at number 14,
Mrs Akhtar, who is expecting it.

Many thanks,
Alison"""),
("en", "b84-en-change-name-after-wedding", "Emily Sharma <emily.sharma@example.com>", "Name change", "general", "",
"""Hi, I got married in June (your photo book was on the gift table!) and
I've changed my surname from Walker to Sharma and my email to this one.
Could you update my account? The old email was emily.walker@example.com.
Thanks!"""),
("en", "b84-en-delete-photos-gdpr", "Colin Pritchard <colin.pritchard@example.co.uk>", "Personal data", "general", "",
"""Dear Sir/Madam,

Over the past five years I have uploaded a large number of family
photographs to your website to make books and calendars. I would like
you to permanently delete all of the photographs and projects
associated with my account, and then to close the account. Please
confirm in writing once this has been done, and let me know if you
need anything from me to verify my identity.

Colin Pritchard"""),
("en", "b84-en-rude-staff-manager", "Patricia Mahony <pat.mahony@example.co.uk>", "Your member of staff at the Trafford kiosk", "general", "high",
"""I went to your engraving kiosk at the Trafford Centre on Saturday
afternoon to ask whether a bracelet I bought elsewhere could be
engraved. The young man behind the counter did not look up from his
phone, told me "we don't do other people's rubbish", and when I asked
for his name he laughed and told me to "google it".

I am 71 and I have never been spoken to like that in a shop. I want
this dealt with by the person who manages that kiosk, not by another
general email, and I would like a phone call from a manager this week.
My number is 07700 900431.

Mrs P. Mahony"""),
("en", "b84-en-lost-scarf-market-stall", "Rachel Goode <rachel.goode@example.co.uk>", "Left my scarf", "general", "",
"""Hi, I think I left my scarf at your stall at the Bath Christmas market
yesterday afternoon, when I was ordering the engraved baubles. It's a
long mustard knitted one with tassels. Any chance someone kept it?
Rachel"""),
("en", "b84-en-school-fete-sponsor", "Kirsty Walsh <pandc@greenhillps.example.edu.au>", "Greenhill PS Spring Fete", "general", "",
"""G'day,

I'm on the P&C committee at Greenhill Public School in Ballarat. Our
Spring Fete is on Saturday 19 October and we're putting together a
silent auction. Would you consider donating a voucher or a personalised
item? In return we'd list your business in the fete program and on our
Facebook page, which reaches around 1,200 local families.

Thanks heaps for considering it,
Kirsty Walsh
P&C Fundraising Coordinator"""),
("en", "b84-en-stand-curled-floor-mat", "Hannah Price <hannah.price@example.co.uk>", "Floor mat at your Meadowhall stand", "general", "high",
"""Hello,

I was at your photo gifts stand in Meadowhall this morning. One of the
big square floor mats in front of the counter has curled right up at
the corner and sits about two inches off the floor. My mum caught her
foot on it and nearly went over, and while we were stood there a lad
with a pushchair snagged a wheel on it too.

Nobody at the stand seemed bothered. It's a busy walkway and someone is
going to end up on the floor. Could whoever is responsible sort it out
today please.

Hannah Price"""),
("en", "b84-en-star-name-official", "Mike Donnelly <mike.donnelly@example.com>", "Is this legit", "general", "",
"""Before I buy the star naming pack for my mom's birthday, I want to
know what she actually gets. Is the name recognised by NASA or any
astronomers, or is it just in your own register? Not trying to be
rude, I just don't want to promise her something it isn't.

Mike"""),
("en", "b84-en-urgent-bracelet-characters", "Jess Thornton <jess.thornton@example.co.uk>", "URGENT QUESTION", "general", "",
"""HOW MANY letters can go on the inside of the skinny bangle??? I want
"Always my person, forever my home" and there's no counter on the page.
Need to know before I order tonight!!"""),
("en", "b84-en-order-christening-sunday", "Deepa Menon <deepa.menon@example.co.uk>", "Order 51873", "general", "",
"""Hi,

Order 51873, personalised christening book for my goddaughter. The
christening is this Sunday. Order status says "in production" since
Monday. Will it get here in time if it ships tomorrow? I'm in Leicester.

Thanks, Deepa"""),
("en", "b84-en-engraving-workshop-event", "Tom Adeyemi <tom.adeyemi@example.co.uk>", "Workshops", "general", "",
"""Hello, a friend said you sometimes run evening workshops in the
Manchester studio where you can engrave your own piece. Have you got
anything coming up in November? It would be for a group of four for a
hen do. Do we need to book?

Tom"""),
]
# ---------------- Greek ----------------
M += [
("el", "b84-el-gl-diplh-xrewsh-hmerologio", "Nikos Karagiannis <nikos.karag@example.gr>", "diplh xrewsh", "billing", "",
"""Kalhspera sas,
ekana mia paraggelia gia hmerologio toixou me fwtografies ths oikogeneias
(ar. 61872) kai sthn kinhsh ths kartas mou vlepw 2 xrewseis twn 27,90
thn idia mera. Paraggelia ekana mono mia, to email epivevaiwshs einai ena.
Mporeite na mou gyrisete th mia?
Eyxaristw,
Nikos"""),
("el", "b84-el-antikatavoli-xreosi-pazl", "Δέσποινα Μαυρίδου <despoina.mavridou@example.gr>", "Χρέωση αντικαταβολής", "billing", "",
"""Καλημέρα σας,

Παρήγγειλα ένα παζλ 1000 κομματιών με φωτογραφία από τον γάμο μας, αξίας
44,90€. Στη σελίδα σας γράφει «δωρεάν αποστολή και αντικαταβολή για
αγορές άνω των 40€», όμως ο κούριερ μου ζήτησε 46,90€, δηλαδή 2€ για
την αντικαταβολή. Τα πλήρωσα για να μη χάσω το δέμα.

Μπορείτε να μου επιστρέψετε τα 2€; Παραγγελία 61540.

Ευχαριστώ,
Δέσποινα Μαυρίδου"""),
("el", "b84-el-doseis-vrachioli-xrysso", "Γιαννης Σταματοπουλος <g.stamatopoulos@example.gr>", "Δοσεις", "billing", "",
"""Καλησπερα,

θελω να παρω το χρυσο βραχιολι 14Κ με χαραξη ονοματος για την επετειο
μας, κοστιζει 380€. Γινεται να το πληρωσω σε δοσεις με πιστωτικη
Eurobank και αν ναι σε ποσες ατοκες; Στο καλαθι δεν βλεπω πουθενα
επιλογη για δοσεις.

Ευχαριστω
Γιαννης"""),
("el", "b84-el-timologio-xenodoxeio-petsetes", "Λογιστήριο Aegean Breeze <logistirio@aegeanbreeze-naxos.example>", "Τιμολόγιο για παραγγελία 61205", "billing", "",
"""Καλημέρα σας,

Για την παραγγελία 61205 (60 πετσέτες μπάνιου και 60 προσώπου με κέντημα
του λογοτύπου μας, σύνολο 1.476,00€) λάβαμε απόδειξη λιανικής. Ως
επιχείρηση χρειαζόμαστε τιμολόγιο με τα εξής στοιχεία:

AEGEAN BREEZE ΞΕΝΟΔΟΧΕΙΑΚΗ Ι.Κ.Ε.
ΑΦΜ 800000000, ΔΟΥ Νάξου
Χώρα Νάξου, 84300

Παρακαλούμε να ακυρώσετε την απόδειξη και να εκδώσετε τιμολόγιο.

Με εκτίμηση,
Ελπίδα Κουτσούκου
Λογιστήριο"""),
("el", "b84-el-gl-syndromi-paramythia-megalwse", "Voula Tsoukala <voula.tsouk@example.gr>", "syndromh paramythia", "billing", "",
"""Geia sas,
o Stefanos mas egine 9 kai mou dhlwse oti ta paramythia me to onoma tou
"einai gia mwra" :) Opote mexri edw h syndromh. Mhn mou xrewsete ta
12,90 ton epomeno mhna kai mhn steilete allo vivlio. Einai ola krata
sto rafi tou pantws, ta latrevei akoma kai as mhn to paradexetai.
Voula"""),
("el", "b84-el-pateras-efyge-imerologio", "Αναστασια Ρηγα <anastasia.riga@example.gr>", "Συνδρομη ημερολογιου", "billing", "",
"""Καλημερα σας,

ο πατερας μου Κωνσταντινος Ρηγας εφυγε απο τη ζωη τον Ιανουαριο. Ειχε
συνδρομη σε εσας για το μηνιαιο φωτογραφικο ημερολογιο με τα εγγονια,
9,50€ τον μηνα απο την καρτα του. Δεν υπαρχει πλεον λογος να συνεχιστει.
Σας παρακαλω να τη σταματησετε και να μη γινει αλλη χρεωση. Αν
χρειαζεστε καποιο εγγραφο πειτε μου.

Αναστασια Ρηγα"""),
("el", "b84-el-asteri-epistrofi-proistamenos", "Μιχάλης Δραγούμης <m.dragoumis@example.gr>", "Διπλή ονομασία αστεριού - θέλω υπεύθυνο", "billing", "high",
"""Κύριοι,

Στις 3 Μαΐου, λόγω σφάλματος στη σελίδα πληρωμής, ολοκληρώθηκαν δύο
παραγγελίες για το ίδιο πακέτο «Ονόμασε ένα αστέρι» (59,00€ η καθεμία).
Την ίδια μέρα σας ενημέρωσα και μου απαντήσατε ότι η δεύτερη ακυρώθηκε
και τα χρήματα θα επιστραφούν. Έχουν περάσει πέντε εβδομάδες, έχω
στείλει τέσσερα email και κάθε φορά παίρνω την ίδια έτοιμη απάντηση.

Δεν θέλω άλλη αυτόματη απάντηση. Ζητώ να αναλάβει το θέμα ο προϊστάμενος
του τμήματος εξυπηρέτησης και να με καλέσει στο 6900000000.

Μιχάλης Δραγούμης"""),
("el", "b84-el-gl-roloi-chargeback", "Stratos Lamprou <stratos.lamprou@example.gr>", "ROLOI - EPISTROFH XRHMATWN", "billing", "high",
"""Se 3 evdomades einai h 3h fora pou sas grafw.
Gyrisa to roloi me th xaraksh (paraggelia 60988, 215 euro) giati h
xaraksh eixe allo onoma apo ayto pou egrapsa, to dexthkate sthn apo8hkh
sas stis 12/4, to leei to tracking. Akomh kamia epistrofh.
An mexri thn Paraskeyh den dw ta lefta 8a kanw amfisvhthsh ths
synallaghs sthn trapeza (chargeback) kai 8a ta parw apo ekei.
Stratos L."""),
("el", "b84-el-prokatavoli-veres-synigoros", "Ευαγγελία Χατζή <evaggelia.chatzi@example.gr>", "Προκαταβολή για βέρες", "billing", "high",
"""Αξιότιμοι κύριοι,

Στις 10 Φεβρουαρίου κατέβαλα προκαταβολή 200€ για ζευγάρι χειροποίητες
βέρες με χάραξη (αρ. προσφοράς 2291). Ο γάμος μας ακυρώθηκε και στις 12
Φεβρουαρίου, πριν αρχίσει οποιαδήποτε εργασία, σας ζήτησα γραπτώς
ακύρωση και επιστροφή της προκαταβολής. Μου απαντήσατε ότι η
προκαταβολή «δεν επιστρέφεται».

Δεν έχει κατασκευαστεί τίποτα και δεν μου είχε αναφερθεί ποτέ ότι η
προκαταβολή δεν επιστρέφεται. Αν δεν επιστραφεί το ποσό εντός 10
ημερών, θα απευθυνθώ στον Συνήγορο του Καταναλωτή.

Με εκτίμηση,
Ευαγγελία Χατζή"""),
("el", "b84-el-re-prosfora-dora-vaptisis", "Φωτεινή Αλεξίου <foteini.alexiou@example.gr>", "Re: Προσφορά 1187 - προσωποποιημένα δώρα βάπτισης", "billing", "",
"""Καλησπέρα κα Ζαχαρίου,

Ευχαριστούμε πολύ, μας αρέσουν όλα. Αν αντί για 80 πάρουμε 110 κουτάκια
με το όνομα της μικρής, πέφτει η τιμή ανά τεμάχιο; Και η προκαταβολή
μπορεί να γίνει με κατάθεση στην Πειραιώς αντί για κάρτα;

Φωτεινή

Στις Δευ, 8 Απρ 2024 στις 11:20 π.μ., ο/η Ρένα Ζαχαρίου <prosfores@example-dora.gr> έγραψε:
> Αγαπητή κα Αλεξίου,
>
> Σας στέλνουμε την προσφορά 1187 για 80 ξύλινα κουτάκια με χάραξη
> «Μαρίνα 15.06.2024» και κορδέλα, 3,20€ το τεμάχιο, σύνολο 256,00€
> με ΦΠΑ. Για να μπει σε παραγωγή απαιτείται προκαταβολή 50%.
>
> Με εκτίμηση,
> Ρένα Ζαχαρίου"""),
("el", "b84-el-gl-dwroepitagh-lh3h-ggek", "Mairh Kontou <mairi.kontou@example.gr>", "dwroepitagh", "billing", "high",
"""Kalhmera,
phra dwroepitagh 60 euro apo to katasthma sas sthn Ermou ton Dekemvrio
gia thn koumpara mou. Phge na thn xrhsimopoihsei xthes gia fwtovivlio
kai ths eipan oti exei lh3ei. Pouthena panw sthn dwroepitagh h sthn
apodeijh den grafei hmeromhnia lh3hs!
Den dexomaste na xa8oun 60 euro. An den energopoih8ei 3ana h den
epistrafoun ta xrhmata 8a kanw katagelia sth Genikh Grammateia
Emporiou kai Prostasias Katanalwth.
Mairh Kontou"""),
("el", "b84-el-den-einai-texniko-metaforika", "Θοδωρής Μπακάλης <thodoris.bakalis@example.gr>", "Κωδικός FREESHIP", "billing", "",
"""Καλησπέρα,

Δεν είναι τεχνικό το πρόβλημα, ο κωδικός μπήκε κανονικά και έγραφε
«εφαρμόστηκε». Απλώς στο τέλος χρεώθηκα και τα μεταφορικά 3,90€ για τη
θήκη κινητού (παραγγελία 61733). Αφού ο κωδικός είναι για δωρεάν
μεταφορικά, μπορείτε να μου επιστρέψετε τα 3,90€;

Θοδωρής"""),
("el", "b84-el-allagi-thiki-lathos-montelo", "Ιωάννα Πετρίδη <ioanna.petridi@example.gr>", "Λάθος μοντέλο", "billing", "",
"""Καλημέρα, δικό μου το λάθος, παρήγγειλα τη θήκη με τη φωτογραφία του
σκύλου μας για iPhone 13 ενώ έχω 14. Δεν την έχω ανοίξει καν. Γίνεται
αλλαγή σε 14 αν πληρώσω εγώ ό,τι διαφορά υπάρχει και τα μεταφορικά;
Ιωάννα"""),
("el", "b84-el-gl-erwthsh-iris", "Lefteris Antoniou <lefteris.ant@example.gr>", "Erwthsh", "billing", "",
"""Geia sas, mporw na plhrwsw me IRIS apo to kinhto? Den thelw na valw
karta sto site. To dwro einai to karo me thn xaraksh (34,50) gia ton
adelfo mou.
Eyxaristw"""),
("el", "b84-el-gl-efarmogi-kollaei-anevasma", "Kwstas Pappas <kostas.pappas@example.gr>", "efarmogh fwtovivliou", "technical", "",
"""Kalhspera, h efarmogh sas sto tablet (Samsung Tab A8) kollaei sto
anevasma twn fwtografiwn. Dialegw 50 fwtografies, anevainoun oi 12 kai
meta to pososto menei sto 24% gia panta. An kleisw thn efarmogh xanontai
kai oi 12. To wifi doulevei kanonika, ta alla app fortwnoun.
Kwstas"""),
("el", "b84-el-kodikos-sms-den-erxetai", "Χαρίκλεια Βλάχου <chariklia.vlachou@example.gr>", "Δεν μπορώ να μπω στον λογαριασμό", "technical", "",
"""Καλημέρα σας,

Όταν βάζω το email και τον κωδικό μου μού ζητάει τον εξαψήφιο κωδικό
που στέλνετε με SMS, αλλά το μήνυμα δεν έρχεται ποτέ. Το έχω δοκιμάσει
τρεις μέρες. Ο αριθμός στο προφίλ είναι ο σωστός, 69******21. Έχω
αποθηκευμένο μισοτελειωμένο παιδικό βιβλίο για την εγγονή μου.

Χαρίκλεια Βλάχου"""),
("el", "b84-el-fotistiko-kalodio-kamena", "Σωτήρης Γεωργίου <sotiris.georgiou@example.gr>", "Φωτιστικό με φωτογραφία", "technical", "high",
"""Καλησπέρα,

Μας χάρισαν το ξύλινο φωτιστικό με τη φωτογραφία των παιδιών
χαραγμένη σε plexiglass. Το έχουμε στο παιδικό δωμάτιο ως φωτάκι νυκτός.
Σήμερα το πρωί το καλώδιο, εκεί που μπαίνει στη βάση, ήταν ζεστό και η
βάση είχε μαυρίσει λίγο γύρω από την τρύπα. Υπήρχε και μια μυρωδιά σαν
καμένο πλαστικό.

Το βγάλαμε από την πρίζα και δεν το ξαναβάλαμε. Τι πρέπει να κάνουμε;

Σωτήρης Γεωργίου"""),
("el", "b84-el-pazl-magnites-paidi", "Ελενη Καψαλη <eleni.kapsali@example.gr>", "Μαγνητικο παζλ", "technical", "high",
"""Καλησπερα,

αγορασα το μαγνητικο παζλ ψυγειου με τη φωτογραφια της κορης μου (12
κομματια). Σε δυο κομματια οι μικροι στρογγυλοι μαγνητες απο πισω εχουν
ξεκολλησει και τον ενα τον βρηκα στο πατωμα της κουζινας. Ο γιος μου
ειναι 2 χρονων και παιζει ακριβως εκει. Δεν το κατάπιε, το ελεγξα, αλλα
ειναι απο αυτους τους δυνατους μαγνητες.

Το μαζεψα ολο και το εβαλα ψηλα. Νομιζω πρεπει να το κοιταξετε.

Ελενη Καψαλη"""),
("el", "b84-el-gl-fwtografos-vaptiseis", "Studio Fos Patras <info@studiofos-patras.example>", "pro portal", "technical", "high",
"""Kalhmera,
apo thn Tetarth den mporw na steilw tipota gia ektypwsh apo to pro portal.
Anevazw to album, pataw "apostolh gia paragwgh", leei "epityxia" kai to
album den emfanizetai pouthena stis paraggelies. Exw 8 vaptiseis kai 3
gamous pou perimenoun albums, dyo apo aytes eixa taksei na einai etoima
to Savvato. Hdh phra thlefwno enan pelath kai tou eipa psemata oti
kathysterei to vivliodetio.
Oli h douleia tou studio einai stamathmenh. Parakalw kapoios na to dei
shmera.
Andreas Koumoutsos
Studio Fos, Patra"""),
("el", "b84-el-xaraxi-ellinika-koutakia", "Παναγιώτα Ρούσσου <p.roussou@example.gr>", "Προεπισκόπηση χάραξης", "technical", "",
"""Καλησπέρα,

Στο μενταγιόν με χάραξη, όταν γράφω το όνομα «Ευδοκία» στην
προεπισκόπηση βγαίνουν μόνο κουτάκια, ενώ με λατινικούς χαρακτήρες
φαίνεται κανονικά. Το «Ευδοκία» θα χαραχτεί σωστά ή πρέπει να το γράψω
με λατινικά; Δεν θέλω να βγει κάτι περίεργο.

Παναγιώτα"""),
("el", "b84-el-gl-thiki-xrwmata-xalasan", "Dimitra Sfika <dimitra.sfika@example.gr>", "thiki", "technical", "",
"""Geia, h thikh me th fwtografia apo to taxidi mas exei arxisei na
3ethwriazei sth gwnia kai h fwtografia exei 3eplynei, exoun fygei ta
mple. Thn exw mono 10 meres, den thn exw ri3ei pouthena. Einai fysiologiko
ayto h kati phge strava sthn ektypwsh?"""),
("el", "b84-el-re-apostoli-fotovivlio-selides", "Αλέξανδρος Νικολάου <alex.nikolaou@example.gr>", "Re: Η παραγγελία σας 61410 απεστάλη", "technical", "",
"""Καλησπέρα,

Το άλμπουμ ήρθε χθες. Μόλις το ανοίξαμε για να το δει η γιαγιά, οι
τρεις πρώτες σελίδες ξεκόλλησαν από τη ράχη και τώρα κρέμονται. Δεν το
τραβήξαμε, απλώς το γυρίσαμε σελίδα. Η κόλλα φαίνεται σαν να μην έπιασε
καθόλου.

Αλέξανδρος

Στις Τετ, 17 Απρ 2024, 09:41 ο/η Ενημερώσεις Παραγγελιών <orders@example-fotovivlia.gr> έγραψε:
> Η παραγγελία σας 61410 (Φωτοβιβλίο σκληρόδετο 30x30, 60 σελίδες)
> απεστάλη με ACS. Αριθμός αποστολής: 7400000000."""),
("el", "b84-el-den-thelo-lefta-pazl", "Κατερίνα Λιάπη <katerina.liapi@example.gr>", "Το παζλ της οικογένειας", "technical", "",
"""Καλημέρα,

Να το πω από την αρχή: δεν θέλω επιστροφή χρημάτων, θέλω ένα παζλ που
να κλείνει. Το παζλ 500 κομματιών με τη φωτογραφία μας ήρθε και πάνω από
τα μισά κομμάτια δεν κουμπώνουν μεταξύ τους, μένει κενό σχεδόν
χιλιοστό. Στο κέντρο δεν ταιριάζει τίποτα. Είναι δώρο για τα 80 του
πεθερού μου.

Μπορείτε να το ξανατυπώσετε και να το ξανακόψετε;

Κατερίνα"""),
("el", "b84-el-gl-asteri-app-den-vriskei", "Giorgos Vlassis <giorgos.vlassis@example.gr>", "to asteri mas", "technical", "",
"""Kalhspera, phrame to paketo me to asteri kai grafei oti me thn
efarmogh mporeis na to deis ston ourano. Vazw ton kwdiko apo to
pistopoihtiko kai h efarmogh leei "to asteri den vrethike". Dokimasa kai
me to kinhto ths gynaikas mou, idio. To asteri to exoume, h efarmogh den
to vriskei.
Giwrgos"""),
("el", "b84-el-logariasmos-katastimatos-proistamenos", "Δώρα & Χαμόγελα <info@dora-xamogela.example>", "Λογαριασμός χονδρικής - τρίτη φορά", "technical", "high",
"""Καλημέρα,

Είμαστε κατάστημα δώρων στη Λάρισα και παραγγέλνουμε από εσάς
προσωποποιημένες κούπες και μαξιλάρια μέσω του λογαριασμού χονδρικής.
Από τη Δευτέρα, όταν πατάμε «Ολοκλήρωση παραγγελίας», βγαίνει «Σφάλμα
500». Είναι η τρίτη φορά μέσα σε δύο μήνες που συμβαίνει. Οι πελάτες
μας περιμένουν δώρα για γιορτές και εμείς δεν μπορούμε να περάσουμε
ούτε μία παραγγελία.

Έχω μιλήσει δύο φορές με το τηλεφωνικό κέντρο χωρίς αποτέλεσμα. Θέλω να
μιλήσω με τον υπεύθυνο του τεχνικού τμήματος ή με τον προϊστάμενό του.

Νίκη Παπαθανασίου"""),
("el", "b84-el-syndesmos-proepiskopisis-elixe", "Αθηνά Κυριακού <athina.kyriakou@example.gr>", "Σύνδεσμος προεπισκόπησης", "technical", "",
"""Καλησπέρα σας,
στο email με τίτλο «Δείτε το παραμύθι του Άρη πριν το τυπώσουμε» ο
σύνδεσμος βγάζει «Η σελίδα έχει λήξει». Το email το έλαβα χθες το βράδυ.
Πώς μπορώ να δω την προεπισκόπηση για να την εγκρίνω;
Αθηνά"""),
("el", "b84-el-gl-kentima-3hlwnetai", "Rena Gkika <rena.gkika@example.gr>", "petsetes me monogramma", "technical", "",
"""Kalhmera, tis petsetes me ta arxika mas tis plyname prwth fora sta 40,
oxi kati akraio, kai to kentima sto ena "K" exei 3hlw8ei, krematai h
klwsth. Sto allo h mia akrh exei arxisei na fevgei ki ayth. Kati den
egine kala sth raphh?"""),
("el", "b84-el-efxaristo-giagia-90", "Μαρίνα Ζερβού <marina.zervou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Ήθελα απλώς να σας ευχαριστήσω. Φτιάξαμε το φωτοβιβλίο για τα 90 της
γιαγιάς μου με φωτογραφίες από το χωριό, τον παππού, τα πρώτα εγγόνια.
Όταν το άνοιξε μας διέλυσε όλους, κλαίγαμε σαν μωρά γύρω από το τραπέζι.
Η ποιότητα είναι υπέροχη και η κυρία στο τηλέφωνο που με βοήθησε με το
εξώφυλλο ήταν πολύ υπομονετική.

Να είστε καλά,
Μαρίνα"""),
("el", "b84-el-gl-wrario-thessaloniki-savvato", "Thanos M. <thanos.m@example.gr>", "wrario", "general", "",
"""kalhmera, to katasthma sthn Tsimiskh einai anoixto Savvato apogeuma?
thelw na perasw na dw ta xaraktika gia daxtylidia. eyxaristw"""),
("el", "b84-el-paradosi-periptero-ekplixi", "Βασιλικη Μαντα <vasiliki.manta@example.gr>", "Παραγγελια 61958", "general", "",
"""Καλημερα,
η παραγγελια 61958 ειναι δωρο-εκπληξη για τον συζυγο μου που δουλευει
απο το σπιτι. Παρακαλω ο κουριερ να μην χτυπησει το κουδουνι μας. Να το
αφησει στο περιπτερο στη γωνια (Κυπρου & Σμυρνης), ο κ. Τακης το
περιμενει.
Ευχαριστω πολυ,
Βασιλικη"""),
("el", "b84-el-allagi-dieythynsis-logariasmou", "Πέτρος Ιωαννίδης <petros.ioannidis@example.gr>", "Νέα διεύθυνση", "general", "",
"""Καλημέρα, μετακομίσαμε από το Μαρούσι στη Θεσσαλονίκη. Μπορείτε να
αλλάξετε τη διεύθυνση στον λογαριασμό μου σε Αγίας Σοφίας 40, 54622
Θεσσαλονίκη και το τηλέφωνο σε 6977000000; Από το προφίλ δεν με αφήνει
να σβήσω την παλιά.
Πέτρος"""),
("el", "b84-el-prosopika-dedomena-antigrafo", "Ξανθή Παπαγεωργίου <xanthi.papageorgiou@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου αποστείλετε αντίγραφο
όλων των προσωπικών δεδομένων που τηρείτε για μένα, καθώς και να με
ενημερώσετε αν οι φωτογραφίες που έχω ανεβάσει για τα φωτοβιβλία μου
διατηρούνται στους διακομιστές σας και για πόσο χρονικό διάστημα.

Με εκτίμηση,
Ξανθή Παπαγεωργίου"""),
("el", "b84-el-gl-ypallilos-agenis-diefthyntis", "Sofia Chrysou <sofia.chrysou@example.gr>", "parapono gia ypallhlo", "general", "high",
"""Kalhspera,
Htan sto katasthma sas sto Mall thn Kyriakh na rwthsw gia xaraksh se
mia alysida pou eixa. O ypallhlos me ta gyalia mou milhse apaisia,
mprosta se kosmo, mou eipe "an den ta 3ereis ayta mhn erxesai" kai
gelouse me ton synadelfo tou. Den exw 3anaakousei tetoio pragma.
Thelw na milhsw me ton dieythynth tou katasthmatos h me kapoion
anwtero, oxi me allo email apo to customer service. To thlefwno mou
einai 6944000000.
Sofia Chrysou"""),
("el", "b84-el-skali-katastima-peiraias", "Χρήστος Λαμπράκης <christos.lambrakis@example.gr>", "Σκαλοπάτι στο κατάστημα Πειραιά", "general", "high",
"""Καλησπέρα σας,

Στο κατάστημά σας στον Πειραιά, στη σκάλα που κατεβαίνει στον χώρο με
τα φωτοβιβλία, το τρίτο σκαλοπάτι έχει σπάσει στην άκρη και κουνιέται
όταν πατάς. Σήμερα η μητέρα μου, 76 ετών, γλίστρησε εκεί και την
πιάσαμε την τελευταία στιγμή. Ο υπάλληλος μας είπε ότι «το ξέρουν».

Δεν υπάρχει ούτε ταινία ούτε σήμα. Κάποιος θα χτυπήσει σοβαρά.
Παρακαλώ να το φτιάξετε ή τουλάχιστον να το κλείσετε άμεσα.

Χρήστος Λαμπράκης"""),
("el", "b84-el-xorigia-syllogos-goneon", "Σύλλογος Γονέων 5ου Δημ. Χαλανδρίου <syllogos5dim@example.gr>", "Πρόταση χορηγίας - Γιορτή Λήξης", "general", "",
"""Αγαπητοί κύριοι,

Ο Σύλλογος Γονέων και Κηδεμόνων του 5ου Δημοτικού Σχολείου Χαλανδρίου
διοργανώνει τη γιορτή λήξης της σχολικής χρονιάς στις 14 Ιουνίου, με
λαχειοφόρο αγορά για την αγορά βιβλίων της σχολικής βιβλιοθήκης.

Θα ήταν πολύ μεγάλη χαρά αν μπορούσατε να προσφέρετε ένα δώρο, π.χ.
μια δωροεπιταγή για παιδικό βιβλίο. Το όνομά σας θα αναφερθεί στην
αφίσα και στη σελίδα μας.

Με εκτίμηση,
Λίνα Καραγιάννη, Ταμίας"""),
("el", "b84-el-gl-xexasa-gyalia", "Tasos K. <tasos.k@example.gr>", "gyalia", "general", "",
"""Geia sas, nomizw 3exasa ta gyalia hliou mou sto pagkaki sto katasthma
ths Glyfadas thn Paraskeyh to mesimeri, otan perimena gia thn xaraksh.
Einai mayra Ray-Ban se kafe 8hkh. Mhpws ta vrhkate?
Tasos"""),
("el", "b84-el-asteri-episimo", "Δημητρης Καλογερακης <d.kalogerakis@example.gr>", "Ερωτηση για το αστερι", "general", "",
"""Γεια σας,
πριν το παρω για την κοπελα μου: το ονομα του αστεριου ισχυει καπου
επισημα, πχ στη Διεθνη Αστρονομικη Ενωση, η ειναι μονο στο δικο σας
μητρωο; Δεν με πειραζει, απλα θελω να ξερω τι ακριβως της χαριζω.
Δημητρης"""),
("el", "b84-el-epeigon-grammata-vrachioli", "Ρούλα Τζαννετάκη <roula.tzannetaki@example.gr>", "ΕΠΕΙΓΟΝ!!!", "general", "",
"""ΕΠΕΙΓΟΝ! Πόσα γράμματα χωράνε στο λεπτό ασημένιο βραχιόλι; Θέλω να
γράψω «Πάντα μαζί, από το 2009» και δεν βλέπω πουθενά όριο. Πρέπει να
το παραγγείλω σήμερα!"""),
("el", "b84-el-gl-paraggelia-giorti", "Eleni P. <eleni.p@example.gr>", "paraggelia 62014", "general", "",
"""Kalhmera! H paraggelia 62014 (to paidiko vivlio me to onoma ths
Konstantinas) prepei na er8ei prin tis 21 Maiou pou giortazei. Leei
akoma "se paragwgh". Prolavainei? Eimaste Hrakleio Krhths.
Eyxaristw!!"""),
("el", "b84-el-ergastirio-xristougenna-paidia", "Ανδρομάχη Σιδέρη <andromachi.sideri@example.gr>", "Χριστουγεννιάτικο εργαστήρι", "general", "",
"""Καλησπέρα,

Είδα στο Instagram ότι κάνετε εργαστήρι για παιδιά όπου φτιάχνουν δικά
τους στολίδια με το όνομά τους. Πότε είναι φέτος τα εργαστήρια στο
κατάστημα του Χαλανδρίου, από ποια ηλικία, και χρειάζεται κράτηση; Θα
ήμασταν δύο παιδιά, 6 και 8 ετών.

Ευχαριστώ,
Ανδρομάχη"""),
]
# ---------------- Spanish ----------------
M += [
("es", "b84-es-cobro-duplicado-album", "Amparo Ferrer <amparo.ferrer@example.es>", "Cobro duplicado", "billing", "",
"""Buenas tardes:

El domingo hice un pedido de un álbum de fotos de tapa dura (nº
AF-330918) y en el banco me aparecen dos cargos de 42,90 € con la misma
fecha. Solo he recibido un correo de confirmación y solo quiero un
álbum. ¿Podéis devolverme el segundo cargo?

Gracias,
Amparo Ferrer
Valencia"""),
("es", "b84-es-mx-meses-sin-intereses-medalla", "Lorena Castañeda <lorena.castaneda@example.com.mx>", "Meses sin intereses", "billing", "",
"""Hola, buenas tardes.

Quiero comprar la medalla de oro con grabado de la Virgen y el nombre
de mi hijo para su primera comunión, cuesta $4,800 MXN. ¿Se puede pagar
a 6 meses sin intereses con tarjeta BBVA? En la página solo me sale la
opción de un solo pago.

Muchas gracias,
Lorena"""),
("es", "b84-es-factura-cif-puzles-empresa", "Administración <administracion@grupolevante.example>", "Factura pedido 88120", "billing", "",
"""Buenos días:

Les escribo por el pedido 88120 (40 puzles de 500 piezas con la foto
de la plantilla, importe total 1.138,00 € IVA incluido). Necesitamos una
factura completa a nombre de la empresa, no el ticket que llega por
correo:

Grupo Levante Logística S.L.
CIF B00000000
Avda. del Puerto 214, 46023 Valencia

Por favor, indiquen también nuestro número de pedido interno
PC-2024-117.

Un saludo,
Rocío Sanchis
Dpto. de Administración"""),
("es", "b84-es-ar-suscripcion-cuentos-ya-grande", "Verónica Giménez <vero.gimenez@example.com.ar>", "suscripción de cuentos", "billing", "",
"""Hola! Te cuento, Martina cumplió 11 y ya me dijo que los cuentos con
su nombre "son para nenes chiquitos" jaja. Así que no quiero seguir con
la suscripción mensual de $14.500. Por favor que no me cobren más desde
el mes que viene y no manden el próximo libro. Gracias por todos estos
años, los tiene todos guardados igual.

Vero"""),
("es", "b84-es-baja-fallecimiento-club-album", "Jose Manuel Ortiz <jm.ortiz@example.es>", "Club Album de mi madre", "billing", "",
"""Buenos dias,

Mi madre, Carmen Ortiz Llamas, fallecio el pasado mes de marzo. Tenia
con ustedes el Club Album trimestral, 29,90 euros cada tres meses, que
se cobra de su cuenta en Unicaja. Les ruego que lo den de baja y que no
se emita ningun otro recibo. Si necesitan el certificado de defuncion
diganme donde enviarlo.

Atentamente,
Jose Manuel Ortiz"""),
("es", "b84-es-reembolso-estrella-responsable", "Íñigo Arrieta <inigo.arrieta@example.es>", "Reembolso pendiente - quiero hablar con un responsable", "billing", "high",
"""Buenos días:

El 14 de febrero compré dos veces el mismo pack «Ponle nombre a una
estrella» (49,00 € cada uno) porque la página dio error al pagar. Ese
mismo día os avisé y me contestasteis que el segundo quedaba anulado y
que el dinero volvería en 5 días. Han pasado seis semanas, cuatro
correos y dos llamadas, y siempre me dan la misma respuesta de plantilla.

No quiero otro correo automático. Pido que un responsable o el
supervisor de atención al cliente se haga cargo y me llame al
600 000 000.

Íñigo Arrieta
Bilbao"""),
("es", "b84-es-mx-profeco-cobro-doble-funda", "Alejandro Reyes <alejandro.reyes@example.com.mx>", "COBRO DOBLE FUNDA - PROFECO", "billing", "high",
"""Buenas tardes.

Compré una funda personalizada para mi celular el 2 de mayo, $459 MXN,
pedido 30771. En mi estado de cuenta aparecen DOS cargos por $459. Les
mandé el estado de cuenta hace 3 semanas y me dijeron que en 10 días
hábiles se reflejaba la devolución. No ha llegado nada y ya no me
contestan.

Si esta semana no me regresan el cargo duplicado voy a poner una queja
en PROFECO.

Alejandro Reyes Gutiérrez
Puebla, Pue."""),
("es", "b84-es-ar-contracargo-anillo", "Federico Luna <fede.luna@example.com.ar>", "Pedido 20448", "billing", "high",
"""Hola. El 10 de marzo pagué $85.000 por un anillo grabado (pedido
20448). El 25 me avisaron por mail que no podían hacer el grabado y que
me devolvían la plata. Ya estamos a 20 de abril y en la tarjeta no hay
ningún reintegro. Nadie responde el WhatsApp.

Les doy hasta el viernes. Si no veo la devolución inicio el
desconocimiento de la compra con el banco y además hago la denuncia en
Defensa del Consumidor.

Federico Luna
Rosario"""),
("es", "b84-es-senal-colgante-omic", "Marisa Domínguez <marisa.dominguez@example.es>", "Señal del colgante a medida", "billing", "high",
"""Muy señores míos:

El 3 de octubre entregué en su taller de Sevilla una señal de 180 € para
un colgante de plata hecho a mano con el nombre de mi nieta. Dos días
después, antes de que se empezara ningún trabajo, llamé para anularlo
por motivos familiares. Me dicen ahora que la señal «no se devuelve en
ningún caso», cosa que nadie me dijo al pagar y que no figura en el
recibo.

Les pido la devolución íntegra de los 180 €. De no recibirla en diez
días, pondré una reclamación en la OMIC de Sevilla y pediré la hoja de
reclamaciones en la tienda.

Atentamente,
Marisa Domínguez Peña"""),
("es", "b84-es-re-presupuesto-toallas-casa-rural", "Casa Rural El Roble <reservas@casaruralelroble.example>", "RE: Presupuesto 2219 - toallas bordadas", "billing", "",
"""Hola Elena:

Nos gusta mucho el diseño. Antes de confirmar: si en vez de 40 juegos
pedimos 70, ¿se puede mejorar el descuento del 8 %? Y la señal del 40 %,
¿puede ser por transferencia? Con la tarjeta de la empresa vamos justos
antes de Semana Santa.

Un saludo,
Alberto
Casa Rural El Roble (Cuenca)

-----Mensaje original-----
De: Elena Marín <presupuestos@example-bordados.es>
Enviado el: martes, 6 de febrero de 2024 12:15
Para: reservas@casaruralelroble.example
Asunto: Presupuesto 2219 - toallas bordadas

Estimado Alberto:

Le adjunto el presupuesto para 40 juegos de toallas (lavabo + ducha) en
blanco con el logotipo de El Roble bordado en verde. Total 1.296,00 €
IVA incluido, con un 8 % de descuento. Para iniciar la producción
solicitamos una señal del 40 %.

Un cordial saludo,
Elena Marín"""),
("es", "b84-es-co-cupon-no-es-la-web", "Daniela Ospina <daniela.ospina@example.com.co>", "Cupón", "billing", "",
"""Buenas, no es problema de la página porque todo cargó bien y hasta me
dijo "cupón aplicado". Pero me cobraron $189.900 completos por el
rompecabezas personalizado y el cupón MAMA20 era del 20%. ¿Me pueden
devolver la diferencia a la tarjeta? Pedido 51177.

Gracias, Daniela (Medellín)"""),
("es", "b84-es-cl-cambio-funda-modelo", "Camila Fuentes <camila.fuentes@example.cl>", "Cambio de funda", "billing", "",
"""Hola, fue error mío, pedí la funda con la foto de mi perrito para
Samsung A54 y tengo A55. Está sin abrir. ¿Me la pueden cambiar? Yo pago
el envío de vuelta, la funda costó $24.990.

Saludos,
Camila"""),
("es", "b84-es-consulta-bizum", "Pablo Iglesias Rey <pablo.iglesiasrey@example.es>", "Consulta", "billing", "",
"""Hola, ¿se puede pagar con Bizum? Es para la toalla de playa con el
nombre de mi sobrino, 24,95 €, y prefiero no meter la tarjeta. Gracias."""),
("es", "b84-es-bajar-plan-gratis-editor", "Nuria Casals <nuria.casals@example.es>", "Plan Premium", "billing", "",
"""Hola,

Desde que terminé el álbum de la boda casi no uso el editor, así que
quiero pasar del plan Premium (4,99 €/mes, almacenamiento ilimitado) al
plan gratuito. No quiero cerrar la cuenta ni perder los proyectos
guardados, solo dejar de pagar. ¿Qué pasa con las fotos que superan el
límite del plan gratis?

Gràcies,
Núria"""),
("es", "b84-es-no-es-pago-editor-portada", "Sergio Herrero <sergio.herrero@example.es>", "Editor del álbum", "technical", "",
"""Buenas:

No es un tema de pago, ni siquiera he llegado a pagar. Cada vez que
intento poner texto en la portada del álbum, el editor se queda en
blanco y me saca de la sesión. He probado con Chrome y con Firefox en
el portátil (Windows 10). Las páginas interiores funcionan sin
problema, solo falla la portada.

Sergio"""),
("es", "b84-es-mx-no-llega-correo-contrasena", "Itzel Mendoza <itzel.mendoza@example.com.mx>", "No puedo entrar", "technical", "",
"""Hola, le doy a "olvidé mi contraseña" y nunca me llega el correo, ya
revisé spam y todo. Llevo dos días intentando. Tengo guardado ahí el
diseño del cuento de mi hija y no lo quiero volver a hacer desde cero.
Gracias"""),
("es", "b84-es-ar-lampara-luna-chispas", "Graciela Benítez <graciela.benitez@example.com.ar>", "Lámpara luna con foto", "technical", "high",
"""Buenas noches.

Me regalaron la lámpara luna con la foto de mis nietos. Hoy la puse a
cargar con el cable que viene en la caja y al rato escuché un chasquido
y vi unas chispitas donde el cable entra en la lámpara. Olía a quemado.
La desenchufé enseguida y la dejé sobre la mesada de la cocina, lejos
de todo. No pasó nada más.

Les aviso por si tienen otras iguales. ¿Qué hago con ella?

Graciela Benítez
Córdoba"""),
("es", "b84-es-taza-magica-se-rajo", "Lucía Navarro <lucia.navarro@example.es>", "Taza mágica", "technical", "high",
"""Hola,

Os escribo porque la taza mágica personalizada que compramos (la que
cambia de color y aparece la foto) se ha rajado de arriba abajo esta
mañana al echarle la leche caliente, y se le ha soltado el asa justo
cuando mi hija la levantaba. Se ha manchado y se ha quemado un poco la
mano con la leche. Nada grave, ya está bien, pero podía haber sido peor.

No la había metido en el microondas ni en el lavavajillas. Creo que
deberíais revisar ese lote.

Lucía Navarro"""),
("es", "b84-es-fotografo-comuniones-portal", "Estudio Luz de Sur <estudio@luzdesur.example>", "Portal profesional", "technical", "high",
"""Hola:

Desde el jueves ningún álbum que envío por el portal profesional llega
a producción. Llego al último paso, pulso «Enviar a imprenta», sale el
mensaje de confirmación y al recargar el álbum vuelve a estar en
borrador. En «Mis pedidos» no aparece nada.

Tengo quince álbumes de comunión y dos de boda pendientes, muchos
prometidos para antes del 15, y ya he tenido que llamar a tres familias
para dar largas. Estamos en plena temporada y el estudio está
literalmente parado. Necesito que alguien lo mire hoy.

Paco Ruiz
Estudio Luz de Sur, Jerez"""),
("es", "b84-es-vista-previa-ene", "Begoña Aranda <begona.aranda@example.es>", "La eñe", "technical", "",
"""Hola, en la vista previa del grabado de la pulsera escribo «Begoña» y
me sale «Bego a», con un hueco. ¿Es solo la vista previa o me lo vais a
grabar así? Porque si es así no lo pido."""),
("es", "b84-es-mx-app-fundas-no-abre", "Ricardo Salinas <ricardo.salinas@example.com.mx>", "La app no abre", "technical", "",
"""Buen día, la app para diseñar fundas se cierra sola apenas la abro en
mi iPhone 12, ni siquiera llega a la pantalla de inicio. Ya la borré y
la volví a instalar y actualicé el teléfono. Antes sí funcionaba."""),
("es", "b84-es-ar-puzzle-no-quiero-devolucion", "Mariano Acosta <mariano.acosta@example.com.ar>", "rompecabezas", "technical", "",
"""Hola, aclaro de entrada: NO quiero que me devuelvan la plata, quiero
el rompecabezas bien hecho. Llegó el de 1000 piezas con la foto del
casamiento de mis viejos (cumplen 40 años) y un montón de piezas vienen
pegadas entre sí, mal troqueladas, y cuando las separás se despega la
foto. Es para el sábado 18. ¿Lo pueden volver a imprimir?

Mariano"""),
("es", "b84-es-re-pedido-fotos-oscuras", "Raquel Gil <raquel.gil@example.es>", "Re: Tu pedido 90233 ya está en camino", "technical", "",
"""Hola:

Ha llegado el álbum, pero casi todas las fotos de interior han salido
muy oscuras, las caras casi negras. En la pantalla y en la vista previa
del editor se veían perfectamente, y otras veces que he pedido con
vosotros ha salido bien. ¿Ha pasado algo en la impresión?

Raquel

El lun, 15 abr 2024 a las 10:03, Pedidos <pedidos@example-albumes.es> escribió:
> ¡Hola Raquel! Tu pedido 90233 (Álbum 30x30, 50 páginas, tapa dura)
> ya está en camino con SEUR. Número de seguimiento: 0000000000."""),
("es", "b84-es-cl-certificado-estrella-urgente", "Ignacia Rojas <ignacia.rojas@example.cl>", "URGENTE certificado", "technical", "",
"""URGENTEEE el aniversario es mañana!! compré lo de la estrella y en el
correo dice "descarga tu certificado" pero el link me manda a una página
de error. probé en el celu y en el compu. solo necesito el pdf para
imprimirlo hoy en la noche :(("""),
("es", "b84-es-co-cuenta-mayorista-supervisor", "Detallitos Bogotá <ventas@detallitosbogota.example>", "Cuenta mayorista - otra vez caída", "technical", "high",
"""Buenos días.

Somos una tienda de detalles en Bogotá y pedimos mugs y cojines
personalizados por la cuenta mayorista. Desde el lunes al dar «Confirmar
pedido» sale «Error 500» y no entra nada. Es la tercera vez en dos meses.
Tenemos los pedidos del Día de la Madre represados y clientes
reclamando en la tienda.

Ya llamé dos veces a la línea de soporte y no pasó nada. Exijo hablar
con un supervisor o con el jefe del área técnica.

Andrea Cárdenas
Gerente"""),
("es", "b84-es-bordado-toalla-se-deshace", "Concha Beltrán <concha.beltran@example.es>", "toallas con iniciales", "technical", "",
"""Buenas, las toallas con las iniciales bordadas solo las he lavado una
vez, a 40 grados, y en dos de ellas el bordado se está deshaciendo, hay
hilos colgando y la «B» casi ha desaparecido. ¿Es normal? Me parece que
el hilo no estaba bien rematado."""),
("es", "b84-es-mx-qr-album-video", "Fernanda Ibarra <fer.ibarra@example.com.mx>", "Código QR del álbum", "technical", "",
"""Hola! El álbum de XV años trae el código QR en la última página para
ver el video de la fiesta, pero al escanearlo me manda a una página que
dice "este contenido ya no está disponible". Yo subí el video cuando
hice el álbum y en el editor sí se reproducía. Gracias!!"""),
("es", "b84-es-ar-gracias-album-boda", "Sol Ferreyra <sol.ferreyra@example.com.ar>", "GRACIAS", "general", "",
"""Hola chicos!! Les escribo solo para agradecerles. Hicimos el álbum del
casamiento con ustedes y quedó divino, me morí de amor cuando lo abrí.
Mi suegra lloró como una hora jaja. La calidad del papel es increíble y
llegó antes de lo que decían. Los voy a recomendar a todo el mundo.

Besos,
Sol y Nico"""),
("es", "b84-es-horario-tienda-madrid-festivo", "Javier Moreno <javier.moreno@example.es>", "Horario", "general", "",
"""Hola, ¿la tienda de la calle Fuencarral abre el 2 de mayo? Quiero
pasar a ver los grabados en persona. Gracias."""),
("es", "b84-es-mx-entrega-caseta-vigilancia", "Mónica Treviño <monica.trevino@example.com.mx>", "Entrega pedido 31190", "general", "",
"""Hola, buenas tardes.

El pedido 31190 es una sorpresa para mi esposo. Vivimos en una privada
en San Pedro Garza García. Por favor que el repartidor lo deje en la
caseta de vigilancia con don Ramiro y que NO lo suban a la casa ni
toquen el timbre. Ya le avisé a la caseta.

Mil gracias,
Mónica"""),
("es", "b84-es-cambio-telefono-correo", "Elena Vázquez <elena.vazquez@example.es>", "Cambio de datos", "general", "",
"""Hola, he cambiado de número de móvil y de correo. ¿Me podéis poner en
mi cuenta el 611 000 000 y este correo nuevo en lugar de
elena.vazquez77@example.es? Desde la web no me deja cambiar el correo.
Gracias"""),
("es", "b84-es-rgpd-borrar-fotos", "Tomás Herrera <tomas.herrera@example.es>", "Ejercicio del derecho de supresión", "general", "",
"""Estimados señores:

Al amparo del artículo 17 del Reglamento General de Protección de
Datos, solicito la supresión de todos mis datos personales y de todas
las fotografías que he subido a su plataforma en los últimos años, así
como la baja de mi cuenta de usuario. Les agradecería confirmación por
escrito una vez completado.

Atentamente,
Tomás Herrera Vidal
DNI 00000000T"""),
("es", "b84-es-dependienta-grosera-encargada", "Pilar Sánchez <pilar.sanchez@example.es>", "Queja - tienda de Zaragoza", "general", "high",
"""Buenas tardes:

El sábado por la mañana fui a su tienda del centro comercial Puerto
Venecia para preguntar si podían grabar una pulsera que compré en otro
sitio. La dependienta, sin dejar el móvil, me dijo delante de otros
clientes que «aquí no grabamos chatarra de mercadillo» y se rió con su
compañera. Le pedí su nombre y me dio la espalda.

Tengo 68 años y nunca me habían tratado así. Quiero hablar con la
encargada de la tienda o con alguien por encima de ella, no con otro
correo automático. Mi teléfono es el 676 000 000.

Pilar Sánchez"""),
("es", "b84-es-mx-vidrio-zona-ninos", "Karla Domínguez <karla.dominguez@example.com.mx>", "Tienda de Plaza Andares", "general", "high",
"""Hola.

Hoy estuve en su tienda de Plaza Andares y en el rincón de los niños,
donde está la mesita para colorear mientras uno espera el grabado, había
pedazos de vidrio en el tapete, creo que de un portarretratos que se
cayó del estante. Mi hijo de 3 años casi se sienta encima. Le avisé a
la muchacha y me dijo que ahorita lo barrían, pero cuando nos fuimos
media hora después seguía ahí y había otros niños jugando.

Por favor atiéndanlo hoy, alguien se va a cortar.

Karla Domínguez"""),
("es", "b84-es-patrocinio-carrera-solidaria", "Asociación Vecinal San Blas <avsanblas@example.es>", "Carrera solidaria - colaboración", "general", "",
"""Buenos días:

La Asociación Vecinal de San Blas organiza el 9 de junio su VI Carrera
Solidaria a favor del banco de alimentos del barrio. Estamos buscando
empresas que nos ayuden con regalos para el sorteo entre los
participantes (unos 600). ¿Os interesaría colaborar con algún vale o
producto personalizado? Aparecerías en los carteles y en las redes.

Un saludo,
Carmen Prieto
Comisión de la Carrera"""),
("es", "b84-es-cl-objeto-perdido-feria", "Benjamín Soto <benjamin.soto@example.cl>", "Olvidé algo en su stand", "general", "",
"""Hola, el domingo estuve en su stand de la feria navideña del Parque
Bicentenario encargando unos adornos grabados y creo que dejé ahí un
paraguas negro con mango de madera. ¿Alguien lo encontró? Gracias."""),
("es", "b84-es-estrella-oficial", "Raul Montero <raul.montero@example.es>", "Pregunta sobre la estrella", "general", "",
"""Hola, antes de comprar lo de ponerle nombre a una estrella para mi
novia: ¿ese nombre vale para algo oficial, tipo la Union Astronomica
Internacional, o solo esta en vuestro registro? No pasa nada si es lo
segundo, pero quiero saber que le estoy regalando.
Raul"""),
("es", "b84-es-mx-hola-cuantas-letras", "Paola Cervantes <paola.cervantes@example.com.mx>", "Hola", "general", "",
"""Hola!! cuántas letras caben en la placa del collar de corazón? quiero
poner "Mi lugar favorito eres tú" y no sé si cabe. Gracias!!"""),
("es", "b84-es-pedido-bautizo-domingo", "Marta Lozano <marta.lozano@example.es>", "Pedido 77342", "general", "",
"""Hola, el pedido 77342 es el cuento personalizado para el bautizo de mi
ahijado, que es este domingo. Sigue poniendo «en producción». Si sale
mañana, ¿llega a Salamanca antes del sábado? Gracias, Marta"""),
("es", "b84-es-ar-visita-colegio-taller", "Escuela Nº 14 Almafuerte <direccion.esc14@example.edu.ar>", "Visita al taller", "general", "",
"""Buenos días:

Soy maestra de 5.º grado de la Escuela N.º 14 de La Plata. Estamos
trabajando oficios y emprendimientos del barrio y a los chicos les
encantaría ver cómo se graban las piezas en su taller. ¿Reciben visitas
de escuelas? Serían 24 alumnos y dos docentes, una mañana de junio.

Desde ya muchas gracias,
Silvina Paredes"""),
]
# ---------------- Polish ----------------
M += [
("pl", "b84-pl-podwojne-obciazenie-fotoksiazka", "Magdalena Kowalczyk <magda.kowalczyk@example.pl>", "Podwójne obciążenie", "billing", "",
"""Dzień dobry,

w niedzielę zamówiłam jedną fotoksiążkę A4 z wakacji (zamówienie
FK-418820), a na koncie widzę dwie transakcje po 119,90 zł z tego
samego dnia. Potwierdzenie przyszło tylko jedno. Proszę o zwrot drugiej
płatności.

Pozdrawiam
Magdalena Kowalczyk"""),
("pl", "b84-pl-raty-zegarek-grawer", "Paweł Nowicki <pawel.nowicki@example.pl>", "Raty na zegarek", "billing", "",
"""Dzień dobry, chciałbym kupić zegarek z grawerem na 30. rocznicę ślubu
rodziców (1 290 zł). Czy jest możliwość zakupu na raty 0% albo przez
PayPo? Przy płatności widzę tylko BLIK, kartę i przelew.

Paweł Nowicki"""),
("pl", "b84-pl-faktura-nip-puzzle-firmowe", "Księgowość TransBud <ksiegowosc@transbud.example>", "Faktura do zamówienia 70315", "billing", "",
"""Dzień dobry,

do zamówienia 70315 (25 zestawów puzzli ze zdjęciem zespołu, łącznie
1 737,50 zł brutto) otrzymaliśmy tylko potwierdzenie mailowe. Prosimy o
wystawienie faktury VAT na dane:

TransBud Sp. z o.o.
ul. Przemysłowa 12, 61-000 Poznań
NIP 7800000000

Na fakturze prosimy umieścić nasz numer zamówienia wewnętrznego
ZW/2024/088.

Z poważaniem
Beata Jankowska"""),
("pl", "b84-pl-abonament-ksiazeczki-syn-szkola", "Kasia Wrobel <kasia.wrobel@example.pl>", "abonament ksiazeczek", "billing", "",
"""Hej, Kuba poszedl do trzeciej klasy i oznajmil, ze ksiazeczki z jego
imieniem sa "dla przedszkolakow" :) Wiec konczymy. Prosze nie pobierac
juz 39 zl w przyszlym miesiacu i nie wysylac kolejnej. Dzieki za te
wszystkie lata, stoja u niego na polce i tak.
Kasia"""),
("pl", "b84-pl-przeprowadzka-norwegia-zawieszenie", "Anna Gajewska <anna.gajewska@example.pl>", "Kalendarz dla dziadków", "billing", "",
"""Dzień dobry,

co miesiąc wysyłacie moim rodzicom kartkę kalendarza ze zdjęciami
wnuków (24,99 zł miesięcznie z mojej karty). Od czerwca do września
rodzice będą u nas w Norwegii i nikogo nie będzie w domu w Olsztynie.
Czy można wstrzymać wysyłki i płatności na te cztery miesiące i ruszyć
znowu od października? Nie chcę rezygnować.

Anna Gajewska"""),
("pl", "b84-pl-zwrot-gwiazda-kierownik", "Łukasz Pietrzak <lukasz.pietrzak@example.pl>", "Zwrot za drugą gwiazdę - proszę o kierownika", "billing", "high",
"""Dzień dobry,

20 lutego przez błąd strony płatności dwa razy zapłaciłem za pakiet
„Nazwij gwiazdę" (149 zł każdy). Tego samego dnia to zgłosiłem i
dostałem odpowiedź, że drugie zamówienie anulowano i pieniądze wrócą w
ciągu 5 dni roboczych. Minęło sześć tygodni, cztery maile i dwa
telefony, a ja wciąż dostaję te same szablonowe odpowiedzi.

Proszę o przekazanie sprawy kierownikowi działu obsługi klienta lub
innej osobie decyzyjnej i o kontakt telefoniczny: 600 000 000.

Łukasz Pietrzak"""),
("pl", "b84-pl-zadatek-obraczki-rzecznik", "Joanna Szymańska <joanna.szymanska@example.pl>", "Zadatek za obrączki z grawerem", "billing", "high",
"""Szanowni Państwo,

15 stycznia wpłaciłam 500 zł zaliczki na obrączki z grawerem (oferta
nr 1142). 17 stycznia, zanim rozpoczęto jakąkolwiek pracę, pisemnie
zrezygnowałam z zamówienia. W odpowiedzi przeczytałam, że to „zadatek,
który nie podlega zwrotowi", chociaż na potwierdzeniu wpłaty i w
ofercie widnieje słowo „zaliczka".

Zaliczka podlega zwrotowi. Jeżeli kwota 500 zł nie wróci na moje konto
w ciągu 14 dni, zwrócę się do Miejskiego Rzecznika Konsumentów w
Krakowie i złożę skargę do UOKiK.

Z poważaniem
Joanna Szymańska"""),
("pl", "b84-pl-chargeback-etui-zwrot", "Mateusz Kaczor <mateusz.kaczor@example.pl>", "Zamowienie 70122", "billing", "high",
"""Dzien dobry. 4 marca zaplacilem 89 zl za etui ze zdjeciem (zam.
70122). 18 marca napisaliscie, ze kurier zgubil paczke i ze zwrocicie
pieniadze. Jest kwiecien, pieniedzy nie ma, na maile nikt nie
odpisuje.

Jezeli do piatku nie bedzie zwrotu, skladam w banku reklamacje
transakcji (chargeback) i niech bank to zalatwia.

Mateusz Kaczor"""),
("pl", "b84-pl-odp-wycena-reczniki-pensjonat", "Pensjonat Pod Jodłami <recepcja@podjodlami.example>", "Odp: Wycena 3307 - ręczniki z haftem", "billing", "",
"""Dzień dobry Pani Moniko,

dziękujemy, wzór jest bardzo ładny. Mamy jeszcze dwa pytania: czy przy
100 kompletach zamiast 60 rabat mógłby być większy niż 10%? I czy
zaliczkę 30% możemy zapłacić przelewem, a resztę przy odbiorze?

Pozdrawiam
Grzegorz Hajduk
Pensjonat Pod Jodłami, Zakopane

W dniu 12.02.2024 o 10:44, Monika Zawada <wyceny@example-haft.pl> pisze:
> Szanowny Panie,
>
> w załączeniu przesyłam wycenę 60 kompletów ręczników (mały + duży) w
> kolorze białym z haftowanym logo pensjonatu w kolorze butelkowej
> zieleni. Łącznie 4 428,00 zł brutto, z rabatem 10%. Produkcję
> rozpoczynamy po wpłacie zaliczki 30%.
>
> Z poważaniem
> Monika Zawada"""),
("pl", "b84-pl-kod-rabatowy-nie-techniczny", "Oliwia Michalak <oliwia.michalak@example.pl>", "Kod DZIENMATKI", "billing", "",
"""Dzień dobry, to nie jest problem techniczny, strona działała, kod się
wpisał i pokazało „kod aktywny". Tylko że pobraliście pełne 159 zł za
puzzle ze zdjęciem, a kod był na -20%. Czy mogę prosić o zwrot 31,80 zł?
Zamówienie 70588.
Oliwia"""),
("pl", "b84-pl-wymiana-etui-model", "Weronika Lis <weronika.lis@example.pl>", "Zły model telefonu", "billing", "",
"""Dzień dobry, to mój błąd - zamówiłam etui ze zdjęciem kota do iPhone'a
14 Pro, a mam zwykłe 14. Paczka nieotwarta. Czy mogę je wymienić na
właściwy model, jeśli dopłacę za wysyłkę?
Weronika"""),
("pl", "b84-pl-pytanie-przelew-tradycyjny", "Zbigniew Sowa <zbigniew.sowa@example.pl>", "Pytanie", "billing", "",
"""Dzien dobry, zaplacilem za album przelewem tradycyjnym w piatek (zam.
70640, 214 zl), a w sklepie caly czas pisze "oczekuje na platnosc". Ile
to trwa zanim Panstwo zaksiegujecie? Czy mam wyslac potwierdzenie?
Z. Sowa"""),
("pl", "b84-pl-gazetka-babcia-dom-opieki", "Renata Zielińska <renata.zielinska@example.pl>", "Gazetka dla babci", "billing", "",
"""Dzień dobry,

od dwóch lat co miesiąc drukujecie dla mojej babci gazetkę rodzinną ze
zdjęciami i wiadomościami od wnuków (29 zł miesięcznie). Babcia
przeprowadziła się w marcu do domu opieki i niestety prawie już nie
widzi, więc gazetka traci sens. Proszę zakończyć wysyłkę i nie pobierać
więcej opłat.

Dziękuję, to była dla niej wielka radość.
Renata Zielińska"""),
("pl", "b84-pl-bon-wygasl-rzecznik", "Dorota Kamińska <dorota.kaminska@example.pl>", "Bon podarunkowy 200 zł", "billing", "high",
"""Dzień dobry,

w grudniu kupiłam w Państwa sklepie w Galerii Mokotów bon podarunkowy
na 200 zł dla siostry. Siostra chciała go wczoraj wykorzystać na
fotoksiążkę i usłyszała, że bon „wygasł". Ani na bonie, ani na
paragonie nie ma żadnej daty ważności, nikt też o tym nie informował.

Oczekuję aktywowania bonu albo zwrotu 200 zł. W przeciwnym razie
sprawę zgłoszę do Miejskiego Rzecznika Konsumentów w Warszawie.

Dorota Kamińska"""),
("pl", "b84-pl-edytor-zawiesza-nie-platnosc", "Adam Wieczorek <adam.wieczorek@example.pl>", "Edytor fotoksiążki", "technical", "",
"""Dzień dobry,

to nie chodzi o płatność, do płacenia nawet nie doszedłem. Edytor
fotoksiążki zawiesza się za każdym razem, gdy dodaję stronę powyżej 48.
Kręci się kółko, a potem komunikat „Nie udało się zapisać zmian" i
ostatnie strony znikają. Straciłem tak dwa wieczory pracy. Chrome,
Windows 11, projekt ma ok. 350 zdjęć.

Adam"""),
("pl", "b84-pl-nie-moge-sie-zalogowac", "Krystyna Baran <krystyna.baran@example.pl>", "logowanie", "technical", "",
"""Dzien dobry, nie moge sie zalogowac, wpisuje haslo i pisze "bledne
dane". Klikam "nie pamietam hasla" i mail z linkiem nie przychodzi, w
spamie tez nie ma. Mam tam zapisana ksiazeczke dla wnuczki, prawie
skonczona. Prosze o pomoc.
Krystyna Baran"""),
("pl", "b84-pl-lampka-zasilacz-iskrzy", "Tadeusz Głowacki <tadeusz.glowacki@example.pl>", "Lampka z grawerem", "technical", "high",
"""Dzień dobry,

dostaliśmy od dzieci drewnianą lampkę LED z wygrawerowanym zdjęciem
wnuków. Wczoraj wieczorem, po włączeniu zasilacza do kontaktu, z
zasilacza poszły iskry i trzasnęło, a potem czuć było spaleniznę. Na
obudowie zasilacza jest ciemna plama. Od razu wyjąłem z gniazdka i
więcej nie podłączałem. Nic się nikomu nie stało.

Piszę, żebyście wiedzieli, bo może to cała partia. Co mam z tym zrobić?

Tadeusz Głowacki"""),
("pl", "b84-pl-pozytywka-korbka-odpadla", "Natalia Dąbrowska <natalia.dabrowska@example.pl>", "Pozytywka z imieniem", "technical", "high",
"""Dzień dobry,

kupiliśmy drewnianą pozytywkę z wygrawerowanym imieniem synka na
chrzciny. Mała korbka do nakręcania odpadła dziś przy drugim
nakręceniu, a razem z nią malutka metalowa zawleczka. Zawleczkę
znalazłam na kocyku, na którym leży Staś (7 miesięcy). Na opakowaniu
jest napisane „dla niemowląt od 0 m-cy".

Schowałam pozytywkę. Uważam, że trzeba sprawdzić pozostałe egzemplarze.

Natalia Dąbrowska"""),
("pl", "b84-pl-fotograf-komunie-portal", "Studio Kadr <studio@kadr-lublin.example>", "Panel dla fotografów", "technical", "high",
"""Dzień dobry,

od czwartku żaden album wysłany przez panel dla fotografów nie trafia do
produkcji. Klikam „Wyślij do druku", pojawia się „Dziękujemy", a po
odświeżeniu album wraca do wersji roboczej i w zamówieniach nic nie ma.

Mam 22 albumy komunijne i trzy ślubne do oddania, większość obiecana
rodzinom do połowy miesiąca. Dzwoniłem już do czterech rodzin, żeby
przeprosić. Całe studio stoi w szczycie sezonu. Proszę, żeby ktoś to
sprawdził jeszcze dziś.

Michał Sobczak
Studio Kadr, Lublin"""),
("pl", "b84-pl-podglad-polskie-znaki", "Jadwiga Mróz <jadwiga.mroz@example.pl>", "Grawer - polskie litery", "technical", "",
"""Dzień dobry, w podglądzie grawera na bransoletce wpisuję „Małgośka",
a wyświetla się „Ma gośka" z dziurą zamiast „ł". Ogonek przy „ś" jest.
Czy to tylko podgląd, czy tak zostanie wygrawerowane?"""),
("pl", "b84-pl-aplikacja-etui-zamyka-sie", "Kamil Jasiński <kamil.jasinski@example.pl>", "apka", "technical", "",
"""Apka do projektowania etui wywala się za każdym razem jak klikam
"dodaj zdjęcie z galerii". Xiaomi 13, Android 14, reinstalowałem. Tekst
dodaje bez problemu."""),
("pl", "b84-pl-puzzle-nie-chce-zwrotu", "Ewelina Krawczyk <ewelina.krawczyk@example.pl>", "Puzzle na 50. rocznicę", "technical", "",
"""Dzień dobry,

nie chcę zwrotu pieniędzy, chcę puzzle, które da się ułożyć. Przyszły
puzzle 1000 elementów ze zdjęciem ślubnym dziadków, a sporo elementów
jest niedociętych, sklejonych po dwa, trzy. Przy rozdzielaniu schodzi
warstwa ze zdjęciem. Kilka brzegowych w ogóle nie pasuje. To prezent na
złote gody za dwa tygodnie.

Czy możecie wydrukować i wyciąć je jeszcze raz?

Ewelina"""),
("pl", "b84-pl-odp-kalendarz-zle-dni", "Henryk Bielecki <henryk.bielecki@example.pl>", "Odp: Twoje zamówienie 70402 zostało wysłane", "technical", "",
"""Dzień dobry,

kalendarz doszedł, zdjęcia wyszły pięknie, ale coś jest nie tak z
samymi dniami. W marcu 1 wypada w czwartek, a powinien w piątek, i
cały miesiąc jest przesunięty. W lutym brakuje 29. W edytorze
wybierałem rok 2024. Proszę sprawdzić ten szablon.

Henryk Bielecki

> Dzień dobry!
> Twoje zamówienie 70402 (Kalendarz ścienny A3, 2024) zostało wysłane
> kurierem InPost. Numer przesyłki: 600000000000000000000000."""),
("pl", "b84-pl-certyfikat-gwiazdy-pilne", "Zuzanna Olszewska <zuza.olszewska@example.pl>", "PILNE!!! certyfikat", "technical", "",
"""PILNE, rocznica jest jutro!! kupiłam pakiet z gwiazdą i w mailu jest
„pobierz certyfikat", ale link pokazuje błąd 404. próbowałam na
telefonie i laptopie. potrzebuję tylko pdf żeby go dziś wydrukować"""),
("pl", "b84-pl-konto-firmowe-przelozony", "Prezenty Rybka <biuro@prezentyrybka.example>", "Konto hurtowe - znowu nie działa", "technical", "high",
"""Dzień dobry,

prowadzimy sklep z upominkami w Gdyni i zamawiamy u Państwa kubki i
poduszki z nadrukiem przez konto hurtowe. Od poniedziałku przy
„Złóż zamówienie" wyskakuje „Błąd 500" i nic nie przechodzi. To już
trzeci raz w ciągu dwóch miesięcy. Klienci czekają na prezenty na
Dzień Matki, a my nie możemy wysłać ani jednego zamówienia.

Dwa razy dzwoniłam na infolinię bez skutku. Proszę o kontakt
przełożonego działu technicznego albo kogoś, kto może podjąć decyzję.

Iwona Rybka
Prezenty Rybka"""),
("pl", "b84-pl-haft-sie-pruje", "Bożena Stępień <bozena.stepien@example.pl>", "Ręczniki z monogramem", "technical", "",
"""Dzień dobry, ręczniki z haftowanymi inicjałami wyprane raz, w 40
stopniach, i na dwóch haft już się pruje, wiszą nitki, a litera „S"
jest w połowie. Czy to normalne? Wygląda na źle zakończony szew."""),
("pl", "b84-pl-formularz-kod-pocztowy", "Rafał Kubiak <rafal.kubiak@example.pl>", "Nie da się złożyć zamówienia", "technical", "",
"""Dzień dobry, przy adresie dostawy formularz nie przyjmuje mojego kodu
pocztowego 05-077 (Warszawa-Wesoła), cały czas na czerwono „nieprawidłowy
kod pocztowy" i nie mogę przejść dalej. Próbowałem bez myślnika,
też nie.
Rafał"""),
("pl", "b84-pl-podziekowania-fotoksiazka-dziadek", "Agata Malinowska <agata.malinowska@example.pl>", "Dziękujemy!", "general", "",
"""Dzień dobry,

chciałam tylko podziękować. Zrobiliśmy fotoksiążkę na 85. urodziny
dziadka, ze zdjęciami jeszcze z Wilna i z budowy domu. Dziadek
przeglądał ją przez cały obiad i opowiadał o każdym zdjęciu, a babcia
płakała ze wzruszenia. Wyszła przepięknie, papier i kolory super, a
kurier był dzień wcześniej niż obiecywaliście.

Pozdrawiamy serdecznie,
Agata z rodziną"""),
("pl", "b84-pl-godziny-wigilia", "Sebastian Duda <sebastian.duda@example.pl>", "Wigilia", "general", "",
"""Dzień dobry, do której jest otwarty Wasz sklep w Manufakturze w
Wigilię? Chcę odebrać grawerowany breloczek. Dziękuję"""),
("pl", "b84-pl-doreczenie-sasiadka", "Monika Sadowska <monika.sadowska@example.pl>", "Zamowienie 70711", "general", "",
"""Dzien dobry, zamowienie 70711 to niespodzianka dla meza, ktory pracuje
z domu. Prosze, zeby kurier nie dzwonil do nas (mieszkanie 7), tylko
zostawil paczke u sasiadki pani Haliny pod 8, ona wie. Dziekuje!"""),
("pl", "b84-pl-zmiana-nazwiska-maila", "Aleksandra Nowak-Wilk <ola.nowakwilk@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko z Nowak na Nowak-Wilk i mam
nowy adres e-mail (ten). Czy możecie zaktualizować moje konto? Stary
adres to ola.nowak@example.pl. Dziękuję!"""),
("pl", "b84-pl-rodo-usuniecie-zdjec", "Wojciech Kozłowski <wojciech.kozlowski@example.pl>", "Żądanie usunięcia danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO żądam usunięcia wszystkich moich danych
osobowych oraz wszystkich zdjęć przesłanych przeze mnie do Państwa
serwisu, a także zamknięcia konta powiązanego z tym adresem e-mail.
Proszę o pisemne potwierdzenie wykonania.

Z poważaniem
Wojciech Kozłowski"""),
("pl", "b84-pl-skarga-pracownik-kierownik", "Halina Wójcik <halina.wojcik@example.pl>", "Skarga na pracownika - stoisko w Arkadii", "general", "high",
"""Dzień dobry,

w sobotę podeszłam do Państwa stoiska z grawerowaniem w Arkadii,
żeby zapytać o grawer na medaliku kupionym u jubilera. Pracownik nie
odrywając się od telefonu powiedział, że „nie grawerujemy odpustowych
świecidełek", po czym zaczął się śmiać z kolegą. Na prośbę o nazwisko
odwrócił się plecami.

Mam 70 lat i nikt mnie jeszcze tak nie potraktował. Proszę, żeby
skontaktował się ze mną kierownik tego stoiska albo ktoś wyżej, a nie
kolejny automatyczny mail. Telefon 600 000 000.

Halina Wójcik"""),
("pl", "b84-pl-regal-ramki-chwieje-sie", "Piotr Marczak <piotr.marczak@example.pl>", "Regał w punkcie w Galerii Krakowskiej", "general", "high",
"""Dzień dobry,

w Waszym punkcie w Galerii Krakowskiej wysoki regał z ramkami i
szklanymi statuetkami stoi krzywo i chwieje się przy lekkim dotknięciu.
Dziś, kiedy moja córka (5 lat) oparła się o niego ręką, dwie ramki
spadły tuż obok niej. Pani przy kasie powiedziała, że „tak już jest od
tygodnia".

Proszę przykręcić go do ściany albo przestawić, zanim coś spadnie
komuś na głowę.

Piotr Marczak"""),
("pl", "b84-pl-sponsoring-festyn", "Rada Rodziców SP 12 <radarodzicow.sp12@example.pl>", "Festyn rodzinny - prośba o wsparcie", "general", "",
"""Szanowni Państwo,

Rada Rodziców Szkoły Podstawowej nr 12 w Toruniu organizuje 8 czerwca
festyn rodzinny z loterią fantową, z której dochód przeznaczymy na
wyposażenie szkolnej biblioteki. Czy moglibyście Państwo przekazać
fant, np. bon na personalizowaną książeczkę? Logo firmy umieścimy na
plakatach i na stronie szkoły.

Z wyrazami szacunku
Marta Górecka
Przewodnicząca Rady Rodziców"""),
("pl", "b84-pl-zgubiony-parasol-stoisko", "Jerzy Pawlak <jerzy.pawlak@example.pl>", "Zostawiony parasol", "general", "",
"""Dzień dobry, w piątek po południu byłem przy Waszym stoisku na
jarmarku bożonarodzeniowym we Wrocławiu i chyba zostawiłem tam
parasol, długi, granatowy, z drewnianą rączką. Czy ktoś go znalazł?
Jerzy Pawlak"""),
("pl", "b84-pl-grawer-na-wlasnym-przedmiocie", "Stanisław Lewandowski <stanislaw.lewandowski@example.pl>", "Grawer na własnej zapalniczce", "general", "",
"""Dzień dobry,

mam po ojcu starą metalową zapalniczkę i chciałbym wygrawerować na niej
jego inicjały i datę. Czy robicie grawer na przedmiotach przyniesionych
przez klienta, czy tylko na swoich produktach? I czy trzeba się
wcześniej umówić?

Stanisław Lewandowski"""),
("pl", "b84-pl-dzien-dobry-ile-znakow", "Julka Zając <julka.zajac@example.pl>", "Dzień dobry", "general", "",
"""dzien dobry, ile znakow zmiesci sie w srodku obraczki damskiej 3 mm?
chcemy "Na zawsze razem 14.09.2024" i nie wiem czy sie zmiesci"""),
("pl", "b84-pl-zamowienie-przed-komunia", "Iwona Czarnecka <iwona.czarnecka@example.pl>", "Zamówienie 70963", "general", "",
"""Dzień dobry, zamówienie 70963 to album z imieniem na Komunię
chrześnicy, uroczystość jest w niedzielę. Od poniedziałku status „w
realizacji". Jeśli wyjdzie jutro, zdąży do Rzeszowa przed sobotą?
Pozdrawiam, Iwona"""),
("pl", "b84-pl-praca-ilustrator-ksiazeczki", "Marta Kurek <marta.kurek.ilustracje@example.pl>", "Współpraca - ilustratorka", "general", "",
"""Dzień dobry,

jestem ilustratorką książek dla dzieci z Gdańska (portfolio w
załączniku). Czy szukają Państwo osób do ilustrowania nowych tytułów
personalizowanych książeczek, na zlecenie albo na etat? Chętnie
przedstawię swoje prace.

Pozdrawiam
Marta Kurek"""),
]
