# batch103.py -- labelled mails held out of the tree until the rules it
# measures are final; kept apart from gen.py so that nothing is tuned or
# trained on them.  Kinds of business drawn on this time: health --
# dentists and orthodontists, dermatology, fertility clinics, home
# nursing, medical alarm pendants, blood test kits by post, diet and
# nutrition programmes, sleep clinics, physiotherapy apps.  The failure
# classes in these settings -- escalation demands that keep their topic,
# legal threats and chargebacks, negations, Greeklish, subjects that say
# nothing or something else, replies quoting an earlier mail, plans ended
# or paused in other words, business outages told by their consequences,
# safety hazards told calmly, praise -- and everyday mail of all three
# queues.  40 mails each in en, el, es, pl.  Same tuple format as
# batch13-16.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b103-aligner-instalment-twice", "Rebecca Hollis <rebecca.hollis@example.co.uk>", "Aligner payment", "billing", "",
"""Hi,

I'm paying for my clear aligners at 89 a month and this month it's gone
out twice - once on the 1st and again on the 3rd. Both show the same
reference. Could you put one of them back please? I'm on tray 14 of 22 if
that helps find me.

Thanks,
Rebecca Hollis"""),
("en", "b103-question-derm-consult-insurer", "Alistair Grant <alistair.grant@example.co.uk>", "Question", "billing", "",
"""Good afternoon,

When I booked the consultation with Dr Okafor about the patch on my
neck, the lady on the phone said it would be billed straight to my
insurer as I had a pre-authorisation number. I've now had an invoice at
home for 220 addressed to me personally. Do I pay it and claim it back,
or has something gone astray? Pre-auth number is 7734-22109.

Alistair Grant"""),
("en", "b103-pendant-dad-passed", "Siobhan Keane <siobhan.keane@example.ie>", "My father's alarm", "billing", "",
"""Hello,

My father, Michael Keane of Ballincollig, passed away on Sunday. He had
one of your alarm pendants and the 24.99 is still coming out of his
account every month. Could you stop that from now on, and let me know
where to send the pendant and the base unit back to?

Your responder who took his call in March was so kind to him, I'd like
that passed on as well.

Siobhan Keane"""),
("en", "b103-nutrition-plan-baby-hold", "Kayla Brooks <kayla.brooks@example.com>", "putting things on ice", "billing", "",
"""Hey! So good news, I'm expecting :) My OB says no calorie deficit for
the next while, so I need to put the weight loss coaching on hold until
after the baby comes, probably about a year. Can you freeze it instead of
cancelling so I keep the price I signed up at ($39/month)? I don't want
to be billed while it's frozen obviously.

Kayla"""),
("en", "b103-hsa-itemized-receipt", "Daniel Ortiz <daniel.ortiz@example.com>", "Receipt", "billing", "",
"""I need an itemized receipt for the lipid + A1C home test kit I bought
on May 4 (order BT-20981, $129). My HSA administrator rejected the
order confirmation email because it doesn't list the test codes or say
it's a medical expense. Can you send one that does?

Thanks
Dan Ortiz"""),
("en", "b103-physio-app-drop-to-basic", "Mick Saunders <mick.saunders@example.com.au>", "Premium", "billing", "",
"""G'day, knee's pretty much sorted after the ACL rehab so I don't need
all the video sessions anymore. Can I drop back to the free version
when my yearly premium ends in August rather than it rolling over at
$119.99? Still want to keep my exercise history on there if possible.

Cheers, Mick"""),
("en", "b103-ivf-deposit-chargeback", "Hannah Whitlock <hannah.whitlock@example.co.uk>", "Deposit for cycle - 3rd email", "billing", "high",
"""To the accounts team,

In January I paid a deposit of 2,400 for an IVF cycle that was due to
start in March. In February the clinic cancelled the cycle because your
embryologist had left and there was no replacement. I was told in
writing that the deposit would be refunded in full within 14 days.

It is now nine weeks later. This is my third email and I have had no
reply to the previous two. I paid by credit card, and if the full 2,400
is not back on my card by Friday 17th I will be raising a dispute with
my card provider under section 75 and leaving it to them.

Hannah Whitlock
Patient no. FC-08812"""),
("en", "b103-missed-appt-fee-practice-manager", "Graham Pell <graham.pell@example.co.uk>", "Missed appointment fee", "billing", "high",
"""I have been charged a 40 failed-to-attend fee for my check-up on the
22nd. I rang on the 19th to cancel it - I spoke to a young man on
reception, and I have the call in my phone log, 9.14am, 2 minutes 40
seconds.

I have been with this practice for 23 years. I don't want to argue with
reception again. I want the practice manager to look at this and call me
back on 01632 960488. Not a receptionist.

Graham Pell"""),
("en", "b103-sleep-study-gst-invoice", "Arvind Menon <arvind.menon@example.in>", "Invoice correction required", "billing", "",
"""Dear Sir/Madam,

Kindly note that the invoice sent for my home sleep study (Rs. 8,500,
dated 12th of this month) has been raised in my individual name. My
company is reimbursing this under the employee health scheme and they
require the invoice to carry the company name and GSTIN as below:

Vasudha Softech Pvt. Ltd.
GSTIN 29ABCDE1234F1Z5
4th Floor, Brigade Towers, Bengaluru 560001

Request you to kindly revise and resend at the earliest.

Thanks and regards,
Arvind Menon"""),
("en", "b103-re-whitening-plan", "Lucy Fairbrother <lucy.fairbrother@example.co.uk>", "Re: Your treatment plan", "billing", "",
"""Thanks for this. Two things before I say yes - does the 395 include the
custom trays or are they extra? And is it possible to spread it over
three months rather than pay up front?

Lucy

> Dear Lucy,
>
> Following your consultation on Tuesday, please find your treatment
> plan below.
>
> Home whitening (upper and lower) ........ 395.00
>
> Please reply to this email to confirm and we will book your
> impressions appointment.
>
> Kind regards,
> Greenway Dental"""),
("en", "b103-home-care-hours-ombudsman", "Malcolm Reeve <malcolm.reeve@example.co.uk>", "Invoice 4471 - my mother's care", "billing", "high",
"""Dear Sirs,

Your invoice 4471 for my mother's home nursing in October charges for
14 hours a week. The carers' own sign-in sheet in her kitchen shows they
were there for 9 hours a week at most, and on three days nobody came at
all. I have photographs of every page of the sheet.

I expect a corrected invoice and a refund of the difference for
September and October. If I do not receive a proper answer within 14
days I will take this to the Local Government and Social Care Ombudsman.

Malcolm Reeve
(Lasting power of attorney for Mrs Joan Reeve)"""),
("en", "b103-not-a-fault-kit-price-up", "Tess Callaghan <tess.callaghan@example.com>", "Monthly kit", "billing", "",
"""Just to be clear I'm not reporting a problem with the kit - it arrives
fine and the results come through. My question is why my subscription
has gone from 29 to 39 this month. I didn't get any email about a price
change. Was there one, and can I stay on the old price?"""),
("en", "b103-hygienist-voucher-whitening", "Priya Shah <priya.shah@example.co.uk>", "Gift voucher", "billing", "",
"""Hiya, my sister gave me one of your gift vouchers for a hygienist visit
(60). I'd actually rather put it towards whitening - can the voucher be
used for that and I pay the difference? The code on it is GV-3381."""),
("en", "b103-cpap-burning-smell", "Roger Pennington <roger.pennington@example.co.uk>", "CPAP machine", "technical", "high",
"""Good morning,

I have been using the CPAP machine your sleep clinic supplied in
January. For the last few nights there has been a faint smell of hot
plastic, and this morning I noticed a brown mark on the casing just
above where the power lead goes in. The plug itself is warm to the touch
after a night's use.

I have unplugged it and will go without it until I hear from you. Could
you advise what I should do?

Regards,
Roger Pennington"""),
("en", "b103-pendant-no-answer-mum", "Claire Dunmore <claire.dunmore@example.co.uk>", "Mum's pendant", "technical", "high",
"""I was at Mum's this afternoon and we pressed her pendant to do the
monthly test like you tell us to. The base unit beeped, the green light
flashed for a bit and then nothing - no voice, no call back. We tried
three times. We unplugged it and plugged it back in, same again.

Mum is 91, lives on her own in Kendal and has fallen twice this year. I
have to leave tonight. Right now if she goes over she has no way of
getting help. Please can somebody sort this today.

Claire Dunmore
07700 900 215"""),
("en", "b103-physio-videos-black", "Josh Palmer <josh.palmer@example.com>", "app", "technical", "",
"""the exercise videos in the app just show a black screen with the timer
running. sound works. samsung a54, app updated yesterday, tried wifi and
4g. the old videos i downloaded play fine its just the new week 3 ones"""),
("en", "b103-results-portal-reset", "Eileen Foster <eileen.foster@example.org>", "Cannot get into results", "technical", "",
"""Hello,

I sent back my blood sample last week and got a text to say my results
are ready. When I try to log in it says my password is wrong, and when I
press "forgot password" no email comes, not even in junk. I've tried
four times since Monday. The email I registered with is this one.

Eileen Foster"""),
("en", "b103-practice-radiographs-wont-open", "Dr Sunil Rao <sunil.rao@maplerow-dental.example>", "since this morning", "technical", "high",
"""Since the update went on overnight none of the surgeries can open a
single radiograph. The viewer sits on "loading study" and then closes.
New intraoral images are being taken but don't appear anywhere.

We've had to send two patients home without treatment already, root
canal and an extraction we couldn't go ahead with blind, and we have
four dentists booked solid this afternoon. Practice ID MR-0412. Please
call the front desk on 0161 496 0733 as soon as you read this.

Sunil Rao
Maple Row Dental"""),
("en", "b103-not-billing-barcode-crash", "Ashley Morgan <ashley.morgan@example.com>", "Billing?", "technical", "",
"""Your chatbot keeps sending me to billing, but this is not about
billing - my payment is fine. The food diary app closes itself every
time I tap the barcode scanner. iPhone 13, iOS up to date, deleted and
reinstalled twice. Typing foods in by hand works but is a pain."""),
("en", "b103-toothbrush-charger-crackle", "Fiona Baird <fiona.baird@example.co.uk>", "Toothbrush charger", "technical", "high",
"""Hello,

I bought one of the electric toothbrushes your orthodontist recommended
for my daughter, who has braces. The charging stand has started making
a crackling noise when it's plugged in and last night it was too hot to
hold. There's a slight scorch mark on the bathroom shelf under it.

It's unplugged now. I'd just like to know what to do with it and whether
the brush itself is safe to keep using.

Fiona Baird"""),
("en", "b103-sleep-ring-not-syncing", "Tyler Grant <tyler.grant@example.com>", "ring data", "technical", "",
"""Hi - Dr. Alvarez asked me to wear the sleep ring for 14 nights before
my follow-up on the 20th. The ring is charged and the app shows last
night's sleep on my phone, but the clinic portal still has zero nights
uploaded. Is there a setting I'm missing? Don't want to show up with no
data."""),
("en", "b103-hello-booking-error", "Ruth Ellison <ruth.ellison@example.co.uk>", "Hello", "technical", "",
"""Hello, I've been trying to book a hygiene appointment online but when
I choose "hygienist" and any date it comes up with "Something went wrong
(500)". It's done it on my laptop and on my phone. Is the booking page
broken or is it me?

Ruth"""),
("en", "b103-aligner-app-wrong-tray", "Matt Kowalczyk <matt.k@example.com>", "Tracker app", "technical", "",
"""The aligner app thinks I'm on tray 6 when I'm on tray 9. I keep tapping
"next tray" and it says saved, then when I reopen it it's gone back. The
reminders to swap have also stopped coming. Android 14."""),
("en", "b103-bbt-thermometer-readings", "Sneha Kulkarni <sneha.kulkarni@example.in>", "Thermometer readings not coming in app", "technical", "",
"""Hello team,

I am using the Bluetooth basal thermometer given by the fertility clinic
along with your app. From last 6 days the readings are not transferring
to the app. The thermometer shows the reading and beeps, but in app the
chart is empty for these days. I have removed and paired again, same
issue. Doctor has asked me to share the chart on next visit so please
help at the earliest.

Regards,
Sneha"""),
("en", "b103-family-portal-visits-blank", "Peter Abbott <peter.abbott@example.co.uk>", "Family portal", "technical", "",
"""Morning. The family portal where we can see which nurse is coming to
Dad and when has been blank since Saturday. It logs me in fine and then
the visits page just spins. My brother has the same on his computer.
Nothing urgent, Dad's visits are still happening, we just can't see
them.

Peter Abbott"""),
("en", "b103-fall-detect-false-alarms", "Joanne Hurst <joanne.hurst@example.com.au>", "False alarms", "technical", "",
"""Hi there,

Mum's new pendant with the fall detection keeps going off when she sits
down heavily in her recliner. Your call centre then rings her and, when
she doesn't hear it, rings me - three times this week, once at 2am. She's
fine every time. Can the sensitivity be turned down, or is the pendant
faulty? It never happened with her old one.

Joanne Hurst
Ballarat"""),
("en", "b103-thanks-hygienist-nervous", "Owen Prothero <owen.prothero@example.co.uk>", "Thank you to Bethan", "general", "",
"""I wanted to say thank you to Bethan, your hygienist. I hadn't been to a
dentist in eleven years because I was frightened of it, and I nearly
walked out in the waiting room. She explained every step, let me stop
whenever I put my hand up and never made me feel like an idiot. I've
booked my next visit already, which I never thought I'd say.

Owen Prothero"""),
("en", "b103-open-paddys-day", "Aoife Brennan <aoife.brennan@example.ie>", "17th", "general", "",
"""hi are ye open on paddys day? need to pick up my retainer and thats the
only day im off this month"""),
("en", "b103-skin-check-day-mum", "Caroline Nash <caroline.nash@example.co.uk>", "Free mole check day", "general", "",
"""Hello,

I saw on Facebook that you're doing a free mole-check morning at the
Harrogate clinic on the 8th. Do I need to book or just turn up? And can
I bring my mum along too - she's 74 and has a few she's been worried
about but won't go to the GP.

Thanks,
Caroline"""),
("en", "b103-receptionist-rude-normal", "Natalie Cross <natalie.cross@example.co.uk>", "Reception on Tuesday", "general", "",
"""I'm writing because I felt quite upset after ringing the practice on
Tuesday morning. I asked a simple question about whether my son's brace
check could be moved to after school, and the receptionist sighed,
talked over me and then put the phone down while I was still talking.

I don't need anything done, I just think you should know. Everybody
else there has always been lovely.

Natalie Cross"""),
("en", "b103-nurse-rude-dad-senior", "Brian Mulholland <brian.mulholland@example.co.uk>", "Complaint - district visit Thursday", "general", "high",
"""My father is 87 and has dementia. On Thursday your nurse came to change
his leg dressings. My wife was there and heard her tell him to "stop
being so difficult" and "I haven't got all day", and she handled his leg
so roughly he was crying afterwards.

I do not want to put this through the general inbox. I want this
escalated to whoever manages the nursing team in this area, and I want
to hear from them directly, not a form letter. I will not have that
nurse in his house again.

Brian Mulholland
028 9049 6611"""),
("en", "b103-loose-step-clinic", "Georgina Fell <georgina.fell@example.co.uk>", "Front step at Elm Street", "general", "high",
"""Hello,

Just letting you know that the second step up to the front door of your
Elm Street dermatology clinic has come loose - the stone slab rocks when
you put weight on it, and one corner has lifted about an inch. I nearly
went over on it this morning and an older gentleman behind me did
catch his foot.

It probably needs coning off until it's fixed. A lot of your patients
there aren't very steady on their feet.

Georgina Fell"""),
("en", "b103-lost-hearing-aid", "Harold Bennett <harold.bennett@example.org>", "Hearing aid", "general", "",
"""Dear Sir or Madam,

I believe I left my right hearing aid in your waiting room on Friday
afternoon, when I came in for my wife's appointment. It is a small
beige one in a blue case. If it has been handed in, I would be grateful
to know. I can collect it.

Yours faithfully,
Harold Bennett"""),
("en", "b103-change-surname", "Emma Lawson <emma.lawson@example.com>", "Name change", "general", "",
"""Hi, I got married last month, so I'm now Emma Lawson rather than Emma
Pike. Could you update my name on my patient file? Date of birth
14/02/1991. Happy to bring the certificate in at my next appointment."""),
("en", "b103-fun-run-sponsor", "Dave Horton <dave@eastvale-harriers.example>", "Sponsorship - Eastvale 10k", "general", "",
"""Hi,

I'm the secretary of Eastvale Harriers. We hold a 10k every September
with about 600 runners, and a lot of our members use your physio clinic
for injuries. Would you be interested in sponsoring the race this year
- a banner at the finish and your logo on the race t-shirts? We'd also
love a physio or two on hand for the runners if that's something you
do.

Best,
Dave Horton"""),
("en", "b103-braces-over-fifty", "Linda Carraway <linda.carraway@example.com>", "Question", "general", "",
"""Do you fit braces for people over 50? My teeth have crowded a lot in
the last few years and I've always hated my smile. I have two crowns,
does that rule it out?"""),
("en", "b103-records-request-ico", "Stephen Hale <stephen.hale@example.co.uk>", "Subject access request - second notice", "general", "high",
"""On 3 February I made a subject access request for a copy of my full
dental records, including all x-rays and clinical notes from 2019 to
now. You acknowledged it on 5 February. The one-month deadline has long
passed and I have received nothing.

If the records are not with me within seven days I will be making a
complaint to the Information Commissioner's Office.

Stephen Hale
DOB 02/09/1978"""),
("en", "b103-thanks-nurses-late-wife", "Kenneth Arbuthnot <kenneth.arbuthnot@example.co.uk>", "With thanks", "general", "",
"""Dear all,

My wife Margaret died at home on the 2nd, as she wanted to. Your nurses
came to us every day for the last five weeks, and I cannot tell you what
a difference they made. Sandra in particular sat with me on the last
night when I couldn't face being alone.

The paperwork has all been dealt with through your office. This is only
to say thank you, to every one of them.

Kenneth Arbuthnot"""),
("en", "b103-order-results-how-long", "Nicole Sandford <nicole.sandford@example.com>", "Order 48213", "general", "",
"""Hi, I posted my sample back on Monday. I don't want a refund or
anything, I'm just going away on the 12th and wondered roughly how many
days it takes to get the results, so I know whether I'll see them
before I go.

Nicole"""),
("en", "b103-kit-front-desk-building", "Marcus Bell <marcus.bell@example.com>", "delivery", "general", "",
"""Hey, my building has a front desk that signs for packages, so for my
next test kit can the courier just leave it with the concierge instead
of needing me in person? Last one went back to the depot twice. Apt 14C,
the Harmon, 220 W 31st St.

thx
Marcus"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b103-gl-doseis-sidera-dyo-fores", "Katerina Mp. <katerina.mp@example.gr>", "xrewsh", "billing", "",
"""kalhmera,
h dosh gia ta sidera ths korhs mou (120e) kophke 2 fores auto to mhna,
mia stis 5 kai mia stis 7. exw screenshot apo thn trapeza. mporeite na
mou epistrepsete thn mia? h kopela legetai Eleni Mpakalh, asthenhs tou
k. Xatzh.
eyxaristw
Katerina"""),
("el", "b103-apodeixi-afm-dermatologos", "Νίκος Σταματόπουλος <n.stamatopoulos@example.gr>", "Απόδειξη για τη φορολογική", "billing", "",
"""Καλησπέρα σας,

Στις 14 Μαρτίου έκανα αφαίρεση σπίλου στο ιατρείο σας στη Γλυφάδα και
πλήρωσα 150€ με κάρτα. Η απόδειξη που μου δόθηκε δεν έχει το ΑΦΜ μου
και δεν εμφανίζεται στο myAADE, οπότε δεν μπορώ να τη δηλώσω στις
ιατρικές δαπάνες. Μπορείτε να εκδώσετε νέα με ΑΦΜ 045123987;

Ευχαριστώ,
Νίκος Σταματόπουλος"""),
("el", "b103-mentagion-mitera-se-mas", "Σοφία Παπαδάκη <sofia.papadaki@example.gr>", "Μενταγιόν κυρίας Ευτέρπης Παπαδάκη", "billing", "",
"""Καλημέρα,

Η μητέρα μου, Ευτέρπη Παπαδάκη, ήρθε να μείνει μόνιμα μαζί μας στο
Ηράκλειο από τον προηγούμενο μήνα, οπότε πλέον δεν είναι ποτέ μόνη της
και δεν χρειάζεται το μενταγιόν. Θα θέλαμε να σταματήσει η μηνιαία
χρέωση των 22€ από την κάρτα μου. Τη συσκευή πού να την επιστρέψουμε;

Σας ευχαριστώ για όλα αυτά τα χρόνια,
Σοφία Παπαδάκη"""),
("el", "b103-gl-diatrofi-ftasame-stoxo", "Giwrgos T. <giwrgos.t@example.gr>", "telos", "billing", "",
"""geia sas, meta apo 8 mhnes eftasa ta 82 kila apo 104 !! opote auto htan,
den xreiazomai allo to programma. kleiste mou thn syndromh na mhn
xrewthei o epomenos mhnas (39e). kai ena megalo eyxaristw sthn Dhmhtra
th diaitologo, xwris authn de 8a ta katafera"""),
("el", "b103-fylaxi-embryon-doseis", "Μαρίνα Κωνσταντίνου <marina.konst@example.gr>", "Ερώτηση για τη φύλαξη", "billing", "",
"""Καλησπέρα,

Έχουμε κρυοσυντηρημένα έμβρυα στην κλινική σας από τον κύκλο του 2022.
Μας ήρθε ειδοποίηση για την ετήσια χρέωση φύλαξης, 450€. Θα θέλαμε να
ρωτήσουμε αν μπορεί να πληρωθεί σε δόσεις μέσω κάρτας και αν υπάρχει
κάποια έκπτωση αν πληρώσουμε δύο χρόνια μαζί.

Με εκτίμηση,
Μαρίνα και Άρης Κωνσταντίνου"""),
("el", "b103-iris-plirwmi-kit", "Βασιλης Ζαχαριου <vasilis.zachariou@example.gr>", "πληρωμη", "billing", "",
"""Καλημερα, θελω να παραγγειλω το πακετο εξετασεων για θυρεοειδη (49€)
αλλα δεν εχω πιστωτικη. Δεχεστε πληρωμη με IRIS η με καταθεση σε
τραπεζα; Αντικαταβολη γινεται;"""),
("el", "b103-akyrwmeno-rantevou-xrewsi-ypefthynos", "Αλέξανδρος Ρήγας <alexandros.rigas@example.gr>", "Χρέωση 30€ για ραντεβού που ακύρωσα", "billing", "high",
"""Κύριοι,

Μου χρεώθηκαν 30€ ως «μη προσέλευση» για το ραντεβού καθαρισμού της
Τετάρτης. Το ραντεβού το ακύρωσα τηλεφωνικά τη Δευτέρα το πρωί, και η
κοπέλα στη γραμματεία μου είπε «εντάξει, το σβήνω». Η κλήση φαίνεται
στο ιστορικό μου.

Έχω ήδη μιλήσει δύο φορές με τη γραμματεία και μου λένε ότι «το σύστημα
δεν κάνει λάθος». Ζητώ να με καλέσει ο υπεύθυνος του ιατρείου ή ο ίδιος ο
γιατρός, στο 6944 000 318, και να επιστραφούν τα χρήματα.

Αλέξανδρος Ρήγας"""),
("el", "b103-gl-physio-app-den-thelw-epistrofi", "Stavros K. <stavros.k@example.gr>", "dokimastikh periodos", "billing", "",
"""kalhspera, ekana thn dwrean dokimh 7 hmerwn sto app gia thn plath kai
xtes mou phre 59,99 gia olo to xrono. ksexasa na to akurwsw, lathos
mou, den zhtaw pisw ta lefta. thelw mono na mhn ananewthei aytomata
tou xronou. pou to kleinw auto?"""),
("el", "b103-nosileia-nyxterines-synigoros", "Ελένη Βλάχου <eleni.vlachou@example.gr>", "Τιμολόγιο Νοεμβρίου - κ. Βλάχος", "billing", "high",
"""Αξιότιμοι κύριοι,

Στο τιμολόγιο Νοεμβρίου για την κατ' οίκον νοσηλεία του πατέρα μου
χρεώνονται 12 νυχτερινές βάρδιες των 85€. Οι νυχτερινές βάρδιες
σταμάτησαν στις 6 Νοεμβρίου, κατόπιν δικής σας πρότασης, και από τότε
ήρθε νοσηλεύτρια μόνο τη μέρα. Άρα χρεωθήκαμε 8 βάρδιες που δεν έγιναν
ποτέ, δηλαδή 680€.

Το έχω αναφέρει στο λογιστήριό σας από τις 2 Δεκεμβρίου χωρίς
αποτέλεσμα. Αν μέσα σε δέκα ημέρες δεν λάβω διορθωμένο τιμολόγιο και
επιστροφή, θα απευθυνθώ στον Συνήγορο του Καταναλωτή.

Ελένη Βλάχου"""),
("el", "b103-re-meleti-ypnou-eopyy", "Παναγιώτης Δούκας <p.doukas@example.gr>", "Re: Προσφορά μελέτης ύπνου", "billing", "",
"""Ευχαριστώ για την απάντηση. Το ΕΟΠΥΥ καλύπτει κάποιο μέρος αν έχω
παραπεμπτικό από πνευμονολόγο; Και αν όχι, μου δίνετε απόδειξη για να
το περάσω στην ιδιωτική μου ασφάλεια;

Π. Δούκας

-----
> Αγαπητέ κύριε Δούκα,
>
> Η πολυυπνογραφική μελέτη ύπνου μίας νύχτας στο κέντρο μας κοστίζει
> 350€ και περιλαμβάνει τη γνωμάτευση. Διαθέσιμες ημερομηνίες υπάρχουν
> από τις 18 του μήνα.
>
> Με εκτίμηση,
> Κέντρο Διαταραχών Ύπνου"""),
("el", "b103-gl-kit-den-irthe-trapeza", "Mpampis L. <mpampis.l@example.gr>", "PARAGGELIA 20871", "billing", "high",
"""plhrwsa 65 eurw stis 2 tou mhna gia to kit eksetasewn kai den exei
erthei tipota. to tracking leei "se anamonh paralavhs" edw kai 3
ebdomades. exw steilei 3 email kai kanena den apanthse. an mexri thn
Paraskeuh den exw ta lefta mou pisw 8a kanw amfisvhthsh xrewshs sthn
trapeza kai telos.
Xaralampos L."""),
("el", "b103-kwdikos-leykansi", "Δάφνη Ιωαννίδου <dafni.ioannidou@example.gr>", "Κωδικός έκπτωσης", "billing", "",
"""Γεια σας, έκλεισα λεύκανση μέσα από τη σελίδα σας με τον κωδικό
SMILE20 από το Instagram. Στο καλάθι έδειχνε 20% έκπτωση, αλλά στο
ιατρείο μού χρέωσαν ολόκληρα τα 280€. Μπορώ να πάρω πίσω τη διαφορά;"""),
("el", "b103-orthodontiki-gios-spoudes", "Γιάννης Αθανασίου <giannis.athanasiou@example.gr>", "Θεραπεία του Άγγελου", "billing", "",
"""Καλησπέρα,

Ο γιος μου Άγγελος φεύγει τον Σεπτέμβριο για σπουδές στην Ολλανδία και
η ορθοδοντική του θεραπεία θα συνεχιστεί εκεί, με άλλο γιατρό. Μένουν
ακόμη 6 δόσεις των 95€. Τι γίνεται με αυτές; Τις σταματάμε, ή πρέπει να
εξοφλήσουμε κάτι για τη δουλειά που έχει ήδη γίνει;

Γιάννης Αθανασίου"""),
("el", "b103-mentagion-pateras-xwrio", "Κωνσταντίνα Ρούσσου <konstantina.roussou@example.gr>", "Το μενταγιόν του πατέρα μου", "technical", "high",
"""Καλησπέρα,

Ο πατέρας μου, Δημήτρης Ρούσσος, 88 ετών, μένει μόνος του σε χωριό έξω
από τα Γιάννενα. Από χθες η βάση του μενταγιόν αναβοσβήνει κόκκινο και
όταν πατάει το κουμπί για δοκιμή δεν απαντάει κανείς. Τη βγάλαμε από
την πρίζα και την ξαναβάλαμε, το ίδιο. Ο γείτονας που τον κοιτάει λείπει
όλη την εβδομάδα.

Αυτή τη στιγμή αν πέσει δεν έχει τρόπο να ειδοποιήσει. Παρακαλώ να
κάνετε κάτι σήμερα.

Κωνσταντίνα Ρούσσου
6972 000 145"""),
("el", "b103-gl-odontovourtsa-fouskwse", "Lena P. <lena.p@example.gr>", "odontovourtsa", "technical", "high",
"""kalhspera, h hlektrikh odontovourtsa pou phra apo to iatreio sas prin
2 mhnes exei fouskwsei sto katw meros, to plastiko exei anoiksei ligo
kai otan thn evgala apo th vash htan polu zesth. thn afhsa sto mpalkoni
se ena pyato. ti na kanw? na thn ferw sto iatreio?"""),
("el", "b103-efarmogi-fysiko-video", "Μιχαλης Σαββιδης <michalis.savvidis@example.gr>", "Βιντεο ασκησεων", "technical", "",
"""Γεια σας. Μετα την τελευταια ενημερωση της εφαρμογης τα βιντεο με τις
ασκησεις για τη μεση δεν φορτωνουν, μενει ο κυκλος να γυριζει. Τα
προηγουμενα προγραμματα ανοιγουν κανονικα. Κινητο Xiaomi, Android 13.
Ευχαριστω"""),
("el", "b103-gl-diatrofi-login", "Eirini S. <eirini.s@example.gr>", "login", "technical", "",
"""geia, den mporw na mpw sthn efarmogh ths diatrofhs, mou leei "lathos
kwdikos" enw ton allaksa prin 10 lepta. ekana 2 fores reset. exw to
programma tou Maiou kai den mporw na dw ti trwme auth th vdomada"""),
("el", "b103-kartela-asthenon-den-anoigei", "Διοίκηση Ιατρικού Κέντρου Αιγάλεω <dioikisi@iatriko-aigaleo.example>", "Πρόσβαση στο σύστημα", "technical", "high",
"""Καλημέρα,

Από τις 8 το πρωί κανένας από τους υπολογιστές του κέντρου δεν μπορεί
να ανοίξει τις καρτέλες ασθενών. Μπαίνουμε κανονικά, αλλά στην αναζήτηση
ασθενή βγαίνει λευκή σελίδα. Οι τρεις δερματολόγοι βλέπουν περιστατικά
χωρίς ιστορικό και χωρίς να ξέρουν τι φάρμακα παίρνει ο καθένας, και
έχουμε ήδη αναβάλει δύο μικροεπεμβάσεις. Η αίθουσα αναμονής είναι γεμάτη.

Παρακαλούμε τηλεφωνήστε μας αμέσως στο 210 000 5562.

Ρένα Μαυρίδου
Υπεύθυνη Διοίκησης"""),
("el", "b103-den-einai-pliromi-qr-kit", "Θεοδώρα Καλλέργη <theodora.kallergi@example.gr>", "Πρόβλημα με την πληρωμή;", "technical", "",
"""Καλησπέρα. Το θέμα το έγραψε η φόρμα σας μόνη της, δεν είναι θέμα
πληρωμής, η παραγγελία πληρώθηκε κανονικά. Το πρόβλημα είναι ότι η
εφαρμογή δεν διαβάζει το QR στο κουτάκι του δείγματος. Η κάμερα ανοίγει,
σκανάρει και βγάζει «μη έγκυρος κωδικός». Χωρίς αυτό δεν μπορώ να
ενεργοποιήσω το κιτ για να το στείλω πίσω.

Θεοδώρα"""),
("el", "b103-gl-daktylidi-ypnou-fortisi", "Kostas Ant. <kostas.ant@example.gr>", "daxtulidi", "technical", "",
"""Kalhmera, to daxtulidi pou mou dwsate gia th meleth upnou den fortizei.
to vazw sth vash, anavei to lampaki gia ligo kai meta svhnei kai to app
deixnei 0%. to eixa fortisei kanonika tis prwtes 3 nuxtes. exw rantevou
me ton giatro thn allh Triti."""),
("el", "b103-nosileia-efarmogi-eidopoiiseis", "Χρήστος Λαμπράκης <christos.lamprakis@example.gr>", "Εφαρμογή για συγγενείς", "technical", "",
"""Καλημέρα σας,

Χρησιμοποιώ την εφαρμογή σας για να βλέπω τις επισκέψεις της
νοσηλεύτριας στη μητέρα μου. Μέχρι πριν λίγες μέρες μου ερχόταν
ειδοποίηση όταν έφτανε και όταν έφευγε, τώρα δεν έρχεται τίποτα, αν και
οι ειδοποιήσεις είναι ανοιχτές στο τηλέφωνο. Στην εφαρμογή οι επισκέψεις
φαίνονται κανονικά, απλώς δεν ειδοποιούμαι.

Χρήστος Λαμπράκης"""),
("el", "b103-gl-erwtisi-imerologio", "Marilena V. <marilena.v@example.gr>", "Erwthsh", "technical", "",
"""kalhspera, prospathw na kleisw rantevou sth dermatologo apo to site
sas kai to hmerologio den deixnei kamia diathesimh mera, oles einai gkri,
olo ton mhna. sto thlefwno mou eipan oti uparxoun kena. kati de paizei
me to site?"""),
("el", "b103-tens-tsimpimata", "Ευάγγελος Μητρόπουλος <vangelis.mitropoulos@example.gr>", "Συσκευή TENS", "technical", "high",
"""Καλησπέρα σας,

Χρησιμοποιώ τη συσκευή TENS που μου προμήθευσε το φυσικοθεραπευτήριό
σας για τον αυχένα. Τις τελευταίες δύο φορές, ενώ ήταν στη χαμηλότερη
ένταση, ένιωσα απότομα ένα δυνατό τίναγμα, σαν ηλεκτροσόκ, και έμεινε
ένα κόκκινο σημάδι στο δέρμα κάτω από το ηλεκτρόδιο. Το καλώδιο κοντά
στο βύσμα έχει μια μικρή ρωγμή.

Έχω σταματήσει να τη χρησιμοποιώ. Πείτε μου τι να κάνω.

Ευάγγελος Μητρόπουλος"""),
("el", "b103-gl-gonimotita-app-403", "Anna-Maria K. <annamaria.k@example.gr>", "apotelesmata", "technical", "",
"""Kalhspera,
sthn efarmogh ths klinikhs den mporw na dw ta apotelesmata twn
ormonwn (AMH, FSH) pou ekana thn Deutera. patame sto PDF kai vgazei
"sfalma 403". ta palia apotelesmata anoigoun kanonika. mhpws ginetai na
mou ta steilete me email mexri na ftiaxtei?
Eyxaristw, Anna-Maria"""),
("el", "b103-zygaria-bluetooth", "Αγγελική Τσακίρη <angeliki.tsakiri@example.gr>", "Ζυγαριά", "technical", "",
"""Γεια σας, η έξυπνη ζυγαριά που ήρθε με το πρόγραμμα διατροφής δεν
συνδέεται με το κινητό. Ψάχνει με Bluetooth και δεν τη βρίσκει ποτέ.
Άλλαξα μπαταρίες και δοκίμασα και με το τάμπλετ του άντρα μου. Η
ζυγαριά κατά τα άλλα ζυγίζει κανονικά."""),
("el", "b103-gl-eyxaristw-odontiatro-paidi", "Vicky Ch. <vicky.ch@example.gr>", "eyxaristoume!!", "general", "",
"""Kalhmera! hthela na pw ena terastio eyxaristw sth k. Lamprou. o
Nikolakos mas (6 xronwn) trembe na paei se odontiatro kai meta thn
episkepsh sas mou eipe "mama pote ksanapame?" xaxaxa. Ypomonh kai xamogelo
apo thn arxh ws to telos. Na ste kala!"""),
("el", "b103-orario-avgoustos", "Ανδρέας Φωτίου <andreas.fotiou@example.gr>", "Αύγουστος", "general", "",
"""Καλημέρα, θα είστε ανοιχτά τον Αύγουστο ή κλείνετε για διακοπές; Θέλω
να κλείσω ραντεβού για τον έλεγχο των σπίλων πριν πάμε στο νησί."""),
("el", "b103-allagi-kinitou", "Σταυρουλα Μαρκου <stavroula.markou@example.gr>", "Αλλαγη τηλεφωνου", "general", "",
"""Καλησπερα σας, αλλαξα αριθμο κινητου. Ο νεος ειναι 6981 000 244.
Παρακαλω ενημερωστε την καρτελα μου για να μου ερχονται τα μηνυματα για
τα ραντεβου. Σταυρουλα Μαρκου, ημ. γεννησης 3/6/1975."""),
("el", "b103-gl-xasame-mpoufan", "Pavlos D. <pavlos.d@example.gr>", "xameno mpoufan", "general", "",
"""Geia sas, to Savvato to prwi hrthame me thn korh mou gia ta sidera kai
nomizw ksexasame ena paidiko mpoufan skouro mple (Benetton) sthn aithousa
anamonhs, mallon sthn karekla dipla sta periodika. To vrhkate mhpws?"""),
("el", "b103-antigrafo-aktinografiwn", "Ιωάννα Σκουλά <ioanna.skoula@example.gr>", "Αίτημα για αντίγραφο φακέλου", "general", "",
"""Αγαπητοί κύριοι,

Μετακομίζω στη Θεσσαλονίκη και θα συνεχίσω την οδοντιατρική μου
παρακολούθηση εκεί. Θα ήθελα αντίγραφο του ιατρικού μου φακέλου, μαζί με
την πανοραμική ακτινογραφία του 2023 και τις ακτινογραφίες του εμφυτεύματος,
σε ηλεκτρονική μορφή αν γίνεται.

Με εκτίμηση,
Ιωάννα Σκουλά"""),
("el", "b103-nosileftria-symperifora", "Ευθυμία Κοντού <efthymia.kontou@example.gr>", "Σχετικά με την επίσκεψη της Πέμπτης", "general", "",
"""Καλησπέρα,

Θέλω απλώς να σας ενημερώσω ότι η νοσηλεύτρια που ήρθε την Πέμπτη
στη θεία μου (η κυρία με τα κοντά μαλλιά, δεν θυμάμαι το όνομα) μιλούσε
όλη την ώρα στο κινητό της, ακόμη και την ώρα που της άλλαζε τον ορό, και
έφυγε χωρίς να μας πει τίποτα για το πώς την βρήκε. Οι άλλες κοπέλες
σας είναι πολύ προσεκτικές, γι' αυτό μου έκανε εντύπωση.

Ευθυμία Κοντού"""),
("el", "b103-rampa-eisodos-spasmeni", "Λεωνίδας Καραγιάννης <leonidas.karagiannis@example.gr>", "Ράμπα εισόδου", "general", "high",
"""Καλημέρα,

Η ράμπα στην είσοδο του ιατρείου σας στην Καλαμαριά έχει σπάσει στην
άκρη, λείπει ένα κομμάτι τσιμέντο και από κάτω εξέχει σίδερο. Ο πατέρας
μου με το περπατούρι σκάλωσε εκεί την Τρίτη και παραλίγο να πέσει. Τον
κρατήσαμε εγώ και ένας κύριος που περίμενε.

Σας το γράφω για να το φτιάξετε ή τουλάχιστον να το σημαδέψετε, πριν
χτυπήσει κάποιος.

Λεωνίδας Καραγιάννης"""),
("el", "b103-gl-sidera-enilikes", "Dimitra X. <dimitra.x@example.gr>", "erwthsh", "general", "",
"""kalhspera, vazete sidera h diafanous narthhkes se enhlikes? eimai 46 kai ta
mprostina katw exoun stravwsei para poly ta teleutaia xronia. kanete
prwth symvouleutikh episkepsh?"""),
("el", "b103-xorigia-paidiki-omada", "Αθλητικός Σύλλογος Αστέρας Βύρωνα <info@asteras-vyrona.example>", "Πρόταση χορηγίας", "general", "",
"""Αξιότιμοι κύριοι,

Ο Αθλητικός Σύλλογος «Αστέρας Βύρωνα» έχει τέσσερις παιδικές ομάδες
ποδοσφαίρου με περίπου 80 παιδιά. Για τη νέα σεζόν αναζητούμε χορηγό για
τις εμφανίσεις. Επειδή πολλοί γονείς μας είναι ασθενείς του
φυσικοθεραπευτηρίου σας, σκεφτήκαμε να σας το προτείνουμε πρώτα.

Θα χαρούμε να τα πούμε από κοντά.

Για το Δ.Σ.,
Σωτήρης Γεωργίου"""),
("el", "b103-dorean-elegxos-spilon", "Ρένα Κουτσούκου <rena.koutsoukou@example.gr>", "Δωρεάν έλεγχος σπίλων", "general", "",
"""Καλησπέρα! Διάβασα ότι κάνετε δωρεάν προληπτικό έλεγχο σπίλων τον
Μάιο για την Ευρωπαϊκή Ημέρα Μελανώματος. Ποιες μέρες ακριβώς και
χρειάζεται να κλείσω ραντεβού ή πάω απευθείας; Θα έρθω με τον σύζυγό μου."""),
("el", "b103-grammateia-apadexti-diefthyntis", "Κατερίνα Μανωλάκου <katerina.manolakou@example.gr>", "Παράπονο", "general", "high",
"""Κύριοι,

Χθες ήρθα στην κλινική σας για το προγραμματισμένο υπερηχογράφημα της
εμβρυομεταφοράς. Περίμενα μιάμιση ώρα, και όταν ρώτησα ευγενικά πόσο θα
κάνει ακόμη, η κυρία στην υποδοχή μου απάντησε μπροστά σε όλη την
αίθουσα «αν βιάζεστε, να πάτε αλλού». Ξέρετε πόσο άγχος έχει κανείς
εκείνη τη μέρα.

Δεν θέλω απάντηση από την υποδοχή. Ζητώ να επικοινωνήσει μαζί μου ο
διευθυντής της κλινικής προσωπικά.

Κατερίνα Μανωλάκου"""),
("el", "b103-gl-kit-periptero", "Thodwris M. <thodwris.m@example.gr>", "paradosh", "general", "",
"""geia sas, to kit pou paraggeila (20955) an erthei prwi den tha eimai
spiti. mporei o courier na to afhsei sto periptero sth gwnia
(Agiou Dhmhtriou kai Kolokotrwnh)? ton kserei ton kurio Lefterh, ta
pairnei panta."""),
("el", "b103-den-thelo-epistrofi-apotelesmata", "Ολγα Νικολαΐδου <olga.nikolaidou@example.gr>", "Παραγγελία 30417", "general", "",
"""Καλημέρα σας. Δεν ζητάω επιστροφή χρημάτων, όλα καλά με την παραγγελία.
Απλώς έστειλα το δείγμα πίσω την Τρίτη και θέλω να ξέρω σε πόσες
εργάσιμες βγαίνουν συνήθως τα αποτελέσματα για τη βιταμίνη D και τον
σίδηρο, γιατί έχω ραντεβού με τον παθολόγο μου στις 20.

Όλγα"""),
("el", "b103-efxaristirio-nosileftries-patera", "Αντώνης Μπαλτάς <antonis.baltas@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Ο πατέρας μου γύρισε σπίτι μετά την εγχείρηση στο ισχίο και για έξι
εβδομάδες τον φρόντιζαν οι νοσηλεύτριές σας, η Μαρία και η Σταυρούλα.
Σήμερα περπάτησε μόνος του μέχρι το καφενείο της πλατείας. Ήθελα να το
ξέρετε και να τους μεταφέρετε τις ευχαριστίες όλης της οικογένειας.

Αντώνης Μπαλτάς, Λάρισα"""),
("el", "b103-diagrafi-dedomenwn-arxi", "Φώτης Αλεξίου <fotis.alexiou@example.gr>", "Αίτημα διαγραφής - δεύτερη υπενθύμιση", "general", "high",
"""Κύριοι,

Στις 10 Ιανουαρίου σας ζήτησα γραπτώς τη διαγραφή όλων των προσωπικών
μου δεδομένων από το πρόγραμμα διατροφής, σύμφωνα με το άρθρο 17 του
ΓΚΠΔ, και να σταματήσετε να μου στέλνετε SMS προωθητικών ενεργειών.
Δεν έχω λάβει καμία απάντηση και τα SMS συνεχίζονται.

Αν μέσα σε 7 ημέρες δεν λάβω επιβεβαίωση, θα υποβάλω καταγγελία στην
Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Φώτης Αλεξίου"""),
# ---------------- Spanish ----------------
("es", "b103-cuota-ortodoncia-repetida", "Lucía Ortega <lucia.ortega@example.es>", "Cuota de marzo", "billing", "",
"""Hola,

Este mes me habéis pasado dos veces el recibo de la ortodoncia de mi
hijo Pablo (75 € cada uno, los dos con fecha 1 de marzo). Os adjunto el
extracto. ¿Me podéis devolver uno de los dos?

Gracias,
Lucía Ortega"""),
("es", "b103-factura-cfdi-kit", "Jorge Villaseñor <jorge.villasenor@example.com.mx>", "Factura", "billing", "",
"""Buenas tardes, me pueden facturar el kit de perfil hormonal que compré
el 3 de mayo (pedido MX-44102, $1,890 MXN)? Mis datos fiscales:

Jorge Villaseñor Ruiz
RFC VIRJ800314AB2
Uso CFDI: D01 Honorarios médicos y gastos hospitalarios
CP 44630, Guadalajara

Gracias de antemano."""),
("es", "b103-cuotas-sin-interes-nutri", "Florencia Bianchi <flor.bianchi@example.com.ar>", "consulta por cuotas", "billing", "",
"""Hola! Quería saber si el plan de nutrición de 6 meses ($180.000) se
puede pagar en cuotas sin interés con tarjeta. Tengo Visa del Galicia.
Y si se paga en un pago tiene algún descuento? Gracias!!"""),
("es", "b103-teleasistencia-padre-residencia", "Ramón Esteve <ramon.esteve@example.es>", "Teleasistencia de mi padre", "billing", "",
"""Buenos días:

Mi padre, Vicente Esteve Martí, ha entrado esta semana en una residencia
en Castellón donde tienen su propio servicio de enfermería las 24 horas,
así que el aparato de teleasistencia que tiene en casa ya no le hace
falta. Les ruego que dejen de cargar los 19,90 € mensuales en su cuenta
a partir de este mes y me digan cómo devolver el colgante y la base.

Atentamente,
Ramón Esteve"""),
("es", "b103-prueba-gratis-cobro-app", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Cobro app de ejercicios", "billing", "",
"""Buenas, descargué la app de fisioterapia para la rodilla con la prueba
gratis de 7 días y la cancelé al tercer día desde la tienda de apps.
Igual me llegó un cobro de $89.900 pesos a la tarjeta. Tengo el pantallazo
de la cancelación. Me pueden reversar ese cobro por favor?

Camilo Restrepo
Medellín"""),
("es", "b103-senal-fiv-hoja-reclamaciones", "Marta Izquierdo <marta.izquierdo@example.es>", "Devolución de la señal - ciclo cancelado", "billing", "high",
"""Buenos días:

En enero abonamos 1.500 € de señal para un ciclo de FIV que debía
empezar en abril. En marzo la clínica nos comunicó que lo cancelaba por
falta de donante compatible y que nos devolvería la señal íntegra. Han
pasado diez semanas; hemos llamado cuatro veces y siempre nos dicen que
«está en contabilidad».

Si en quince días no tenemos el dinero en la cuenta, pondremos una hoja
de reclamaciones y presentaremos denuncia en la Oficina Municipal de
Información al Consumidor.

Marta Izquierdo y Andrés Lozano
Nº historia 2022-3381"""),
("es", "b103-limpieza-doble-profeco", "Adriana Cervantes <adriana.cervantes@example.com.mx>", "Cobro doble limpieza dental", "billing", "high",
"""Buen día,

El 12 de junio me hicieron una limpieza en su consultorio de Coyoacán y
me cobraron $950 con tarjeta. Al día siguiente me volvieron a cargar
$950 por el mismo concepto. Ya fui en persona y me dijeron que "en unos
días se ajusta solo". Ya pasaron tres semanas.

Si esta semana no se me devuelve el segundo cargo, voy a poner una queja
formal en Profeco y a pedirle al banco que lo desconozca.

Adriana Cervantes"""),
("es", "b103-polisomnografia-isapre", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "Consulta boleta", "billing", "",
"""Hola, me hicieron la polisomnografía en su clínica el viernes y pagué
$280.000. Mi Isapre me pide la boleta con el código de prestación para
el reembolso y la que me dieron no lo trae. ¿Me pueden mandar una que lo
incluya?

Saludos,
Ignacio Fuentes"""),
("es", "b103-enfermeria-horas-responsable", "Pilar Ochoa <pilar.ochoa@example.es>", "Factura de noviembre - Dña. Carmen Ochoa", "billing", "high",
"""Buenas tardes:

En la factura de noviembre del servicio de enfermería a domicilio de mi
madre aparecen 30 visitas de una hora. La hoja de firmas que dejan en su
casa tiene 21. Las otras nueve no se hicieron, y dos de esos días tuve
que ir yo desde Bilbao a ponerle la insulina.

He llamado tres veces a la oficina y me dicen que lo consultarán. Quiero
hablar con la responsable del servicio, no con administración, y que
se corrija la factura.

Pilar Ochoa
688 000 417"""),
("es", "b103-re-presupuesto-blanqueamiento", "Martín Acosta <martin.acosta@example.com.ar>", "Re: Presupuesto blanqueamiento", "billing", "",
"""Gracias. Una consulta: el presupuesto está en dólares, puedo pagarlo en
pesos? a qué cotización lo toman? Y si es en efectivo hay descuento?

Martín

-----
> Estimado Martín:
>
> Le enviamos el presupuesto del blanqueamiento en consultorio (dos
> sesiones): USD 320.
>
> Quedamos a disposición.
> Consultorio Odontológico Palermo"""),
("es", "b103-bono-laser-mudanza", "Sergio Ledesma <sergio.ledesma@example.es>", "Bono depilación láser", "billing", "",
"""Hola, tengo un bono de 6 sesiones de láser en vuestra clínica de
Alcobendas y he hecho solo dos. Me trasladan a Sevilla por trabajo el mes
que viene y allí no tenéis centro. ¿Me devolvéis las cuatro que no he
usado o hay alguna otra opción? Pagué 390 € por el bono."""),
("es", "b103-no-falla-pago-oxxo", "Guadalupe Reyes <lupita.reyes@example.com.mx>", "el kit", "billing", "",
"""hola, el kit no tiene ningun problema eh, es que quiero pedir otro para
mi esposo pero no tengo tarjeta. se puede pagar en oxxo o por
transferencia spei? gracias"""),
("es", "b103-hola-familia-numerosa", "Beatriz Navarro <beatriz.navarro@example.es>", "Hola", "billing", "",
"""Hola, somos familia numerosa y tres de nuestros hijos van a necesitar
ortodoncia en los próximos años. ¿Tenéis algún descuento para hermanos o
para familias numerosas? Y ¿se puede fraccionar el pago sin intereses?

Un saludo,
Beatriz"""),
("es", "b103-colgante-abuela-soria", "Álvaro Gil <alvaro.gil@example.es>", "Colgante de mi abuela no funciona", "technical", "high",
"""Hola:

Mi abuela Eusebia tiene 89 años y vive sola en un pueblo de Soria. Esta
mañana al hacer la prueba semanal el colgante no conecta con la
centralita: el aparato pita, se pone la luz roja y no contesta nadie.
Hemos reiniciado el terminal como dice el folleto y sigue igual.

En el pueblo no hay nadie que pueda estar pendiente de ella. Necesitamos
que alguien lo solucione hoy mismo, por favor.

Álvaro Gil
Teléfono 623 000 190"""),
("es", "b103-cpap-cargador-chispas", "Héctor Mondragón <hector.mondragon@example.com.mx>", "Equipo CPAP", "technical", "high",
"""Buenas noches.

Les escribo porque anoche, al conectar el eliminador de corriente del
CPAP que me rentaron en la clínica del sueño, salió una chispa del
enchufe y se sintió olor a quemado. El cable cerca del transformador
está derretido en una parte. Lo desconecté y no lo he vuelto a usar.

¿Me pueden cambiar el equipo o decirme qué hacer? Quedo atento.

Héctor Mondragón
Monterrey"""),
("es", "b103-balanza-no-sincroniza", "Valentina Romero <valentina.romero@example.com.ar>", "balanza", "technical", "",
"""Hola, la balanza que me mandaron con el plan no sincroniza con la app
desde hace una semana. La app dice "buscando dispositivo" y nada. Ya
probé sacarle las pilas, desinstalar la app, todo. Mi nutricionista
necesita ver el peso de los lunes. Tengo un Motorola."""),
("es", "b103-codigo-sms-resultados", "José Manuel Pardo <josemanuel.pardo@example.es>", "No me llega el código", "technical", "",
"""Buenas tardes:

Intento entrar en el portal para ver los resultados de la analítica pero
el código de verificación por SMS no me llega nunca. Le he dado a
«reenviar» varias veces. El número de móvil es el correcto porque es el
mismo al que me avisaron de que ya estaban los resultados.

José Manuel Pardo"""),
("es", "b103-agenda-clinica-caida", "Recepción Clínica Dental Sonríe <recepcion@sonrie-chapinero.example>", "URGENTE agenda", "technical", "high",
"""Buenos días,

Desde las 7 am no carga la agenda en ningún computador de la clínica. Los
pacientes están llegando y no sabemos quién tiene cita con qué doctor ni
a qué hora; ya hay nueve personas en la sala y dos doctoras esperando sin
saber a quién atender. Estamos anotando a mano pero no podemos ver
tratamientos ni abonos.

Por favor llamen al 601 000 4471. Cuenta Chapinero-02.

Natalia Pinzón
Coordinadora"""),
("es", "b103-no-es-facturacion-app-cierra", "Rocío Benítez <rocio.benitez@example.es>", "Facturación", "technical", "",
"""Hola, ya sé que el asunto dice «Facturación», es que el formulario no
me dejaba elegir otra cosa. No es un tema de facturación: la app de
rehabilitación se cierra sola cada vez que abro los ejercicios de
hombro. Los de espalda funcionan bien. iPad de 9ª generación.

Rocío"""),
("es", "b103-termometro-basal-emparejar", "Ximena Alcántara <ximena.alcantara@example.com.mx>", "termómetro", "technical", "",
"""Hola buenas tardes, el termómetro basal que me dieron en la clínica ya no
se empareja con el celular. Antes funcionaba perfecto, desde que cambié
de teléfono no lo encuentra. Ya le cambié la pila. La doctora me pidió la
gráfica de este ciclo y no la puedo sacar. Qué puedo hacer?

Saludos
Ximena"""),
("es", "b103-web-citas-error-dermatologo", "Francisco Molina <francisco.molina@example.es>", "Cita online", "technical", "",
"""Buenas, al intentar pedir cita con el dermatologo por la web, cuando
elijo el dia me sale "Error al cargar la disponibilidad" y se queda en
blanco. Lo he probado desde el movil y el ordenador. Llevo dos dias asi.
Gracias"""),
("es", "b103-anillo-sueno-no-carga", "Carolina Vidal <carolina.vidal@example.cl>", "Anillo del estudio", "technical", "",
"""Hola, el anillo para el estudio de sueño en casa no está cargando. Lo
pongo en la base y no se prende la luz. La primera noche funcionó bien.
Tengo que usarlo hasta el jueves. ¿Me pueden mandar otra base o qué
hago?

Carolina"""),
("es", "b103-lampara-fototerapia-caliente", "Enrique Salas <enrique.salas@example.es>", "Lámpara de fototerapia", "technical", "high",
"""Buenos días:

Uso en casa la lámpara de fototerapia UVB que me prescribió su unidad de
dermatología para la psoriasis. Las dos últimas veces, a los cinco
minutos de encenderla, la parte de atrás se ha puesto tan caliente que
no se podía tocar y olía a plástico quemado. Hoy he visto que la carcasa
está algo deformada junto al ventilador, que ya no suena.

No la voy a usar hasta que me digan algo.

Un saludo,
Enrique Salas"""),
("es", "b103-app-enfermeria-visitas-vacia", "Gustavo Paz <gustavo.paz@example.com.ar>", "app familiares", "technical", "",
"""Buenas, en la app para familiares no aparece ninguna visita de la
enfermera a mi viejo desde el lunes. Sé que vino porque él me dijo, pero
la app está vacía y no puedo ver los controles de presión que le toman.
Ya cerré sesión y volví a entrar. Saludos, Gustavo"""),
("es", "b103-fotos-alineadores-no-suben", "Irene Castaño <irene.castano@example.es>", "Fotos del seguimiento", "technical", "",
"""Hola, cada dos semanas tengo que subir fotos de los alineadores a la
app para que la ortodoncista vea cómo van, pero desde el viernes al
darle a «enviar» se queda en el 90 % y luego dice «No se ha podido
subir». Tengo buena conexión. ¿Os llegan por otro lado?"""),
("es", "b103-gracias-higienista-lorena", "Montserrat Puig <montse.puig@example.es>", "Gracias", "general", "",
"""Hola,

Solo quería dar las gracias a Lorena, la higienista. Tengo mucha
sensibilidad y siempre lo paso fatal con las limpiezas, pero ella fue
tan cuidadosa y paciente que casi ni me enteré. ¡Da gusto!

Montse"""),
("es", "b103-horario-semana-santa", "Rosa María Téllez <rosa.tellez@example.com.mx>", "Horario Semana Santa", "general", "",
"""Buenos días, ¿van a abrir el jueves y viernes santo? Quiero llevar a mi
hija a que le revisen los brackets antes de que nos vayamos a Veracruz.
Gracias."""),
("es", "b103-cambio-domicilio-email", "Pablo Giménez <pablo.gimenez@example.com.ar>", "cambio de datos", "general", "",
"""Hola, me mudé. El nuevo domicilio es Av. Colón 1450, 3° B, Córdoba (CP
5000) y cambié el mail a este. Por favor actualicen mis datos así me
llegan los kits y los resultados al lugar correcto. DNI 30.112.458."""),
("es", "b103-gafas-sala-espera", "Carmen Doménech <carmen.domenech@example.es>", "Gafas olvidadas", "general", "",
"""Buenas tardes:

Creo que el martes por la tarde me dejé unas gafas de leer en la sala
de espera de la consulta de dermatología, de montura roja y en una funda
marrón. Si las han encontrado, pasaré a recogerlas.

Muchas gracias,
Carmen Doménech"""),
("es", "b103-copia-historia-clinica", "Andrés Felipe Morales <andres.morales@example.com.co>", "Solicitud de historia clínica", "general", "",
"""Buenas tardes,

Solicito respetuosamente copia completa de mi historia clínica de
fisioterapia (sesiones de febrero a mayo), ya que la EPS me la pide para
continuar el tratamiento con otro prestador. Puede ser en PDF a este
correo.

Cordialmente,
Andrés Felipe Morales
C.C. 1.020.334.556"""),
("es", "b103-queja-trato-recepcion", "Nuria Castells <nuria.castells@example.es>", "Trato en recepción", "general", "",
"""Buenas,

El lunes fui con mi padre a la revisión de las prótesis y el
recepcionista de la mañana nos habló de muy malas maneras porque
llegamos cinco minutos tarde (había un accidente en la Diagonal). No
pido nada, solo quería que lo supierais, porque el resto del equipo es
encantador.

Nuria Castells"""),
("es", "b103-escalon-roto-clinica", "Mónica Treviño <monica.trevino@example.com.mx>", "Escalón de la entrada", "general", "high",
"""Hola,

Les aviso que el escalón de la entrada de su clínica de la calle Hidalgo
está roto en la orilla y la loseta se mueve. Hoy en la mañana una señora
mayor se tropezó ahí y se raspó las rodillas; por suerte no pasó a más.
Con la lluvia además se pone resbaloso.

Sería bueno que lo arreglen o que pongan algo para avisar, antes de que
alguien se lastime de verdad.

Mónica Treviño"""),
("es", "b103-ortodoncia-con-implantes", "Javier Montero <javier.montero@example.es>", "Consulta", "general", "",
"""Hola, tengo 52 años y dos implantes en la parte de abajo. ¿Se puede
hacer ortodoncia invisible igualmente? Los dientes de delante se me han
ido montando y me gustaría saber si tiene solución antes de pedir cita."""),
("es", "b103-patrocinio-hockey", "Club Atlético Los Ceibos <prensa@losceibos-hockey.example>", "Propuesta de patrocinio", "general", "",
"""Buenas tardes,

Somos el Club Atlético Los Ceibos, de San Isidro. En octubre organizamos
un torneo de hockey femenino con 16 equipos juveniles. Muchas de
nuestras jugadoras se atienden en su centro de kinesiología y pensamos
que podría interesarles ser sponsor del torneo (cartelería, redes y
camisetas).

Quedamos a disposición para charlarlo.

Lucía Domínguez
Subcomisión de Prensa"""),
("es", "b103-charla-sueno-infantil", "Elena Ruiz <elena.ruiz@example.es>", "Charla sueño infantil", "general", "",
"""Hola! He visto en Instagram que hacéis una charla gratuita sobre el
sueño en niños pequeños el día 23 en la unidad del sueño. ¿Hay que
apuntarse? ¿Se puede ir con el bebé? Tiene 7 meses, jeje."""),
("es", "b103-enfermera-regano-mama-supervisora", "Verónica Lozano <veronica.lozano@example.com.mx>", "Trato a mi mamá", "general", "high",
"""Buenas tardes,

La enfermera que mandaron el sábado a ponerle el suero a mi mamá (tiene
81 años) la regañó a gritos porque no podía estirar bien el brazo, le
dijo que era "una necia" y se fue sin despedirse. Mi mamá se quedó
llorando toda la tarde y ya no quiere que venga nadie.

Quiero hablar con la supervisora o con quien esté a cargo del servicio
de enfermería, no con el call center. Y no quiero que esa enfermera
vuelva a la casa.

Verónica Lozano
55 0000 3391"""),
("es", "b103-entrega-kit-conserjeria", "Tomás Sepúlveda <tomas.sepulveda@example.cl>", "Entrega", "general", "",
"""Hola, para el próximo kit por favor que lo dejen en conserjería. Trabajo
todo el día y el conserje lo recibe sin problema. Edificio Los
Aromos, Av. Providencia 2130, Santiago."""),
("es", "b103-no-quiero-devolucion-nevera", "Lorena Castillo <lorena.castillo@example.es>", "Pedido 55120", "general", "",
"""Hola, no quiero devolverlo ni que me devolváis nada, tranquilos. Solo
una duda: me ha llegado el kit hoy pero no puedo hacerme la toma hasta
el lunes. ¿Lo guardo en la nevera o a temperatura ambiente?

Lorena"""),
("es", "b103-supresion-datos-aepd", "Raúl Santamaría <raul.santamaria@example.es>", "Ejercicio del derecho de supresión - 2º aviso", "general", "high",
"""Muy señores míos:

El pasado 8 de febrero les solicité por escrito la supresión de todos
mis datos personales de su programa de nutrición y la baja de sus
comunicaciones comerciales, conforme al artículo 17 del RGPD. No he
recibido respuesta y sigo recibiendo correos y SMS publicitarios.

Si en un plazo de diez días no recibo confirmación de la supresión,
presentaré una reclamación ante la Agencia Española de Protección de
Datos.

Atentamente,
Raúl Santamaría"""),
("es", "b103-lanceta-no-salta", "Daniel Herrero <dani.herrero@example.es>", "kit analitica", "technical", "",
"""Buenas, me ha llegado el kit de analitica de colesterol y las dos
lancetas que trae no saltan. Aprieto el boton contra el dedo y no pasa
nada, ni click ni nada. He seguido el video paso a paso. Me podeis mandar
otras o hay algun truco?
Dani"""),
# ---------------- Polish ----------------
("pl", "b103-rata-aparat-dwa-razy", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Rata za aparat", "billing", "",
"""Dzień dobry,

w tym miesiącu rata za aparat ortodontyczny córki (250 zł) została
pobrana z mojego konta dwa razy, 10 i 11 kwietnia. Proszę o zwrot jednej
z nich. Córka to Zuzanna Wróbel, leczy się u dr Sikory.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b103-faktura-nip-dermatolog", "Tomasz Krawczyk <biuro@krawczyk-uslugi.example>", "Faktura", "billing", "",
"""Dzien dobry, prosze o wystawienie faktury na firme za konsultacje
dermatologiczna z 7.05 (400 zl, platnosc karta):

Krawczyk Uslugi Remontowe Tomasz Krawczyk
ul. Lipowa 12, 43-300 Bielsko-Biala
NIP 547-000-12-34

Paragon mam, moge przeslac skan.
Tomasz Krawczyk"""),
("pl", "b103-opaska-sos-mama-zmarla", "Grażyna Pawlak <grazyna.pawlak@example.pl>", "Opaska SOS mamy", "billing", "",
"""Szanowni Państwo,

z przykrością informuję, że moja mama, Janina Kowalczyk, zmarła
w ubiegły czwartek. Korzystała z Państwa opaski SOS z abonamentem
59 zł miesięcznie. Proszę o zakończenie umowy i niepobieranie dalszych
opłat. Proszę też o informację, jak odesłać opaskę i stację.

Dziękuję za opiekę nad mamą przez te dwa lata.

Grażyna Pawlak"""),
("pl", "b103-dieta-zawieszenie-sanatorium", "Halina Baran <halina.baran@example.pl>", "program odchudzania", "billing", "",
"""Dzien dobry, od 3 czerwca jade na trzy tygodnie do sanatorium
w Ciechocinku, tam i tak maja swoje jedzenie. Czy mozna wstrzymac moj
program dietetyczny na ten czas i nie pobierac oplaty za czerwiec? Po
powrocie chce kontynuowac. Halina Baran"""),
("pl", "b103-blik-zestaw-badan", "Kuba Zalewski <kuba.zalewski@example.pl>", "platnosc", "billing", "",
"""hej, da sie zaplacic blikiem za pakiet badan tarczycy? w koszyku widze
tylko karte i przelew tradycyjny a nie chce czekac 2 dni na ksiegowanie"""),
("pl", "b103-zaliczka-invitro-rzecznik", "Monika Sadowska <monika.sadowska@example.pl>", "Zwrot zaliczki - procedura odwołana przez klinikę", "billing", "high",
"""Szanowni Państwo,

w lutym wpłaciliśmy 3000 zł zaliczki na procedurę in vitro zaplanowaną
na kwiecień. W marcu klinika odwołała procedurę z powodu awarii
inkubatorów i zapewniła pisemnie, że zaliczka zostanie zwrócona w ciągu
14 dni. Minęło ponad dwa miesiące, a pieniędzy nadal nie ma. Telefonicznie
słyszymy tylko, że „sprawa jest w księgowości”.

Jeżeli zwrot nie nastąpi w ciągu 7 dni, skierujemy sprawę do miejskiego
rzecznika konsumentów i rozważymy drogę sądową.

Monika i Paweł Sadowscy"""),
("pl", "b103-oplata-nieodwolana-kierownik", "Ryszard Michalak <ryszard.michalak@example.pl>", "Opłata 100 zł", "billing", "high",
"""Dzień dobry,

obciążono mnie opłatą 100 zł za „nieodwołaną wizytę” u stomatologa
18 marca. Wizytę odwołałem 15 marca przez Państwa stronę internetową
i dostałem SMS z potwierdzeniem, który nadal mam w telefonie.

Rejestracja dwukrotnie odesłała mnie z kwitkiem. Proszę, aby
skontaktował się ze mną kierownik przychodni, tel. 601 000 283, i żeby
opłata została anulowana.

Ryszard Michalak"""),
("pl", "b103-pielegniarka-wizyty-bank", "Sylwia Jasińska <sylwia.jasinska@example.pl>", "Rachunek za opiekę - marzec", "billing", "high",
"""Dzień dobry,

za marzec pobrali Państwo z mojej karty 2 480 zł za 31 wizyt
pielęgniarskich u mojego taty. Pielęgniarka była u niego 24 razy — mam
zeszyt wizyt z jej podpisami. Za 7 wizyt, które się nie odbyły, zapłaciłam
ponad 550 zł.

Pisałam w tej sprawie już 4 kwietnia. Jeśli do końca tygodnia nie
dostanę korekty i zwrotu, złożę w banku reklamację transakcji
(chargeback) i zrezygnuję z Państwa usług.

Sylwia Jasińska"""),
("pl", "b103-fizjo-app-roczny-na-miesieczny", "Marcin Kubiak <marcin.kubiak@example.pl>", "Abonament", "billing", "",
"""Czesc, mam roczny plan w aplikacji do cwiczen na kregoslup (299 zl), konczy
sie w lipcu. Zamiast przedluzac na kolejny rok wolalbym przejsc na
miesieczny, bo nie wiem czy bede cwiczyc cale wakacje. Da sie to ustawic
z wyprzedzeniem?"""),
("pl", "b103-re-kosztorys-implantu-raty", "Elżbieta Górska <elzbieta.gorska@example.pl>", "Re: Plan leczenia - implant", "billing", "",
"""Dziękuję za przesłanie planu. Czy jest możliwość rozłożenia kwoty na
raty 0%, np. na 10 miesięcy? I czy korona jest wliczona w tę cenę, czy
płaci się za nią osobno?

Elżbieta Górska

> Szanowna Pani,
>
> w załączeniu przesyłamy plan leczenia:
> implant z łącznikiem — 4 800 zł
> Termin zabiegu do ustalenia z rejestracją.
>
> Z poważaniem
> Centrum Stomatologii Dentica"""),
("pl", "b103-bon-badanie-snu-waznosc", "Wojciech Stępień <wojciech.stepien@example.pl>", "Bon podarunkowy", "billing", "",
"""Dzień dobry, dostałem od żony na urodziny bon na badanie snu w Państwa
poradni (bon nr 0417, 650 zł). Do kiedy jest ważny i czy mogę go
wykorzystać na badanie w domu zamiast w pracowni? Gdyby było tańsze,
czy resztę można zużyć później?"""),
("pl", "b103-to-nie-reklamacja-podwyzka", "Kamila Ostrowska <kamila.ostrowska@example.pl>", "Pytanie o subskrypcję", "billing", "",
"""Dzień dobry, od razu zaznaczę, że to nie jest reklamacja aplikacji –
wszystko działa. Chodzi o to, że za plan dietetyczny pobraliście w tym
miesiącu 79 zł zamiast 59 zł. Nie dostałam żadnej informacji o zmianie
ceny. Czy to błąd, a jeśli nie, to od kiedy obowiązuje nowa cena?

Kamila"""),
("pl", "b103-zamowienie-zwrot-zestawu", "Jerzy Wilk <jerzy.wilk@example.pl>", "Zamówienie 88213", "billing", "",
"""Dzien dobry
zamowilem przez pomylke dwa zestawy do badania witaminy D zamiast
jednego. Drugi jest nieotwarty, w folii. Jak go odeslac i kiedy dostane
zwrot 129 zl?
J. Wilk"""),
("pl", "b103-przycisk-sos-tata-podlasie", "Anna Sokołowska <anna.sokolowska@example.pl>", "Przycisk taty nie działa", "technical", "high",
"""Dzień dobry,

mój tata, Józef Sokołowski, ma 86 lat i mieszka sam na wsi pod
Białymstokiem. Dzisiaj rano sąsiadka nacisnęła z nim przycisk testowo
i nic – stacja mruga na pomarańczowo, nikt się nie odzywa i nie
oddzwania. Wyłączałyśmy ją z prądu, bez zmian.

Ja mieszkam w Gdańsku i nie dojadę wcześniej niż w sobotę. Jeśli tata
się przewróci, nie ma jak wezwać pomocy. Bardzo proszę o pilny kontakt:
512 000 930.

Anna Sokołowska"""),
("pl", "b103-ladowarka-szczoteczki-iskrzy", "Przemysław Nowicki <przemek.nowicki@example.pl>", "Szczoteczka soniczna", "technical", "high",
"""Dzień dobry,

kupiłem w Państwa gabinecie szczoteczkę soniczną. Od kilku dni
ładowarka przy podłączaniu do gniazdka iskrzy, a wczoraj poczułem zapach
spalenizny i na obudowie przy kablu pojawiło się ciemne przebarwienie.
Ładowarkę odłączyłem i leży w szufladzie.

Co mam z nią zrobić? Szczoteczka jeszcze trochę trzyma baterię.

Przemysław Nowicki"""),
("pl", "b103-filmy-cwiczen-nie-odtwarzaja", "Dorota Kaczmarek <dorota.kaczmarek@example.pl>", "filmy", "technical", "",
"""Dzien dobry, w aplikacji do rehabilitacji po operacji barku nie
odtwarzaja sie filmy z cwiczeniami na ten tydzien. Jest tylko czarny
ekran i kolko. Starsze filmy dzialaja. Telefon Samsung, aplikacja
zaktualizowana. Dziekuje"""),
("pl", "b103-logowanie-wyniki-badan", "Stanisław Żak <stanislaw.zak@example.pl>", "nie mogę się zalogować", "technical", "",
"""Dostałem SMS, że wyniki badań są gotowe, ale przy logowaniu wyskakuje
„Konto zablokowane, spróbuj później”. Próbowałem wczoraj wieczorem
i dzisiaj rano. Hasła nie zmieniałem. Co mam zrobić, żeby się dostać do
wyników?

S. Żak"""),
("pl", "b103-rtg-nie-dziala-gabinet", "Gabinet Stomatologiczny Uśmiech <recepcja@usmiech-tarnow.example>", "od rana", "technical", "high",
"""Dzień dobry,

od rana w żadnym z trzech gabinetów nie da się wykonać zdjęcia RTG —
program pokazuje „brak połączenia z czujnikiem” i nic się nie zapisuje.
Odesłaliśmy już do domu czterech pacjentów, w tym dziecko z bólem
i pacjenta do leczenia kanałowego. Na popołudnie mamy 18 wizyt.

Prosimy o pilny telefon: 14 000 62 18. Numer klienta USM-0773.

Joanna Rutkowska
kierownik rejestracji"""),
("pl", "b103-skaner-kodow-dieta", "Oliwia Malinowska <oliwia.malinowska@example.pl>", "skaner", "technical", "",
"""Czesc! Skaner kodow kreskowych w aplikacji dietetycznej od paru dni nie
rozpoznaje niczego, nawet jogurtu, ktory skanowalam sto razy. Pokazuje
„Nie znaleziono produktu”. Wpisywanie recznie dziala. iPhone 12."""),
("pl", "b103-termometr-owulacyjny", "Natalia Kowalewska <natalia.kowalewska@example.pl>", "Termometr", "technical", "",
"""Dzień dobry, termometr owulacyjny z Bluetooth, który dostałam w klinice,
od trzech dni nie przesyła pomiarów do aplikacji. Na wyświetlaczu wynik
jest, ale w aplikacji pusto. Usunęłam i sparowałam go jeszcze raz, nic
to nie dało. Lekarz prosił o wykres z całego cyklu.

Natalia"""),
("pl", "b103-pytanie-rejestracja-online", "Łukasz Adamczyk <lukasz.adamczyk@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry, czy rejestracja online działa? Przy wyborze terminu do
ortodonty strona wyrzuca mnie z powrotem na start, bez żadnego
komunikatu. Tak samo na telefonie i na komputerze. Chciałem zapisać syna
na konsultację."""),
("pl", "b103-opaska-badanie-snu-pusta", "Jan Borkowski <jan.borkowski@example.pl>", "Badanie snu w domu", "technical", "",
"""Dzien dobry,
spalem z opaska do badania snu dwie noce, tak jak w instrukcji. Dzisiaj
po podlaczeniu do komputera program pokazuje, ze plik jest pusty, 0 minut
nagrania. Diody swiecily normalnie. Czy mam powtarzac badanie?
Jan Borkowski"""),
("pl", "b103-cpap-woda-na-kablu", "Zbigniew Lis <zbigniew.lis@example.pl>", "Aparat CPAP", "technical", "high",
"""Szanowni Państwo,

od tygodnia nawilżacz w aparacie CPAP z Państwa poradni przecieka.
Dziś rano pod aparatem była kałuża wody, która dochodziła do przedłużacza
i wtyczki, a przy wyjmowaniu wtyczki coś trzasnęło i zaiskrzyło. Aparat
odłączyłem i na razie z niego nie korzystam.

Proszę o informację, co dalej, bo bez aparatu źle śpię.

Zbigniew Lis"""),
("pl", "b103-portal-rodzin-powiadomienia", "Iwona Czerwińska <iwona.czerwinska@example.pl>", "powiadomienia", "technical", "",
"""Dzień dobry, w portalu dla rodzin przestały przychodzić powiadomienia
o wizytach pielęgniarki u mojej mamy. Wcześniej dostawałam maila po
każdej wizycie, od tygodnia nic. Na stronie po zalogowaniu wizyty są,
tylko maili brak (sprawdzałam spam).

Iwona Czerwińska"""),
("pl", "b103-waga-err", "Renata Majewska <renata.majewska@example.pl>", "Waga", "technical", "",
"""Dzien dobry, waga z programu dietetycznego od wczoraj pokazuje tylko
„Err 2” i nic nie wazy. Wymienilam baterie, stoi na plaskich plytkach
w lazience. Co to znaczy ten blad?"""),
("pl", "b103-podziekowanie-ortodontka-syna", "Beata Zielińska <beata.zielinska@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

w piątek synowi zdjęto aparat po dwóch latach i chciałam bardzo
podziękować pani doktor Marcie. Bartek jest zachwycony swoim uśmiechem,
a ja tym, jak cierpliwie przez cały czas tłumaczyła mu, czemu ma nosić
gumki. Jesteście wspaniali!

Beata Zielińska"""),
("pl", "b103-godziny-11-listopada", "Henryk Szulc <henryk.szulc@example.pl>", "11 listopada", "general", "",
"""Czy przychodnia będzie otwarta 11 listopada i w piątek po święcie?
Muszę odebrać wyniki od dermatologa."""),
("pl", "b103-zmiana-nazwiska-slub", "Karolina Nowak <karolina.nowak@example.pl>", "zmiana nazwiska", "general", "",
"""Dzien dobry, wyszlam za maz i zmienilam nazwisko z Lewandowska na Nowak.
Prosze o zmiane w mojej karcie pacjenta. PESEL 92061201234. Nowy dowod
moge pokazac przy nastepnej wizycie.
Karolina Nowak"""),
("pl", "b103-zgubione-klucze-poczekalnia", "Teresa Mazur <teresa.mazur@example.pl>", "Klucze", "general", "",
"""Dzień dobry, chyba zostawiłam klucze w poczekalni w środę po południu,
pęk z brelokiem w kształcie kota. Czy ktoś je może znalazł? Mogę
podjechać w każdej chwili.

Teresa Mazur"""),
("pl", "b103-kopia-dokumentacji", "Adam Kwiatkowski <adam.kwiatkowski@example.pl>", "Wniosek o udostępnienie dokumentacji medycznej", "general", "",
"""Szanowni Państwo,

proszę o udostępnienie kopii mojej dokumentacji medycznej z leczenia
w Państwa klinice leczenia niepłodności w latach 2021–2023, w tym
wyników badań nasienia i opisów zabiegów. Preferuję formę elektroniczną,
na ten adres e-mail.

Z poważaniem
Adam Kwiatkowski"""),
("pl", "b103-skarga-rejestratorka", "Marzena Duda <marzena.duda@example.pl>", "Rejestracja", "general", "",
"""Dzien dobry,
chcialam tylko zglosic, ze pani w rejestracji we wtorek rano byla
bardzo niemila – kiedy zapytalam o wolny termin u higienistki, rzucila
„wszystko jest w internecie” i odwrocila sie do telefonu. Nie oczekuje
zadnej odpowiedzi, ale moze warto z nia porozmawiac.
Marzena"""),
("pl", "b103-oblodzone-schody-przychodnia", "Krzysztof Walczak <krzysztof.walczak@example.pl>", "Schody przy wejściu", "general", "high",
"""Dzień dobry,

schody przy wejściu do Państwa przychodni na Chrobrego od kilku dni są
pokryte lodem i nikt ich nie posypuje. Dziś rano starsza pani przede mną
poślizgnęła się i upadła na barierkę, na szczęście skończyło się na
strachu. Do poradni przychodzi sporo osób o kulach.

Może warto, żeby ktoś to szybko posypał.

Krzysztof Walczak"""),
("pl", "b103-dzieci-z-autyzmem-stomatolog", "Aleksandra Baranowska <ola.baranowska@example.pl>", "pytanie", "general", "",
"""Dzień dobry, mój syn ma 7 lat i autyzm, bardzo źle znosi hałas
i nowe miejsca. Czy ktoś u Państwa ma doświadczenie z takimi dziećmi
i czy można umówić pierwszą wizytę tylko „na zapoznanie”, bez leczenia?"""),
("pl", "b103-sponsoring-bieg", "Stowarzyszenie Biegamy Razem <kontakt@biegamyrazem-opole.example>", "Sponsoring biegu", "general", "",
"""Dzień dobry,

organizujemy w Opolu charytatywny Bieg po Zdrowie (ok. 500 uczestników,
wrzesień). Szukamy partnerów – czy Państwa centrum fizjoterapii byłoby
zainteresowane sponsoringiem lub stanowiskiem z rozgrzewką
i konsultacjami dla biegaczy?

Pozdrawiam serdecznie
Michał Górecki"""),
("pl", "b103-dzien-otwarty-znamiona", "Ewa Sikorska <ewa.sikorska@example.pl>", "Badanie znamion", "general", "",
"""Dzien dobry, slyszalam w radiu, ze robicie w sobote bezplatne badanie
znamion dermatoskopem. Trzeba sie zapisac wczesniej czy przychodzi sie
po kolei? I czy mozna przyjsc z dzieckiem?"""),
("pl", "b103-pielegniarka-krzyczala-babcia", "Paulina Głowacka <paulina.glowacka@example.pl>", "Skarga na pielęgniarkę", "general", "high",
"""Dzień dobry,

w czwartek pielęgniarka, która przyszła zmienić opatrunek mojej babci
(91 lat), krzyczała na nią, że „się wierci”, i powiedziała, że jak tak
dalej będzie, to przestanie przychodzić. Babcia jest po udarze i nie
wszystko rozumie. Słyszałam to z kuchni.

Chcę rozmawiać z osobą odpowiedzialną za zespół pielęgniarek, a nie
z infolinią, i nie życzę sobie, żeby ta pani przychodziła do babci.

Paulina Głowacka
tel. 698 000 471"""),
("pl", "b103-zestaw-do-paczkomatu", "Dawid Sobczyk <dawid.sobczyk@example.pl>", "dostawa", "general", "",
"""Hej, czy następny zestaw do badań możecie wysłać do paczkomatu zamiast
kurierem do domu? Kurier zawsze przyjeżdża jak jestem w pracy.
Najbliższy mam WAW123M przy Biedronce na Grochowskiej."""),
("pl", "b103-nie-chce-zwrotu-kiedy-wyniki", "Maria Jankowska <maria.jankowska@example.pl>", "Zamówienie 71120", "general", "",
"""Dzień dobry, nie chcę zwrotu pieniędzy ani niczego wymieniać, wszystko
doszło w porządku. Wysłałam próbkę w poniedziałek i chciałam tylko
zapytać, ile zwykle czeka się na wyniki ferrytyny, bo w przyszły
czwartek mam wizytę u hematologa.

Maria Jankowska"""),
("pl", "b103-rodo-usuniecie-uodo", "Piotr Wasilewski <piotr.wasilewski@example.pl>", "Żądanie usunięcia danych – ponowne", "general", "high",
"""Szanowni Państwo,

15 stycznia zażądałem usunięcia moich danych osobowych z Państwa
programu dietetycznego na podstawie art. 17 RODO oraz zaprzestania
wysyłania mi ofert. Do dziś nie otrzymałem odpowiedzi, a SMS-y
reklamowe przychodzą nadal.

Jeżeli w ciągu 7 dni nie otrzymam potwierdzenia usunięcia danych,
złożę skargę do Prezesa Urzędu Ochrony Danych Osobowych.

Piotr Wasilewski"""),
("pl", "b103-dziekuje-za-mame", "Leszek Pietrzyk <leszek.pietrzyk@example.pl>", "dziekuje", "general", "",
"""Dzien dobry, pisze tylko zeby podziekowac pani Krystynie i pani
Ani ktore przez cale lato przychodzily do mojej mamy po operacji. Mama
juz sama chodzi do kosciola. Rachunki wszystkie rozliczone, nic nie
potrzebuje, tylko zeby wiedzialy ze sa super.
Leszek"""),
]
