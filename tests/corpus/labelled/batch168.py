# batch168.py -- labelled test mails, held out of the tree until the rules
# it measures are final.  Nothing may be tuned or trained on them.
# Kinds of business: legal and admin services for people -- immigration
# advisers, certified translation of documents, notaries, lasting power of
# attorney services, online divorce services, name change deeds (deed
# poll) and apostille services.  40 mails each in English, Greek (about a
# third in Greeklish), Spanish (Spain and Latin America) and Polish, written
# separately per language.  Covers: escalation demands that keep their
# topic, legal threats and chargebacks, negations, subjects that say
# nothing or something else, replies quoting an earlier mail, paid plans
# ended or paused in unusual wording, business outages told by their
# consequences, safety hazards told calmly, premises hazards, praise,
# payment questions, and everyday mail of all three queues.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b168-en-apostille-charged-twice", "Gareth Holloway <gareth.holloway@example.co.uk>", "Apostille order AP-55102", "billing", "",
"""Hello,

I ordered a standard apostille for my degree certificate on Tuesday
(AP-55102, GBP 95.00). My bank app shows two payments of 95.00 to you,
same day, about a minute apart. I only pressed pay once as far as I
know. Could one of them be refunded please?

Regards,
Gareth Holloway"""),
("en", "b168-en-deed-poll-small-claims", "Natalie Crowther <nat.crowther@example.co.uk>", "Enrolled deed poll - still nothing after 9 weeks", "billing", "high",
"""To whom it may concern,

On 3 February I paid you GBP 149 for your "enrolled deed poll" package
(order DP-20871), which your website says takes four to six weeks. It
is now nine weeks later. I have had no deed, no Gazette notice and no
reply to three emails. Your phone line rings out.

I no longer want the service. I want the full 149 pounds returned to
the card I paid with within 7 days. If it has not been refunded by then
I will issue a claim through the small claims court online without
further notice, and I will add the court fee to it.

Natalie Crowther"""),
("en", "b168-en-storage-plan-dad-passed", "Fiona Gallagher <fiona.gallagher@example.ie>", "My father's account", "billing", "",
"""Hi there,

My dad, Seamus Gallagher, set up his enduring power of attorney with
you a few years ago and he's been paying EUR 4.50 a month since for the
secure document storage thing. He passed away in March, God rest him,
so there's no call for it any more. Would you stop the monthly payment
please? I'm his executor and can send the death certificate if you
need it.

Many thanks,
Fiona"""),
("en", "b168-en-translation-quote-vat", "Ciaran Doyle <ciaran@doyle-joinery.example>", "Quote TQ-3318", "billing", "",
"""Hi,

Quick one on your quote TQ-3318 for translating our product manuals into
Polish. You've put EUR 0.14 per word, 6,200 words. Is that including
VAT at 23% or on top? And can the invoice go to Doyle Joinery Ltd with
our VAT number rather than to me personally?

Cheers,
Ciaran Doyle"""),
("en", "b168-en-divorce-package-payment-plan", "Brittany Sauer <brittany.sauer@example.com>", "payment plan?", "billing", "",
"""hi - looking at your uncontested divorce package for Ohio ($349). money
is tight right now for obvious reasons lol. do you do a payment plan,
like 3 payments? and if we start and my husband changes his mind about
signing do I lose all of it?"""),
("en", "b168-en-immigration-consult-chargeback", "Rohit Malhotra <rohit.malhotra@example.in>", "Refund of consultation package - Ref IMM/4471", "billing", "high",
"""Dear Sir/Madam,

I had purchased your "Canada PR Premium Consultation" package on 12th
of last month for INR 45,000 and paid through credit card. As per your
own terms a cancellation within 14 days is fully refundable. I had
cancelled on the 5th day by email and also by phone, and your executive
Mr. Sandeep had confirmed that refund will be processed in 7 working
days.

It is now more than one month. Every time I call I am told it is "under
process". Kindly note that if the amount is not credited back by this
Friday, I will be raising a chargeback dispute with my bank (HDFC) and
will share all the emails with them.

Kindly do the needful.

Regards,
Rohit Malhotra
Pune"""),
("en", "b168-en-re-invoice-employer-name", "Sophie Tremblay <sophie.tremblay@example.co.uk>", "Re: Your invoice INV-20931", "billing", "",
"""Hi Amelia,

Thanks for this. Sorry to be a pain but my employer is reimbursing the
visa support fee, and their finance team say the invoice has to be made
out to the company, not to me. Could you reissue it to:

Harrow & Finch Consulting Ltd
22 Queen Street, Leeds LS1 2TW

Everything else can stay the same.

Sophie

On Mon, 14 Apr, Amelia Grant <accounts@example-visaservices.co.uk> wrote:
> Dear Ms Tremblay,
>
> Please find attached invoice INV-20931 for GBP 650.00 for the
> Skilled Worker application support service. Payment has been received
> with thanks.
>
> Kind regards,
> Amelia Grant
> Accounts"""),
("en", "b168-en-notary-fee-more-than-quoted", "Darren Pike <darren.pike@example.com.au>", "Witnessing fee", "billing", "high",
"""G'day,

I was quoted AUD 120 over the phone to have my Statutory Declaration and
the overseas property documents notarised at your Parramatta office.
When I got to the counter I was charged AUD 185 because there were
"additional pages". Nobody mentioned pages when I booked. The girl at
the desk said she couldn't do anything about it.

I want the extra 65 dollars back and I want a manager to call me, not
another email from the general inbox. 0412 000 371.

Darren Pike"""),
("en", "b168-en-retainer-pause-baby", "Amira Hassan <amira.hassan@example.co.uk>", "Monthly support plan", "billing", "",
"""Hello,

I've been on your GBP 60 a month immigration support plan since my
spouse visa went in. Our baby arrived three weeks early (all well!) and
honestly I won't be looking at any paperwork for the next few months.
Could you put the plan on hold from this month and start it up again in
September? I don't want to cancel it altogether.

Thanks,
Amira"""),
("en", "b168-en-discount-code-not-taken", "Lucy Brennan <lucy.brennan@example.co.uk>", "Code FRESHSTART20", "billing", "",
"""Hi, your email last week gave me a 20% code (FRESHSTART20) for the
online divorce service. I entered it at checkout and it said "applied"
but my card was charged the full 299. Can you refund the 59.80
difference?"""),
("en", "b168-en-hello-refund-not-arrived", "Peter Okafor <peter.okafor@example.com>", "Hello", "billing", "",
"""Hello,

On the 2nd you confirmed that my certified translation order (TR-77412)
was cancelled and that the USD 84 would go back on my card. It still
isn't there. My bank says nothing is pending. Could you check and send
me a reference for the refund?

Peter Okafor"""),
("en", "b168-en-express-apostille-came-standard", "Harriet Lowe <harriet.lowe@example.co.uk>", "Express service", "billing", "",
"""Dear team,

I paid the extra GBP 40 for your express apostille service on my
marriage certificate because I was told it would be back with me within
two working days. It arrived after nine, exactly what standard would
have taken. I'd like the 40 pounds back please, as I didn't get what I
paid for.

Harriet Lowe"""),
("en", "b168-en-emigrated-reminder-membership", "Jake Moreno <jake.moreno@example.com>", "we moved", "billing", "",
"""Hey guys, we finally made the move to Vancouver last month so the
green card renewal reminder membership is kind of pointless now haha.
Please stop the $9.99 a month. Thanks for everything!
Jake"""),
("en", "b168-en-receipt-lpa-cheque", "Margaret Ellison <m.ellison@example.co.uk>", "Receipt please", "billing", "",
"""Dear Sir or Madam,

In January I sent you a cheque for one hundred and twenty nine pounds
for the preparation of my Lasting Power of Attorney for property and
financial affairs. The cheque has been cashed but I have not received a
receipt. My son, who will be my attorney, says I should keep one with
my papers. Would you kindly post one to me at the address you have.

Yours faithfully,
Mrs Margaret Ellison"""),
("en", "b168-en-upload-pdf-unsupported", "Tom Wakefield <tom.wakefield@example.co.uk>", "Uploading documents", "technical", "",
"""Hi,

I'm trying to upload my bank statements to my case on your client
portal. Every PDF I try gives "unsupported file type" straight away,
even ones under 1 MB. JPGs upload fine. I've tried Chrome and Edge on
Windows 11. The statements are just normal PDFs downloaded from
Nationwide.

Tom"""),
("en", "b168-en-not-invoice-esign-loop", "Rachel Byrne <rachel.byrne@example.ie>", "Re: Please sign your documents", "technical", "",
"""Hi,

Just so it doesn't go to the wrong people - this is NOT about the
invoice, that's paid and fine.

When I click "Sign now" in the email it opens the signing page, I draw
my signature, press Finish and it takes me straight back to the first
page with everything blank again. Done it four times on my phone and
twice on my laptop.

Rachel

> Dear Rachel,
> Your deed of change of name is ready to sign. Please click the link
> below to review and sign your documents.
> Sign now"""),
("en", "b168-en-password-reset-no-email", "Hollie Marsh <hollie.marsh@example.com>", "can't log in", "technical", "",
"""Forgot my password, pressed reset, no email. Checked spam and junk.
Tried 5 times over two days. Account is hollie.marsh@example.com"""),
("en", "b168-en-agency-portal-cases-gone", "Operations <ops@meridian-care-staffing.example>", "Sponsor portal", "technical", "high",
"""Hello,

Since about 8am none of our six recruiters can see any of our
sponsored worker cases on your sponsor portal. The dashboard loads but
says "0 active cases". Yesterday we had 43.

We have eleven nurses whose Certificates of Sponsorship need to be
assigned before their start date on Monday, and two care homes waiting
to hear if staff can start. At the moment we can't check a single case
or upload anything, so the whole placements team is sitting idle.

Please call me on 0161 496 0732 as soon as someone has looked at it.

Kind regards,
Joanne Whitfield
Operations Manager, Meridian Care Staffing"""),
("en", "b168-en-remote-notary-call-drops", "Ben Ashworth <ben.ashworth@example.com>", "Video notarization", "technical", "",
"""Hi,

Third attempt at the online notarization session today and the video
call dropped each time about two minutes in, right when the notary asked
me to hold my ID up to the camera. My internet is fine otherwise (Zoom
calls all day for work). Is there a different browser I should be using?
I'm on Safari on a MacBook.

Ben"""),
("en", "b168-en-scanner-kiosk-shock", "Kevin Harper <kevin.harper@example.co.uk>", "Self-service scanner at your Deansgate office", "technical", "high",
"""Hello,

I was in your Deansgate office on Thursday to drop off documents for
certification. While I waited my son (15) used the self-service scanner
by the window to scan his passport, and when he touched the metal edge
of the glass he got a proper electric shock, enough to make him jump
back. He's fine. I touched it afterwards and felt a tingle myself.

I mentioned it at reception but the machine was still in use when we
left. I'd switch it off before someone else gets hurt.

Kevin Harper"""),
("en", "b168-en-lpa-download-mum-hospital", "Susan Fairclough <susan.fairclough@example.co.uk>", "Cannot download Mum's registered LPA", "technical", "high",
"""Please help, this is time critical.

My mother is in Royal Preston Hospital after a stroke and can't make
decisions at the moment. The ward needs to see her registered health
and welfare LPA today, because there is a decision about her treatment
this afternoon and they will only take instructions from me once
they've seen it.

Your website says the registered copy is in my account, but every time
I click "Download" I get "Error 500 - something went wrong". I've tried
my phone and my husband's laptop. I do not have a paper copy with me,
it's at her house 80 miles away.

Could someone email it to me directly or fix the download please?

Susan Fairclough
07700 900 418"""),
("en", "b168-en-app-crashes-my-documents", "Vikram Iyer <vikram.iyer@example.com>", "App closing", "technical", "",
"""Hi team, after yesterday's update your app closes itself as soon as I
tap on "My documents". Other tabs are working. iPhone 13, iOS 17.5.
Reinstalled already. Please advise.
Vikram"""),
("en", "b168-en-2fa-old-number", "Chloe Whitaker <chloe.whitaker@example.com.au>", "Login code going to old phone", "technical", "",
"""Hi,

I can't get into my account because the login code gets texted to my
old mobile number, which I don't have any more. There's no option on the
screen to send it by email instead. How do I get in?

Thanks,
Chloe"""),
("en", "b168-en-certified-translation-file-damaged", "Marta Sousa <marta.sousa@example.co.uk>", "Translation TR-80235", "technical", "",
"""Good afternoon,

You emailed me the certified translation of my Portuguese birth
certificate this morning, but the attachment won't open. Adobe says
the file is damaged and could not be repaired, and on my phone it just
shows a grey page. Could you send it again?

Kind regards,
Marta Sousa"""),
("en", "b168-en-capitals-form-times-out", "Lee Fenwick <lee.fenwick@example.co.uk>", "YOUR FORM", "technical", "",
"""I HAVE NOW FILLED IN YOUR NAME CHANGE FORM FOUR TIMES. EVERY TIME I GET
TO THE LAST PAGE AND PRESS SUBMIT IT SAYS "SESSION EXPIRED" AND I LOSE
EVERYTHING. IT TAKES 25 MINUTES TO FILL IN. SORT IT OUT."""),
("en", "b168-en-case-tracker-blank-safari", "Anjali Nair <anjali.nair@example.com>", "Tracker page", "technical", "",
"""Hello, the "Track my case" page is completely white on my iPad
(Safari). On my work PC it shows fine. I have cleared the history. Is
this a known issue? Thank you, Anjali"""),
("en", "b168-en-waiting-room-heater-smoke", "Graham Tulloch <graham.tulloch@example.co.uk>", "Heater in your waiting room", "technical", "high",
"""Dear Sir or Madam,

I attended your notary office on Union Street yesterday morning. The
small fan heater next to the chairs in the waiting area was giving off
a thin stream of smoke from the back and there was a distinct smell of
burning plastic. I told the receptionist, who said it "always does that
when it warms up" and left it running.

I am not writing to complain about my appointment, which went well. I
simply think the heater should be taken out of use before it starts a
fire.

Yours faithfully,
Graham Tulloch"""),
("en", "b168-en-saturday-appointments", "Joe Cassidy <joe.cassidy@example.ie>", "Saturdays?", "general", "",
"""Hi, do you do any notary appointments on a Saturday morning in the
Cork office? I work Monday to Friday in Limerick and can't get down
during the week. Thanks, Joe"""),
("en", "b168-en-thanks-priya-spouse-visa", "Daniel Okoro <daniel.okoro@example.co.uk>", "Thank you!!", "general", "",
"""Hi,

I just wanted to say a massive thank you to Priya who handled my wife's
spouse visa. It was approved this morning! Priya answered every one of
my (many) worried emails, even on a Sunday once, and spotted the issue
with our bank statements before we submitted. We honestly couldn't have
done it without her.

Please pass this on to her manager.

Daniel and Grace"""),
("en", "b168-en-rude-receptionist-manager", "Paula Denton <paula.denton@example.co.uk>", "Complaint - treatment at reception", "general", "high",
"""Dear Sir/Madam,

I came into your Birmingham office on Monday to collect my husband's
translated documents. I was twenty minutes late because of the trains.
The receptionist, a young man with glasses, told me loudly in front of
a full waiting room that "people like you" always turn up late and then
expect to be served. When I asked what he meant he rolled his eyes and
walked off.

I have never been spoken to like that. I would like the branch manager
or whoever is above them to contact me personally. I do not want a
template reply.

Paula Denton"""),
("en", "b168-en-birth-cert-not-returned", "Owen Pritchard <owen.pritchard@example.co.uk>", "Original birth certificate", "general", "",
"""Hello,

I sent you my original birth certificate (plus a photocopy) for the
apostille service. The envelope came back today with the apostilled
copy but no original. Is it possible it's still in your office? It's
the long-form one from Swansea, in the name Owen Rhys Pritchard.

Thanks,
Owen"""),
("en", "b168-en-change-address-return-post", "Helen Yates <helen.yates@example.co.uk>", "New address", "general", "",
"""Hi,

We've moved since I placed my order. Please send the finished deed poll
documents to:

Flat 3, 41 Harcourt Road
Sheffield S10 1DH

instead of the old address. Phone and email stay the same.

Helen Yates (order DP-21990)"""),
("en", "b168-en-subject-access-request", "Michael Brady <michael.brady@example.ie>", "Data access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the GDPR I request a copy of all personal data you
hold about me, including notes of phone calls and any information
shared with third parties, in electronic form. I was a client of your
immigration advice service in 2021 and 2022.

Name: Michael Brady
Date of birth: 17/09/1986

Regards,
Michael Brady"""),
("en", "b168-en-question-apostille-uae", "Sana Mirza <sana.mirza@example.co.uk>", "Question", "general", "",
"""Hi, I'm moving to Dubai for work and my employer wants my degree
certificate "legalised". Is an apostille enough for the UAE or do I need
something extra? I read they're not in the Hague Convention. Thanks,
Sana"""),
("en", "b168-en-broken-step-entrance", "Colin Mercer <colin.mercer@example.co.uk>", "Your front step", "general", "high",
"""Hello,

Just to let you know that the second stone step up to your front door
on Castle Street has a big chunk broken off the edge and it rocks when
you stand on it. I brought my father (86) in on Tuesday for his LPA
signing and he very nearly went over backwards. Luckily I had his arm.

Someone is going to get badly hurt there, particularly in the wet. Could
it be cordoned off or fixed before then?

Colin Mercer"""),
("en", "b168-en-sponsorship-refugee-fun-run", "Aisha Bello <aisha@welcome-neighbours.example>", "Sponsorship for our fun run", "general", "",
"""Hi there,

I volunteer with Welcome Neighbours, a small charity in Bristol that
helps refugee families settle in. We're holding a 5k family fun run in
June and we're looking for local businesses to sponsor a water station
or the kids' medals. Given the work you do we thought you might be
interested. Happy to send a sponsorship pack.

Best wishes,
Aisha Bello"""),
("en", "b168-en-leave-with-neighbour", "Stuart Kemp <stuart.kemp@example.co.uk>", "Delivery of my documents", "general", "",
"""Hi, I'm away for work next week when the courier is due with my
notarised documents. If nobody answers could they leave them with my
neighbour at number 16 (Mrs Ahmed)? Please don't leave them in the porch.
Stuart"""),
("en", "b168-en-urgent-child-name-change", "Kerry Lyons <kerry.lyons@example.co.uk>", "URGENT!!!", "general", "",
"""Hi, URGENT question please!!! This deed poll business is killing me.

Do I need my ex's signature to change our daughter's surname, or is mine
enough as I have residence? She's 9. He hasn't been in touch in years.

Thanks so much
Kerry"""),
("en", "b168-en-adviser-conduct-regulator", "Farid Rahimi <farid.rahimi@example.co.uk>", "Formal complaint about my adviser", "general", "high",
"""Dear Sir/Madam,

I am making a formal complaint about the adviser assigned to my
brother's asylum appeal, Mr J. Holt.

At our meeting on 6 May he spent most of the hour on his phone, told my
brother his story "doesn't add up" in a mocking way, and refused to
let me (his interpreter) finish translating his answers. My brother
left the meeting in tears.

This is not acceptable from a regulated adviser. Unless I receive a
proper response within 14 days I will report Mr Holt to the OISC.

Farid Rahimi"""),
("en", "b168-en-order-48213-how-long", "Lakshmi Reddy <lakshmi.reddy@example.com>", "Order 48213", "general", "",
"""Hi,

I placed order 48213 for sworn translation of my marriage certificate
on Friday. I don't want to cancel or anything, I just need to know
roughly when it will be ready as my appointment at the embassy is on
the 28th.

Thanks
Lakshmi"""),
# ---------------- Greek ----------------
("el", "b168-el-diplh-xreosi-metafrasi-ptyxiou", "Κατερίνα Λιάπη <k.liapi@example.gr>", "Παραγγελία ΜΕΤ-40218", "billing", "",
"""Καλησπέρα σας,

Την Τρίτη παρήγγειλα επίσημη μετάφραση του πτυχίου μου στα αγγλικά
(ΜΕΤ-40218), κόστος 84,00€. Στην κίνηση της κάρτας μου βλέπω δύο χρεώσεις
των 84,00€ την ίδια μέρα. Μπορείτε να ελέγξετε και να μου επιστρέψετε τη
μία;

Ευχαριστώ,
Κατερίνα Λιάπη"""),
("el", "b168-el-gl-akyrosi-apostille-lefta", "Stavros M. <stavros.m85@example.gr>", "apostille", "billing", "",
"""Kalhspera, eixa plhrwsei 45e gia sfragida Xaghs sto pistopoihtiko
gennhshs alla telika h sxolh sthn Italia to dexetai kai xwris. To
akyrwsa thn idia mera prin to steilete. Pote 8a mou epistrafoun ta
lefta? Stavros"""),
("el", "b168-el-synainetiko-doseis", "Ρενα Δρακοπουλου <rena.drakopoulou@example.gr>", "Αμοιβη", "billing", "",
"""Καλημερα,

Ενδιαφερομαι για το πακετο συναινετικου διαζυγιου που εχετε στη σελιδα
σας (750 ευρω μαζι με τον συμβολαιογραφο). Ο πρωην συζυγος θα πληρωσει
τα μισα. Το δικο μου μερος μπορω να το πληρωσω σε δοσεις με πιστωτικη;
Αν ναι, σε ποσες;

Ρενα"""),
("el", "b168-el-timologio-afm-etaireias", "Λογιστήριο <logistirio@ktima-sarris.example>", "Τιμολόγιο αντί απόδειξης", "billing", "",
"""Καλημέρα σας,

Για τις μεταφράσεις των εγγράφων των δύο εργατών γης από την Αίγυπτο
(παραγγελίες 7731 και 7732) μας εκδώσατε αποδείξεις λιανικής στο όνομα
του κ. Σαρρή. Χρειαζόμαστε τιμολόγιο στην επωνυμία της εταιρείας:

ΚΤΗΜΑ ΣΑΡΡΗ Ο.Ε.
ΑΦΜ 099888777, ΔΟΥ Τρίπολης

Παρακαλούμε ακυρώστε τις αποδείξεις και εκδώστε τιμολόγιο.

Με εκτίμηση,
Βάσω Κοντού
Λογιστήριο"""),
("el", "b168-el-golden-visa-prokatavoli-synigoros", "Αλέξανδρος Βελής <a.velis@example.gr>", "Προκαταβολή 2.500€ - φάκελος άδειας διαμονής", "billing", "high",
"""Κύριοι,

Τον Ιανουάριο υπέγραψα μαζί σας σύμβαση για τον φάκελο άδειας
διαμονής επενδυτή της συζύγου μου και κατέβαλα προκαταβολή 2.500,00€.
Τέσσερις μήνες μετά δεν έχει κατατεθεί τίποτα, ο υπεύθυνος του φακέλου
έχει αποχωρήσει από την εταιρεία σας και κανείς δεν ξέρει να μου πει σε
τι στάδιο είμαστε.

Καταγγέλλω τη σύμβαση και ζητώ την επιστροφή ολόκληρης της
προκαταβολής εντός δέκα ημερών. Σε αντίθετη περίπτωση θα απευθυνθώ στον
Συνήγορο του Καταναλωτή και θα κινηθώ νομικά μέσω του δικηγόρου μου.

Αλέξανδρος Βελής"""),
("el", "b168-el-gl-metafrasi-pote-trapeza", "Eirini P. <eirini.pap@example.gr>", "paraggelia 40077", "billing", "high",
"""Kalhmera. Plhrwsa 120 eurw stis 3 tou mhna gia metafrash 3 eggrafwn
(paraggelia 40077) me paradosh se 5 ergasimes. Exoun perasei 4
evdomades, den exw parei tipota kai kaneis den apanta sto thl. Den ta
8elw pleon, ta ekana allou. An den dw ta 120 pisw sthn karta ws thn
Paraskeuh 8a kanw amfisvhthsh xrewshs sthn trapeza.
Eirini Papadopoulou"""),
("el", "b168-el-fylaxi-eggrafon-pateras-efyge", "Γιώργος Μανωλάκης <g.manolakis@example.gr>", "Συνδρομή του πατέρα μου", "billing", "",
"""Καλησπέρα σας,

Ο πατέρας μου, Εμμανουήλ Μανωλάκης, είχε στην εταιρεία σας ετήσια
συνδρομή 36€ για τη φύλαξη των πληρεξουσίων και της διαθήκης του. Έφυγε
από κοντά μας τον Φεβρουάριο. Τα έγγραφα τα παρέλαβα ήδη από τον
συμβολαιογράφο, οπότε παρακαλώ να σταματήσει η συνδρομή και να μη
χρεωθεί ξανά ο λογαριασμός του τον Ιούνιο.

Αν χρειάζεστε ληξιαρχική πράξη θανάτου, πείτε μου.

Γιώργος Μανωλάκης"""),
("el", "b168-el-re-prosfora-ekptosi", "Νεφέλη Αργυρίου <nefeli.argyriou@example.gr>", "Re: Προσφορά μετάφρασης ΠΡ-2291", "billing", "",
"""Καλημέρα κα Σταθοπούλου,

Ευχαριστώ για την προσφορά. Επειδή πρόκειται για 12 έγγραφα (όλα
πιστοποιητικά, μία σελίδα το καθένα) και θα σας φέρω και της αδελφής
μου τον επόμενο μήνα, υπάρχει περίπτωση για κάποια έκπτωση στην τιμή
ανά σελίδα;

Νεφέλη

-----Αρχικό μήνυμα-----
Από: Μαρία Σταθοπούλου <grafeio@example-metafraseis.gr>
Θέμα: Προσφορά μετάφρασης ΠΡ-2291

Αγαπητή κα Αργυρίου,
Για την επίσημη μετάφραση 12 εγγράφων από τα ελληνικά στα γερμανικά η
τιμή διαμορφώνεται στα 25€ ανά σελίδα, σύνολο 300€ πλέον ΦΠΑ. Χρόνος
παράδοσης 7 εργάσιμες.
Με εκτίμηση,
Μαρία Σταθοπούλου"""),
("el", "b168-el-gl-kouponi-den-perase", "Thanos <thanos.kyr@example.gr>", "kouponi", "billing", "",
"""geia sas, eixa to kouponi NEOS15 gia thn allagh eponymou apo to
newsletter sas. sto kalathi egrapse "to kouponi efarmostike" alla h
xrewsh sthn karta htan 89e olokliro, oxi me thn ekptwsh. mporeite na mou
epistrepsete th diafora?"""),
("el", "b168-el-epeigousa-metafrasi-arga-ypefthynos", "Σοφία Κανελλοπούλου <sofia.kanellopoulou@example.gr>", "Επείγουσα μετάφραση - ζητώ υπεύθυνο", "billing", "high",
"""Κύριοι,

Πλήρωσα 60€ επιπλέον για επείγουσα μετάφραση του απολυτηρίου μου, με
ρητή δέσμευσή σας ότι θα είναι έτοιμη σε 24 ώρες, επειδή είχα προθεσμία
για την αίτηση στο πανεπιστήμιο της Βιέννης. Την πήρα μετά από πέντε
μέρες. Η προθεσμία έχει χαθεί.

Ζητώ την επιστροφή των 60€ της επείγουσας διαδικασίας και θέλω να
μιλήσω με τον υπεύθυνο του γραφείου, όχι με τη γραμματεία. Το τηλέφωνό
μου είναι 6944 000 218.

Σοφία Κανελλοπούλου"""),
("el", "b168-el-metakomisi-monaxo-paketo", "Πέτρος Ζαχαρίου <petros.zachariou@example.gr>", "Γεια σας", "billing", "",
"""Γεια σας,

Από τον Σεπτέμβριο μετακομίζουμε οικογενειακώς στο Μόναχο, όπου
πιάνω δουλειά. Το μηνιαίο πακέτο νομικής υποστήριξης που έχουμε μαζί
σας (19,90€) δεν θα μας χρησιμεύει πια εκεί, οπότε δεν θέλω να
ανανεωθεί μετά τον Αύγουστο.

Ευχαριστώ για όλα αυτά τα χρόνια,
Πέτρος"""),
("el", "b168-el-gl-iris-plirwmi", "Dimitra <dimitra.lazarou@example.gr>", "plhrwmh", "billing", "",
"""Kalhmera! Mporw na plhrwsw thn epikyrwsh ths ypografhs me IRIS apo to
kinhto h mono me karta kai ka8etro? Den exw pistwtikh. Eyxaristw,
Dhmhtra"""),
("el", "b168-el-apodeixi-eforia-ilikiomeni", "Ευανθία Ρήγα <evanthia.riga@example.gr>", "Απόδειξη για την εφορία", "billing", "",
"""Αξιότιμοι κύριοι,

Τον Νοέμβριο ήρθα στο γραφείο σας με τον ανιψιό μου για το γενικό
πληρεξούσιο και πλήρωσα μετρητά 150 ευρώ. Δεν θυμάμαι να μου δώσατε
απόδειξη και ο λογιστής μου τη ζητάει για τη φορολογική δήλωση. Θα σας
παρακαλούσα να μου τη στείλετε ταχυδρομικώς, γιατί email δεν ανοίγω
συχνά. Αυτό το γράφει ο ανιψιός μου για μένα.

Με τιμή,
Ευανθία Ρήγα
Οδός Καραϊσκάκη 14, Λάρισα"""),
("el", "b168-el-stratos-pagosi-syndromis", "Μάριος Τσιρίγος <marios.tsirigos@example.gr>", "Συνδρομή - φαντάρος", "billing", "",
"""Καλησπέρα. Παρουσιάζομαι στον στρατό τον Μάιο για 12 μήνες. Μπορείτε
να παγώσετε τη μηνιαία συνδρομή του λογαριασμού μου (9,90€) μέχρι να
απολυθώ και μετά να συνεχίσει κανονικά; Δεν θέλω να τον κλείσω γιατί
έχω εκεί όλα τα έγγραφα της υπηκοότητας.
Μάριος"""),
("el", "b168-el-gl-kwdikos-lathos", "Kostas Vl. <kostas.vlachos@example.gr>", "login", "technical", "",
"""geia, prospa8w na mpw sto logariasmo mou gia na katevasw thn
metafrash kai mou leei "lathos kwdikos". ton allaksa 2 fores me to
"ksexasa ton kwdiko", mpainei o kainourgios kai pali to idio. ti na
kanw?"""),
("el", "b168-el-anevasma-arxeion-sfalma", "Χαρης Μπακαλης <charis.bakalis@example.gr>", "Ανεβασμα εγγραφων", "technical", "",
"""Καλησπερα σας,

Προσπαθω να ανεβασω τα σκαναρισμενα διαβατηρια για την ανανεωση της
αδειας διαμονης της γυναικας μου στην πλατφορμα σας. Η μπαρα φτανει στο
100% και μετα βγαζει "Σφαλμα 413" και δεν εμφανιζεται τιποτα στη λιστα.
Τα αρχεια ειναι 3-4 MB το καθενα. Δοκιμασα Chrome και Firefox.

Χαρης Μπακαλης"""),
("el", "b168-el-den-afora-pliromi-efarmogi", "Ιουλία Σωτηρίου <ioulia.sotiriou@example.gr>", "Εφαρμογή", "technical", "",
"""Καλημέρα,

Δεν σας γράφω για την πληρωμή, αυτή έχει γίνει κανονικά και έχω την
απόδειξη. Το θέμα είναι ότι η εφαρμογή σας στο iPhone κλείνει μόνη της
κάθε φορά που πατάω «Τα έγγραφά μου». Τα υπόλοιπα μενού ανοίγουν. Την
απεγκατέστησα και την ξαναέβαλα, τίποτα.

Ιουλία"""),
("el", "b168-el-dikigoriko-grafeio-fakeloi", "Γραμματεία <grammateia@kostopoulos-law.example>", "Πλατφόρμα μεταφράσεων", "technical", "high",
"""Καλημέρα,

Από τις 8:30 σήμερα κανένας από τους έξι συνεργάτες του γραφείου δεν
μπορεί να ανοίξει τους φακέλους μας στην πλατφόρμα σας. Βγαίνει λευκή
σελίδα με «Service unavailable».

Έχουμε στις 12:00 δικάσιμο στο Πρωτοδικείο Πειραιά και οι επίσημες
μεταφράσεις των αλλοδαπών εγγράφων που πρέπει να προσκομίσουμε είναι
εκεί μέσα. Επίσης δύο πελάτες μας περιμένουν στο γραφείο να
υπογράψουν και δεν μπορούμε να τους δείξουμε τίποτα.

Παρακαλώ καλέστε μας στο 210 400 1122 αμέσως.

Ελένη Ρούσσου
Γραμματεία, Κωστόπουλος & Συνεργάτες"""),
("el", "b168-el-gl-vinteoklisi-kovetai", "Nikos Ch. <nikos.chatzis@example.gr>", "binteoklhsh", "technical", "",
"""Kalhspera, kleisame rantevou gia thn hlektronikh epikyrwsh me ton
symvolaiografo mesw vinteoklhshs. Eprepe na ginei shmera stis 6 alla
h eikona pagwnei meta apo 1 lepto kai meta kovetai. To dokimasame
3 fores, apo laptop kai apo kinhto. To internet mas douleuei kanonika.
Ti mporoume na kanoume?"""),
("el", "b168-el-thermastra-myrodia-gkazi", "Παναγιώτης Ζερβός <p.zervos@example.gr>", "Θερμάστρα υγραερίου στο γραφείο σας", "technical", "high",
"""Καλησπέρα σας,

Ήμουν σήμερα το πρωί στο γραφείο σας στη Θεσσαλονίκη για υπογραφές.
Στον χώρο αναμονής η θερμάστρα υγραερίου (αυτή με τη φιάλη, δίπλα στη
βιβλιοθήκη) μύριζε έντονα γκάζι όλη την ώρα που περίμενα, περίπου
σαράντα λεπτά. Η φλόγα έσβηνε και ξανάναβε.

Δεν έπαθε κανείς τίποτα, απλώς πιστεύω ότι πρέπει να την κλείσετε και
να την ελέγξει τεχνικός πριν την ξαναχρησιμοποιήσετε.

Με εκτίμηση,
Παναγιώτης Ζερβός"""),
("el", "b168-el-otp-den-erxetai", "Άννα Κυριακίδου <anna.kyriakidou@example.gr>", "Ηλεκτρονική υπογραφή", "technical", "",
"""Καλησπέρα,

Όταν πάω να υπογράψω ηλεκτρονικά το ιδιωτικό συμφωνητικό για το
συναινετικό, μου λέει ότι στέλνει κωδικό με SMS στο κινητό μου, αλλά
SMS δεν έρχεται ποτέ. Το νούμερο που φαίνεται είναι σωστό. Άλλα SMS
(τράπεζα κλπ.) τα παίρνω κανονικά.

Άννα Κυριακίδου"""),
("el", "b168-el-gl-qr-epalithefsi", "Lefteris <lefteris.g@example.gr>", "QR code", "technical", "",
"""Geia sas. To panepisthmio sto Amsterdam mou leei oti h metafrash pou
mou steilate den epalh8eyetai: otan skanaroun to QR code sto katw meros
vgainei selida "document not found". To dokimasa ki egw apo to kinhto
kai vgazei to idio. Mporeite na to koita3ete? Den exei sxesh me to
periexomeno, h metafrash einai swsth.
Lefteris Georgiou"""),
("el", "b168-el-mitera-nosokomeio-plirexousio", "Δέσποινα Μαυρίδη <despoina.mavridi@example.gr>", "ΑΜΕΣΑ - δεν κατεβαίνει το πληρεξούσιο της μητέρας μου", "technical", "high",
"""Καλημέρα,

Η μητέρα μου νοσηλεύεται στο Παπανικολάου μετά από εγκεφαλικό και δεν
μπορεί να υπογράψει. Το νοσοκομείο χρειάζεται ΣΗΜΕΡΑ το πληρεξούσιο που
συντάξαμε μέσω σας τον Μάρτιο για να δεχτεί τη δική μου υπογραφή στη
συγκατάθεση για την επέμβαση, που είναι προγραμματισμένη για αύριο
το πρωί.

Στον λογαριασμό μου φαίνεται το έγγραφο, αλλά όταν πατάω «Λήψη»
βγαίνει «Σφάλμα διακομιστή» και δεν κατεβαίνει τίποτα. Το έντυπο
αντίγραφο είναι στο σπίτι της στη Δράμα.

Σας παρακαλώ στείλτε το μου με email ή διορθώστε τη λήψη.
Δέσποινα Μαυρίδη, 6977 000 451"""),
("el", "b168-el-email-epivevaiosis-ypefthynos", "Θεόδωρος Λαμπρόπουλος <theodoros.lampropoulos@example.gr>", "Τρίτη εβδομάδα χωρίς πρόσβαση", "technical", "high",
"""Κύριοι,

Έκανα εγγραφή στην πλατφόρμα σας πριν από τρεις εβδομάδες για να
ανεβάσω τα έγγραφα της αλλαγής επωνύμου και το email επιβεβαίωσης δεν
ήρθε ποτέ, άρα δεν μπορώ να μπω. Έχω πάρει πέντε φορές τηλέφωνο. Κάθε
φορά μου λένε «θα το δει το τεχνικό τμήμα» και μετά τίποτα.

Δεν θέλω άλλο αυτοματοποιημένο μήνυμα. Ζητώ να επικοινωνήσει μαζί μου
κάποιος προϊστάμενος που μπορεί πραγματικά να λύσει το θέμα.

Θ. Λαμπρόπουλος"""),
("el", "b168-el-kefalaia-site", "Σπύρος Αθανασίου <spyros.athanasiou@example.gr>", "ΤΟ SITE ΣΑΣ", "technical", "",
"""ΔΕΝ ΓΙΝΕΤΑΙ ΝΑ ΚΛΕΙΣΩ ΡΑΝΤΕΒΟΥ!!! ΔΙΑΛΕΓΩ ΗΜΕΡΑ ΚΑΙ ΩΡΑ, ΠΑΤΑΩ
ΣΥΝΕΧΕΙΑ ΚΑΙ ΓΥΡΝΑΕΙ ΞΑΝΑ ΣΤΗΝ ΑΡΧΙΚΗ. ΜΙΣΗ ΩΡΑ ΤΟ ΠΑΛΕΥΩ. ΦΤΙΑΞΤΕ ΤΟ."""),
("el", "b168-el-gl-android-lefki-othoni", "Maria K. <maria.kalog@example.gr>", "efarmogh", "technical", "",
"""H efarmogh sas sto android (Xiaomi) anoigei kai menei se leykh o8onh,
den fortwnei pote. Prin 2 meres douleye. Ekana kai epanekkinhsh. Mhpws
8elei enhmerwsh?"""),
("el", "b168-el-arxeio-metafrasis-den-anoigei", "Βασιλης Οικονομου <vasilis.oikonomou@example.gr>", "Αρχειο μεταφρασης", "technical", "",
"""Καλημερα,
το αρχειο με τη μεταφραση της ληξιαρχικης πραξης γεννησης που μου
στειλατε χθες δεν ανοιγει. Λεει οτι ειναι κατεστραμμενο. Μπορειτε να το
ξαναστειλετε;
Βασιλης Οικονομου"""),
("el", "b168-el-ores-savvato-patra", "Γεωργία Παππά <georgia.pappa@example.gr>", "Ωράριο", "general", "",
"""Καλησπέρα, το γραφείο σας στην Πάτρα είναι ανοιχτό Σάββατο πρωί; Θέλω
να φέρω έγγραφα για μετάφραση αλλά δουλεύω όλη την εβδομάδα ως τις 5.
Ευχαριστώ, Γεωργία"""),
("el", "b168-el-gl-eyxaristw-kyria-eleni", "Ahmed & Sofia <ahmed.sofia@example.gr>", "eyxaristoume", "general", "",
"""Kalhmera sas!
8eloume na poume ena megalo eyxaristw sthn k. Elenh pou anelave ton
fakelo gia thn adeia diamonhs tou Ahmed. Bgike shmera, meta apo sxedon
ena xrono! H k. Elenh htan panta eygenikh kai ypomonetikh, mas e3hgouse
ta panta ksana kai ksana, akoma kai otan dn katalavainame ta ellhnika
twn eggrafwn. Na thn exete kala.
Ahmed kai Sofia"""),
("el", "b168-el-agenis-ypallilos-diefthyntis", "Ευάγγελος Σταμάτης <e.stamatis@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Κύριοι,

Την Πέμπτη επισκέφθηκα το κατάστημά σας στην Ακαδημίας για να παραλάβω
τις μεταφράσεις της κόρης μου. Η υπάλληλος στο γκισέ μιλούσε στο κινητό
της για πέντε λεπτά μπροστά μου χωρίς να με κοιτάξει και, όταν της
ζήτησα ευγενικά να με εξυπηρετήσει, μου είπε «αν βιάζεστε, πηγαίνετε
αλλού». Στη συνέχεια μου πέταξε τον φάκελο πάνω στον πάγκο.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του καταστήματος. Δεν
δέχομαι απάντηση από την ίδια την υπάλληλο.

Ευάγγελος Σταμάτης"""),
("el", "b168-el-xexasa-fakelo-diavatiria", "Χρυσούλα Δήμου <chrysoula.dimou@example.gr>", "Ξεχασμένος φάκελος", "general", "",
"""Καλησπέρα σας,

Σήμερα το μεσημέρι ήμουν στο γραφείο σας για τη βεβαίωση του γνησίου
της υπογραφής και νομίζω ότι ξέχασα πάνω στην καρέκλα της αναμονής έναν
μπλε πλαστικό φάκελο με τα διαβατήρια των παιδιών μου. Μήπως τον
βρήκατε; Μπορώ να περάσω αύριο να τον πάρω.

Χρυσούλα Δήμου"""),
("el", "b168-el-gl-allagi-dieythynsis", "Giannis Petrakis <giannis.petrakis@example.gr>", "nea dieuthinsi", "general", "",
"""Geia sas, metakomisa. H nea dieu8ynsh gia na mou steilete ta eggrafa
ths allaghs eponymou einai:
Giannis Petrakis
Kolokotrwnh 27, 71202 Hrakleio
To kinhto menei to idio. Eyxaristw"""),
("el", "b168-el-diagrafi-dedomenon", "Ραλλού Καρρά <rallou.karra@example.gr>", "Διαγραφή προσωπικών δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (άρθρο 17), ζητώ
τη διαγραφή όλων των προσωπικών μου δεδομένων από τα αρχεία σας,
συμπεριλαμβανομένων των αντιγράφων εγγράφων που σας είχα αποστείλει το
2022 για μετάφραση. Παρακαλώ επιβεβαιώστε μου εγγράφως τη διαγραφή.

Ραλλού Καρρά"""),
("el", "b168-el-erotisi-kanadas-apostille", "Άρης Παπαγεωργίου <aris.papageorgiou@example.gr>", "Ερώτηση", "general", "",
"""Γεια σας, ο γιος μου πάει για μεταπτυχιακό στο Τορόντο. Τα πτυχία του
χρειάζονται σφραγίδα της Χάγης για τον Καναδά ή κάποια άλλη επικύρωση
από το προξενείο; Διάβασα διαφορετικά πράγματα στο ίντερνετ.
Άρης"""),
("el", "b168-el-spasmeno-marmaro-skala", "Ολυμπία Χριστάκη <olympia.christaki@example.gr>", "Σκάλα εισόδου", "general", "high",
"""Καλημέρα σας,

Θα ήθελα να σας ενημερώσω ότι στη σκάλα που ανεβαίνει στο γραφείο σας
στον πρώτο όροφο (οδός Ερμού) το τρίτο μάρμαρο από κάτω έχει σπάσει στην
άκρη και κουνιέται. Χθες γλίστρησε μια ηλικιωμένη κυρία μπροστά μου και
ευτυχώς πιάστηκε από την κουπαστή. Τα περισσότερα άτομα που έρχονται
για πληρεξούσια είναι μεγάλοι άνθρωποι.

Καλό θα ήταν να μπει τουλάχιστον μια σήμανση μέχρι να φτιαχτεί.

Ολυμπία Χριστάκη"""),
("el", "b168-el-gl-xorigia-omada-mpasket", "Vaggelis T. <vaggelis.t@example.gr>", "xorhgia", "general", "",
"""Kalhspera, eimai proponhths sthn paidikh omada mpasket tou Olympiakou
Peristeriou (ta paidia einai 10-12 xronwn, arketa apo oikogeneies
metanastwn). Psaxnoume xorhgo gia tis fanelles ths neas sezon. 8a sas
endieferne? Mporw na sas steilw perissotera.
Vaggelis Tsakalos"""),
("el", "b168-el-courier-thyroros", "Ιωάννης Γεωργακόπουλος <i.georgakopoulos@example.gr>", "Παράδοση εγγράφων", "general", "",
"""Καλημέρα,
όταν στείλετε με courier τα επικυρωμένα έγγραφα (παραγγελία 40311),
παρακαλώ να τα αφήσουν στον θυρωρό της πολυκατοικίας, κ. Στέλιο, αν δεν
απαντάμε στο κουδούνι. Είμαστε και οι δύο στη δουλειά ως τις 6.
Ευχαριστώ"""),
("el", "b168-el-gl-epeigon-eponymo-gamos", "Xrysa <xrysa.nt@example.gr>", "EPEIGON!!!", "general", "",
"""Geia sas!! EPEIGON erwthsh, pa8ainw krisi panikou me ola ayta ta
xartia xaxa. Pantreyomai ton Iounio, an 8elw na parw kai to epwnymo
tou antra mou dipla sto diko mou, to kanw me thn idia aithsh h xreiazetai
kati allo meta to gamo? Eyxaristw polyyy"""),
("el", "b168-el-symvoulos-dikigorikos-syllogos", "Σταύρος Ηλιόπουλος <stavros.iliopoulos@example.gr>", "Καταγγελία για τον σύμβουλό σας", "general", "high",
"""Κύριοι,

Ο δικηγόρος του γραφείου σας που χειρίζεται την αίτηση ιθαγένειας της
συζύγου μου, κ. Φ., στη συνάντηση της 10ης Απριλίου της μίλησε με
υποτιμητικό τρόπο για την καταγωγή της, την αποκάλεσε «αυτή» μπροστά
της και αρνήθηκε να της εξηγήσει οτιδήποτε λέγοντας «δεν θα το
καταλάβεις». Η γυναίκα μου μένει στην Ελλάδα 14 χρόνια και μιλάει άριστα
ελληνικά.

Αν δεν λάβω γραπτή εξήγηση και αλλαγή χειριστή εντός 15 ημερών, θα
υποβάλω αναφορά στον Δικηγορικό Σύλλογο Αθηνών.

Σταύρος Ηλιόπουλος"""),
("el", "b168-el-gl-aitisi-status", "Fotini M. <fotini.m@example.gr>", "Aithsh 30571", "general", "",
"""Kalhmera, kanena neo gia thn aithsh 30571 (metafrash kai epikyrwsh
diplwmatos odhghshs)? Den 8elw na thn akyrwsw, aplws prepei na kserw an
8a einai etoimh prin tis 20 giati fevgw gia Germania.
Fwtinh"""),
# ---------------- Spanish ----------------
("es", "b168-es-cobro-doble-traduccion-jurada", "Amparo Ferrer <amparo.ferrer@example.es>", "Traducción jurada TJ-6120", "billing", "",
"""Buenas tardes:

El lunes encargué la traducción jurada al inglés de mi título de
Enfermería (pedido TJ-6120, 72,60 € con IVA). En el extracto de la
tarjeta me aparecen dos cargos de 72,60 € con el mismo concepto y la
misma hora. Les agradecería que revisaran y me devolvieran el cargo
duplicado.

Un saludo,
Amparo Ferrer
Valencia"""),
("es", "b168-es-mx-apostilla-profeco", "Guadalupe Ramírez <lupita.ramirez@example.com.mx>", "Apostilla que nunca se hizo", "billing", "high",
"""Buenas tardes,

El 8 de marzo les pagué $1,850 MXN por el trámite de apostilla de mi acta
de nacimiento, porque la necesito para mi visa de estudiante en España.
Me dijeron que en 10 días hábiles estaba lista. Ya pasaron siete
semanas, no tengo el acta ni la apostilla y en WhatsApp solo me dejan
en visto.

Quiero la devolución completa de mi dinero y mi acta original de
regreso. Si no tengo respuesta esta semana voy a poner una queja
formal ante la PROFECO con todos los comprobantes.

Guadalupe Ramírez Solís
Guadalajara, Jal."""),
("es", "b168-es-ar-cuotas-divorcio", "Florencia Ibarra <flor.ibarra@example.com.ar>", "consulta por cuotas", "billing", "",
"""Hola! Vi en la web el servicio de divorcio de común acuerdo a $480.000.
¿Se puede pagar en cuotas sin interés con la Visa del Galicia? ¿Y en
cuántas? Somos los dos de acuerdo en todo, así que en teoría sería
rápido. Gracias!
Flor"""),
("es", "b168-es-factura-cif-empresa", "Administración <admin@transportes-garrido.example>", "Factura a nombre de la empresa", "billing", "",
"""Buenos días:

Les escribo por el pedido TJ-6388 (traducción jurada de los permisos de
conducir de tres conductores). La factura ha salido a nombre de Raúl
Garrido como particular. Necesitamos que se emita a nombre de la
empresa:

Transportes Garrido e Hijos, S.L.
CIF B00000000
Polígono Industrial El Prado, nave 7, 06800 Mérida (Badajoz)

Muchas gracias,
Pilar Nieto
Administración"""),
("es", "b168-es-nie-cita-contracargo", "Andrés Quintero <andres.quintero@example.es>", "Servicio de cita para la TIE", "billing", "high",
"""Hola,

El 15 de abril pagué 150 € a su gestoría por el "servicio de obtención
de cita" para la toma de huellas de la TIE de mi mujer. Me garantizaron
cita en un máximo de tres semanas o devolución íntegra. Han pasado seis
semanas, no hay cita y cuando llamo me dicen que "el sistema de
extranjería está colapsado".

Me acojo a su propia garantía y pido la devolución de los 150 €. Si no
la recibo en 7 días, abriré una disputa del cargo con mi banco y
presentaré reclamación en la OMIC de mi ayuntamiento.

Andrés Quintero"""),
("es", "b168-es-co-plan-mama-fallecio", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Plan de mi mamá", "billing", "",
"""Buenas tardes, con mucha pena les cuento que mi mamá, Luz Marina
Restrepo, falleció el mes pasado. Ella tenía con ustedes el plan mensual
de acompañamiento migratorio de $89.000 porque iba a visitar a mi
hermana en Madrid. Por favor cancelen ese plan para que no le sigan
debitando de la tarjeta. Quedo atento si necesitan algún documento.

Camilo Restrepo
Medellín"""),
("es", "b168-es-re-presupuesto-descuento", "Nuria Casals <nuria.casals@example.es>", "RE: Presupuesto 2291 - traducción de expediente académico", "billing", "",
"""Hola Marta,

Gracias por el presupuesto. Son 14 páginas y además en septiembre os
traeré el expediente de mi hermano, que también va a Alemania. ¿Habría
alguna posibilidad de descuento por volumen? Con 30 € la página se me va
un poco de presupuesto.

Nuria

-----Mensaje original-----
De: Marta Soler <presupuestos@example-traducciones.es>
Asunto: Presupuesto 2291 - traducción de expediente académico

Estimada Nuria:
Le adjuntamos presupuesto para la traducción jurada al alemán de su
expediente académico (14 páginas): 30 € por página, 420 € + IVA. Plazo
de entrega: 6 días laborables.
Atentamente,
Marta Soler"""),
("es", "b168-es-cupon-no-aplicado", "Diego Villacis <diego.villacis@example.com.ec>", "cupon de descuento", "billing", "",
"""hola, use el cupon BIENVENIDA10 para la traduccion certificada de mi
partida de matrimonio y en pantalla salia el descuento, pero en la
tarjeta me cobraron los 65 dolares completos. me pueden devolver la
diferencia? gracias
Diego"""),
("es", "b168-es-recargo-urgente-responsable", "Rocío Benítez <rocio.benitez@example.es>", "Recargo de urgencia - quiero hablar con un responsable", "billing", "high",
"""Buenos días:

El día 3 pagué 40 € de recargo por el servicio urgente de apostilla y
traducción de mis antecedentes penales, con entrega garantizada en 48
horas, porque tenía cita en el consulado de Canadá el día 7. Me los
entregaron el día 10. He tenido que pedir una nueva cita para dentro
de dos meses.

Exijo la devolución de los 40 € de urgencia y quiero que me llame un
responsable de la oficina, no la persona de atención al cliente que ya
me ha dicho tres veces que "lo pasa". Mi teléfono es 600 000 319.

Rocío Benítez"""),
("es", "b168-es-ar-congelar-cuota-viaje", "Matías Ledesma <matias.ledesma@example.com>", "Cuota mensual", "billing", "",
"""Buenas! Estoy con la cuota mensual de asesoría de residencia (29 € al
mes). Me vuelvo a Rosario de julio a octubre porque mi viejo está
delicado y no voy a avanzar nada con los papeles hasta que vuelva. ¿Me
pueden congelar la cuota esos meses sin perder el expediente?
Abrazo,
Matías"""),
("es", "b168-es-cl-transferencia", "Javiera Muñoz <javiera.munoz@example.cl>", "Forma de pago", "billing", "",
"""Hola, buenas tardes. Quiero contratar la traducción oficial de mi
título para convalidarlo en España. El presupuesto es de $95.000 CLP.
¿Puedo pagar con transferencia desde una cuenta chilena o solo tarjeta?
Mi tarjeta tiene un cupo bajo para compras internacionales.
Saludos, Javiera"""),
("es", "b168-es-justificante-renta-mayor", "Eusebio Marín <eusebio.marin@example.es>", "Justificante de pago", "billing", "",
"""Muy señores míos:

En el mes de octubre abonaron en mi cuenta de Ibercaja el cargo de 210
euros por la preparación de los poderes notariales para mis dos hijos.
Mi gestor me pide un justificante o factura de ese pago para la
declaración de la renta. Les ruego me lo envíen por correo postal a
C/ Mayor 18, 2º, 50001 Zaragoza, pues no me manejo bien con el
ordenador.

Atentamente,
Eusebio Marín Lafuente"""),
("es", "b168-es-baja-ya-soy-espanol", "Yusuf El Idrissi <yusuf.elidrissi@example.es>", "Ya está!", "billing", "",
"""Hola equipo,

Ayer juré la nacionalidad en el Registro Civil de Badalona, así que ya
no tiene sentido que sigáis con el seguimiento mensual de mi expediente
de 12 € al mes. Por favor dadlo de baja a partir de ya.

Mil gracias por todo, de verdad.
Yusuf"""),
("es", "b168-es-mx-cobro-dolares", "Ricardo Treviño <ricardo.trevino@example.com.mx>", "Cobro en dólares", "billing", "",
"""Buen día,

Contraté la traducción certificada de mi carta de antecedentes no
penales. En su página el precio aparecía en pesos ($1,200 MXN), pero en
mi estado de cuenta el cargo viene en dólares (USD 71.40) y el banco me
cobró además una comisión por compra en el extranjero. ¿Me pueden
reembolsar esa comisión o explicarme por qué se cobró en dólares?

Saludos,
Ricardo Treviño
Monterrey"""),
("es", "b168-es-hola-no-puedo-entrar", "Lorena Gil <lorena.gil@example.es>", "Hola", "technical", "",
"""Hola, no puedo entrar en mi área de cliente. Pongo mi correo y la
contraseña y me sale "usuario bloqueado por seguridad". No he intentado
entrar mal ninguna vez. ¿Cómo lo desbloqueo? Necesito descargar el
poder que firmé la semana pasada.
Lorena"""),
("es", "b168-es-subida-documentos-error", "Hector Salinas <hector.salinas@example.es>", "No se suben los documentos", "technical", "",
"""Buenas,

estoy intentando subir a vuestra plataforma los documentos para el
expediente de arraigo (pasaporte, empadronamiento historico y contrato)
y cada vez que le doy a "Enviar" sale un mensaje en rojo: "Error al
procesar el archivo". Son PDF escaneados con el movil, ninguno pasa de
2 MB. Lo he probado desde el movil y desde el ordenador de un amigo.

Hector Salinas"""),
("es", "b168-es-no-es-cobro-app-cierra", "Beatriz Olmedo <beatriz.olmedo@example.es>", "App", "technical", "",
"""Hola:

Antes de nada, no les escribo por ningún cobro, todo está pagado y
correcto. Es que la aplicación se cierra sola cuando intento abrir la
sección "Mis trámites". El resto funciona. Tengo un Samsung A54 con la
última versión de la app. Ya la he desinstalado y vuelto a instalar.

Gracias,
Beatriz"""),
("es", "b168-es-despacho-abogados-plataforma-caida", "Despacho Ortega Abogados <recepcion@ortega-abogados.example>", "Plataforma sin acceso", "technical", "high",
"""Buenos días:

Desde primera hora ninguno de los abogados del despacho (somos ocho)
puede descargar ninguna traducción de vuestra plataforma: al pulsar en
cualquier documento aparece "Error 503". Tenemos una vista en el
Juzgado de lo Social n.º 4 a las 12:00 en la que hay que aportar las
traducciones juradas de los contratos del cliente, y esta tarde dos
comparecencias en notaría con documentación extranjera que también está
ahí.

Ahora mismo estamos parados. Por favor, llamadnos cuanto antes al
954 000 812.

Inmaculada Ortega"""),
("es", "b168-es-ar-videollamada-escribano", "Sebastián Carrizo <seba.carrizo@example.com.ar>", "Videollamada con el escribano", "technical", "",
"""Hola, cómo va? Tenía turno hoy a las 15 para la firma del poder a
distancia con el escribano. La videollamada arranca, se ve bien unos
segundos y después se congela y me tira "conexión perdida". Probé tres
veces, con Chrome y con la app. Desde Madrid tengo buena conexión, hago
videollamadas todo el tiempo. ¿Hay algo que tenga que configurar?
Gracias, Sebastián"""),
("es", "b168-es-regleta-chispas-oficina", "Consuelo Prieto <consuelo.prieto@example.es>", "Regleta en la sala de espera", "technical", "high",
"""Buenas tardes:

Esta mañana estuve en su oficina de la calle Alcalá para entregar
documentos. En la sala de espera, la regleta que hay en el suelo junto
a las sillas (donde la gente enchufa los móviles) echaba chispas cada
vez que alguien conectaba un cargador y tiene el plástico ennegrecido
por un lado.

No ha pasado nada, pero había niños jugando alrededor. Les sugiero que
la quiten hoy mismo.

Atentamente,
Consuelo Prieto"""),
("es", "b168-es-firma-sms-no-llega", "Iván Cuesta <ivan.cuesta@example.es>", "Firma electrónica", "technical", "",
"""Hola, voy a firmar el convenio regulador del divorcio desde vuestra
web y me dice que me ha enviado un código por SMS, pero no me llega
nada. El número que sale es el mío. Lo he pedido cuatro veces. Los SMS
del banco sí me llegan."""),
("es", "b168-es-mx-calendario-citas-no-carga", "Daniela Ochoa <daniela.ochoa@example.com.mx>", "No puedo agendar", "technical", "",
"""Hola buenas tardes, quiero agendar la cita para la asesoría de visa
pero el calendario de su página se queda cargando y nunca aparecen los
horarios. Ya intenté desde la compu y desde el celular, en datos y en
wifi. ¿Me pueden ayudar?
Daniela"""),
("es", "b168-es-padre-uci-poder-notarial", "Alberto Sanz <alberto.sanz@example.es>", "URGENTE - poder notarial de mi padre", "technical", "high",
"""Buenos días:

Mi padre está ingresado en la UCI del Hospital de Cruces desde el
sábado y no puede firmar nada. Tiene con ustedes un poder preventivo a
mi favor, firmado en febrero. Mañana le dan el alta y la residencia
donde tiene que ingresar no lo admite sin ese poder. Vive solo, no puede
valerse por sí mismo y, si no lo presentamos hoy, no tiene dónde ir.

En mi área de cliente aparece el documento, pero al darle a "Descargar"
sale "Error interno del servidor" siempre. Lo he intentado desde tres
dispositivos distintos. La copia en papel la tiene él en casa, en
Valladolid.

Por favor, envíenmelo por correo o arreglen la descarga hoy.
Alberto Sanz - 688 000 742"""),
("es", "b168-es-correo-confirmacion-supervisor", "Marina Castaño <marina.castano@example.es>", "Tres semanas sin poder acceder", "technical", "high",
"""Buenas tardes:

Me registré en su plataforma hace tres semanas para tramitar el cambio
de apellidos de mis hijos y nunca me llegó el correo de activación, así
que no puedo entrar. He llamado cinco veces y en todas me dicen que
"lo pasan a informática". No ha cambiado nada.

No quiero más respuestas automáticas. Pido que se ponga en contacto
conmigo un supervisor o alguien con capacidad para solucionarlo.

Marina Castaño"""),
("es", "b168-es-mayusculas-web", "Paco Jiménez <paco.jimenez@example.es>", "SU WEB NO VA", "technical", "",
"""LLEVO UNA HORA INTENTANDO RELLENAR EL FORMULARIO DEL PODER Y AL DARLE A
"SIGUIENTE" EN LA PÁGINA 3 SE QUEDA EN BLANCO. TRES VECES YA. ARREGLEN
ESTO POR FAVOR."""),
("es", "b168-es-co-app-pantalla-blanca", "Valentina Ospina <valentina.ospina@example.com.co>", "la app", "technical", "",
"""hola, la aplicacion se queda en pantalla blanca apenas la abro, no
carga nada. hasta antier funcionaba. tengo un Motorola. ya la reinicie.
gracias"""),
("es", "b168-es-pdf-traduccion-danado", "Jose Luis Pardo <joseluis.pardo@example.es>", "Archivo de la traduccion", "technical", "",
"""Buenos dias,
el PDF con la traduccion jurada del certificado de matrimonio que me
mandasteis ayer no se abre. Dice que el archivo esta dañado. En el movil
tampoco. Podeis enviarlo de nuevo?
Jose Luis Pardo"""),
("es", "b168-es-horario-agosto", "Marisa Calvo <marisa.calvo@example.es>", "Horario en agosto", "general", "",
"""Hola, ¿la notaría abre en agosto? Y si abre, ¿con qué horario? Tengo
que firmar unas capitulaciones matrimoniales y mi pareja solo tiene
vacaciones ese mes. Gracias.
Marisa"""),
("es", "b168-es-ar-gracias-gestora", "Martina y Tomás <martinaytomas@example.com.ar>", "Gracias Carolina!!", "general", "",
"""Hola a todos,

Queríamos agradecerles un montón, y sobre todo a Carolina, que nos llevó
todo el trámite de la ciudadanía italiana de Tomás. Fueron casi dos
años de papeles, actas de Calabria que nadie encontraba y traducciones,
y Carolina nunca perdió la paciencia. Hoy nos llegó la confirmación del
consulado. ¡Estamos felices!

Un abrazo enorme desde Córdoba,
Martina y Tomás"""),
("es", "b168-es-trato-grosero-director", "Francisco Lorenzo <francisco.lorenzo@example.es>", "Trato recibido en su oficina", "general", "high",
"""Señores:

El martes acudí a su oficina de Sevilla acompañando a mi suegra, de 79
años, para la firma de su testamento. El empleado que nos atendió le
habló a gritos, le dijo que "si no entiende lo que firma, que no venga"
y se rió cuando ella le pidió que le leyera una cláusula. Mi suegra
salió llorando.

Quiero que se ponga en contacto conmigo el director de la oficina. No
acepto como respuesta un correo genérico.

Francisco Lorenzo Ruiz"""),
("es", "b168-es-olvide-gafas", "Teresa Blanco <teresa.blanco@example.es>", "Gafas", "general", "",
"""Buenas, creo que ayer me dejé unas gafas de cerca en la mesa de la sala
donde firmamos la escritura (funda marrón). ¿Las han encontrado? Paso a
recogerlas cuando me digan. Gracias, Teresa Blanco"""),
("es", "b168-es-cambio-domicilio", "Oriol Puig <oriol.puig@example.es>", "Cambio de dirección", "general", "",
"""Hola,

Me he mudado. Por favor, actualicen mi dirección para el envío de los
documentos apostillados del pedido AP-3317:

Oriol Puig
C/ de Provença 221, 3r 1a
08008 Barcelona

El teléfono sigue siendo el mismo.

Gràcies!"""),
("es", "b168-es-rgpd-supresion", "Laura Esteban <laura.esteban@example.es>", "Ejercicio del derecho de supresión", "general", "",
"""Estimados señores:

En virtud del artículo 17 del RGPD, solicito la supresión de todos mis
datos personales de sus sistemas, incluidas las copias de mi pasaporte
y mi sentencia de divorcio que les envié en 2021. Les ruego confirmen
por escrito la supresión en el plazo legal.

Laura Esteban Gómez"""),
("es", "b168-es-pregunta-apostilla-china", "Chen Wei <chen.wei@example.es>", "Pregunta", "general", "",
"""Hola, tengo que presentar mi certificado de empadronamiento y de
antecedentes en China. ¿Basta con la apostilla de La Haya o hay que
legalizar en el consulado? He leído que China entró en el convenio hace
poco pero no estoy seguro. Gracias."""),
("es", "b168-es-mx-escalon-roto-notaria", "Patricia Lozano <patricia.lozano@example.com.mx>", "Escalón de la entrada", "general", "high",
"""Buenas tardes,

Les aviso que en la entrada de la notaría, sobre Av. Insurgentes, el
segundo escalón está quebrado de la orilla y tiene una varilla salida.
Hoy mi mamá, que usa bastón, se atoró el pie ahí y casi se cae; la
alcanzó a detener un señor. No se lastimó, gracias a Dios.

Viene mucha gente mayor a firmar. Ojalá lo puedan reparar o por lo
menos poner una señal antes de que alguien se lastime.

Patricia Lozano"""),
("es", "b168-es-charla-arraigo-plazas", "Karina Flores <karina.flores@example.es>", "Charla del jueves", "general", "",
"""Hola! Vi en Instagram que el jueves hacéis una charla gratuita sobre el
arraigo sociolaboral en vuestra oficina de Lavapiés. ¿Quedan plazas?
¿Puedo ir con mi hermano? ¿Hay que apuntarse antes?
Karina"""),
("es", "b168-es-entrega-conserjeria", "Ignacio Herrero <ignacio.herrero@example.es>", "Envío de documentos", "general", "",
"""Buenos días, cuando manden por mensajería las escrituras (pedido
N-4482), déjenlas por favor en la conserjería del edificio, el conserje
está de 8 a 15. Por la tarde no hay nadie en casa. Gracias."""),
("es", "b168-es-urgente-pregunta-normal", "Noelia Vera <noelia.vera@example.es>", "URGENTEEE", "general", "",
"""Holaa, pregunta urgentísima, me muero de los nervios con la boda jaja.
Para el expediente matrimonial con mi novio, que es colombiano, ¿su
partida de nacimiento tiene que venir apostillada Y traducida o solo
apostillada? Está en español.
Gracias!!"""),
("es", "b168-es-queja-asesor-colegio-abogados", "Omar Benali <omar.benali@example.es>", "Queja formal sobre el letrado", "general", "high",
"""Muy señores míos:

Presento queja formal por la actitud del letrado que lleva mi
expediente de reagrupación familiar. En la reunión del 22 de mayo me
interrumpió constantemente, hizo comentarios despectivos sobre mi
acento y sobre "la gente que viene aquí a vivir de las ayudas", y se
negó a enseñarme la documentación presentada en mi nombre.

Si en quince días no recibo una respuesta por escrito y un cambio de
letrado, presentaré queja ante el Colegio de la Abogacía de Madrid.

Omar Benali"""),
("es", "b168-es-pedido-27714-estado", "Gabriela Núñez <gabriela.nunez@example.es>", "Pedido 27714", "general", "",
"""Hola:

Sobre el pedido 27714 (traducción jurada del certificado de notas). No
quiero cancelarlo ni nada, solo saber si estará listo antes del 30,
que es cuando cierra el plazo de la universidad.

Gracias,
Gabriela"""),
# ---------------- Polish ----------------
("pl", "b168-pl-podwojne-obciazenie-tlumaczenie", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Zamówienie TP-5521", "billing", "",
"""Dzień dobry,

w poniedziałek zamówiłam tłumaczenie przysięgłe aktu urodzenia córki na
język niemiecki (TP-5521), 186,00 zł. Na koncie widzę dwa obciążenia po
186,00 zł z tego samego dnia. Proszę o sprawdzenie i zwrot jednej
kwoty.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b168-pl-zaliczka-karta-pobytu-rzecznik", "Olena Kowalenko <olena.kowalenko@example.pl>", "Zwrot zaliczki - karta pobytu", "billing", "high",
"""Szanowni Państwo,

22 stycznia podpisałam z Państwa biurem umowę na przygotowanie i złożenie
wniosku o kartę pobytu czasowego i wpłaciłam zaliczkę 1500 zł. Do dziś
wniosek nie został złożony, a Pani, która prowadziła moją sprawę, już u
Państwa nie pracuje. Nikt nie umie mi powiedzieć, co się dzieje z moimi
dokumentami.

Odstępuję od umowy i żądam zwrotu całej zaliczki oraz moich oryginałów
w ciągu 14 dni. W przeciwnym razie zwrócę się do miejskiego rzecznika
konsumentów i skieruję sprawę do sądu.

Olena Kowalenko"""),
("pl", "b168-pl-raty-rozwod", "Kamil Nowicki <kamil.nowicki@example.pl>", "raty", "billing", "",
"""Dzien dobry, interesuje mnie przygotowanie pozwu rozwodowego bez
orzekania o winie za 899 zl. Czy mozna to rozlozyc na raty? Teraz po
wyprowadzce troche krucho z kasa. Dzieki"""),
("pl", "b168-pl-faktura-na-firme-nip", "Marek Zając <biuro@zajac-instalacje.example>", "Faktura", "billing", "",
"""Dzień dobry,

do zamówienia 30911 (tłumaczenie poświadczone umowy z kontrahentem z
Czech) dostałem paragon. Potrzebuję faktury na firmę:

ZAJĄC INSTALACJE Marek Zając
ul. Kolejowa 12, 43-300 Bielsko-Biała
NIP 5470000000

Czy da się jeszcze wystawić?

Marek Zając"""),
("pl", "b168-pl-chargeback-apostille", "Paulina Sadowska <paulina.sadowska@example.nl>", "Apostille - brak realizacji", "billing", "high",
"""Dzień dobry,

mieszkam w Holandii i 4 marca zapłaciłam Państwu 85 EUR za apostille
na odpis aktu małżeństwa, z wysyłką do Utrechtu. Miało to trwać do 3
tygodni. Minęło 9 tygodni, nie mam ani dokumentu, ani odpowiedzi na
cztery maile. Gmina czeka na ten dokument.

Jeżeli do końca tygodnia nie dostanę dokumentu albo zwrotu pieniędzy,
zgłaszam w banku reklamację transakcji kartą (chargeback) i przekażę
im całą korespondencję.

Paulina Sadowska"""),
("pl", "b168-pl-pakiet-mama-zmarla", "Tadeusz Wilk <tadeusz.wilk@example.pl>", "Pakiet mojej mamy", "billing", "",
"""Dzień dobry,

moja mama, Halina Wilk, miała u Państwa "Pakiet Senior" z opieką prawną
za 39 zł miesięcznie. Mama odeszła w kwietniu. Proszę o zakończenie
pakietu, żeby nie pobierano już opłat z jej konta, bo sprawy spadkowe i
tak trochę potrwają. Akt zgonu mogę przesłać skanem.

Z poważaniem
Tadeusz Wilk"""),
("pl", "b168-pl-re-wycena-rabat", "Joanna Pawlak <joanna.pawlak@example.pl>", "Re: Wycena tłumaczenia nr W/2024/617", "billing", "",
"""Dzień dobry Pani Beato,

dziękuję za wycenę. Ponieważ dokumentów jest sporo (świadectwa, dyplom,
suplement, akty stanu cywilnego całej rodziny) i w lipcu dojdą jeszcze
dokumenty męża, czy mogę liczyć na jakiś rabat? 1240 zł to dla nas
sporo naraz.

Joanna Pawlak

W dniu 6.05 Beata Krawczyk <biuro@example-tlumaczenia.pl> napisała:
> Szanowna Pani,
> uprzejmie przesyłam wycenę tłumaczenia przysięgłego 31 stron
> rozliczeniowych z języka polskiego na angielski: 40 zł/str., razem
> 1240 zł brutto. Termin realizacji: 8 dni roboczych.
> Z poważaniem
> Beata Krawczyk"""),
("pl", "b168-pl-kod-rabatowy", "Szymon Kaczmarek <szymon.kaczmarek@example.pl>", "kod rabatowy", "billing", "",
"""Czesc, wpisalem kod WIOSNA15 przy zamowieniu zmiany nazwiska, pokazalo
ze rabat naliczony, ale z karty zeszlo pelne 249 zl. Prosze o zwrot
roznicy.
Szymon"""),
("pl", "b168-pl-ekspres-kierownik", "Grażyna Malinowska <grazyna.malinowska@example.pl>", "Tryb ekspresowy - proszę o kontakt kierownika", "billing", "high",
"""Szanowni Państwo,

zapłaciłam 120 zł dopłaty za tryb ekspresowy tłumaczenia dokumentacji
medycznej męża, bo konsultacja w klinice w Berlinie była wyznaczona na
czwartek. Tłumaczenie dostałam w piątek po południu, po terminie.
Wizyta przepadła.

Żądam zwrotu 120 zł za ekspres i rozmowy z kierownikiem biura. Nie
chcę kolejnej rozmowy z infolinią. Telefon: 601 000 284.

Grażyna Malinowska"""),
("pl", "b168-pl-zawieszenie-kontrakt-norwegia", "Łukasz Dudek <lukasz.dudek@example.pl>", "Abonament", "billing", "",
"""Dzień dobry,

od czerwca do grudnia będę na kontrakcie na platformie w Norwegii i
nie będę miał głowy do spraw w Polsce. Czy mogę zawiesić abonament
"Prawnik online" (29 zł/mies.) na ten czas i wrócić w styczniu bez
ponownej rejestracji?

Łukasz"""),
("pl", "b168-pl-blik", "Natalia Górska <natalia.gorska@example.pl>", "Płatność", "billing", "",
"""Hej, czy za poświadczenie podpisu u notariusza przez Państwa serwis
mogę zapłacić BLIKIEM? Przy zamówieniu widzę tylko kartę i przelew
tradycyjny."""),
("pl", "b168-pl-rachunek-dla-emeryta", "Henryk Sobczak <henryk.sobczak@example.pl>", "Prośba o rachunek", "billing", "",
"""Szanowni Państwo,

w lutym zapłaciłem przekazem pocztowym 350 złotych za przygotowanie
pełnomocnictwa dla syna i testamentu. Dotychczas nie otrzymałem żadnego
rachunku, a chciałbym go mieć w dokumentach. Proszę o przesłanie go
pocztą na adres: ul. Słowackiego 5 m. 3, 26-600 Radom.

Z wyrazami szacunku
Henryk Sobczak"""),
("pl", "b168-pl-rezygnacja-rezydent", "Andrij Melnyk <andrij.melnyk@example.pl>", "Już nie potrzebuję", "billing", "",
"""Dzień dobry,

w końcu dostałem decyzję o zezwoleniu na pobyt rezydenta
długoterminowego UE. Pakiet "Pobyt+" z comiesięczną opłatą 49 zł nie
jest mi już potrzebny. Proszę go zakończyć po tym miesiącu.

Dziękuję za pomoc przez te dwa lata.
Andrij"""),
("pl", "b168-pl-dzien-dobry-cena-ukrainski", "Iryna Bondarenko <iryna.bondarenko@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry, ile kosztuje tłumaczenie przysięgłe dyplomu i suplementu
z języka ukraińskiego na polski? Suplement ma 4 strony. Czy cena jest
za stronę dokumentu czy za stronę rozliczeniową?
Iryna"""),
("pl", "b168-pl-nie-moge-sie-zalogowac", "Dawid Michalak <dawid.michalak@example.pl>", "logowanie", "technical", "",
"""Dzien dobry, nie moge sie zalogowac do panelu klienta. Po wpisaniu
hasla strona sie przeladowuje i znowu jest ekran logowania, bez
zadnego komunikatu. Resetowalem haslo, to samo. Chrome i Firefox."""),
("pl", "b168-pl-skany-nie-wgrywaja", "Ewelina Baran <ewelina.baran@example.pl>", "Nie mogę wgrać skanów", "technical", "",
"""Dzień dobry,

próbuję dodać skany dokumentów do wniosku o zmianę nazwiska (akt
urodzenia, akt małżeństwa, dowód). Pasek dochodzi do końca, a potem
pojawia się "Wystąpił błąd. Spróbuj ponownie później" i pliku nie ma na
liście. Próbowałam od wczoraj kilkanaście razy, z telefonu i z
laptopa. Pliki to JPG po ok. 2 MB.

Ewelina Baran"""),
("pl", "b168-pl-nie-chodzi-o-platnosc-aplikacja", "Rafał Pietrzyk <rafal.pietrzyk@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry,

od razu zaznaczam: nie chodzi o płatność ani o zwrot, wszystko
opłacone. Problem jest z aplikacją: po ostatniej aktualizacji zamyka
się za każdym razem, gdy otwieram zakładkę "Moje dokumenty". iPhone 12,
iOS aktualny. Reinstalacja nic nie dała.

Rafał"""),
("pl", "b168-pl-agencja-pracy-portal", "Biuro <biuro@agencja-most.example>", "Portal - brak dostępu do wniosków", "technical", "high",
"""Dzień dobry,

od rana żaden z naszych koordynatorów nie widzi w Państwa portalu
wniosków o zezwolenia na pracę. Lista jest pusta, a wczoraj było tam
38 spraw pracowników z Filipin i Kolumbii.

Jutro mija termin uzupełnienia braków formalnych w urzędzie
wojewódzkim dla dziewięciu z nich, a w piątek mamy zaplanowane
przyjazdy kolejnych osób, dla których musimy wygenerować dokumenty.
W tej chwili cały dział stoi.

Proszę o pilny telefon: 22 400 13 77.

Monika Szulc
Agencja Pracy Most"""),
("pl", "b168-pl-wideo-notariusz-kierownik", "Krzysztof Lis <krzysztof.lis@example.pl>", "Trzecia nieudana wideorozmowa z notariuszem", "technical", "high",
"""Dzień dobry,

to już trzecie umówione spotkanie online z notariuszem w sprawie
pełnomocnictwa i trzeci raz połączenie zrywa się po kilku minutach, w
momencie okazywania dowodu do kamery. Za każdym razem mam wziąć wolne z
pracy. Na infolinii słyszę tylko "proszę spróbować ponownie".

Proszę, żeby sprawą zajął się ktoś wyżej, kierownik albo przełożony
działu technicznego, i żeby ta osoba do mnie zadzwoniła: 512 000 640.

Krzysztof Lis"""),
("pl", "b168-pl-dystrybutor-wody-prad", "Bożena Jasińska <bozena.jasinska@example.pl>", "Dystrybutor wody w poczekalni", "technical", "high",
"""Dzień dobry,

byłam wczoraj w Państwa kancelarii przy ul. Piotrkowskiej. W poczekalni
stoi dystrybutor wody i kiedy dotknęłam metalowego kranika, poczułam
wyraźne kopnięcie prądem. Pan siedzący obok sprawdził i też go kopnęło.
Z tyłu urządzenia pod spodem była kałuża.

Nic mi nie jest, ale proszę go odłączyć, zanim ktoś się poważnie
porazi, bo przychodzą tam też dzieci.

Bożena Jasińska"""),
("pl", "b168-pl-podpis-kwalifikowany-blad", "Piotr Kubiak <piotr.kubiak@example.pl>", "Podpis", "technical", "",
"""Przy podpisywaniu wniosku podpisem kwalifikowanym wasz system wyrzuca
"Nie udało się zweryfikować certyfikatu". Tym samym podpisem podpisuję
codziennie dokumenty w pracy bez problemu. Co jest nie tak?
P. Kubiak"""),
("pl", "b168-pl-strona-statusu-pusta", "Weronika Sikora <weronika.sikora@example.pl>", "Status sprawy", "technical", "",
"""Dzień dobry, strona "Status mojej sprawy" pokazuje się u mnie zupełnie
pusta, tylko nagłówek i stopka. Na telefonie to samo. Tydzień temu
wszystko było widać. Pozdrawiam, Weronika"""),
("pl", "b168-pl-wniosek-pobyt-termin-dzis", "Mykola Shevchuk <mykola.shevchuk@example.pl>", "Nie mogę pobrać wniosku - termin mija dziś", "technical", "high",
"""Dzień dobry,

moja wiza kończy się jutro. Wniosek o pobyt czasowy musi zostać złożony
przez system MOS najpóźniej dzisiaj, inaczej będę w Polsce nielegalnie,
stracę pracę i mogę dostać decyzję o zobowiązaniu do powrotu.

Państwa doradca przygotował wniosek i napisał, żebym pobrał gotowy
plik z portalu. Przycisk "Pobierz wniosek" od rana pokazuje "Błąd 500".
Doradca nie odbiera telefonu.

Bardzo proszę o przesłanie pliku mailem albo naprawę dzisiaj.
Mykola Shevchuk, tel. 789 000 115"""),
("pl", "b168-pl-link-wygasl", "Sylwia Ostrowska <sylwia.ostrowska@example.pl>", "Link do tłumaczenia", "technical", "",
"""Dzień dobry,

godzinę temu dostałam maila z linkiem do pobrania tłumaczenia
świadectwa pracy, a po kliknięciu widzę "Link wygasł lub jest
nieprawidłowy". Próbowałam w dwóch przeglądarkach. Czy mogą Państwo
wysłać nowy link albo plik w załączniku?

Sylwia Ostrowska"""),
("pl", "b168-pl-capslock-formularz", "Zbigniew Walczak <zbigniew.walczak@example.pl>", "FORMULARZ", "technical", "",
"""WYPEŁNIAM WASZ FORMULARZ PEŁNOMOCNICTWA JUŻ CZWARTY RAZ!!! PRZY
OSTATNIM KROKU "WYŚLIJ" POKAZUJE "SESJA WYGASŁA" I WSZYSTKO ZNIKA.
ILE MOŻNA???"""),
("pl", "b168-pl-aplikacja-android-biala", "Oliwia Krol <oliwia.krol@example.pl>", "apka", "technical", "",
"""hej, apka na androidzie po uruchomieniu pokazuje tylko bialy ekran i
nic sie nie laduje. telefon Samsung A34. wczoraj jeszcze dzialala.
restart nie pomogl"""),
("pl", "b168-pl-krzaki-zamiast-liter", "Stanisław Wrona <stanislaw.wrona@example.pl>", "Podgląd dokumentu", "technical", "",
"""Dzień dobry,

w podglądzie projektu pełnomocnictwa w Państwa serwisie zamiast polskich
liter wyświetlają się jakieś krzaczki, np. "peÅ‚nomocnictwo" i
"ZajÄ…c". Nie wiem, czy tak samo wyjdzie w dokumencie do podpisu.
Sprawdzałem na komputerze i na tablecie, wszędzie to samo.

Stanisław Wrona"""),
("pl", "b168-pl-godziny-wigilia", "Elżbieta Kamińska <elzbieta.kaminska@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, czy kancelaria notarialna będzie czynna 24 i 31 grudnia?
Chcielibyśmy z mężem podpisać umowę darowizny przed końcem roku.
Pozdrawiam, Elżbieta Kamińska"""),
("pl", "b168-pl-podziekowanie-tlumaczka", "Adam Rutkowski <adam.rutkowski@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałem serdecznie podziękować Pani Magdalenie, tłumaczce przysięgłej
języka włoskiego, za błyskawiczne i bardzo staranne tłumaczenie
dokumentów spadkowych po moim dziadku. Notariusz w Bari nie miał ani
jednej uwagi. Do tego Pani Magdalena cierpliwie tłumaczyła mi, co
oznaczają poszczególne dokumenty.

Będę Państwa polecał.
Adam Rutkowski"""),
("pl", "b168-pl-niegrzeczna-obsluga-kierownik", "Barbara Czarnecka <barbara.czarnecka@example.pl>", "Skarga na obsługę", "general", "high",
"""Szanowni Państwo,

w środę przyszłam do Państwa biura przy ul. Długiej odebrać
tłumaczenia. Pani w recepcji przez dziesięć minut rozmawiała prywatnie
przez telefon, a kiedy zapytałam, czy może mnie obsłużyć, powiedziała,
że "jak się nie podoba, to są inne biura", i rzuciła kopertę na blat.
Przy innych klientach.

Proszę o kontakt osobiście z kierownikiem biura. Nie życzę sobie
odpowiedzi od tej pani.

Barbara Czarnecka"""),
("pl", "b168-pl-zostawiony-dowod", "Mateusz Wójcik <mateusz.wojcik@example.pl>", "Dowód osobisty", "general", "",
"""Dzień dobry, wydaje mi się, że zostawiłem dziś u Państwa na ladzie
przy kasie dowód osobisty (po poświadczeniu podpisu). Czy ktoś go
znalazł? Mogę odebrać jutro rano.
Mateusz Wójcik"""),
("pl", "b168-pl-zmiana-danych-kontaktowych", "Magdalena Nowak-Lewandowska <magda.nl@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

po ślubie używam nazwiska Nowak-Lewandowska i zmieniłam adres e-mail
na ten, z którego piszę. Proszę o aktualizację moich danych w Państwa
systemie. Numer telefonu bez zmian.

Magdalena Nowak-Lewandowska (wcześniej Nowak)"""),
("pl", "b168-pl-rodo-dostep", "Przemysław Grabowski <przemyslaw.grabowski@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe
przetwarzacie, w jakim celu i komu je udostępniliście, oraz o kopię
tych danych. Korzystałem z Państwa usług przy sprawie rozwodowej w
2022 roku.

Z poważaniem
Przemysław Grabowski"""),
("pl", "b168-pl-pytanie-apostille-usa", "Karolina Zielińska <karolina.zielinska@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, wyjeżdżam na staż do USA. Czy polski odpis skrócony aktu
urodzenia z apostille wystarczy, czy trzeba go jeszcze tłumaczyć na
angielski u tłumacza przysięgłego? I czy tłumaczenie też potrzebuje
apostille?
Dziękuję, Karolina"""),
("pl", "b168-pl-oblodzone-schody", "Ryszard Mazur <ryszard.mazur@example.pl>", "Schody przed wejściem", "general", "high",
"""Dzień dobry,

schody prowadzące do Państwa biura od strony parkingu są od rana
całkowicie oblodzone, nikt ich nie posypał. Moja teściowa o kulach
prawie się przewróciła, złapałem ją w ostatniej chwili. Widziałem też,
jak poślizgnął się starszy pan wychodzący od notariusza.

Proszę to jak najszybciej posypać albo zamknąć to wejście, zanim ktoś
połamie sobie nogi.

Ryszard Mazur"""),
("pl", "b168-pl-webinar-nagranie", "Jadwiga Stępień <jadwiga.stepien@example.pl>", "Webinar o pełnomocnictwie", "general", "",
"""Dzień dobry, zapisałam się na Państwa bezpłatny webinar "Pełnomocnictwo
dla rodziców-seniorów" w czwartek o 18:00, ale wypadł mi dyżur w
szpitalu. Czy będzie nagranie do obejrzenia później?
Jadwiga Stępień"""),
("pl", "b168-pl-paczkomat", "Tomasz Adamczyk <tomasz.adamczyk@example.pl>", "Wysyłka", "general", "",
"""Dzień dobry, czy gotowe tłumaczenia z zamówienia 31244 możecie wysłać do
paczkomatu zamiast kurierem do domu? Paczkomat WRO12A przy Legnickiej.
W dzień nikogo nie ma w domu.
Tomek"""),
("pl", "b168-pl-pilne-zwykle-pytanie", "Kinga Pawlowska <kinga.pawlowska@example.pl>", "PILNE PYTANIE", "general", "",
"""Dzien dobry!!! Pilne, bo zaraz zwariuje z tymi papierami :)
Czy przy zmianie nazwiska dziecka po rozwodzie potrzebna jest zgoda
ojca, jezeli oboje mamy pelna wladze rodzicielska? Corka ma 12 lat.
Dziekuje!"""),
("pl", "b168-pl-skarga-prawnik-ora", "Wiesław Szymański <wieslaw.szymanski@example.pl>", "Skarga na pełnomocnika", "general", "high",
"""Szanowni Państwo,

składam skargę na zachowanie adwokata prowadzącego moją sprawę o
podział majątku, mec. K. Na spotkaniu 14 maja był wobec mnie
arogancki, kilkukrotnie podniósł głos, nazwał moje pytania "głupimi" i
wyszedł w połowie spotkania, bo "ma ważniejszych klientów".

Jeżeli w ciągu 14 dni nie otrzymam pisemnego stanowiska i propozycji
zmiany pełnomocnika, złożę skargę do Okręgowej Rady Adwokackiej.

Wiesław Szymański"""),
("pl", "b168-pl-zamowienie-31588-status", "Aleksandra Jankowska <ola.jankowska@example.pl>", "Zamówienie 31588", "general", "",
"""Dzień dobry,

pytam o zamówienie 31588 (tłumaczenie dyplomu na hiszpański). Nie
rezygnuję i nie chcę zwrotu, chcę tylko wiedzieć, czy będzie gotowe
przed 20 czerwca, bo wtedy wysyłam dokumenty na uczelnię w Walencji.

Pozdrawiam
Ola Jankowska"""),
]
