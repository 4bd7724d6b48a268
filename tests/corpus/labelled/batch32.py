# batch32.py -- labelled mails held out of the tree until the rules it
# measures are final, kept apart from gen.py so that nothing is tuned or
# trained on them.  Businesses of this batch: banks and credit unions,
# pension and investment apps, accountants and tax advisers, law firms
# for private clients, notaries, translation agencies, recruitment
# agencies, print-on-demand shops, craft supplies, sewing and knitting
# shops.  The failure classes in these settings -- escalation demands
# that keep their topic, legal threats and chargebacks, negations,
# Greeklish, subjects that say nothing or something else, replies
# quoting an earlier mail, plans ended or paused in unusual wording,
# business outages told only by their consequences, safety hazards told
# calmly, praise -- and everyday mail of all three queues.  Same tuple
# format as batch12.py; slugs carry the prefix b32-.
M += [
# ---------------- English ----------------
("en", "b32-cu-loan-overpaid-standing-order", "Declan Foley <declan.foley@example.ie>", "Loan account", "billing", "",
"""Hi there,

I finished paying off my car loan with the credit union in February
(final payment made at the counter in Ennis), but I forgot to cancel the
standing order and another 180 went out on the 1st of March. The loan
statement now shows a credit balance of 180.

Could that be put back into my current account at AIB please, or into
my shares if that's easier? Member number 40712.

Thanks a million,
Declan"""),
("en", "b32-isa-contributions-on-ice", "Harriet Okafor <harriet.okafor@example.co.uk>", "Monthly top-ups", "billing", "",
"""Hello,

I'm starting maternity leave next month and money will be a bit tighter,
so I'd like to put my 150 a month into the stocks and shares ISA on ice
for six months or so. I don't want to close it or sell anything - just
stop the direct debit from taking the monthly amount until I say so.

Is that something I can do in the app or do you have to do it your end?

Harriet"""),
("en", "b32-self-assessment-fee-over-quote", "Graham Pettit <graham.pettit@example.co.uk>", "Your invoice 2291", "billing", "",
"""Dear Mrs Lowe,

When we spoke in October you quoted 350 plus VAT to prepare my
self-assessment return, the same as last year. Your invoice 2291 is for
520 plus VAT. My affairs haven't changed - same pension, same bit of
rental income from the flat in Harrogate.

Before I pay, could you let me know what the extra 170 is for?

Regards,
Graham Pettit"""),
("en", "b32-certified-translation-price", "Magdalena Brzezinska <magda.brz@example.co.uk>", "Certified translation - how much?", "billing", "",
"""Hi, I need my birth certificate and my marriage certificate translated
from Polish into English for the Home Office, certified. Both are one
page each. How much would that be altogether, and is there an extra
charge for posting the hard copies back to me? I'm in Slough.
Thanks
Magda"""),
("en", "b32-yarn-club-wife-passed", "Robert Kinnear <r.kinnear@example.co.uk>", "Margaret Kinnear - yarn club", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of my late wife, Margaret, who had your Sock Yarn
Club box every month for several years. She died at the end of January
after a short illness. She enjoyed those parcels very much.

Could you please end her membership so that no further boxes are sent
or payments taken from our joint account? The February box arrived last
week; I am happy to pay for that one.

Yours faithfully,
Robert Kinnear"""),
("en", "b32-pod-hoodies-never-came-card-dispute", "Tyler Brooks <tyler.brooks@example.com>", "Order 48213", "billing", "high",
"""I ordered 12 custom hoodies for my son's soccer team on Sept 2nd, paid
$467.40. The tracking has said "label created" for five weeks. Your chat
bot keeps telling me it's "in production" and the one human I talked to
said refunds aren't possible on personalized items.

They were never delivered. I'm not paying for something I didn't get.
If I don't have a full refund by Friday I'm filing a dispute with my
credit card company and reporting you to the BBB.

Tyler Brooks
Columbus, OH"""),
("en", "b32-apostille-pay-by-zelle", "Denise Alvarez <denise.alvarez@example.com>", "Question", "billing", "",
"""Hi - can I pay for the notarization and the apostille by Zelle, or do
you only take card/cash at the office? And is the $65 on your website
per document or for the whole appointment? I have 3 documents.
Thanks, Denise"""),
("en", "b32-overdraft-fees-ombudsman", "Paul Whitcombe <paul.whitcombe@example.co.uk>", "Unarranged overdraft charges - formal complaint", "billing", "high",
"""Dear Sir/Madam,

On 3 May I moved 1,200 from my savings account to my current account
with you using your own app. The app confirmed it as instant. It did not
arrive until 7 May, and in the meantime my rent and two direct debits
took the account overdrawn. You then charged me five separate
unarranged overdraft fees, 42.50 in total, plus interest.

The delay was entirely on your side. I want the fees and interest
refunded. If I do not receive a satisfactory final response within the
eight weeks, I will take this to the Financial Ombudsman Service.

Paul Whitcombe
Sort code and account number available on request"""),
("en", "b32-probate-bill-senior-partner", "Anne-Marie Gallagher <am.gallagher@example.ie>", "Estate of the late Thomas Gallagher - final bill", "billing", "high",
"""Dear Ms Kerrigan,

Thank you for the final bill for the administration of my father's
estate. I'm afraid I cannot accept it as it stands. Your letter of
engagement estimated fees of 4,500 plus VAT and outlays. The bill is for
7,850 plus VAT, and about half of the extra seems to be for "attendances"
that were phone calls from your office to me asking for documents I had
already sent.

I would like this bill reviewed by the senior partner before I pay
anything, and I'd ask that he or she contact me directly.

Anne-Marie Gallagher"""),
("en", "b32-sewing-machine-too-clever", "Pauline Hardy <pauline.hardy@example.co.uk>", "SEWING MACHINE", "billing", "",
"""HELLO THERE IS NOTHING WRONG WITH THE MACHINE IT WORKS FINE. IT IS
JUST FAR TOO CLEVER FOR ME, ALL THE BUTTONS AND THE SCREEN, I ONLY WANT
TO TAKE UP TROUSERS. I BOUGHT IT ON THE 14TH. CAN I SEND IT BACK AND
HAVE MY MONEY BACK OR SWAP IT FOR A PLAINER ONE?

PAULINE HARDY (MRS)"""),
("en", "b32-placement-fee-rebate-candidate-left", "Ritu Malhotra <ritu.malhotra@brightpath-logistics.example>", "Placement fee - rebate as per agreement", "billing", "",
"""Dear Mr Nair,

Kindly note that Mr Sandeep Rao, who joined us through your agency as
Senior Accounts Executive on 4th March, has resigned and his last
working day was 19th April, i.e. within the 60-day replacement period.

As per clause 7.2 of our agreement we would prefer a pro-rata refund of
the placement fee (Rs 1,85,000 + GST paid vide invoice BP/24/118)
rather than a replacement candidate, as the position is now on hold.

Request you to please share the credit note at the earliest.

Regards,
Ritu Malhotra
HR Manager, Brightpath Logistics Pvt Ltd, Pune"""),
("en", "b32-super-exit-fee-afca", "Shane Donnelly <shane.donnelly@example.com.au>", "Fees taken after I rolled over", "billing", "high",
"""G'day,

I rolled my whole super balance out of your app into my industry fund in
July. The rollover went through fine. Then in August you took a $78
"administration fee" and a $12.50 "platform fee" from the account, which
put it into negative, and now I've had a letter saying I owe you $90.50.

I've closed the account. I don't owe you anything. I've already rung
twice and been told it's "standard". If this isn't reversed in writing
this week I'm lodging a complaint with AFCA.

Shane Donnelly
Geelong VIC"""),
("en", "b32-re-workshop-voucher-expired", "Orla Brennan <orla.brennan@example.ie>", "Re: Your gift voucher GV-3318", "billing", "",
"""Hi Niamh,

Thanks for getting back to me so quickly. The thing is, it was a present
from my sister and I only found the envelope when we moved house - it
had slipped behind a drawer. It's for 60 and I never used a cent of it.
Would you consider extending it even for a couple of months so I can
book the beginners' crochet course in the spring?

Orla

On Mon 13 Jan, Niamh at The Wool Loft <hello@thewoolloft.example.ie> wrote:
> Hi Orla,
>
> Unfortunately voucher GV-3318 expired on 30 November 2024. Our vouchers
> are valid for 12 months from purchase, as printed on the back.
>
> Kind regards,
> Niamh"""),
("en", "b32-knitting-course-pensioner-rate", "Eileen Marsh <eileen.marsh@example.co.uk>", "Question", "billing", "",
"""Good afternoon,

Do you do a reduced price for pensioners on the Tuesday morning knitting
course? The leaflet says 96 for the eight weeks. A friend told me you
used to do a concession. If not I understand.

Eileen Marsh"""),
("en", "b32-banking-app-closes-not-money", "Vikram Shetty <vikram.shetty@example.co.uk>", "App", "technical", "",
"""Hi,

Just to be clear this is not about any payment or charge, my account is
fine as far as I know. The problem is the app itself: since yesterday's
update it opens, shows the logo for a second and then closes. Every
time. Pixel 7, Android 14. Uninstalled and reinstalled, same thing.

Online banking in the browser works, so it's only the app.

Vikram"""),
("en", "b32-cu-reset-email-never-comes", "Bridget Moran <bridget.moran@example.ie>", "password", "technical", "",
"""hi, i forgot my password for online banking and the reset link never
arrives. not in spam either. tried 4 times since last night. email on
file is this one. can someone sort it out
Bridget"""),
("en", "b32-accountant-portal-upload-urgent", "Neil Ashworth <neil.ashworth@example.co.uk>", "URGENT!!! portal", "technical", "",
"""Hi Sarah

URGENT - your client portal won't let me upload anything. I pick the
PDFs (bank statements Apr-Mar) and it sits at 0% and then says "upload
failed, please try again later". Tried Chrome and Edge.

I know the deadline isn't till the end of January but I want this done
before we go away on the 20th, otherwise I'll forget all about it.

Neil"""),
("en", "b32-heat-press-crackling-sparks", "Megan Foster <megan.foster@example.co.uk>", "Heat press from order 55102", "technical", "high",
"""Hello,

I bought the 38x38 swing-away heat press from you about six weeks ago. I
use it a couple of evenings a week for tote bags.

Last night while it was heating up I heard a crackling noise from the
back where the power cable goes in and saw a few small sparks. There was
a smell like hot plastic. I switched it off at the wall, unplugged it
and it has stayed unplugged since. The cable looks slightly brown where
it goes into the casing.

I'd rather not use it again until someone has told me what to do.

Regards,
Megan Foster"""),
("en", "b32-foot-pedal-hot-burning", "Joan Pritchard <joan.pritchard@example.co.uk>", "Foot pedal", "technical", "high",
"""Dear Sirs,

I have had the sewing machine since Christmas and have been very pleased
with it. This week I noticed the foot pedal getting quite hot after ten
minutes or so, and yesterday there was a faint burning smell from it. I
have put the machine away and not used it since.

I am 79 and live alone so I thought I had better ask rather than carry
on. Could you advise what I should do?

Yours faithfully,
Joan Pritchard"""),
("en", "b32-pod-orders-not-reaching-printer", "Sam Whitley <sam@oddsockstudio.example>", "nothing has shipped since Tuesday", "technical", "high",
"""Hi,

We sell our prints and mugs through our own shop and your print-on-demand
integration does the rest. Since Tuesday morning, orders are coming in on
our side and payment is taken, but nothing appears in your dashboard, so
nothing gets printed or shipped. We're up to 74 orders sitting there,
and customers are emailing asking where their stuff is. It's our busiest
month and I've now had two people post angry reviews.

I've disconnected and reconnected the integration twice.

Please help - phone is 07700 900 318.

Sam Whitley
Odd Sock Studio"""),
("en", "b32-practice-software-deadline-week", "Practice Manager <admin@hollins-tax.example>", "Since this morning's update", "technical", "high",
"""Good morning,

Since the update your software pushed overnight, none of the six of us
in the office can open a client record - it says "database version
mismatch" and closes. We can't prepare or file any returns.

This is the last week of January. We have clients booked in every half
hour today to sign off their returns, two are already sitting in
reception, and we've got well over a hundred still to file before the
31st.

Please call me as soon as possible on 0161 496 0722.

Julie Hollins
Hollins & Co Tax Advisers"""),
("en", "b32-new-card-contactless-dead", "Priya Subramanian <priya.sub@example.in>", "New debit card", "technical", "",
"""Hello,

I received the replacement debit card last week and activated it at the
ATM. Chip and PIN payments work fine but contactless doesn't work
anywhere - the terminal just beeps and asks to insert the card. Tried at
three shops in Koramangala and at the metro. Kindly check if there is a
problem with the card or if I have to enable something.

Regards,
Priya"""),
("en", "b32-investing-app-new-phone-2fa", "Lachlan Reid <lachlan.reid@example.com.au>", "Can't get in", "technical", "",
"""Hey team, got a new phone on the weekend and now the investing app
wants a 6-digit code from my authenticator app, which obviously didn't
come across to the new phone. Old phone's been traded in. Is there a
way to reset the 2FA? Nothing's urgent, just want to check my portfolio.
Cheers, Lachie"""),
("en", "b32-re-pattern-pdf-damaged", "Kathleen Burke <kathleen.burke@example.com>", "Re: Your pattern download - Harbour Cardigan", "technical", "",
"""Hi,

I clicked the link below and the file downloads, but when I open it
Adobe says "There was an error opening this document. The file is
damaged and could not be repaired." Tried on my iPad too, blank page.

Kathleen

On Wed, Oct 9, 2024 at 2:14 PM, Loop & Purl <orders@loopandpurl.example> wrote:
> Thank you for your purchase!
>
> Your pattern "Harbour Cardigan (sizes XS-4XL)" is ready to download:
> https://loopandpurl.example/d/8f2c91
>
> Happy knitting!"""),
("en", "b32-translation-file-garbled-accents", "Oliver Grant <oliver.grant@example.com>", "Downloaded file", "technical", "",
"""Hello,

The Spanish translation of our employee handbook is ready on your
portal, and the preview there looks perfect. But when I download the
.docx and open it in Word, all the accented letters come out as little
boxes and question marks (e.g. "informaci?n"). Same thing on two
computers. Could you check the file or send it another way?

Best,
Oliver Grant
HR, Westfield Dental Group"""),
("en", "b32-overlocker-skips-stitches", "Siobhan Daly <siobhan.daly@example.ie>", "Overlocker", "technical", "",
"""Hi, the overlocker I bought in your Galway shop in the summer has
started skipping stitches on the left needle, mostly on stretchy jersey.
Changed the needle, rethreaded the whole thing twice following the
colour codes. Still skipping. Any ideas before I throw it out the window?
Siobhan"""),
("en", "b32-locked-out-online-banking-escalate", "Marcus Bellamy <marcus.bellamy@example.co.uk>", "Locked out for 9 days - third time asking", "technical", "high",
"""This is the third time I'm writing.

I have been locked out of online banking for nine days. Every time I
log in it says "we can't verify your device" and sends me round in a
loop. I've been told twice on the phone that "the team will fix it in
24-48 hours". Nothing.

I'm self-employed, I can't see whether clients have paid me and I can't
pay my suppliers. I want this passed to someone senior who can actually
fix it, not another ticket number.

Marcus Bellamy"""),
("en", "b32-embroidery-machine-usb", "Tanya Whitford <tanya.whitford@example.com.au>", "embroidery machine won't read stick", "technical", "",
"""Hi guys,

My embroidery machine (bought from your Parramatta store in March) has
stopped reading my USB stick. It shows "no data" even though the designs
are on there in .PES, same as always. Tried a brand new stick too. Any
tips?

Thanks heaps,
Tanya"""),
("en", "b32-thanks-mortgage-adviser", "Rebecca & Tom Lyall <lyall.family@example.co.uk>", "Thank you to Imran", "general", "",
"""Hello,

We picked up the keys to our first house on Friday and we just wanted to
say a big thank you to Imran at your Northampton branch. He stuck with
us through two failed purchases, always rang back when he said he
would, and explained everything without making us feel stupid.

Please pass this on to his manager.

Rebecca and Tom"""),
("en", "b32-notary-saturday-appointment", "Linda Cheng <linda.cheng@example.com>", "Saturday?", "general", "",
"""Hi, are you open on Saturdays? My parents need to sign a power of
attorney in front of a notary and they're both working weekdays. Do they
both need to come or just one? Thank you!"""),
("en", "b32-candidate-no-feedback", "Arjun Menon <arjun.menon@example.com>", "Interview on 12th - any update?", "general", "",
"""Dear Ms D'Souza,

I attended the second-round interview for the Data Analyst role at your
client's Bengaluru office on the 12th, arranged through your agency. It
has been more than two weeks and I have not heard anything. Could you
kindly let me know the status, and if I was not selected, share any
feedback?

Thanks and regards,
Arjun Menon"""),
("en", "b32-bank-name-change-marriage", "Chloe Whitaker <chloe.whitaker@example.co.uk>", "Changing my surname", "general", "",
"""Hi,

I got married in June and need to change my surname from Hughes to
Whitaker on my current account and savings. What do you need from me -
can I upload the marriage certificate or do I have to bring it into a
branch?

Chloe"""),
("en", "b32-subject-access-former-client", "Daniel Ferris <daniel.ferris@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Your firm acted for me in my divorce in 2019-2021. Under the UK GDPR I
am requesting a copy of all personal data you hold about me, including
file notes, emails and any notes of telephone calls.

Please confirm receipt and the date by which you will respond.

Daniel Ferris
Flat 3, 22 Sefton Road, Liverpool L17 2AX"""),
("en", "b32-left-cardigan-knit-night", "Maureen Tully <maureen.tully@example.ie>", "Knit night Thursday", "general", "",
"""Hi, I think I left my cardigan on the back of a chair at knit night
on Thursday - a grey one with wooden buttons. I made it myself so I'd
be heartbroken to lose it! Has anyone handed it in? I'll be in next
week anyway.
Maureen"""),
("en", "b32-school-fete-raffle-prize", "Karen Holt <karen.holt@example.com>", "Raffle prize for Meadowbank School fete?", "general", "",
"""Hello!

I'm on the PTA at Meadowbank Primary and we're running our summer fete
on 21 June. We're asking a few local businesses whether they'd be
willing to donate a raffle prize - a craft kit or a voucher would go
down a storm with the kids. In return we'd put your logo on the raffle
posters and give you a thank you in the newsletter.

Let me know if that's something you'd consider.

Karen Holt
Meadowbank PTA"""),
("en", "b32-translation-deliver-reception", "Rahul Khanna <rahul.khanna@example.co.uk>", "Job 24-1187 - delivery", "general", "",
"""Hi,

When the certified copies for job 24-1187 are ready, could you courier
them to my office instead of home? Reception is staffed 8-6, address:
Khanna Dental, 4 Queen Street, Leicester LE1 1AA. Please mark it for my
attention.

Thanks, Rahul"""),
("en", "b32-receptionist-rude-practice-manager", "Helen Mortimer <helen.mortimer@example.co.uk>", "How I was spoken to on Monday", "general", "high",
"""Dear Sir or Madam,

On Monday I came into your office to drop off my late husband's papers
for his final tax return. I had phoned beforehand and was told this was
fine. The young man on reception told me, in front of other people,
that they "aren't a post office" and that I should "learn to use email
like everyone else". I left in tears.

I have been a client of the practice for twenty years. I would like the
practice manager or one of the partners to telephone me about this,
please. My number is 01905 555 018.

Helen Mortimer"""),
("en", "b32-branch-ceiling-panel", "Frank Delaney <frank.delaney@example.ie>", "Ceiling in the Tullamore branch", "general", "high",
"""Hello,

I was in your Tullamore branch this morning. One of the ceiling panels
above the queue for the counter is hanging down at one corner with a
wire showing, and there's a wet stain round it. People were standing
right under it, including a woman with a buggy. I mentioned it to the
cashier but she said it's been like that since the weekend.

Somebody should have a look before it comes down on someone.

Frank Delaney"""),
("en", "b32-investing-webinar-recorded", "Grace Olumide <grace.olumide@example.com>", "Beginners webinar", "general", "",
"""Hi, I saw you're running a "first steps in investing" webinar on the
14th. I'm working that evening - will it be recorded, and will I get the
link if I sign up anyway? Also is it open to people who don't have an
account with you yet?
Grace"""),
("en", "b32-wreath-workshop-was-a-riot", "Nicola Sharpe <nicola.sharpe@example.co.uk>", "Saturday!!", "general", "",
"""Just wanted to say your wreath workshop on Saturday was an absolute
riot - we were killing ourselves laughing the whole afternoon and
everyone went home with something gorgeous. Sue was brilliant, so
patient with my mum's wonky one. We'll definitely be back for the
spring one!

Nicola x"""),
]
M += [
# ---------------- Greek ----------------
("el", "b32-gl-promitheia-metaforas-app", "Thanos K. <thanos.kar@example.gr>", "promh8eia", "billing", "",
"""Kalhmera sas,
ekana mia metafora 250 euro se allh trapeza apo to app sas thn Deytera
kai mou kratisate promh8eia 3,00 euro. Sto site sas grafei oti oi
metafores mesw IRIS kai app einai dwrean gia logariasmous misthodosias,
kai o dikos mou einai misthodosias. Mporeite na mou thn epistrepsete?
Eyxaristw
Thanos"""),
("el", "b32-logistis-diples-amoivi-trimhnou", "Βασιλική Δρόσου <v.drosou@example.gr>", "Αμοιβή β' τριμήνου", "billing", "",
"""Καλησπέρα σας,

Είδα στον λογαριασμό μου ότι η αμοιβή του γραφείου για το β' τρίμηνο
(180€ για την περιοδική ΦΠΑ) έχει χρεωθεί δύο φορές με πάγια εντολή,
στις 3 και στις 5 Ιουλίου. Προφανώς πρόκειται για λάθος. Παρακαλώ να
επιστραφεί το ένα ποσό ή να συμψηφιστεί με το επόμενο τρίμηνο, ό,τι σας
βολεύει.

Ευχαριστώ,
Βασιλική Δρόσου
Φυσικοθεραπευτήριο, Λάρισα"""),
("el", "b32-kouvaria-matia-den-voithane", "Ελενη Σταθοπουλου <eleni.stath@example.gr>", "Συνδρομη κουβαριων", "billing", "",
"""Καλημερα σας,

εχω εδω και τρια χρονια τη μηνιαια συνδρομη με τα κουβαρια και τα
σχεδια. Τον χειμωνα εκανα εγχειρηση καταρρακτη και στο αλλο ματι δεν
βλεπω πια καλα, οι βελονες δεν ειναι πια για μενα. Σας παρακαλω να
σταματησει η συνδρομη απο τον επομενο μηνα και να μην ξαναχρεωθει η
καρτα μου.

Σας ευχαριστω για ολα, τα περιμενα πολυ καθε μηνα.
Ελενη Σταθοπουλου
Πρεβεζα"""),
("el", "b32-gl-timologio-mployzakia-syllogos", "Nikos Zervas <n.zervas@example.gr>", "paraggelia 20391", "billing", "",
"""Geia sas, phrame 30 mplouzakia me to logotypo tou syllogou (paraggelia
20391) kai mas hr8e apodeixh. Xreiazomaste timologio gia to logistirio
tou syllogou:
Politistikos Syllogos Agias Triadas Kozanis
AFM 099999999, DOY Kozanis
Mporeite na to ekdwsete? Eyxaristoume,
Nikos (tamias)"""),
("el", "b32-metafrasi-ptyxiou-timi-iris", "Σταύρος Παπαγεωργίου <s.papageorgiou@example.gr>", "Μετάφραση πτυχίου", "billing", "",
"""Καλησπέρα,

θα ήθελα επίσημη μετάφραση στα αγγλικά για το πτυχίο μου και την
αναλυτική βαθμολογία (4 σελίδες συνολικά). Πόσο κοστίζει και σε πόσες
μέρες είναι έτοιμο; Μπορώ να πληρώσω με IRIS ή μόνο με κατάθεση;

Ευχαριστώ,
Σταύρος"""),
("el", "b32-symvolaiografos-analysi-exodwn", "Γεώργιος Μαυρίδης <g.mavridis@example.gr>", "Συμβόλαιο αγοράς - Καλαμαριά", "billing", "",
"""Αξιότιμη κυρία Συμβολαιογράφε,

Σε συνέχεια της συνάντησής μας για το συμβόλαιο αγοράς του διαμερίσματος
στην Καλαμαριά, θα ήθελα, αν είναι δυνατόν, αναλυτική κατάσταση των
εξόδων πριν από την υπογραφή: αμοιβή, ΦΠΑ, δικαιώματα υποθηκοφυλακείου /
κτηματολογίου και ό,τι άλλο αντιστοιχεί σε εμένα ως αγοραστή. Η τράπεζα
μου ζητά το ακριβές ποσό για να το συμπεριλάβει στα ίδια κεφάλαια.

Με εκτίμηση,
Γεώργιος Μαυρίδης"""),
("el", "b32-ependuseis-premium-se-dorean", "Δανάη Ρήγα <danai.riga@example.gr>", "Πακέτο Premium", "billing", "",
"""Γεια σας!

Πριν από έναν χρόνο γράφτηκα στο Premium (9,99€ τον μήνα) για τις
αναλύσεις, αλλά τελικά αγοράζω μόνο ένα ETF κάθε μήνα και τίποτα άλλο.
Θέλω να γυρίσω στο δωρεάν πακέτο από την επόμενη χρέωση. Τις θέσεις
μου τις κρατάω, δεν πουλάω τίποτα. Στην εφαρμογή δεν βρίσκω πού
γίνεται αυτό.

Δανάη"""),
("el", "b32-gl-kopths-yfasmatos-diplos", "Popi Alexandrou <popi.alex@example.gr>", "paraggelia 6620", "billing", "",
"""Kalhspera, sthn paraggelia 6620 mou hr8an dyo kyklikoi kopthdes
yfasmatos 45mm, giati ton evala sto kala8i dyo fores xwris na to dw.
Den exei kanena elattwma, kai oi dyo einai mia xara, apla enan
xreiazomai. Mporw na sas steilw ton enan pisw kai na parw ta 24,90
sthn karta? Einai akomh sto kleisto koutaki tou.
Popi"""),
("el", "b32-dikigoros-nea-prokatavoli-epikefalis", "Χρήστος Αναστασίου <chr.anastasiou@example.gr>", "Νέα προκαταβολή;", "billing", "high",
"""Κύριοι,

Για την υπόθεση του διαζυγίου μου κατέβαλα τον Σεπτέμβριο προκαταβολή
1.500€, όπως είχαμε συμφωνήσει εγγράφως για όλη τη διαδικασία μέχρι
την πρώτη συζήτηση. Χθες η συνεργάτιδά σας μου ζήτησε τηλεφωνικά άλλα
1.000€ «για να προχωρήσει ο φάκελος», αλλιώς η υπόθεση «θα μείνει
πίσω». Κανένα τέτοιο ποσό δεν προβλέπεται στη συμφωνία μας.

Δεν πρόκειται να καταβάλω τίποτα επιπλέον πριν μιλήσω με τον ίδιο τον
κ. Καραγιάννη, ως επικεφαλής του γραφείου. Παρακαλώ να με καλέσει.

Χρήστος Αναστασίου
6944 000 731"""),
("el", "b32-trapeza-agnwstes-xrewseis-synigoros", "Αικατερίνη Λιάπη <k.liapi@example.gr>", "Μη εξουσιοδοτημένες συναλλαγές - δεύτερη επιστολή", "billing", "high",
"""Αξιότιμοι κύριοι,

Στις 12 Φεβρουαρίου εντόπισα στην πιστωτική μου κάρτα τρεις συναλλαγές
σε ηλεκτρονικό κατάστημα του εξωτερικού, συνολικού ύψους 684,90€, τις
οποίες δεν πραγματοποίησα. Την ίδια μέρα ζήτησα ακύρωση της κάρτας και
υπέβαλα ένσταση. Χθες έλαβα απάντηση ότι η ένσταση απορρίπτεται «λόγω
ταυτοποίησης με 3D Secure», χωρίς καμία περαιτέρω εξήγηση. Ουδέποτε
έλαβα ή ενέκρινα κωδικό για αυτές τις αγορές.

Ζητώ την επανεξέταση και την επιστροφή του ποσού. Σε αντίθετη περίπτωση
θα απευθυνθώ στον Συνήγορο του Καταναλωτή και στην Τράπεζα της
Ελλάδος.

Αικατερίνη Λιάπη
Πάτρα"""),
("el", "b32-gl-xeirotexnia-akyrwsh-amfisvhthsh", "Marilena P. <marilena.pap@example.gr>", "PALI TIPOTA", "billing", "high",
"""Kalhmera. Stis 2 tou mhna plhrwsa 86,40 euro gia yfasmata kai
kordeles gia ta mpomponierakia tou gamou. Meta apo mia evdomada mou
grapsate oti h paraggelia akyrw8hke giati den eixate apo8ema kai oti ta
lefta 8a epistrafoun se 5-7 ergasimes. Exoun perasei 3 evdomades kai
den exw dei tipota, kai sto thlefwno den apanta kaneis.

An den ta dw mexri thn Paraskevh 8a kanw amfisvhthsh ths xrewshs sthn
trapeza mou.

Marilena"""),
("el", "b32-re-kouponi-den-efarmostike", "Ιφιγένεια Μπούρα <ifigeneia.boura@example.gr>", "Re: Καλωσορίσατε στο Κέντημα & Βελονιά!", "billing", "",
"""Καλησπέρα,

Χρησιμοποίησα τον κωδικό του παρακάτω email στην πρώτη μου παραγγελία
(#7715, τελάρα και κλωστές DMC), αλλά το σύνολο βγήκε 54,20€ χωρίς
καμία έκπτωση. Μπορείτε να μου επιστρέψετε το 10%;

Ευχαριστώ,
Ιφιγένεια

-----Αρχικό μήνυμα-----
Από: Κέντημα & Βελονιά <news@kentima-veloni.example>
Θέμα: Καλωσορίσατε στο Κέντημα & Βελονιά!

Ευχαριστούμε για την εγγραφή σας! Με τον κωδικό ΚΑΛΩΣΗΡΘΕΣ10 έχετε 10%
έκπτωση στην πρώτη σας παραγγελία."""),
("el", "b32-proslipsi-amoivi-dyo-doseis", "Λογιστήριο <logistirio@aigaio-hotels.example>", "Τιμολόγιο 2024/118 - εξόφληση", "billing", "",
"""Καλημέρα σας,

Σχετικά με το τιμολόγιο 2024/118 για την εύρεση των δύο υπευθύνων
υποδοχής για το ξενοδοχείο μας στη Νάξο (3.600€ + ΦΠΑ), θα θέλαμε να
ρωτήσουμε αν είναι δυνατή η εξόφληση σε δύο δόσεις, μία τώρα και μία
στο τέλος Ιουνίου, όταν ανοίξει η σεζόν.

Με εκτίμηση,
Μαρία Κοντάκη
Λογιστήριο, Aigaio Hotels"""),
("el", "b32-erwtisi-doseis-mathimata-rapt", "Σοφια Καλλεργη <sofia.kallergi@example.gr>", "Ερωτηση", "billing", "",
"""Καλησπερα, για τα μαθηματα ραπτικης του χειμωνα (Οκτωβριος-Μαιος,
380 ευρω) γινεται να πληρωσω με πιστωτικη σε δοσεις; Και αν ναι ποσες;
Ευχαριστω"""),
("el", "b32-gl-daktyliko-apotypoma-oxi-xrewsh", "Giannis Rallis <giannis.rallis@example.gr>", "syndesh", "technical", "",
"""Geia sas, na pw apo thn arxh oti den exw kamia diafwnia me xrewseis
h me ton logariasmo, ola kala ekei. Apla apo otan allaksa kinhto to app
den me afhnei na mpainw me to daktyliko apotypwma. To energopoiw stis
ry8miseis, leei "energopoih8hke" kai thn epomenh fora zhtaei pali
kwdiko. Exw Xiaomi 13T. Kourasthka na grafw ton kwdiko 5 fores th mera.
Giannis"""),
("el", "b32-ebanking-sms-kwdikos-den-erxetai", "Ευάγγελος Τσιρίγος <v.tsirigos@example.gr>", "Δεν έρχεται ο κωδικός SMS", "technical", "",
"""Καλημέρα,

Προσπαθώ από χθες να μπω στο e-banking αλλά ο κωδικός μιας χρήσης με SMS
δεν έρχεται ποτέ. Το κινητό μου είναι το ίδιο και δέχεται κανονικά SMS
από άλλους. Τρεις φορές πάτησα «επαναποστολή» και τώρα μου λέει ότι
πρέπει να περιμένω μία ώρα.

Ευχαριστώ,
Βαγγέλης Τσιρίγος"""),
("el", "b32-logistiko-pyli-fwtografies", "Ρένα Χριστοδούλου <rena.christodoulou@example.gr>", "Ανέβασμα παραστατικών", "technical", "",
"""Καλησπέρα κυρία Ζαχαρίου,

Προσπαθώ να ανεβάσω τις αποδείξεις του μήνα στην πλατφόρμα σας από το
κινητό, όπως μου δείξατε. Οι φωτογραφίες όμως δεν ανεβαίνουν, βγάζει
«Μη υποστηριζόμενος τύπος αρχείου». Από τον υπολογιστή με PDF
ανεβαίνουν κανονικά. Κάνω κάτι λάθος;

Ρένα"""),
("el", "b32-liwma-keriou-kapnos-thermostatis", "Άγγελος Σαρρής <angelos.sarris@example.gr>", "Συσκευή τήξης κεριού", "technical", "high",
"""Καλησπέρα,

Αγόρασα από εσάς πριν από δύο μήνες τη συσκευή τήξης κεριού 5 λίτρων
για τα κεριά που φτιάχνουμε με τη γυναίκα μου. Σήμερα, ενώ ο
θερμοστάτης ήταν στους 80 βαθμούς, το κερί άρχισε να βγάζει καπνό και
το ταψάκι είχε κοχλάσει. Το θερμόμετρο που έχουμε έδειχνε πάνω από 140.
Την έκλεισα, την αποσύνδεσα και άνοιξα τα παράθυρα. Δεν έπιασε φωτιά.

Προφανώς ο θερμοστάτης δεν κόβει. Δεν θα την ξαναχρησιμοποιήσω μέχρι
να μου πείτε τι να κάνω.

Άγγελος Σαρρής
Ιωάννινα"""),
("el", "b32-gl-pistoli-silikonis-kapnos", "Litsa M. <litsa.mak@example.gr>", "pistoli 8ermokollhshs", "technical", "high",
"""Kalhspera sas. To pistoli 8ermokollhshs pou phra apo esas thn
Kyriakh, shmera ekei pou douleya me ta paidia sto trapezi evgale
kapno apo th lavh kai to kalwdio konta sto pistoli liwse ligo. To
evgala apo thn priza kai to afhsa sto mpalkoni. Ta paidia einai kala,
apla na sas pw giati mporei na exei kai allo tetoio provlhma.
Litsa"""),
("el", "b32-mazikes-pliromes-misthodosia", "Λογιστήριο Ζαχαροπλαστείο Νέα Σμύρνη <logistirio@glykismata-ns.example>", "Αρχείο πληρωμών", "technical", "high",
"""Καλημέρα,

Από χθες το απόγευμα ανεβάζουμε στο business e-banking το αρχείο με τη
μισθοδοσία Οκτωβρίου και απορρίπτεται με «Μη έγκυρη μορφή αρχείου».
Είναι ακριβώς το ίδιο πρόγραμμα και η ίδια μορφή που στέλνουμε κάθε
μήνα. Δοκιμάσαμε και από δεύτερο υπολογιστή.

Σήμερα είναι η μέρα πληρωμής και 35 άνθρωποι περιμένουν τον μισθό τους.
Ήδη μας παίρνουν τηλέφωνο. Δεν μπορούμε να κάνουμε 35 μεμονωμένες
μεταφορές γιατί το όριο του λογαριασμού δεν το επιτρέπει.

Παρακαλώ καλέστε μας στο 210 000 4412.

Ευαγγελία Κορρέ
Λογιστήριο"""),
("el", "b32-efarmogi-vardion-xenodoxeia", "Γραφείο Κυκλάδων <kyklades@staffgo.example>", "Βάρδιες", "technical", "high",
"""Καλημέρα,

Από τα μεσάνυχτα η εφαρμογή βαρδιών δεν δείχνει τίποτα στους
εργαζόμενους μας: ανοίγει, γράφει «Δεν υπάρχουν βάρδιες» και αυτό
είναι όλο. Έχουμε 180 εποχικούς σε ξενοδοχεία σε Πάρο και Νάξο και
κανείς δεν ξέρει πού και τι ώρα πιάνει δουλειά.

Από τις 7 παίρνουν τηλέφωνο τα ξενοδοχεία ότι δεν εμφανίστηκαν
καμαριέρες και σερβιτόροι στο πρωινό. Στο panel του γραφείου οι βάρδιες
φαίνονται κανονικά, απλώς δεν φτάνουν στα κινητά.

Πάρτε με τηλέφωνο στο 6977 000 190.

Ρένα Φραγκίσκου
Υπεύθυνη Κυκλάδων"""),
("el", "b32-raptomixani-spaei-velona", "Αργυρω Ντουμα <argyro.ntouma@example.gr>", "Ραπτομηχανη σπαει βελονες", "technical", "",
"""Καλημερα. Η ραπτομηχανη που πηρα τον Ιανουαριο εχει σπασει τρεις
βελονες αυτη την εβδομαδα, παντα οταν ραβω τζιν. Βαζω βελονα για τζιν
νουμερο 100 οπως λεει το βιβλιαρακι. Στις λεπτες κλωστες δεν κανει
τιποτα. Τι μπορει να φταιει;
Αργυρω"""),
("el", "b32-gl-editor-den-anevazei-eikona", "Kostis <kostis.v@example.gr>", "Erwthsh", "technical", "",
"""Geia, prospa8w na ftiaksw kouppa me mia fwtografia apo ton editor sas
alla otan anevazw to arxeio (JPG, 6 MB) kollaei sto 99% kai meta leei
"kati phge strava". Dokimasa Chrome kai Firefox. Ti na kanw?"""),
("el", "b32-re-link-patrona-den-anoigei", "Φωτεινη Γκικα <foteini.gkika@example.gr>", "Re: Ο πατρονας σας ειναι ετοιμος", "technical", "",
"""Καλησπερα,
πατησα το κουμπι που λεει παρακατω και μου βγαζει «Ο συνδεσμος εχει
ληξει». Τον πατρονα τον αγορασα χθες το βραδυ. Μπορειτε να μου τον
στειλετε ξανα;
Φωτεινη

> Από: Ράβε Μόνη <shop@ravemoni.example>
> Θέμα: Ο πατρόνας σας είναι έτοιμος
>
> Ευχαριστούμε για την αγορά σας! Κατεβάστε τον πατρόνα «Φόρεμα Ιόλη»
> (μεγέθη 36-50) από τον παρακάτω σύνδεσμο.
> [Λήψη PDF]"""),
("el", "b32-ependuseis-app-lefki-othoni", "Μιχάλης Τζαννετάκης <m.tzannetakis@example.gr>", "Λευκή οθόνη στο χαρτοφυλάκιο", "technical", "",
"""Γεια σας,

Μετά την τελευταία ενημέρωση της εφαρμογής, όταν πατάω «Χαρτοφυλάκιο»
βγαίνει μια εντελώς λευκή οθόνη. Οι άλλες καρτέλες ανοίγουν κανονικά.
Δεν με απασχολεί κάτι με τα χρήματα, απλώς θέλω να βλέπω τις θέσεις
μου. Samsung A54, Android 14.

Μιχάλης
Ηράκλειο"""),
("el", "b32-karta-syntaxiouxou-atm-ypeythynos", "Παναγιώτα Ζαχαρίου <p.zachariou@example.gr>", "Ο πατέρας μου δεν μπορεί να πάρει τη σύνταξή του", "technical", "high",
"""Κύριοι,

Ο πατέρας μου είναι 87 ετών και ζει μόνος στην Άρτα. Τον Ιούλιο του
στείλατε νέα κάρτα επειδή έληγε η παλιά. Η νέα κάρτα δεν δουλεύει σε
κανένα ΑΤΜ, ούτε στα δικά σας: βγάζει «Η συναλλαγή δεν μπορεί να
ολοκληρωθεί» και την επιστρέφει. Το PIN είναι σωστό.

Πήγαμε τρεις φορές στο κατάστημα, μας είπαν ότι «θα το δει το τεχνικό»
και ότι θα μας καλέσουν. Κανείς δεν κάλεσε. Έχει να πάρει χρήματα από
τις αρχές του μήνα και δανείζεται από τη γειτόνισσα για φάρμακα.

Ζητώ να αναλάβει το θέμα κάποιος υπεύθυνος και να με καλέσει σήμερα.

Παναγιώτα Ζαχαρίου
6972 000 415"""),
("el", "b32-gl-karta-den-mpainei-wallet", "Stelios T. <stelios.tr@example.gr>", "Google Wallet", "technical", "",
"""Kalhmera, prospa8w na valw thn xrewstikh mou sto Google Wallet kai
meta ton kwdiko pou erxetai me SMS mou leei "h trapeza sas den
ypostirizei ayth thn karta". Omws o aderfos mou exei thn idia karta
apo esas kai douleyei. Exw Pixel 8.
Stelios"""),
("el", "b32-efxaristo-symvolaiografo-giagia", "Ανθή Παπαδοπούλου <anthi.papadopoulou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Αγαπητή κυρία Σταματίου,

Θέλαμε να σας ευχαριστήσουμε για την Πέμπτη. Η γιαγιά μας είναι 91
χρονών και ακούει λίγο, και εσείς της διαβάσατε το πληρεξούσιο δύο
φορές, με υπομονή, και της εξηγήσατε τα πάντα μέχρι να είναι σίγουρη.
Έφυγε πολύ ήσυχη. Σας ευχαριστούμε εσάς και τη γραμματέα σας.

Με εκτίμηση,
Ανθή Παπαδοπούλου και η οικογένεια"""),
("el", "b32-gl-wrario-savvato-plektiki", "Roula <roula.plekw@example.gr>", "Savvato", "general", "",
"""Geia sas! Einai anoixto to magazi sth Neapolh to Savvato to apogeyma?
8elw na er8w me th fili mou na dialeksoume mallia gia kouverta.
Eyxaristw!!"""),
("el", "b32-gl-vrika-douleia-min-stelnete", "Antonis Lekkas <antonis.lekkas@example.gr>", "eyxaristw", "general", "",
"""Kalhspera kyria Vlaxou,
h8ela na sas pw oti telika piasa douleia sthn apo8hkh ston Aspropyrgo
pou mou vrhkate, ksekinaw Deytera. Eyxaristw poly gia th voh8eia!
Mporeite na mhn mou stelnete alles aggelies apo edw kai pera? Ama
xreiastw 8a sas ksanapsaksw.
Antonis Lekkas"""),
("el", "b32-allagi-stoixeiwn-trapeza", "Σπύρος Γιαννόπουλος <spyros.giannopoulos@example.gr>", "Αλλαγή διεύθυνσης και κινητού", "general", "",
"""Καλημέρα,

Μετακόμισα από την Αθήνα στην Καλαμάτα και άλλαξα και αριθμό κινητού.
Πώς μπορώ να ενημερώσω τα στοιχεία μου; Χρειάζεται να πάω σε κατάστημα
ή γίνεται ηλεκτρονικά; Το κατάστημα της Καλαμάτας είναι στην οδό
Αριστομένους;

Ευχαριστώ,
Σπύρος Γιαννόπουλος"""),
("el", "b32-diorthosi-imerominias-gennisis", "Θεοδώρα Κουκουλάκη <theodora.koukoulaki@example.gr>", "Λάθος ημερομηνία γέννησης", "general", "",
"""Καλησπέρα σας,

Στο προφίλ μου στην πλατφόρμα επενδύσεων η ημερομηνία γέννησης είναι
γραμμένη 03/07/1986 ενώ η σωστή είναι 07/03/1986 (έχουν μπει
ανάποδα η μέρα με τον μήνα). Πώς μπορώ να το διορθώσω; Να σας στείλω
φωτογραφία της ταυτότητας;

Ευχαριστώ,
Θεοδώρα Κουκουλάκη"""),
("el", "b32-gl-xexasa-gyalia-plexsimo", "Kyria Voula <voula.dim@example.gr>", "gyalia", "general", "",
"""Kalhmera paidia, mallon ksexasa ta gyalia mou thn Tetarth sto ma8hma
plexsimatos, kokkina me alysiditsa. Ta vrhkate? 8a perasw thn Deytera.
Voula"""),
("el", "b32-xorigia-scholiko-bazaar", "Σύλλογος Γονέων 5ου Δημ. Αμαρουσίου <sullogos5amarousiou@example.gr>", "Χριστουγεννιάτικο bazaar", "general", "",
"""Καλησπέρα σας,

Ο Σύλλογος Γονέων του 5ου Δημοτικού Αμαρουσίου διοργανώνει στις 14
Δεκεμβρίου χριστουγεννιάτικο bazaar με εργαστήρια για τα παιδιά. Θα
θέλαμε να ρωτήσουμε αν θα μπορούσατε να μας στηρίξετε με υλικά
χειροτεχνίας (τσόχες, χρωματιστά χαρτόνια, κόλλες) για τα εργαστήρια.
Θα αναφέρουμε το κατάστημά σας στις αφίσες και στη σελίδα μας.

Ευχαριστούμε πολύ,
Δέσποινα Αλεξίου
Πρόεδρος"""),
("el", "b32-dema-nimata-thyrotilefono", "Κωνσταντινος Ραφαηλιδης <k.rafailidis@example.gr>", "Παραγγελια 9120", "general", "",
"""Καλημερα, για την παραγγελια 9120 (νηματα και βελονες) πειτε στον
κουριερ να με παρει τηλεφωνο οταν ερθει, γιατι το θυροτηλεφωνο της
πολυκατοικιας ειναι χαλασμενο εδω και μια βδομαδα και δεν θα ακουσω το
κουδουνι. 6944 000 380. Ευχαριστω"""),
("el", "b32-trapeza-ypallilos-agenis-diefthyntis", "Ηλίας Κουτσούκος <ilias.koutsoukos@example.gr>", "Συμπεριφορά υπαλλήλου - κατάστημα Περιστερίου", "general", "high",
"""Κύριοι,

Χθες το μεσημέρι συνόδευσα τον 84χρονο πατέρα μου στο κατάστημά σας στο
Περιστέρι. Ο υπάλληλος στο γκισέ 3 του μίλησε με ειρωνεία επειδή δεν
θυμόταν το PIN, ύψωσε τη φωνή μπροστά σε όλη την ουρά και στο τέλος μας
είπε «να πάτε στα ΑΤΜ όπως όλος ο κόσμος». Ο πατέρας μου έφυγε
ταραγμένος.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του καταστήματος.

Ηλίας Κουτσούκος
6945 000 288"""),
("el", "b32-spasmeno-skali-eisodos-rapt", "Μαρίνα Θεοχάρη <marina.theochari@example.gr>", "Το σκαλί στην είσοδο", "general", "high",
"""Καλησπέρα,

Ήμουν σήμερα στο κατάστημά σας στην Ερμού για υφάσματα. Το δεύτερο σκαλί
της εισόδου έχει σπάσει στην άκρη και το μάρμαρο κουνιέται όταν πατάς.
Μια ηλικιωμένη κυρία μπροστά μου παραπάτησε και την πιάσαμε την
τελευταία στιγμή. Το είπα στην κοπέλα στο ταμείο, αλλά μου είπε ότι
είναι έτσι εδώ και καιρό.

Καλό θα ήταν να το φτιάξετε ή τουλάχιστον να το σημαδέψετε πριν
χτυπήσει κάποιος.

Μαρίνα Θεοχάρη"""),
("el", "b32-gl-logistria-eiste-vomva", "Dimitra Karra <dimitra.karra@example.gr>", "eyxaristw Eleni!!!", "general", "",
"""Geia sas!! Mou hr8e xtes ena grama apo thn eforia pou egw to diavasa
kai pa8ame egkefaliko, nomiza oti me kynhgane. H Eleni apo to grafeio
to eide, mou eksighse oti htan apla mia enhmerwsh kai to eklise se deka
lepta. Eiste vomva, ntropi pou panikovlh8hka etsi :) Na thn
eyxaristhsete poly ek merous mou.
Dimitra"""),
("el", "b32-metafrasi-xreiazetai-apostille", "Ευθυμία Ρούσσου <efthymia.roussou@example.gr>", "Πτυχίο από Γερμανία", "general", "",
"""Καλημέρα σας,

Έχω πτυχίο από το Πανεπιστήμιο της Κολωνίας και θέλω να το καταθέσω σε
διαγωνισμό του ΑΣΕΠ. Χρειάζεται πρώτα σφραγίδα της Χάγης (apostille)
στη Γερμανία πριν από τη μετάφραση ή μπορείτε να το μεταφράσετε όπως
είναι; Δεν θέλω να κάνω τη διαδικασία δύο φορές.

Ευχαριστώ,
Ευθυμία"""),
("el", "b32-gl-seminario-foroi-neoi-epaggelmaties", "Petros Anagnostou <petros.anagnostou@example.gr>", "seminario", "general", "",
"""Kalhspera, eida sto Instagram oti kanete dwrean seminario gia neous
eleu8erous epaggelmaties kai forologia thn Pempth. Einai mono dia zwsis
sto grafeio sthn Patra h kai online? Kai prepei na kanw egrafh prin?
Eyxaristw, Petros"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b32-comision-ingreso-ventanilla", "Manuel Ortiz Rey <manuel.ortiz.rey@example.es>", "Comisión", "billing", "",
"""Muy señores míos:

Llevo cuarenta años con ustedes y siempre he ingresado la pensión de mi
difunta mujer y mis ahorrillos en la ventanilla de la oficina de la
plaza. Este mes, al mirar la libreta, veo que me han cobrado 2 euros por
cada ingreso en ventanilla, tres veces. Nadie me avisó. Yo con el
cajero automático no me apaño.

Les ruego que me devuelvan esos 6 euros y que me digan si hay alguna
forma de no pagar esta comisión a mi edad.

Atentamente,
Manuel Ortiz Rey
Lugo"""),
("es", "b32-mx-pausar-aportaciones-sin-chamba", "Luis Ángel Herrera <luisangel.herrera@example.com.mx>", "aportaciones", "billing", "",
"""Hola buenas tardes, me quede sin chamba el mes pasado y por ahora no
puedo seguir con los 2,000 pesos mensuales que se cargan a mi tarjeta
para el fondo. No quiero retirar lo que ya tengo ahi, nomas que se
detengan los cargos unos meses hasta que encuentre algo. Como le hago?
Saludos"""),
("es", "b32-ar-honorarios-estudio-aumento", "Federico Lanza <fede.lanza@example.com.ar>", "Honorarios de marzo", "billing", "",
"""Hola Claudia, como estas?

Te escribo porque me llego la factura de honorarios de marzo por
$185.000 y hasta febrero venia pagando $120.000. Entiendo que con la
inflacion hay que actualizar, pero nadie me aviso nada y es un 54% de
aumento de un mes para el otro. Me podes explicar como se calculo? Sigo
siendo monotributista categoria D, no cambio nada.

Abrazo,
Fede"""),
("es", "b32-traduccion-jurada-bizum", "Nerea Etxeberria <nerea.etxeberria@example.es>", "Hola", "billing", "",
"""Hola:

Necesito una traducción jurada al inglés de mi título de Enfermería y
del certificado de notas (3 páginas en total) para colegiarme en
Irlanda. ¿Cuánto costaría? ¿Se puede pagar por Bizum o tiene que ser
por transferencia?

Eskerrik asko,
Nerea"""),
("es", "b32-co-cajas-lana-me-voy-a-madrid", "Gloria Inés Restrepo <gloriaines.restrepo@example.com.co>", "Mis cajitas", "billing", "",
"""Buenas tardes, mis niñas de la tienda:

Les cuento que me voy a vivir con mi hija a Madrid a finales de mes,
ella ya está esperando bebé y me necesita. Así que ya no me manden más
las cajitas de lana de cada mes, ni me cobren los $89.900 a la tarjeta
desde noviembre. La caja de octubre sí la quiero, que me la llevo en la
maleta para tejerle la cobijita al nieto.

Las voy a extrañar.
Gloria Inés
Envigado"""),
("es", "b32-imprenta-demanda-cobro-doble", "Jaime Salcedo <jaime.salcedo@example.es>", "Pedido 30418", "billing", "",
"""Hola, hice el pedido 30418 (50 tazas personalizadas para la boda de mi
hermana) y en el banco me aparecen dos cargos de 312,50 € el mismo día,
a la misma hora. Pedido solo hay uno. Devolvedme uno de los dos, por
favor.
Jaime"""),
("es", "b32-notaria-factura-con-cif", "Inmaculada Vera <inma.vera@example.es>", "Factura escritura 14/03", "billing", "",
"""Buenas tardes:

El pasado 14 de marzo firmamos en su notaría la escritura de compraventa
del local de la calle Mayor. La factura se emitió a mi nombre, pero el
comprador es mi sociedad:

Vera Interiorismo S.L., CIF B00000000
C/ Mayor 21, 50001 Zaragoza

¿Pueden anularla y emitir una nueva a nombre de la sociedad? La necesita
la gestoría antes del cierre del trimestre.

Un saludo,
Inmaculada Vera"""),
("es", "b32-mx-anualidad-gratis-condusef", "Rocío Villaseñor <rocio.villasenor@example.com.mx>", "Anualidad tarjeta Oro", "billing", "high",
"""Buen día:

Cuando contraté la tarjeta Oro en 2022, el ejecutivo de la sucursal
Chapultepec me ofreció por escrito "anualidad gratis de por vida" (tengo
el folleto firmado por él). Este mes me cargaron $2,850.00 MXN de
anualidad más IVA. Llamé dos veces y me dicen que esa promoción "ya no
aplica".

Solicito la cancelación del cargo. Si en 10 días hábiles no se resuelve,
presentaré mi queja ante la CONDUSEF con la copia del folleto.

Rocío Villaseñor Ortiz
Guadalajara, Jal."""),
("es", "b32-hipoteca-comision-amortizacion-bde", "Alfonso Gil de Vargas <alfonso.gil@example.es>", "Amortización anticipada - préstamo 0049-XXXX", "billing", "high",
"""Estimados señores:

El día 2 amorticé anticipadamente 20.000 € de mi préstamo hipotecario y
me han cobrado una comisión de 400 € (el 2 %). Según la escritura, que
tengo delante, la comisión por amortización anticipada es del 0,25 %
pasados los cinco primeros años, y la hipoteca es de 2016. Por tanto me
corresponden 50 €, no 400.

En la oficina me han dicho que "es lo que sale en el sistema". Solicito
que el director de la oficina revise la liquidación y me devuelva los
350 € de diferencia. De no resolverse, presentaré reclamación ante el
Servicio de Atención al Cliente y, después, ante el Banco de España.

Atentamente,
Alfonso Gil de Vargas"""),
("es", "b32-hilo-color-equivocado-cambio", "Aurora Benítez <aurora.benitez@example.es>", "cambio de hilos", "billing", "",
"""Hola, buenas. Que conste que los hilos están perfectos, no les pasa
nada. La que se equivocó fui yo: pedí 6 conos de hilo de overlock en
"azul marino" y lo que necesitaba era "azul petróleo". No los he
abierto. ¿Puedo cambiarlos por los otros o me tenéis que devolver el
dinero y hago pedido nuevo? Es el pedido 7720.
Aurora"""),
("es", "b32-cl-fee-calculado-con-bono", "Javiera Soto <javiera.soto@andes-logistica.example>", "Factura 5512 - cálculo del fee", "billing", "",
"""Estimado Rodrigo:

Revisando la factura 5512 por la contratación del Jefe de Bodega, veo que
el fee del 15% se calculó sobre $38.400.000, es decir, la renta bruta
anual incluyendo el bono de desempeño. La propuesta que firmamos dice
claramente "renta base anual", que son $32.400.000. La diferencia es de
$900.000 + IVA.

¿Me puedes enviar una nota de crédito por esa diferencia o reemitir la
factura? Mientras tanto la dejamos retenida en contabilidad.

Saludos cordiales,
Javiera Soto
Jefa de Personas, Andes Logística SpA"""),
("es", "b32-curso-costura-cancelado-retrocesion", "Silvia Carrasco <silvia.carrasco@example.es>", "YA ESTÁ BIEN", "billing", "high",
"""Pagué 145 € en septiembre por el curso trimestral de patronaje de los
jueves. Cancelasteis el curso a la segunda clase "por falta de
profesora" y me dijisteis que me devolveríais la parte proporcional en
una semana. Han pasado cinco. Os he escrito tres veces y he ido dos a la
tienda.

Si el viernes no tengo el dinero, pido a mi banco la retrocesión del
cargo y pongo una hoja de reclamaciones.

Silvia Carrasco"""),
("es", "b32-re-presupuesto-carteles-iva", "Pau Vidal <pau@cafeteriaelmoli.example>", "Re: Presupuesto 1187 - carteles A3", "billing", "",
"""Hola Marta,

Gracias por el presupuesto. Dos dudas: ¿los 189 € llevan el IVA incluido
o es aparte? Y si en vez de 250 pedimos 500 carteles, ¿cuánto saldría?
Es para las fiestas del barrio y quizá los repartamos también por
Gràcia.

Pau Vidal
Cafetería El Molí

El 3 jun 2024, a las 12:40, Marta (Impressió Ràpida) <pressupostos@impressiorapida.example> escribió:
> Hola Pau,
> Te adjunto el presupuesto 1187: 250 carteles A3, papel estucado 170 g,
> impresión a color una cara: 189,00 €.
> Plazo de entrega: 3 días laborables.
> Un saludo, Marta"""),
("es", "b32-mx-oxxo-o-spei", "Brenda Cárdenas <brenda.cardenas@example.com.mx>", "Pregunta", "billing", "",
"""Hola! Puedo pagar el pedido de estambres en OXXO o por transferencia
SPEI? No tengo tarjeta de credito ni de debito. Gracias"""),
("es", "b32-cortadora-bluetooth-no-quiero-devolver", "Raquel Fuster <raquel.fuster@example.es>", "Cortadora de vinilo", "technical", "",
"""Hola:

Antes de nada: no quiero devolverla ni que me reembolséis nada, me
encanta y la compré para el negocio de camisetas. Solo quiero que
funcione.

La cortadora de vinilo no se conecta por Bluetooth al portátil. La app
la encuentra, le doy a "emparejar" y a los diez segundos dice "conexión
perdida". Con el cable USB sí corta, pero el cable es cortito y no llega
a la mesa de trabajo. Tengo Windows 11.

Raquel Fuster"""),
("es", "b32-ar-homebanking-navegador-no-soportado", "Martín Ocampo <martin.ocampo@example.com.ar>", "homebanking", "technical", "",
"""Buenas, desde la compu de la oficina el homebanking me tira "Navegador
no soportado, actualice su navegador", pero es un Chrome actualizado de
la semana pasada. Desde el celu entro bien. En la oficina no me dejan
instalar otro navegador. Alguna solucion?
Martin"""),
("es", "b32-gestoria-app-camara-negra-urgente", "Ramón Quintana <ramon.quintana@example.es>", "URGENTE!!!!", "technical", "",
"""Hola Lourdes:

URGENTE: en la app de la gestoría, cuando le doy a "escanear ticket" la
cámara sale en negro. Le he dado permiso a la cámara en los ajustes del
móvil y con WhatsApp funciona. iPhone 11.

No corre prisa en realidad, los tickets de este mes os los puedo pasar
la semana que viene, pero me gustaría dejarlo funcionando.

Ramón"""),
("es", "b32-mx-pirograbador-cable-derretido", "Daniela Ruvalcaba <daniela.ruvalcaba@example.com.mx>", "Pirograbador", "technical", "high",
"""Buenas tardes:

Compré con ustedes hace un mes el pirograbador de punta intercambiable
para decorar cucharas de madera. Hoy, después de unos veinte minutos de
uso, noté olor a plástico y vi que el cable, justo donde entra al
mango, se había derretido y se veía el alambre por dentro. Lo
desconecté y lo dejé sobre el piso de cemento del patio.

No lo voy a volver a usar. ¿Qué hago con él?

Daniela Ruvalcaba
Zapopan"""),
("es", "b32-plancha-vapor-enchufe-chispas", "Carmen Robles <carmen.robles@example.es>", "La plancha del taller", "technical", "high",
"""Buenas:

Les escribo desde el taller de arreglos de ropa. La plancha de vapor con
calderín que les compramos en primavera hace desde el lunes un chispazo
en el enchufe cada vez que se enciende, y esta mañana ha saltado el
diferencial de todo el local. El enchufe de la pared tiene una marca
negra alrededor de la clavija. Con otros aparatos ese enchufe va bien.

La tenemos desenchufada. ¿Pueden venir a recogerla o a revisarla?

Carmen Robles
Arreglos Carmen, Albacete"""),
("es", "b32-ett-fichajes-no-registran", "Conservas del Cantábrico <rrhh@conservascantabrico.example>", "Fichajes", "technical", "high",
"""Buenos días:

Desde el lunes las tablets de fichaje que nos instalasteis en la nave
para el personal de la ETT no están registrando nada. Los trabajadores
fichan, sale el "OK" verde, pero en el panel no aparece ninguna entrada
ni salida. Son 62 personas de campaña.

Mañana cerramos la nómina de la quincena y sin esos registros no
podemos pagar a nadie. Los encargados ya están apuntando horas a mano en
papel y el comité nos está pidiendo explicaciones.

Llamadme al 942 000 318 en cuanto podáis.

Begoña Ruiz
RRHH, Conservas del Cantábrico (Santoña)"""),
("es", "b32-datafono-banco-mercado", "Frutas Hermanos Lozano <frutaslozano@example.es>", "datáfono", "technical", "high",
"""Buenos días:

Desde que hemos abierto a las 8, el datáfono que nos tiene puesto el
banco en el puesto del mercado rechaza todas las tarjetas con "error de
comunicación". Es sábado, el mercado está lleno y la mitad de la gente
no lleva efectivo; se nos están yendo los clientes a otros puestos. Lo
hemos reiniciado dos veces y tiene cobertura.

Llamadnos al 600 000 317, por favor.

Juan Lozano
Mercado Central, Valencia"""),
("es", "b32-co-maquina-nidos-hilo", "Andrea Mosquera <andrea.mosquera@example.com.co>", "Máquina de coser", "technical", "",
"""Hola, buen día. La máquina que compré en diciembre empezó a hacer un
nido de hilo por debajo de la tela en cuanto empiezo a coser, un
enredo horrible. Ya cambié la aguja, limpié la bobina y la volví a
enhebrar con el prensatelas arriba como dice el manual. Sigue igual.
¿Qué más puedo revisar?
Mil gracias,
Andrea
Pereira"""),
("es", "b32-web-buscador-sin-resultados", "Lucía Montoya <lucia.montoya@example.es>", "la web", "technical", "",
"""hola, el buscador de vuestra web me da "0 resultados" busque lo que
busque, hasta "lana" o "botones". si entro por las categorias sí veo
los productos. lo he probado en el movil y en el ordenador. os aviso
por si no lo sabeis
lucia"""),
("es", "b32-cl-app-no-sube-foto-carnet", "Ignacio Valdés <ignacio.valdes@example.cl>", "Verificación de identidad", "technical", "",
"""Hola, estoy tratando de abrir la cuenta de inversión en la app y en el
paso de verificar identidad, cuando saco la foto del carnet por ambos
lados, se queda cargando y después dice "Intente nuevamente más tarde".
Llevo tres días intentándolo, con wifi y con datos. iPhone 13.
Saludos, Ignacio"""),
("es", "b32-tarjeta-coordenadas-nominas-responsable", "Beatriz Cano <beatriz.cano@cano-reformas.example>", "Cuarta llamada - no puedo firmar las nóminas", "technical", "high",
"""Buenos días:

Desde el cambio de la app de firma, no puedo autorizar ninguna
transferencia en la banca de empresa: la app dice "Operación pendiente
de firma" y la notificación para confirmarla no me llega nunca. He
reinstalado la app, he cambiado de móvil y he llamado cuatro veces. En
cada llamada me abren una incidencia nueva y nadie me vuelve a llamar.

Tengo que pagar las nóminas de nueve trabajadores antes del día 30.
Quiero que esto lo lleve un responsable que me llame hoy, no otro
número de incidencia.

Beatriz Cano
Reformas Cano, S.L. - 600 000 729"""),
("es", "b32-traduccion-pdf-demasiado-grande", "Ricardo Abad <ricardo.abad@example.es>", "No puedo subir el documento", "technical", "",
"""Buenos días, quería pedir presupuesto de traducción de una sentencia
de divorcio y el formulario de vuestra web no me deja subir el PDF: pone
"archivo demasiado grande" y el PDF ocupa 24 MB (es un escaneo de 18
páginas). ¿Hay otra manera de mandároslo?
Gracias,
Ricardo Abad"""),
("es", "b32-mx-re-contador-vueltas-no-sincroniza", "Mariana Guzmán <mariana.guzman@example.com.mx>", "Re: Ticket 4471", "technical", "",
"""Hola Fer,

Ya cerré sesión y volví a entrar en los dos como me dijiste, pero sigue
igual: en el celular voy en la vuelta 86 del suéter y en la tablet me
marca la 12. Además el patrón en la tablet me sale sin mis notas.

Gracias,
Mariana

El mar, 16 abr a las 10:05, Soporte Tejeapp <soporte@tejeapp.example> escribió:
> Hola Mariana,
> Para que tu contador de vueltas se sincronice entre dispositivos, cierra
> sesión en ambos y vuelve a entrar con la misma cuenta.
> Saludos, Fer"""),
("es", "b32-gracias-consultora-ett", "Rubén Sanz <ruben.sanz@example.es>", "Gracias Nuria", "general", "",
"""Hola Nuria:

Solo quería darte las gracias. Llevaba casi un año en paro y tú fuiste
la única que me llamó después de mandar el currículum. Hoy he firmado
el contrato indefinido en el almacén de Getafe. Ha sido un cambio enorme
para mi familia.

Un abrazo muy fuerte,
Rubén"""),
("es", "b32-mx-horario-semana-santa", "Guadalupe Ríos <lupita.rios@example.com.mx>", "Horario", "general", "",
"""Hola buenas, van a abrir la mercería de Coyoacán el jueves y viernes
santo? Necesito unos botones y encaje para un vestido de primera
comunión. Gracias!!"""),
("es", "b32-ett-certificado-empresa-paro", "Iván Serrano <ivan.serrano@example.es>", "Certificado de empresa", "general", "",
"""Hola,

Se me ha terminado el contrato de campaña con vosotros y el SEPE me pide
el certificado de empresa para pedir el paro. En la web del SEPE todavía
no aparece. ¿Lo habéis enviado ya o lo tengo que pedir a la empresa
donde estaba cedido?

Gracias,
Iván Serrano"""),
("es", "b32-ar-certificado-cbu-trabajo", "Norma Giménez <norma.gimenez@example.com.ar>", "constancia de CBU", "general", "",
"""Buenos dias, en el trabajo nuevo me piden una constancia de CBU con mi
nombre y DNI para depositarme el sueldo. Donde la saco? Se puede
descargar del homebanking o tengo que ir a la sucursal de Cordoba?
Gracias
Norma Gimenez"""),
("es", "b32-rgpd-borrar-curriculum", "Óscar Bermejo <oscar.bermejo@example.es>", "Supresión de mis datos", "general", "",
"""A la atención del Delegado de Protección de Datos:

Hace dos años me inscribí en su agencia de selección. Ya no busco
empleo y no deseo seguir recibiendo ofertas. En virtud del artículo 17
del RGPD, solicito la supresión de mi currículum y de todos mis datos
personales de su base de datos, y que me confirmen por escrito cuando
se haya hecho.

Óscar Bermejo Lamas"""),
("es", "b32-paraguas-sala-espera-despacho", "Maite Oliva <maite.oliva@example.es>", "paraguas", "general", "",
"""Hola! Creo que ayer me dejé el paraguas en la sala de espera del
despacho, después de la cita con la Sra. Arrieta. Es uno grande, de
cuadros escoceses, con el mango de madera. ¿Lo habéis visto? Me paso a
por él el viernes si está.
Maite"""),
("es", "b32-club-patinaje-patrocinio-camisetas", "Club Patín Alcobendas <clubpatin.alcobendas@example.es>", "Patrocinio", "general", "",
"""Buenas tardes:

Somos el Club de Patinaje Alcobendas, con 70 patinadores de 5 a 16
años. En junio organizamos nuestro primer trofeo y estamos buscando
patrocinadores. Habíamos pensado en vosotros por las camisetas: si
pudierais colaborar con parte de las camisetas del evento, pondríamos
vuestro logo en la espalda y en el photocall.

¿Con quién podríamos hablarlo?

Un saludo,
Natalia Gómez
Secretaria del club"""),
("es", "b32-paquete-bar-de-abajo", "Toni Ramis <toni.ramis@example.es>", "Pedido 40917", "general", "",
"""Hola, el pedido 40917 (el de lanas y agujas) si no estoy en casa
dejadlo en el bar de abajo, el Bar Cristina, que ya lo saben. El timbre
del portal no funciona bien. Gracias!"""),
("es", "b32-consultora-preguntas-hijos-directora", "Laura Peña <laura.pena@example.es>", "Queja sobre la entrevista del día 12", "general", "high",
"""Buenos días:

El día 12 tuve una entrevista en su oficina de Sevilla para un puesto de
administrativa. La consultora que me entrevistó me preguntó si estaba
casada, si pensaba tener hijos "en los próximos años" y, cuando le dije
que eso no tenía nada que ver con el puesto, me contestó que "al cliente
le interesa saberlo".

Me parece inaceptable. Solicito que la directora de la oficina o el
responsable de la agencia se ponga en contacto conmigo.

Laura Peña Rubio
655 000 120"""),
("es", "b32-cristal-roto-puerta-manualidades", "Amparo Lillo <amparo.lillo@example.es>", "Cristal en la entrada", "general", "high",
"""Hola:

Esta tarde he estado en vuestra tienda de manualidades de la calle
Colón. El cristal de la puerta de entrada tiene una raja de arriba abajo
y le falta un trozo en la esquina de abajo, justo a la altura de la
cabeza de un niño. Había varios críos entrando al taller infantil. Se lo
he comentado a la dependienta y me ha dicho que ya lo saben.

Yo lo taparía o lo cambiaría antes de que alguien se corte.

Amparo Lillo"""),
("es", "b32-gestoria-me-salvasteis-la-vida", "Sofía Paredes <sofia.paredes@example.es>", "mil gracias!!", "general", "",
"""Chicos, me salvasteis la vida!! Cuando me llegó la carta de Hacienda
casi me da un infarto, pensaba que me iban a freír a multas. Pilar lo
miró en cinco minutos, me explicó que era solo un requerimiento de un
papel y lo mandó ella misma. Sois unos cracks. Gracias de verdad.
Sofía"""),
("es", "b32-interprete-boda-civil", "Irene Bustos <irene.bustos@example.es>", "Consulta", "general", "",
"""Buenos días:

Me caso en el Registro Civil de Málaga en septiembre y mi novio es
finlandés y no habla español. Nos han dicho que hace falta un intérprete
durante la ceremonia. ¿Ofrecéis ese servicio con finés? ¿Con cuánta
antelación habría que reservarlo?

Muchas gracias,
Irene"""),
("es", "b32-cl-atienden-en-ingles", "Catalina Muñoz <catalina.munoz@example.cl>", "Consulta idioma", "general", "",
"""Hola, mi marido es australiano y trabaja a honorarios aquí en
Santiago. Él entiende poco el español técnico de impuestos. ¿Alguno de
sus contadores atiende en inglés? Podríamos ir a la oficina de
Providencia cualquier día después de las 18.
Gracias!
Catalina"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b32-oplata-za-karte-mimo-transakcji", "Bożena Krawiec <bozena.krawiec@example.pl>", "Opłata za kartę", "billing", "",
"""Dzień dobry,

w wyciągu za październik widzę opłatę 10 zł za obsługę karty
debetowej. Z tego, co pamiętam z umowy, opłaty nie ma, jeśli zrobi się
w miesiącu co najmniej 5 transakcji kartą. We wrześniu zrobiłam ich
jedenaście (Biedronka, apteka, stacja, widać w historii). Proszę o
zwrot tych 10 zł.

Pozdrawiam
Bożena Krawiec"""),
("pl", "b32-ike-zmniejszenie-wplat", "Tomasz Lis <tomasz.lis@example.pl>", "IKE - wplaty", "billing", "",
"""Czesc,
mam u was IKE z automatyczna wplata 500 zl miesiecznie. Wzielismy z
zona kredyt na mieszkanie i od grudnia chcialbym to zmniejszyc do 200
zl. Nie chce nic wyplacac ani zamykac konta, tylko mniejsza kwota. Da
sie to zrobic w aplikacji czy musze wypelnic jakis wniosek?
Tomek"""),
("pl", "b32-biuro-rachunkowe-zus-pracownika", "Agnieszka Wrona <agnieszka.wrona@example.pl>", "Faktura za listopad", "billing", "",
"""Dzień dobry Pani Ewo,

na fakturze za listopad nadal jest pozycja „obsługa kadrowo-płacowa
1 pracownik” za 150 zł netto. Pani Kasia odeszła od nas z końcem
sierpnia, świadectwo pracy robiło jeszcze Państwa biuro. Od września
nie mam nikogo zatrudnionego. Czy mogę prosić o korektę faktury i
sprawdzenie, czy we wrześniu i październiku też to było naliczone?

Pozdrawiam serdecznie
Agnieszka Wrona
Gabinet Kosmetyczny Wrona, Tarnów"""),
("pl", "b32-tlumaczenie-aktu-ukrainski-cena", "Olena Kovalenko <olena.kovalenko@example.pl>", "Zapytanie", "billing", "",
"""Dzień dobry,

potrzebuję tłumaczenia przysięgłego aktu urodzenia syna z ukraińskiego
na polski, do szkoły. Jedna strona. Ile to kosztuje i czy tryb
ekspresowy (na jutro) jest droższy?

Dziękuję,
Olena Kovalenko"""),
("pl", "b32-pod-plan-pro-zamykam-dzialalnosc", "Kuba Nowicki <kuba@koszulkinowicki.example>", "Plan Pro", "billing", "",
"""Hej,

po pięciu latach zamykam działalność - ZUS mnie w końcu zjadł, a
koszulek z kotami i tak każdy ma już po trzy. Sklep na stronie
wyłączam 30 listopada. Proszę nie odnawiać mi planu Pro (69 zł
miesięcznie) od grudnia i nie pobierać już nic z karty. Ostatnie
zamówienia wyślijcie jeszcze normalnie.

Dzięki za te lata,
Kuba Nowicki"""),
("pl", "b32-kurier-ekspres-przyszlo-standard", "Paweł Dziedzic <pawel.dziedzic@example.pl>", "Zamówienie 51277", "billing", "",
"""Dzień dobry, przy zamówieniu 51277 (fototapeta na wymiar) zapłaciłem
39,90 zł za dostawę ekspresową 24h, a paczka przyszła zwykłym kurierem
po 9 dniach. Proszę o zwrot różnicy między ekspresem a standardem.
Paweł"""),
("pl", "b32-notariusz-darowizna-taksa-karta", "Jadwiga Sobolewska <jadwiga.sobolewska@example.pl>", "Darowizna mieszkania", "billing", "",
"""Szanowna Pani Notariusz,

chciałabym przekazać córce w darowiźnie mieszkanie w Olsztynie (wartość
około 420 000 zł). Ile wyniesie taksa notarialna i inne opłaty przy
takiej umowie, w przybliżeniu? I czy u Pani w kancelarii można zapłacić
kartą, czy trzeba mieć gotówkę albo zrobić przelew wcześniej?

Z wyrazami szacunku
Jadwiga Sobolewska"""),
("pl", "b32-kredyt-ubezpieczenie-rzecznik", "Marcin Wieczorek <marcin.wieczorek@example.pl>", "Reklamacja - kredyt gotówkowy nr 77/2024", "billing", "high",
"""Dzień dobry,

w maju wziąłem u Państwa kredyt gotówkowy na 30 000 zł. Dopiero teraz
przy analizie harmonogramu zauważyłem, że do kwoty kredytu doliczono
ubezpieczenie na życie 2 940 zł, na które nie wyrażałem zgody i o
którym doradca w oddziale w ogóle nie mówił. Od tego ubezpieczenia
płacę jeszcze odsetki.

Żądam zwrotu składki wraz z naliczonymi od niej odsetkami. Jeśli w
ustawowym terminie nie dostanę pozytywnej odpowiedzi, złożę wniosek do
Rzecznika Finansowego i zawiadomię UOKiK.

Marcin Wieczorek"""),
("pl", "b32-kancelaria-zaliczka-sprawa-umorzona", "Grażyna Pawłowska <grazyna.pawlowska@example.pl>", "Rozliczenie zaliczki", "billing", "high",
"""Szanowni Państwo,

w lutym wpłaciłam kancelarii zaliczkę 4 000 zł na prowadzenie sprawy o
zasiedzenie. W czerwcu sprawa zakończyła się ugodą na pierwszym
posiedzeniu. Umowa mówi wyraźnie, że niewykorzystana część zaliczki
podlega zwrotowi. Od trzech miesięcy proszę o rozliczenie i słyszę, że
„pani mecenas jest na urlopie”, a potem „w sądzie”.

Proszę, aby skontaktował się ze mną partner zarządzający kancelarią.
Nie będę dłużej rozmawiać z sekretariatem.

Grażyna Pawłowska
tel. 600 000 514"""),
("pl", "b32-wloczka-za-duzo-nie-reklamacja", "Ewa Malinowska <ewa.malinowska@example.pl>", "zwrot wloczki", "billing", "",
"""Dzien dobry, od razu zaznaczam ze to nie reklamacja, wloczka jest
piekna i kolor zgadza sie ze zdjeciem. Po prostu policzylam zle i
sweter wyszedl mi z 9 motkow, a kupilam 15. Zostalo 6 nienapoczetych
z banderolami. Czy moge je odeslac i dostac zwrot? Kupione 3 tygodnie
temu, zamowienie 88015.
Ewa"""),
("pl", "b32-agencja-faktura-kandydat-nie-przyszedl", "Dział Kadr <kadry@lubtrans.example>", "Faktura FV/2024/311 - do anulowania", "billing", "",
"""Dzień dobry,

otrzymaliśmy fakturę FV/2024/311 za rekrutację na stanowisko dyspozytora
(p. Łukasz Zawada). Pan Zawada zrezygnował dzień przed rozpoczęciem
pracy i nie podpisał z nami umowy. Zgodnie z § 5 umowy wynagrodzenie
należy się agencji dopiero po zatrudnieniu kandydata.

Prosimy o anulowanie faktury lub wystawienie korekty do zera. Czy
możemy też ustalić, kiedy przedstawicie kolejnych kandydatów?

Z poważaniem
Monika Czerwińska
Dział Kadr, LubTrans Sp. z o.o."""),
("pl", "b32-materialy-warsztaty-polowa-chargeback", "Patrycja Głowacka <patrycja.glowacka@example.pl>", "zamowienie 30772 - OSTATNI MAIL", "billing", "high",
"""Zaplacilam 612 zl za materialy na warsztaty ceramiczne dla dzieci
(glina, szkliwa, pedzle). Przyszla jedna paczka z polowa rzeczy, druga
"w drodze" od 3 tygodni, numer sledzenia nie dziala. Warsztaty mialam
w sobote i musialam kupic wszystko drugi raz w sklepie stacjonarnym.

Pisze czwarty raz. Albo do piatku zwracacie pieniadze za brakujaca
czesc (318 zl), albo skladam chargeback w banku.

Patrycja Glowacka"""),
("pl", "b32-odp-faktura-korygujaca-tkanina", "Aleksandra Nowak <aleksandra.nowak@example.pl>", "Odp: Zwrot przyjęty - zamówienie 27704", "billing", "",
"""Dzień dobry,

minęły już trzy tygodnie od poniższej wiadomości, pieniądze wróciły,
ale faktury korygującej dalej nie mam, a potrzebuję jej do księgowości
(kupowałam na firmę). Proszę o przesłanie.

Aleksandra Nowak

W dniu 4.03.2024 o 09:12, Sklep Tkaniny24 <sklep@tkaniny24.example> pisze:
> Dzień dobry,
> informujemy, że zwrot tkaniny z zamówienia 27704 został przyjęty.
> Pieniądze oraz faktura korygująca zostaną przesłane w ciągu 7 dni.
> Pozdrawiamy, zespół Tkaniny24"""),
("pl", "b32-pytanie-za-pobraniem", "Krystyna Lewicka <krystyna.lewicka@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, czy mogę zapłacić za zamówienie przy odbiorze, u
listonosza? Nie mam karty ani bankowości w internecie. Chodzi o nici i
zamki błyskawiczne za około 80 zł.
Krystyna Lewicka"""),
("pl", "b32-aplikacja-po-angielsku-nie-platnosc", "Jakub Sowa <jakub.sowa@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry,

nie piszę w sprawie żadnej płatności ani pieniędzy na koncie, z tym
wszystko w porządku. Chodzi o to, że po ostatniej aktualizacji
aplikacja inwestycyjna wyświetla się cała po angielsku, mimo że telefon
jest ustawiony na polski, a w ustawieniach aplikacji też wybrany jest
polski. Mama korzysta z mojego konta do podglądu i nic nie rozumie.

Samsung S22, Android 14.

Jakub Sowa"""),
("pl", "b32-kod-sms-bledny-nowy-odbiorca", "Henryk Kaczmarczyk <henryk.kaczmarczyk@example.pl>", "kod sms", "technical", "",
"""Dzień dobry. Chcę dodać nowego odbiorcę w bankowości internetowej
(spółdzielnia mieszkaniowa zmieniła numer konta). Przychodzi SMS z
kodem, wpisuję go dokładnie, a system pisze „Kod nieprawidłowy”.
Próbowałem już cztery razy, za każdym razem nowy kod. Co robię nie tak?
Henryk Kaczmarczyk"""),
("pl", "b32-pilne-rejestracja-email-zajety", "Wiktoria Baran <wiktoria.baran@example.pl>", "PILNE!!!", "technical", "",
"""PILNE!!! nie moge zalozyc konta w waszym sklepie, wpisuje maila i
wyskakuje "ten adres jest juz uzywany", a ja nigdy u was nie mialam
konta. Przypomnienie hasla na ten adres nic nie przysyla. Chcialam
zamowic kordonek na weekend, bez spiny, ale chce to w koncu zrobic :)"""),
("pl", "b32-lampa-lupa-zasilacz-syczy", "Danuta Wróblewska <danuta.wroblewska@example.pl>", "Lampa z lupą", "technical", "high",
"""Dzień dobry,

w maju kupiłam u Państwa lampę LED z lupą do haftu krzyżykowego. Wczoraj
wieczorem zasilacz, ten czarny przy wtyczce, zaczął syczeć, a potem
cicho strzelił i zaczęło śmierdzieć spalenizną. Obudowa zasilacza jest
spuchnięta z jednej strony. Wyjęłam go z kontaktu i wyniosłam na
balkon. Nic się nie zapaliło.

Proszę o informację, co mam z tym zrobić. Lampy nie używam.

Danuta Wróblewska"""),
("pl", "b32-zelazko-kopnelo-pradem", "Ryszard Kubacki <ryszard.kubacki@example.pl>", "Żelazko", "technical", "high",
"""Dzien dobry,
zelazko parowe kupione w Waszej pasmanterii w Kielcach (paragon z
12.09). Dzisiaj zona prasowala i jak dotknela metalowej stopki zeby
zdjac nitke, kopnelo ja pradem. Nic jej nie jest, tylko ja wystraszylo
i reka troche mrowi. Kabel jest caly, gniazdko z uziemieniem. Zelazko
odlaczone i schowane.
Prosze o informacje co dalej.
Ryszard Kubacki"""),
("pl", "b32-bramka-platnosci-sklep-wloczki", "Włóczkownia <sklep@wloczkownia.example>", "Od rana nikt u nas nie płaci", "technical", "high",
"""Dzień dobry,

od 7 rano w naszym sklepie internetowym nikt nie może dokończyć
zamówienia: po wybraniu płatności Waszą bramką klient widzi pustą białą
stronę i wraca do koszyka. Dziś o północy ruszyła u nas największa
promocja roku, mamy już ponad 40 porzuconych koszyków i maile od
klientek, że „coś nie działa”. Przelewy tradycyjne przechodzą, ale
prawie nikt ich nie wybiera.

Klucze API się nie zmieniały, nic nie ruszaliśmy po naszej stronie.

Prosimy o pilny kontakt: 512 000 906.

Marta Zielińska
Włóczkownia"""),
("pl", "b32-podpis-kwalifikowany-kancelaria-notarialna", "Kancelaria Notarialna Nowak i Wspólnicy <kancelaria@notariusz-nowak.example>", "Podpis", "technical", "high",
"""Dzień dobry,

od wczoraj po południu żaden z trzech podpisów kwalifikowanych od
Państwa nie działa w kancelarii: przy podpisywaniu wniosku program
wyświetla „Brak dostępu do karty kryptograficznej”. Czytniki świecą się
normalnie, sterowniki przeinstalowaliśmy.

Nie możemy wysłać elektronicznie żadnego wniosku wieczystoksięgowego
ani wypisów. Na dziś mamy umówionych 11 aktów, w tym dwie sprzedaże z
kredytem, przy których bank czeka na wniosek jeszcze dziś.

Proszę o telefon: 22 000 41 77.

Iwona Kamińska
Kancelaria Notarialna"""),
("pl", "b32-maszyna-nie-przeszywa-grubych", "Halina Dudek <halina.dudek@example.pl>", "maszyna", "technical", "",
"""Dzień dobry, maszyna do szycia z Państwa sklepu dobrze szyje bawełnę,
ale przy skracaniu dżinsów, na szwie, koło zamachowe staje i igła nie
przechodzi dalej. Mam igłę do jeansu 100 i szyję powoli. Czy to
normalne w tej maszynie, czy coś jest nie tak?
Halina"""),
("pl", "b32-odp-haslo-do-pliku-tlumaczenia", "Łukasz Grabowski <lukasz.grabowski@example.pl>", "Odp: Tłumaczenie umowy - zlecenie 2231", "technical", "",
"""Dzień dobry,

plik otwiera się z prośbą o hasło, ale hasło z SMS-a nie działa
(„Nieprawidłowe hasło”). Przepisywałem je kilka razy, również kopiując.
Czy mogą Państwo wysłać plik jeszcze raz albo nowe hasło?

Łukasz Grabowski

-----Wiadomość oryginalna-----
Od: Biuro Tłumaczeń Lingwa <zlecenia@lingwa.example>
Temat: Tłumaczenie umowy - zlecenie 2231

W załączeniu przesyłamy tłumaczenie umowy najmu na język niemiecki.
Plik jest zabezpieczony hasłem, które wysłaliśmy SMS-em."""),
("pl", "b32-ppk-aplikacja-stary-telefon", "Stanisław Mroczek <stanislaw.mroczek@example.pl>", "aplikacja PPK", "technical", "",
"""Dzien dobry, chcialem zainstalowac aplikacje zeby sprawdzac PPK, ale
sklep Google pisze ze "urzadzenie nie jest zgodne z ta wersja". Mam
telefon Huawei z Androidem 8. Czy jest jakas inna wersja albo moge to
sprawdzac przez przegladarke?
S. Mroczek"""),
("pl", "b32-hafciarka-trzeci-serwis-kierownik", "Renata Szulc <renata.szulc@example.pl>", "Hafciarka - trzeci raz w serwisie, skarga", "technical", "high",
"""Dzień dobry,

hafciarka kupiona u Państwa w marcu była już dwa razy w serwisie z tym
samym błędem: po kilku minutach haftu wyświetla „E-07 Błąd ramy” i
staje. Za każdym razem wraca z opisem „urządzenie sprawdzone, usterki
nie stwierdzono”, a po dwóch dniach błąd wraca. Haftuję zawodowo,
ręczniki i body na zamówienie, i od dwóch miesięcy praktycznie nie
pracuję.

Nie wyślę jej po raz trzeci na to samo. Żądam kontaktu z kierownikiem
serwisu albo kimś, kto może podjąć decyzję o wymianie.

Renata Szulc
Haft Szulc, Opole"""),
("pl", "b32-link-aktywacyjny-wygasl-od-razu", "Marek Jankowski <marek.jankowski@example.pl>", "panel klienta", "technical", "",
"""Dzień dobry, zakładam konto w panelu klienta biura tłumaczeń, żeby
wysłać dokumenty do wyceny. Link aktywacyjny z maila od razu pokazuje
„Link wygasł”, klikałem zaraz po otrzymaniu. Trzy razy to samo.
Pozdrawiam, Marek"""),
("pl", "b32-edytor-przycina-projekt", "Zuzia Pietrzyk <zuzia.pietrzyk@example.pl>", "edytor na stronie", "technical", "",
"""hej, projektuje bluze w waszym edytorze i jak wgrywam napis (PNG 3000
px, przezroczyste tlo) to w podgladzie ucina mi ostatnia litere, mimo
ze caly plik miesci sie w ramce. na telefonie to samo. da sie to
jakos obejsc?"""),
("pl", "b32-podziekowanie-pani-z-oddzialu-wnuczek", "Beata Sadło <beata.sadlo@example.pl>", "Podziękowanie dla Pani Marzeny", "general", "",
"""Szanowni Państwo,

chciałabym bardzo podziękować Pani Marzenie z oddziału przy ul. Długiej
w Gdańsku. W zeszły czwartek moja 82-letnia mama przyszła wypłacić
wszystkie oszczędności, bo zadzwonił do niej „policjant”, że wnuczek
spowodował wypadek. Pani Marzena od razu zorientowała się, o co chodzi,
spokojnie z nią porozmawiała i zadzwoniła do mnie. Mama nic nie
straciła.

Proszę przekazać Pani Marzenie i jej przełożonym nasze wielkie
podziękowania.

Beata Sadło"""),
("pl", "b32-pasmanteria-wigilia-godziny", "Irena Kołodziej <irena.kolodziej@example.pl>", "24 grudnia", "general", "",
"""Dzień dobry, do której będzie otwarta pasmanteria na Piotrkowskiej w
Wigilię? Muszę jeszcze dokupić wstążki do pakowania prezentów.
Pozdrawiam"""),
("pl", "b32-praca-holandia-zakwaterowanie", "Dariusz Mazurek <dariusz.mazurek@example.pl>", "Praca w Holandii", "general", "",
"""Dzien dobry,
widzialem ogloszenie o pracy na magazynie w Holandii. Chcialbym zapytac
czy jest zapewnione zakwaterowanie i dojazd do pracy, czy trzeba znac
angielski i czy moge jechac razem z kolega. Mam prawo jazdy kat. B i
uprawnienia na wozek widlowy.
Dariusz Mazurek"""),
("pl", "b32-pelnomocnik-do-rachunku-mamy", "Jolanta Baran <jolanta.baran@example.pl>", "Pełnomocnictwo", "general", "",
"""Dzień dobry,

moja mama ma u Państwa konto i coraz trudniej jej wychodzić z domu.
Chciałaby ustanowić mnie pełnomocnikiem do rachunku. Czy musimy przyjść
obie do oddziału, czy wystarczy pełnomocnictwo notarialne? Mama chodzi
o balkoniku, więc wolałabym oszczędzić jej drogi.

Jolanta Baran"""),
("pl", "b32-rodo-nie-dzwonic-z-ofertami", "Kazimierz Nowakowski <kazimierz.nowakowski@example.pl>", "Telefony", "general", "",
"""Proszę o usunięcie mojego numeru telefonu 600 000 238 z Państwa
listy kontaktowej i zaprzestanie dzwonienia z ofertami inwestycyjnymi.
W tym tygodniu dzwoniliście trzy razy. Nie wyrażam zgody na kontakt
marketingowy. Proszę o potwierdzenie.
Kazimierz Nowakowski"""),
("pl", "b32-teczka-w-poczekalni-notariusza", "Grzegorz Marczak <grzegorz.marczak@example.pl>", "zostawiona teczka", "general", "",
"""Dzien dobry, wczoraj po podpisaniu aktu (okolo 14:00) zostawilem chyba
w poczekalni brazowa skorzana teczke z dokumentami z budowy. Czy ktos
ja znalazl? Moge podjechac w kazdej chwili.
Grzegorz Marczak
501 000 644"""),
("pl", "b32-kgw-osmiorniczki-dla-wczesniakow", "KGW Zalesie <kgw.zalesie@example.pl>", "Prośba o wsparcie", "general", "",
"""Szanowni Państwo,

jesteśmy Kołem Gospodyń Wiejskich z Zalesia. Od roku robimy na
szydełku ośmiorniczki dla wcześniaków ze szpitala w Siedlcach. Chcemy
zorganizować w marcu otwarte spotkanie dziergania dla całej gminy i
szukamy sklepu, który wsparłby nas bawełnianą włóczką. W zamian
chętnie umieścimy Państwa logo na plakatach i na naszym Facebooku.

Z serdecznymi pozdrowieniami
Teresa Wójcik
przewodnicząca KGW"""),
("pl", "b32-tlumaczenia-odbior-osobisty", "Natalia Kowal <natalia.kowal@example.pl>", "Zlecenie 2265", "general", "",
"""Dzień dobry, proszę nie wysyłać tłumaczeń ze zlecenia 2265 pocztą.
Odbiorę je osobiście w biurze w piątek po 15:00, bo w tym tygodniu nie
ma mnie w domu. Dziękuję!
Natalia Kowal"""),
("pl", "b32-ochroniarz-pies-przewodnik-dyrektor", "Anna Lewandowska <anna.lewandowska@example.pl>", "Nie wpuszczono mnie do oddziału", "general", "high",
"""Szanowni Państwo,

jestem osobą niewidomą i poruszam się z psem przewodnikiem, który ma
certyfikat i uprząż z oznaczeniem. Dzisiaj rano pracownik ochrony w
oddziale przy Rynku w Rzeszowie nie wpuścił mnie do środka, bo „psy nie
mogą wchodzić”. Pokazałam certyfikat, ale powiedział, że mam poczekać na
zewnątrz i niech ktoś po mnie wyjdzie. Czekałam w deszczu 20 minut.

To niezgodne z prawem i bardzo upokarzające. Żądam kontaktu z
dyrektorem oddziału.

Anna Lewandowska
tel. 697 000 345"""),
("pl", "b32-regal-z-belami-chwieje-sie", "Wojciech Sikora <wojciech.sikora@example.pl>", "Regał w sklepie", "general", "high",
"""Dzień dobry,

byłem dziś w Państwa sklepie z tkaninami przy Grunwaldzkiej. Wysoki
regał z belami tkanin przy przymierzalniach wyraźnie się chwieje,
kiedy ktoś wyciąga belę z górnej półki - odchyla się od ściany na kilka
centymetrów, chyba nie jest do niej przykręcony. Obok bawiły się dzieci
klientek.

Zgłaszam, zanim coś spadnie komuś na głowę.

Wojciech Sikora"""),
("pl", "b32-tlumaczenie-petarda-bomba", "Kamila Rutkowska <kamila.rutkowska@example.pl>", "DZIĘKUJĘ", "general", "",
"""Jesteście petardą! Tłumaczenie dyplomu było mi potrzebne dosłownie
na wczoraj, a Pani Agata zrobiła je w kilka godzin i jeszcze
zadzwoniła, żeby dopytać o pisownię nazwiska. Rekrutacja w Monachium
załatwiona, bomba. Polecam Was wszystkim znajomym.
Kamila"""),
("pl", "b32-transkrypcja-aktu-slubu-niemcy", "Robert Sadowski <robert.sadowski@example.pl>", "Akt ślubu z Niemiec", "general", "",
"""Dzień dobry,

wzięliśmy ślub w Niemczech i chcemy przenieść akt do polskiego USC.
Czy tłumaczenie przysięgłe jest w ogóle potrzebne, jeśli mamy akt na
druku wielojęzycznym? Urzędniczka przez telefon nie była pewna.

Pozdrawiam
Robert Sadowski"""),
("pl", "b32-szkolenie-pit-dla-seniorow", "Zofia Marciniak <zofia.marciniak@example.pl>", "Szkolenie", "general", "",
"""Dzien dobry, w gazetce osiedlowej przeczytalam, ze Panstwa biuro
organizuje bezplatne spotkanie o zeznaniu PIT dla emerytow w lutym. Czy
sa jeszcze wolne miejsca i czy trzeba sie wczesniej zapisac? Chcialabym
przyjsc z sasiadka.
Zofia Marciniak"""),
]
