# batch170.py -- labelled test mails, held out of the tree until the rules it
# measures are final.  160 new mails (40 each in en, el, es, pl), written
# separately for each language, drawn mostly from money for small
# businesses: business loans, card terminal providers, invoice factoring,
# business credit cards, accounting software add-ons, payroll for small
# firms and VAT advisers.  Covers escalation demands that keep their topic,
# legal threats and chargebacks, negations, subjects that say nothing or
# something else (incl. replies quoting an earlier mail), plans ended or
# paused in unusual wording, business outages told only by their
# consequences, safety hazards told calmly, praise, payment questions and
# everyday mail of all three queues; Greeklish, Polish without diacritics
# and Spanish without accents included.  Tuple format:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b170-en-terminal-rental-twice", "Hollie Marsh <hollie@copperkettle-whitby.example>", "Direct debit", "billing", "",
"""Hi there,

Just been going through the business account and you've taken the card
machine rental twice this month - £22.80 on the 1st and another £22.80
on the 3rd. We've only got the one machine (terminal ID ends 4471).

Could you put the second one back please?

Thanks
Hollie
The Copper Kettle, Whitby"""),
("en", "b170-en-loan-settlement-figure", "Ciarán Ó Dálaigh <ciaran@odalaighjoinery.example>", "Paying off the loan", "billing", "",
"""Hello,

I took out a business loan of €18,000 with ye in 2022 for the new
spindle moulder. We had a great run before Christmas and I'd like to
clear what's left in one go rather than keep paying the monthly amount.

Could you send me a settlement figure, and is there any penalty or
break fee for paying early? The loan agreement mentions "early
repayment charges" but I can't make head nor tail of the table.

Go raibh maith agat,
Ciarán Ó Dálaigh
Ó Dálaigh Joinery, Clonakilty"""),
("en", "b170-en-factoring-rate-ombudsman", "Gareth Pryce <gareth@prycehaulage.example>", "Formal complaint - discount fee", "billing", "high",
"""Dear Sir or Madam,

Our invoice finance agreement (ref IF-20931) sets the discount fee at
1.9% of each invoice. Since October every statement has applied 2.6%,
and there is now also an "admin fee" of £35 per invoice which appears
nowhere in the agreement.

I have raised this three times with your client services team (emails
of 4 November, 19 November and 2 December) and received no answer
beyond an automatic acknowledgement.

By my calculation we have been overcharged £1,146.20. Unless I receive
a full breakdown and a refund of the difference within 14 days, I will
refer the matter to the Financial Ombudsman Service without further
notice.

Gareth Pryce
Director, Pryce Haulage Ltd, Wrexham"""),
("en", "b170-en-cafe-sold-payroll", "Bec Henderson <bec@saltandcrumb.example>", "We've sold up!", "billing", "",
"""Hey team,

Bit of news - we've sold the cafe! Settlement went through on Friday and
the new owners are bringing their own system, so we won't need the
payroll plan any more. Final pay run and the STP finalisation are done.

Can you knock the subscription on the head from this month please, and
let me know how I download the last year of payslips before the account
closes (the accountant will want them for tax time).

Cheers for everything,
Bec
Salt & Crumb, Geelong"""),
("en", "b170-en-husband-passed-addon", "Loretta Whitaker <loretta.whitaker@example.com>", "Earl Whitaker's account", "billing", "",
"""To whom it may concern,

My husband Earl kept the books for our plumbing business on your
accounting program. Earl passed away in January. I am not good with
computers but I have been going through the credit card statements and
there is a charge every month of $14.99 for something called "Inventory
Plus". We never sold inventory, we fix pipes.

Please stop that charge. Earl's son Dale is taking over the business and
he uses his own program, so I don't think we need any of it any more,
but I do not want to lose the old records in case the IRS asks.

Thank you for your patience with me.

Loretta Whitaker
Whitaker & Son Plumbing, Dayton, Ohio"""),
("en", "b170-en-vat-adviser-dispute-bank", "Marcus Obi <marcus@obi-electrical.example>", "Your invoice 7782", "billing", "high",
"""You invoiced me £450 + VAT in August for "preparation and submission"
of my Q2 VAT return. It was never submitted. I found out when HMRC sent
me a late filing letter, and I ended up doing it myself at 11pm from
the figures you'd had for five weeks.

I've paid you for nothing. I've asked my bank to reverse the payment as
a disputed transaction, and I'm letting you know so you're not
surprised when it comes back. If you think you're owed anything, you
can show me what was actually done.

Marcus Obi
Obi Electrical, Leeds"""),
("en", "b170-en-question-vat-invoices-fees", "Aoife Brennan <aoife@thelinenpress.example>", "Question", "billing", "",
"""Hi,

My accountant is looking for proper VAT invoices for the fees on our
card machine for the last tax year (transaction charges and the
monthly rental). All I can find in the portal are the monthly
statements. Are there invoices somewhere or can ye send them on?

Merchant number 550918.

Thanks a million,
Aoife
The Linen Press, Shop Street, Galway"""),
("en", "b170-en-multicurrency-addon-price", "Priya Nandakumar <finance@harbourtheatre.example>", "Multi-currency add-on", "billing", "",
"""Hello - not a technical question for once!

We're a small charity theatre and we've started selling to a couple of
venues in Europe. How much is the multi-currency add-on if we pay
annually rather than monthly, and do you have a charity discount? We're
registered in England and Wales (no. 1170442).

Many thanks,
Priya Nandakumar
Finance Officer, Harbour Theatre Trust"""),
("en", "b170-en-re-repayment-date", "Shaun Doherty <shaun@dohertyscaffolding.example>", "Re: Your business loan - welcome pack", "billing", "",
"""Hi Rachel,

Thanks for the welcome pack. One thing I should have asked at the start
- the repayments are set for the 1st of each month, but most of our
main contractors pay us on the 10th, so the 1st is always tight. Could
the repayment date be moved to the 15th? Happy to sign whatever's
needed.

Shaun

> Dear Mr Doherty,
>
> Welcome to Northgate Business Finance. Your loan of £40,000 has been
> paid into your account ending 2207. Your first monthly repayment of
> £1,213.48 will be collected on 1 March.
>
> Kind regards,
> Rachel Imrie
> Customer Relationship Team"""),
("en", "b170-en-winter-hibernation-machine", "Mairéad Gallagher <stay@seaviewachill.example>", "Card machine over the winter", "billing", "",
"""Hello,

We run a small B&B on Achill and we close up from the end of October
until St Patrick's weekend - the whole island goes into hibernation!
Is there a way to put the card machine on hold for those months so
we're not paying the €17.50 rental for a machine sitting in a drawer?
We don't want to cancel, we'll need it again in March.

Mairéad"""),
("en", "b170-en-settlements-held-attorney", "Dwayne Castillo <dwayne@smokeandsaltatx.example>", "Where is my money", "billing", "high",
"""You have been holding $6,240.55 of my card settlements for NINE days
now. Every time I call I'm told it's a "routine risk review" and someone
will call me back. Nobody ever calls back.

I run a food truck. That money is my supplier payments and my two
guys' wages. I've been processing with you for three years with zero
chargebacks.

I want this escalated to a manager today, not another ticket number.
If the funds are not released by Friday my attorney will be contacting
you.

Dwayne Castillo
Smoke & Salt BBQ, Austin TX"""),
("en", "b170-en-gst-invoice-gstin-missing", "Rohit Kulkarni <accounts@kulkarnitextiles.example>", "GST invoice required with GSTIN", "billing", "",
"""Dear Sir/Madam,

We have subscribed to your payroll software (Business plan, 25
employees) and paid Rs 14,160 including GST on 5th of this month. The
invoice received does not mention our GSTIN, due to which our CA is
unable to claim input tax credit.

Our GSTIN is 27AAFCK4471L1Z9. Kindly issue a revised tax invoice at the
earliest.

Kindly do the needful.

Thanks and regards,
Rohit Kulkarni
Accounts Department, Kulkarni Textiles Pvt Ltd, Pune"""),
("en", "b170-en-urgent-promo-code", "Kristen Maddox <kristen@maddoxcandleco.example>", "URGENT!!!", "billing", "",
"""I signed up for the bookkeeping add-on with code FIRSTTHREEFREE which
your own ad said gives 3 MONTHS FREE. I've just been charged $29 on my
card. That's not free!!! Please refund it and fix the account so I'm
not charged again until May like I was promised."""),
("en", "b170-en-saturday-card-machine", "Tom Ashworth <tom@ashworthsbakery.example>", "Saturday", "technical", "high",
"""Card machine has been showing "HOST UNAVAILABLE" since about 8.15 this
morning. Queue out the door as it's Saturday, and about half of them
walk off when we say cash only - there's no cashpoint in the village.
We've turned it off and on, taken it off the base and back, the wifi is
fine (the till is online). Second machine does the same.

Please can someone ring me on 07700 900312. Losing a fortune here.

Tom
Ashworth's Bakery, Hebden Bridge"""),
("en", "b170-en-staff-not-paid-today", "Shazza Kowalczyk <office@brightsparkelectrical.example>", "Pay run 14/3", "technical", "high",
"""Hi,

None of our 14 staff got paid today. The pay run shows as "Processed"
in your system but the bank says the ABA file was never received, and
when I try to download it again I just get a spinning wheel and then
"Something went wrong".

A couple of the apprentices are on rent week and one's already rung me
in tears. I need this sorted this morning, or a way to get the file out
so I can upload it to the bank myself.

Sharon Kowalczyk
Office Manager, Bright Spark Electrical, Brisbane"""),
("en", "b170-en-terminal-back-bulging", "Padraig Nolan <padraig@nolansbutchers.example>", "Portable card machine", "technical", "high",
"""Hi, no panic, but I thought ye should know. The portable card machine
we use for deliveries has gone a bit odd - the back of it has bulged
out and the case has split along the seam. It's warm to touch even
though it hasn't been on the charger since yesterday.

I've put it on a baking tray out in the yard away from anything. What
should I do with it, and can we get a replacement sent out?

Padraig Nolan
Nolan's Butchers, Tullamore"""),
("en", "b170-en-bank-feed-stopped", "Jenny Lisle <jenny@lislegardenrooms.example>", "Bank feed", "technical", "",
"""Hello, the bank feed in the reconciliation add-on hasn't brought in
any transactions since the 3rd. The connection page says "Connected"
with a green tick. I've tried disconnecting and reconnecting, same
thing. It's a Starling business account if that helps.

Jenny"""),
("en", "b170-en-2fa-old-number", "Greg Fennimore <greg@fennimorelandscaping.example>", "Can't get into my card account", "technical", "",
"""I changed my cell phone number last month and now I can't log into
the business credit card portal because the verification code goes to
my old number, which I don't have anymore. There's no option on the
login page to use email instead. How do I update it if I can't get in?

Greg Fennimore"""),
("en", "b170-en-factoring-app-crash-not-payment", "Vikram Sethi <vikram@sethipackaging.example>", "Invoice upload issue", "technical", "",
"""Hello Team,

Please note this is not regarding any payment or fee. The problem is
with your mobile app - whenever I try to upload an invoice PDF for
funding, the app closes automatically after the upload bar reaches
100%. This is happening since the last update. Phone is Samsung
Galaxy A54, Android 14. I have reinstalled also, same issue.

Uploading from laptop is working but I am mostly on the shop floor.

Regards,
Vikram Sethi
Sethi Packaging, Ludhiana"""),
("en", "b170-en-receipts-faint", "Leanne Pho <leanne@phosisters.example>", "receipts", "technical", "",
"""hi, the receipts coming out of the eftpos machine are so faint you can
barely read them. new roll, right way round (shiny side up), still the
same. customers keep asking for email receipts instead which is a pain
at lunch. any ideas?"""),
("en", "b170-en-mtd-authorisation-expired", "Alan Partington <alan.partington@example.co.uk>", "HMRC link in the VAT add-on", "technical", "",
"""Morning,

Every time I try to submit my VAT return through your MTD add-on I get
"Your authorisation with HMRC has expired. Please reconnect." I've
reconnected four times now - it goes through the Government Gateway
login fine and says "Connected", then the same error on submit.

The return isn't due until the 7th so no panic, but I'd like it done.

Alan Partington
Partington Tiling"""),
("en", "b170-en-charging-base-sparked", "Jarrah Simmons <jarrah@coastalcoffeecart.example>", "Charging dock", "technical", "high",
"""G'day,

When I plugged the card reader's charging dock in this morning there
was a loud crack and a spark from where the lead goes into the dock,
and it tripped the safety switch for the whole van. There's a burnt
smell and a black mark on the plastic. Haven't plugged it in again.

Is it safe to keep using the reader on battery? And can you send a new
dock? Account 77120-AU.

Jarrah"""),
("en", "b170-en-fourth-terminal-senior", "Bernadette Quinn <bernie@quinnsflorist.example>", "4th replacement terminal - escalate please", "technical", "high",
"""This is the FOURTH terminal you have sent me since September and it
does exactly what the other three did: it reboots itself in the middle
of a transaction, maybe ten times a day. Customers end up not knowing
whether they've paid or not.

I have done everything your helpdesk has told me, new power lead,
different socket, factory reset, moved the router. I am not doing it
again with a fifth box.

I want this escalated to someone senior who can actually look at why
this keeps happening. Please don't reply with another troubleshooting
script.

Bernadette Quinn
Quinn's Florist, Belfast"""),
("en", "b170-en-hello-reset-link", "Fionnuala Byrne <fionnuala.byrne@example.ie>", "Hello", "technical", "",
"""Hello,

I asked for a password reset for the payroll site three times this
morning and each time I click the link in the email it says "This link
has expired", even when I click it straight away. I'm on an iPad.

Fionnuala Byrne"""),
("en", "b170-en-tap-declined-chip-ok", "Kevin Marsh <kevin@marshhardwarenm.example>", "Tap to pay", "technical", "",
"""Since last Tuesday every tap payment on our counter reader comes back
"Declined - insert card". When the customer inserts the same card it
goes through fine. Happens with phones and watches too. Not a big deal
but the older folks find it confusing. Reader serial is on the back if
you need it, I can send a photo."""),
("en", "b170-en-payslips-odd-symbols", "Nadia Hussain <nadia@hussainpharmacy.example>", "Payslips look wrong", "technical", "",
"""Hi,

Since the last update the payslip PDFs show "Â£" in front of every
amount instead of just the pound sign. The figures themselves look
right. Staff have noticed and a couple think it's a different
currency, which is funny but I'd rather it was fixed.

Nadia"""),
("en", "b170-en-soundbox-silent", "Mohammed Rafiq <rafiq.stores@example.in>", "Sound box not speaking", "technical", "",
"""Sir,

The payment sound box you gave for my shop is not announcing the
payments from yesterday evening. Customers are paying through QR and
money is coming in the account (I checked in app) but the box is
silent, so I have to check the phone for every customer. Volume is
full and it is charged. Device no. SB-0993217.

Please help.
Mohammed Rafiq
Rafiq General Stores, Hyderabad"""),
("en", "b170-en-praise-niamh-loan", "Declan Moriarty <declan@moriartyscoffee.example>", "Thank you", "general", "",
"""Just a quick note to say a huge thank you to Niamh in your Limerick
office. We'd been turned down twice elsewhere for the loan for our
second coffee shop and she took the time to go through our figures
properly and tell us straight what we needed to fix. We opened last
week and we're delighted. She's a credit to ye.

Declan & Sinéad Moriarty"""),
("en", "b170-en-registered-address-change", "Pauline Greaves <pauline@greavesdental.example>", "Change of address", "general", "",
"""Dear Sir/Madam,

Please note that Greaves Dental Lab Ltd has moved. Our new registered
and trading address from 1 April is:

Unit 6, Riverside Court, Lower Bristol Road, Bath BA2 3DZ

Our phone number and email remain the same. Please update our records
for the business credit card account and any post.

Kind regards,
Pauline Greaves
Company Secretary"""),
("en", "b170-en-subject-access-request", "Terence Holloway <t.holloway@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data
you hold about me, including call recordings and notes from my
business loan application in 2023 (application ref BL-44102), and the
sources of any data you obtained from credit reference agencies.

Please send the information electronically to this address.

Terence Holloway"""),
("en", "b170-en-rude-rep-supervisor", "Angela Ruiz-Moss <angela@rmpetgrooming.example>", "Your phone rep", "general", "high",
"""I called your business support line yesterday at about 2:40pm with a
simple question about my account and the man who answered (he said
his name was Brad) was condescending from the first minute. He talked
over me, called me "sweetheart" twice and when I asked him not to he
laughed and said "relax". Then he hung up on me.

I have been a customer for six years. I want a supervisor to call me
back about this, not a form apology by email.

Angela Ruiz-Moss
RM Pet Grooming, Tucson AZ
(520) 555-0148"""),
("en", "b170-en-st-patricks-helpline", "Eoin Kavanagh <eoin@kavanaghspub.example>", "Helpline Paddy's Day", "general", "",
"""Howya, is your merchant helpline open on St Patrick's Day and the bank
holiday Monday after it? Busiest days of our year so just want to know
who we can ring if anything goes wrong. Cheers, Eoin"""),
("en", "b170-en-sponsorship-under-11s", "Lee Fairbrother <lee.fairbrother@example.co.uk>", "Sponsorship for Kirkby Rovers U11s", "general", "",
"""Hi,

I coach Kirkby Rovers under-11s and we're looking for a local business
to sponsor our new kit for next season (about £600 for 16 kits). I've
noticed your sticker on the card machines in half the shops in town so
thought I'd ask! Your logo would go on the front of the shirts and on
our Facebook page.

Who would be the right person to speak to?

Thanks,
Lee Fairbrother"""),
("en", "b170-en-webinar-recording-bas", "Tash Nguyen <tash@littlesproutsdaycare.example>", "BAS webinar", "general", "",
"""Hi, I've registered for the "BAS without the stress" webinar on
Thursday but I've just been rostered on that afternoon. Will it be
recorded and sent out afterwards? Thanks! Tash"""),
("en", "b170-en-left-folder-branch", "Raymond Achebe <raymond.achebe@example.co.uk>", "Left my folder", "general", "",
"""Good afternoon,

I had a meeting with Mr Hargreaves at your Northampton office on
Tuesday about our overdraft and I think I left a blue document folder
on the chair in the meeting room. It has our company accounts in it and
my reading glasses are in the front pocket.

Could someone check and let me know if I can collect it?

Raymond Achebe"""),
("en", "b170-en-loose-stair-tread", "Helen Stokes <helen.stokes@example.co.uk>", "Staircase at your Leicester office", "general", "high",
"""Hello,

I was at your Leicester office on Granby Street this morning to sign
our loan documents. I wanted to mention that the third step from the
top on the main staircase is loose - it rocks forward when you stand on
it. The gentleman in front of me nearly went down and only the handrail
saved him.

Nobody was hurt, but I'd hate for an older client to find it the hard
way. I did mention it at reception but the girl didn't seem sure who to
tell, so I'm putting it in writing.

Helen Stokes"""),
("en", "b170-en-app-killing-it", "Jordan Pike <jordan@pikefitnessstudio.example>", "new app", "general", "",
"""Just wanted to say the new merchant app is a killer. Daily takings on
the home screen, payouts one tap away - honestly it's slaying. My
partner and I used to spend Sunday nights doing this in a spreadsheet.
Whoever designed it deserves a raise. Keep it up!

Jordan"""),
("en", "b170-en-deliver-to-pub", "Mick Dunne <mick@therustyanchor.example>", "Replacement reader delivery", "general", "",
"""Hi, thanks for sorting the replacement reader. Couple of things for the
courier: we're a pub, so nobody's in before 11am. Please deliver
between 11 and 4 and come to the side door on Jetty Lane, the front
is locked in the day. If nobody answers, leave it with the bottle shop
next door (Sam's), they know us.

Cheers, Mick
The Rusty Anchor, Fremantle"""),
("en", "b170-en-application-add-ca", "Anjali Mehrotra <anjali@mehrotradesignstudio.example>", "Application 48213", "general", "",
"""Dear Team,

With reference to our business credit card application no. 48213, I
would like to add our Chartered Accountant, Mr. Suresh Iyer, as an
authorised contact who can speak to you on our behalf regarding
documents. His email is suresh.iyer@iyerassociates.example and mobile
+91 98200 00000.

Please let me know what form or consent letter is required.

Warm regards,
Anjali Mehrotra
Mehrotra Design Studio, Bengaluru"""),
("en", "b170-en-new-surname", "Siobhan Keane <siobhan@keanephysio.example>", "Name change", "general", "",
"""Hi,

I got married in the summer and I'm now using my married name, Siobhan
Keane (previously Siobhan Fitzgerald). Could you update the name on our
merchant account contact and on the correspondence? I can send a copy
of the marriage certificate if you need it.

Thanks,
Siobhan
Keane Physiotherapy, Kilkenny"""),
# ---------------- Greek ----------------
("el", "b170-el-gl-telos-adraneias-pos", "Thodoris K. <thodoris@cafe-argo.example>", "xrewsh POS", "billing", "",
"""Kalhmera,
sto logariasmo ths epixeirhshs eida xrewsh 15 eurw "telos adraneias
termatikou" gia ton Ianouario. Poia adraneia? To POS douleuei ka8e mera,
exw kanei panw apo 300 synallages ton mhna. Na mou epistrafoun ta 15
eurw kai na mou peite giati xrewthhka.

Thodoris
Cafe Argo, Volos"""),
("el", "b170-el-ektakti-katavoli-daneiou", "Ευάγγελος Μαυρίδης <e.mavridis@mavridis-epipla.example>", "Έκτακτη καταβολή στο δάνειο", "billing", "",
"""Καλημέρα σας,

Έχουμε επιχειρηματικό δάνειο 60.000 € μαζί σας από το 2023 για την
ανακαίνιση του εκθεσιακού χώρου (αρ. σύμβασης 4410-0927). Φέτος είχαμε
καλή χρονιά και θα θέλαμε να καταβάλουμε έκτακτα 5.000 € έναντι του
κεφαλαίου.

Θα ήθελα να μάθω αν αυτό μειώνει τη μηνιαία δόση ή τη διάρκεια, αν
υπάρχει επιβάρυνση για την πρόωρη καταβολή και σε ποιον λογαριασμό
πρέπει να γίνει η κατάθεση.

Με εκτίμηση,
Ευάγγελος Μαυρίδης
Έπιπλα Μαυρίδη, Κατερίνη"""),
("el", "b170-el-factoring-tokos-yperimerias", "Αγγελική Σταματοπούλου <a.stamatopoulou@stamatopoulos-trofima.example>", "Τόκοι υπερημερίας που δεν οφείλουμε", "billing", "high",
"""Κύριοι,

Στην τελευταία σας κίνηση λογαριασμού factoring μας χρεώνετε τόκους
υπερημερίας 842,30 € επειδή, όπως λέτε, ο πελάτης μας (σούπερ μάρκετ
στην Πάτρα) εξόφλησε τα τιμολόγια 1180-1192 με καθυστέρηση 20 ημερών.

Σας έχουμε στείλει ήδη δύο φορές το αποδεικτικό της τράπεζας ότι τα
χρήματα πιστώθηκαν στον λογαριασμό σας στις 28/2, δηλαδή εντός
προθεσμίας. Η καθυστέρηση είναι στη δική σας αντιστοίχιση.

Ζητάμε τον αντιλογισμό της χρέωσης εντός 10 ημερών. Διαφορετικά θα
υποβάλουμε καταγγελία στην Τράπεζα της Ελλάδος και το θέμα θα το
αναλάβει ο δικηγόρος της εταιρείας.

Αγγελική Σταματοπούλου
Οικονομική Διεύθυνση, Σταματόπουλος Τρόφιμα Α.Ε."""),
("el", "b170-el-katevazo-rola-misthodosia", "Χρυσούλα Δημάκη <xrysoula.dimaki@example.gr>", "Τέλος εποχής", "billing", "",
"""Καλησπέρα σας,

Μετά από 32 χρόνια κατεβάζω ρολά. Από 1η Ιουνίου βγαίνω στη σύνταξη και
το κατάστημα κλείνει, οι δύο κοπέλες που δούλευαν μαζί μου έχουν ήδη
βρει αλλού δουλειά. Δεν θα χρειαστώ πια το πρόγραμμα μισθοδοσίας.

Παρακαλώ να σταματήσει η συνδρομή μετά την τελευταία μισθοδοσία του
Μαΐου και να μη χρεωθεί ξανά η κάρτα μου. Πείτε μου αν χρειάζεται να
στείλω κάτι υπογεγραμμένο.

Σας ευχαριστώ για τη συνεργασία όλα αυτά τα χρόνια.
Χρυσούλα Δημάκη
Νεωτερισμοί Δημάκη, Άρτα"""),
("el", "b170-el-gl-naxos-xeimwnas-pos", "Manolis Vrettos <info@aliko-beachbar.example>", "POS xeimwna", "billing", "",
"""Geia sas,
eimaste beach bar sth Naxo kai kleinoume apo telh Oktwvriou mexri to
Pasxa. Mporoume na vazoume to POS se "pagwma" ayto to diasthma gia na mhn
plhrwnoume to mhniaio 19,90 gia ena mhxanhma pou kathete sto syrtari?
Den 8eloume na to akyrwsoume, to 8eloume pali thn anoiksh.

Eyxaristw,
Manolis"""),
("el", "b170-el-diples-amoivi-logisti-amfisvitisi", "Παναγιώτης Ρήγας <p.rigas@rigas-ilektrologika.example>", "ΔΙΠΛΗ ΧΡΕΩΣΗ ΑΜΟΙΒΗΣ", "billing", "high",
"""Καλησπερα,

Η αμοιβη σας για την περιοδικη δηλωση ΦΠΑ του Α τριμηνου (186 ευρω)
χρεωθηκε στην εταιρικη μας καρτα δυο φορες, στις 12/4 και στις 14/4.
Σας τηλεφωνησα τρεις φορες και μου ελεγαν "θα το δει η λογιστρια".
Περασε ενας μηνας.

Χθες εκανα αμφισβητηση της δευτερης χρεωσης στην τραπεζα μου, οποτε
μην ξαναχρεωσετε την καρτα. Αν θελετε να το τακτοποιησουμε αλλιως,
στειλτε μου γραπτως.

Παναγιωτης Ρηγας"""),
("el", "b170-el-pagia-entoli-anti-kartas", "Ρένα Χατζηγεωργίου <rena@chatzigeorgiou-optika.example>", "Αλλαγή τρόπου πληρωμής", "billing", "",
"""Καλημέρα,

Η εταιρική κάρτα με την οποία πληρώνουμε τη συνδρομή του λογιστικού
προγράμματος λήγει τον επόμενο μήνα και δεν θα την ανανεώσουμε. Θα
θέλαμε από εδώ και πέρα να πληρώνουμε με πάγια εντολή από τον
λογαριασμό μας στην Εθνική. Τι πρέπει να κάνουμε;

Ρένα Χατζηγεωργίου
Οπτικά Χατζηγεωργίου, Ιωάννινα"""),
("el", "b170-el-pro-se-basic-oxi-texniko", "Στέλλα Αναγνώστου <stella@anagnostou-design.example>", "Αλλαγή πακέτου", "billing", "",
"""Γεια σας,

Δεν έχω κάποιο τεχνικό πρόβλημα, όλα δουλεύουν μια χαρά. Απλώς
πληρώνω το Pro του πρόσθετου αποθήκης (24 €/μήνα) και τελικά
χρησιμοποιώ μόνο τα βασικά. Μπορώ να κατέβω στο Basic από τον επόμενο
μήνα χωρίς να χάσω τα δεδομένα μου;

Στέλλα"""),
("el", "b170-el-gl-re-egkrisi-exoda-fakelou", "Giorgos Sfakianakis <g.sfakianakis@sfakianakis-ktimata.example>", "Re: Egkrisi daneiou - ypografi symvasis", "billing", "",
"""Kalhspera kyria Lamprou,

eyxaristw gia thn enhmerwsh. Mia erwthsh prin erthw gia ypografh: ta
exoda fakelou 350 eurw prepei na ta plhrwsw prin, h mporoun na
afairethoun apo to poso tou daneiou otan ginei h ektamieush? Protimw to
deutero an ginetai.

Giwrgos

> Αγαπητέ κ. Σφακιανάκη,
>
> Σας ενημερώνουμε ότι το αίτημά σας για επιχειρηματικό δάνειο ύψους
> 25.000 € εγκρίθηκε. Παρακαλούμε επικοινωνήστε μαζί μας για να
> κανονίσουμε την υπογραφή της σύμβασης.
>
> Με εκτίμηση,
> Δήμητρα Λάμπρου
> Τμήμα Επιχειρηματικής Πίστης"""),
("el", "b170-el-mitera-apevioe-pos", "Κωνσταντίνος Μπαλτάς <k.baltas@example.gr>", "Σύμβαση τερματικού - Ψιλικά Μπαλτά", "billing", "",
"""Καλημέρα σας,

Η μητέρα μου, Ευανθία Μπαλτά, που είχε το ψιλικατζίδικο στην οδό
Κανάρη στη Λαμία, απεβίωσε τον περασμένο μήνα. Το μαγαζί δεν θα
συνεχίσει.

Θα ήθελα να μου πείτε πώς κλείνει η σύμβαση για το τερματικό καρτών,
πού να το επιστρέψω, και αν υπάρχει κάποιο ποσό για τους μήνες που
απομένουν μέχρι τη λήξη της σύμβασης. Μπορώ να στείλω ληξιαρχική
πράξη θανάτου και βεβαίωση πλησιέστερων συγγενών.

Ευχαριστώ,
Κωνσταντίνος Μπαλτάς"""),
("el", "b170-el-gl-tokoi-karta-ypeuthinos", "Vasilis Karras <vkarras@karras-metaforiki.example>", "TOKOI STHN KARTA", "billing", "high",
"""Gia deuterh fora mesa se 3 mhnes xrewnete tokous 63,40 sthn etairikh
karta enw plhrwsa OLO to poso ths katastashs stis 18 tou mhna, h lhksh
htan 20. Exw to apodeiktiko ths metaforas.

Thn prwth fora mou ta epistrepsate meta apo 5 thlefwnhmata. Den 8a to
ksanakanw. Thelw na milhsw me ypeuthyno, oxi me to call center, kai na
mou eksigisei giati symbainei auto.

Vasilis Karras
Karras Metaforiki, Larisa"""),
("el", "b170-el-promitheia-metatropis-lires", "Ιφιγένεια Λαδά <ifigeneia@lada-travel.example>", "Προμήθεια συναλλάγματος στην εταιρική κάρτα", "billing", "",
"""Καλησπέρα,

Κάνουμε αρκετές αγορές σε λίρες Αγγλίας με την εταιρική πιστωτική
(κρατήσεις ξενοδοχείων στο Λονδίνο για πελάτες μας) και βλέπω ότι σε
κάθε μία χρεώνεται 2,5% προμήθεια μετατροπής. Υπάρχει κάποιο πακέτο
κάρτας χωρίς αυτή την προμήθεια ή με μικρότερη; Πόσο θα κόστιζε;

Ιφιγένεια Λαδά
Lada Travel, Θεσσαλονίκη"""),
("el", "b170-el-epeigon-apodeixeis-logistis", "Μιχάλης Τσολάκης <m.tsolakis@tsolakis-fournos.example>", "ΕΠΕΙΓΟΝ!!!", "billing", "",
"""ΕΠΕΙΓΟΝ

Ο λογιστής μου θέλει ΑΥΡΙΟ όλα τα τιμολόγια της συνδρομής για το
πρόσθετο μισθοδοσίας του 2024, και στο portal βρίσκω μόνο τα τελευταία
τρία. Στείλτε μου τα υπόλοιπα σε αυτό το email όσο πιο γρήγορα γίνεται.

ΑΦΜ 0987654321
Μιχάλης Τσολάκης"""),
("el", "b170-el-taverna-pos-touristes", "Ταβέρνα Η Κληματαριά <info@klimataria-chania.example>", "Δεκαπενταύγουστος", "technical", "high",
"""Καλησπέρα,

Από τις 8 το βράδυ και τα δύο τερματικά γράφουν «Σφάλμα επικοινωνίας
με τον host» σε κάθε κάρτα. Είμαστε γεμάτοι, σχεδόν όλοι τουρίστες, και
κανείς δεν έχει μετρητά. Έχουμε τραπέζια που περιμένουν μισή ώρα να
πληρώσουν, άλλοι πάνε στο ΑΤΜ και δεν γυρίζουν. Κάναμε επανεκκίνηση,
το internet δουλεύει κανονικά.

Καλέστε μας στο 28210 00000, όποιος το σηκώσει.

Νίκος Κλαδάκης
Ταβέρνα Η Κληματαριά, Χανιά"""),
("el", "b170-el-gl-misthodosia-paramoni-pasxa", "Eleni Papadaki <logistirio@papadaki-kathar.example>", "Arxeio pliromwn", "technical", "high",
"""Kalhmera,
to programma misthodosias den vgazei to arxeio plhrwmwn gia thn
trapeza. Patame "Dhmiourgia arxeiou" kai vgazei "Error 500" kai tipota
allo. Exoume 11 atoma sthn etaireia katharismwn pou perimenoun to
misthwma kai to dwro Pasxa, kai einai Megalh Pempth, h trapeza kleinei
nwris.

Mporei kapoios na mas pai sto thlefwno twra? 6944 000 000.

Eleni Papadaki"""),
("el", "b170-el-termatiko-myrizei-kameno", "Σοφία Ξενάκη <sofia@xenaki-anthopoleio.example>", "Για το τερματικό", "technical", "high",
"""Καλημέρα,

Ίσως δεν είναι τίποτα, αλλά καλύτερα να σας το πω. Το ασύρματο
τερματικό ζεσταίνεται πολύ όταν είναι στη βάση φόρτισης, τόσο που δεν
το κρατάς στο χέρι, και σήμερα το πρωί μύριζε καμένο πλαστικό. Το
αποσύνδεσα από την πρίζα και το άφησα πάνω στον πάγκο.

Να συνεχίσουμε να το χρησιμοποιούμε με τη μπαταρία ή να σας το
στείλουμε;

Σοφία Ξενάκη
Ανθοπωλείο Γαρδένια, Ρέθυμνο"""),
("el", "b170-el-gl-mydata-parastatika", "Kostas Lymperis <kostas@lymperis-ydraulika.example>", "mydata", "technical", "",
"""Geia sas. To prostheto gia to mydata den travaei ta parastatika
eksodwn apo ton Martio kai meta. Leei "Syndesh epityxhs" alla h lista
einai adeia. Ta xarakthristika ta exw valei opws leei to video sas.
Ti allo na kanw?
Kostas"""),
("el", "b170-el-sms-egkrisis-den-erxetai", "Ηλίας Κουτσούκος <ilias.k@koutsoukos-ergaleia.example>", "Δεν έρχεται ο κωδικός", "technical", "",
"""Καλησπέρα,

Προσπαθώ να πληρώσω online έναν προμηθευτή με την εταιρική πιστωτική
και στο βήμα της ταυτοποίησης δεν μου έρχεται ποτέ το SMS με τον
κωδικό. Το κινητό είναι το ίδιο που έχω δηλώσει, λαμβάνω κανονικά
μηνύματα από άλλους. Δοκίμασα τρεις φορές σήμερα.

Ηλίας Κουτσούκος"""),
("el", "b170-el-gl-portal-factoring-leuki-selida", "Marina Theodorou <marina@theodorou-plastika.example>", "Portal", "technical", "",
"""Kalhmera sas,
den einai gia kapoia xrewsh, ta noumera einai ola swsta. Apla apo xthes
to portal tou factoring den fortwnei: mpainw me ton kwdiko mou, leei
"Kalws hr8ate" kai meta leukh selida. Dokimasa Chrome kai Firefox kai
apo allo ypologisth, to idio. Prepei na anevasw 4 timologia ayth th
vdomada.

Marina Theodorou"""),
("el", "b170-el-pos-kollimeno-enimerosi", "Δημητρης Σαββιδης <d.savvidis@example.gr>", "Τερματικο κολλημενο", "technical", "",
"""Καλημερα,

Το ενα απο τα δυο POS του καταστηματος κολλησε απο χθες το βραδυ στην
οθονη "Ενημερωση λογισμικου 0%" και δεν προχωραει. Το εχω βγαλει απο
την πριζα, εχω βγαλει και τη μπαταρια, τιποτα. Δουλευουμε με το αλλο
προς το παρον αλλα θα ηθελα να φτιαχτει.

Σειριακος 80417722

Δημητρης Σαββιδης
Κρεοπωλειο Σαββιδη, Σερρες"""),
("el", "b170-el-tameiaki-den-stelnei-poso", "Αντώνης Γεωργιάδης <antonis@georgiadis-cava.example>", "Διασύνδεση ταμειακής με POS", "technical", "",
"""Γεια σας,

Μετά την αναβάθμιση της ταμειακής την περασμένη εβδομάδα, το ποσό δεν
περνάει αυτόματα στο τερματικό. Πρέπει να το πληκτρολογούμε με το χέρι
και δύο φορές μέσα στη βδομάδα η κοπέλα στο ταμείο έβαλε λάθος ποσό.
Το τερματικό φαίνεται συνδεδεμένο στις ρυθμίσεις της ταμειακής.

Αντώνης Γεωργιάδης
Κάβα Γεωργιάδη, Κομοτηνή"""),
("el", "b170-el-gl-pos-reuma-mageiras", "Stratos Mpekas <stratos@to-steki-grill.example>", "reuma apo to pos", "technical", "high",
"""Kalhspera,
to stathero POS sto tameio mas "xtypaei" reuma. Shmera to akoumphse o
mageiras me vregmena xeria kai ton tinakse, oxi poly, einai kala. Meta
to dokimasa kai egw kai to niwthw sto metalliko kommati pisw. To exoume
vgalei apo thn priza kai pairnoume mono metrhta gia twra.
Mporeite na steilete texniko?
Stratos
To Steki Grill, Agrinio"""),
("el", "b170-el-triti-episkepsi-proistamenos", "Λουκία Φραγκιαδάκη <loukia@fragiadaki-pharmacy.example>", "Τρίτη επίσκεψη τεχνικού χωρίς αποτέλεσμα", "technical", "high",
"""Κύριοι,

Τρίτη φορά μέσα σε ένα μήνα έρχεται τεχνικός σας για τη διασύνδεση του
τερματικού με το πρόγραμμα του φαρμακείου και τρίτη φορά φεύγει λέγοντας
«τώρα θα δουλέψει». Δεν δουλεύει. Κάθε φορά που πέφτει η σύνδεση οι
συναλλαγές καταγράφονται διπλά και περνάω το απόγευμα να τις ελέγχω.

Δεν θέλω τέταρτο ραντεβού με τον ίδιο τεχνικό. Ζητώ να επικοινωνήσει
μαζί μου ο προϊστάμενος του τεχνικού τμήματος.

Λουκία Φραγκιαδάκη
Φαρμακείο Φραγκιαδάκη, Ηράκλειο"""),
("el", "b170-el-gl-kalimera-kleidwmenos", "Anna Moschou <anna.moschou@example.gr>", "Kalimera", "technical", "",
"""kalimera, ebala 3 fores lathos kwdiko sto e-banking ths epaggelmatikhs
kartas kai twra grafei "o logariasmos sas exei kleidwsei". pws
ksekleidwnei? to "ksexasa ton kwdiko" me paei sthn idia selida.
eyxaristw, Anna"""),
("el", "b170-el-apple-pay-aporriptetai", "Γιάννης Βλαχογιάννης <g.vlachogiannis@zacharoplasteio-vlachos.example>", "Πληρωμές με κινητό", "technical", "",
"""Καλησπέρα σας,

Εδώ και λίγες μέρες το τερματικό απορρίπτει τις πληρωμές με κινητό
(Apple Pay, Google Pay) με μήνυμα «Μη αποδεκτή συναλλαγή». Οι ίδιοι
πελάτες με την πλαστική κάρτα πληρώνουν κανονικά. Πολλοί νέοι πληρώνουν
μόνο με το κινητό και μας κοιτάνε περίεργα.

Γιάννης Βλαχογιάννης
Ζαχαροπλαστείο Βλάχος, Τρίκαλα"""),
("el", "b170-el-excel-misthodosias-keno", "Ευτυχια Μαργαριτη <eftychia@margariti-logistiki.example>", "Εξαγωγη σε Excel", "technical", "",
"""Καλημερα,

Απο το προγραμμα μισθοδοσιας, οταν κανω εξαγωγη της καταστασης
μισθοδοσιας σε Excel, το αρχειο κατεβαινει αλλα ειναι αδειο, μονο οι
επικεφαλιδες. Σε PDF βγαινει κανονικα. Το κανω για 5 πελατες μου και
σε ολους το ιδιο.

Ευτυχια Μαργαριτη
Λογιστικο Γραφειο, Καβαλα"""),
("el", "b170-el-gl-eshop-safari-pliromi", "Nefeli Karagianni <nefeli@nefeli-handmade.example>", "plirwmes sto eshop", "technical", "",
"""Geia sas! Sto eshop mou (me to plugin sas gia kartes) otan plhrwnoun
apo iPhone / Safari bgainei "Transaction failed" amesws meta to 3D
Secure. Apo Chrome kai apo ypologisth pernane kanonika. Exw xasei
merikes paraggelies, 8a hthela na to koitaksete.
Nefeli"""),
("el", "b170-el-efxaristo-zachariou", "Πολυξένη Καραμανλή <polyxeni@karamanli-keramika.example>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω δημόσια τον κ. Ζαχαρίου, τον σύμβουλο ΦΠΑ που μας
ανέλαβε. Είχαμε έλεγχο από την εφορία και ήμουν σε απόγνωση. Μας
εξήγησε τα πάντα με υπομονή, ήρθε μαζί μας στη ΔΟΥ και όλα τελείωσαν
χωρίς πρόστιμο. Σπάνια βρίσκεις τέτοιους ανθρώπους.

Με εκτίμηση,
Πολυξένη Καραμανλή
Κεραμικά Καραμανλή, Μαρούσι"""),
("el", "b170-el-gl-allagi-tilefwnou", "Takis Drosos <takis@drosos-autoparts.example>", "allagh stoixeiwn", "general", "",
"""Geia sas,
allaksa kinhto, to neo einai 6977 000 111. Parakalw allakste to sta
stoixeia epikoinwnias tou logariasmou ths epixeirhshs (Drosos Antallaktika,
AFM 0912345678). To email menei idio.
Takis"""),
("el", "b170-el-diagrafi-dedomenon", "Αλεξάνδρα Πετροπούλου <alex.petropoulou@example.gr>", "Αίτημα διαγραφής προσωπικών δεδομένων", "general", "",
"""Κύριοι,

Τον Σεπτέμβριο είχα ξεκινήσει αίτηση για επιχειρηματικό δάνειο μέσω της
ιστοσελίδας σας, την οποία τελικά δεν ολοκλήρωσα. Σύμφωνα με το άρθρο 17
του ΓΚΠΔ ζητώ τη διαγραφή όλων των προσωπικών μου δεδομένων και των
εγγράφων που ανέβασα (ταυτότητα, Ε1, Ε3), καθώς και επιβεβαίωση της
διαγραφής.

Αλεξάνδρα Πετροπούλου"""),
("el", "b170-el-gl-agenis-ypallilos-diefthyntis", "Fotis Alexiou <fotis@alexiou-kafekopteio.example>", "Symperifora ypallhlou", "general", "high",
"""Kalhspera,
hmoun shmera sto katasthma sas sthn Egnatia gia na ypografw gia to neo
POS. O ypallhlos sto gkise (psilos, me gyalia) me ekane na perimenw 40
lepta kai otan rwthsa poso akoma, mou eipe mprosta se olous "an den
sas aresei na pate allou". Meta eixe olo to yfos oti tou xalaw th mera.

Den einai tropos ayta. 8elw na milhsw me ton dieu8unth tou katasthmatos,
parakalw na me kalesei. 6932 000 222.

Fotis Alexiou
Kafekopteio Alexiou, Thessaloniki"""),
("el", "b170-el-kathara-deftera-orario", "Ματίνα Λιάπη <matina.liapi@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα, τα γραφεία σας στην Κοζάνη θα είναι ανοιχτά την Καθαρά
Δευτέρα; Ήθελα να περάσω να φέρω υπογεγραμμένα τα χαρτιά. Ευχαριστώ!"""),
("el", "b170-el-xorigia-volei", "Σύλλογος Αετός Ορεστιάδας <aetos.orestiadas@example.gr>", "Πρόταση χορηγίας", "general", "",
"""Αξιότιμοι κύριοι,

Ο Αθλητικός Σύλλογος «Αετός» Ορεστιάδας έχει τμήματα βόλεϊ για παιδιά
8-16 ετών με πάνω από 90 αθλητές. Για τη νέα αγωνιστική περίοδο
αναζητούμε χορηγό για τις φανέλες και τα ταξίδια των ομάδων σε
αγώνες.

Επειδή πολλά από τα καταστήματα της πόλης χρησιμοποιούν τα τερματικά
σας, σκεφτήκαμε να απευθυνθούμε σε εσάς. Θα χαρούμε να σας στείλουμε
αναλυτική πρόταση. Ποιος είναι ο κατάλληλος άνθρωπος για επικοινωνία;

Με εκτίμηση,
Θεόδωρος Καλαϊτζής
Πρόεδρος Δ.Σ."""),
("el", "b170-el-seminario-ilektroniki-timologisi", "Ζωή Ντόκου <zoi@ntokou-stores.example>", "Σεμινάριο ηλεκτρονικής τιμολόγησης", "general", "",
"""Γεια σας,

Είδα ότι διοργανώνετε σεμινάριο για την ηλεκτρονική τιμολόγηση στη
Θεσσαλονίκη τον Μάρτιο. Μπορούν να έρθουν και δύο υπάλληλοι του
λογιστηρίου μας ή είναι μόνο για τους ιδιοκτήτες; Και θα γίνει δια
ζώσης ή και online;

Ζωή Ντόκου"""),
("el", "b170-el-ksexasa-gyalia-patra", "Σπυρος Κατσαρος <spyros.katsaros@example.gr>", "Ξεχασμενα γυαλια", "general", "",
"""Καλησπερα,

Την Τριτη το πρωι ημουν στο γραφειο σας στην Πατρα (οδος Μαιζωνος) για
το δανειο της επιχειρησης και νομιζω οτι ξεχασα τα γυαλια μου, σε μαυρη
θηκη, πανω στο γραφειο της κυριας που με εξυπηρετησε. Αν τα βρηκατε
μπορω να περασω να τα παρω;

Σπυρος Κατσαρος"""),
("el", "b170-el-spasmeno-plakaki-rampa", "Ευαγγελία Ρούσσου <evangelia.roussou@example.gr>", "Η ράμπα στο κατάστημα της Λάρισας", "general", "high",
"""Καλησπέρα σας,

Σήμερα το πρωί πήγα στο κατάστημά σας στην οδό Κύπρου στη Λάρισα. Στη
ράμπα της εισόδου έχει σπάσει ένα πλακάκι και έχει μείνει μια τρύπα
με κοφτερές άκρες, ακριβώς εκεί που πατάς. Μια κυρία με μπαστούνι
σκόνταψε μπροστά μου, ευτυχώς την πρόλαβα.

Το είπα στην υπάλληλο και μου είπε ότι «το ξέρουν». Γράφω για να
φτιαχτεί πριν χτυπήσει κάποιος.

Ευαγγελία Ρούσσου"""),
("el", "b170-el-gl-app-einai-vomva", "Lefteris Mpakalis <lefteris@mpakalis-souvlaki.example>", "to neo app", "general", "",
"""Re paidia, to neo app gia tous emporous einai VOMVA. Vlepw tis
eispraksei ths meras se 2 deuterolepta, oi koinopoihseis einai
kathares, mas skotwse to palio excel :) Sygxarhthria se opoion to
ekane.
Lefteris"""),
("el", "b170-el-paradosi-periptero", "Αριστείδης Νικολάου <aristeidis@nikolaou-bookstore.example>", "Παράδοση νέου τερματικού", "general", "",
"""Καλημέρα,

Για την αποστολή του νέου τερματικού: το βιβλιοπωλείο είναι κλειστό
Τρίτη και Πέμπτη απόγευμα. Αν έρθει ο κούριερ και δεν είμαστε,
παρακαλώ να το αφήσει στο περίπτερο ακριβώς απέναντι (του κ. Στάθη),
τον έχουμε ενημερώσει.

Αριστείδης Νικολάου
Βιβλιοπωλείο Σελίδες, Ξάνθη"""),
("el", "b170-el-aitisi-33018-nomimos-ekprosopos", "Κατερίνα Σωτηρίου <katerina@sotiriou-ike.example>", "Αίτηση 33018", "general", "",
"""Καλησπέρα,

Σχετικά με την αίτηση 33018 για εταιρική κάρτα: από την περασμένη
εβδομάδα άλλαξε ο διαχειριστής της ΙΚΕ. Νέος νόμιμος εκπρόσωπος είναι
ο κ. Ορέστης Σωτηρίου, ενώ εγώ παραμένω εταίρος. Ποια έγγραφα θέλετε
για να ενημερωθεί ο φάκελος (ΓΕΜΗ, πρακτικό);

Κατερίνα Σωτηρίου"""),
("el", "b170-el-gl-grafeio-irakleio", "Manos Tzanakis <manos.tzanakis@example.gr>", "Erwthsh", "general", "",
"""Kalhmera, exete grafeio sto Hrakleio h mono sthn A8hna? 8a h8ela na
syzhthsw to daneio gia to ergasthrio apo konta kai oxi mono me
thlefwna kai email. Eyxaristw, Manos"""),
# ---------------- Spanish ----------------
("es", "b170-es-comision-tpv-doble-de-contrato", "Vicent Ferrer <vicent@horchateriaferrer.example>", "Comisiones del TPV", "billing", "",
"""Buenos días,

Revisando la liquidación de febrero veo que nos estáis aplicando un 1,2 %
de comisión por operación con tarjeta. En el contrato que firmamos en
noviembre pone claramente 0,6 % para tarjetas de débito y crédito
europeas. Con lo que facturamos en verano la diferencia es mucho
dinero.

¿Podéis revisarlo y devolver lo cobrado de más desde noviembre?

Un saludo,
Vicent Ferrer
Orxateria Ferrer, Alboraia (València)"""),
("es", "b170-es-adelantar-mensualidades-credito", "Jose Luis Treviño <jl.trevino@refaccionariatrevino.example>", "Credito pyme", "billing", "",
"""Buenas tardes

Tengo un credito pyme con ustedes por $350,000 a 24 meses. Este mes nos
pagaron un contrato grande y quiero adelantar tres mensualidades. Mi
duda es si eso se abona a capital y baja la mensualidad o solo se
recorre la fecha de pago. Tambien si hay comision por pago anticipado.

Saludos
Jose Luis Treviño
Refaccionaria Treviño, Saltillo Coah."""),
("es", "b170-es-aforo-no-devuelto-bcra", "Carolina Bustos <cbustos@bustosagro.example>", "Aforo retenido - reclamo formal", "billing", "high",
"""Señores:

En octubre les cedimos facturas por $ 18.400.000 y nos adelantaron el
80 % como dice el contrato. El cliente pagó el total el 15 de enero,
y hasta hoy no nos devolvieron el 20 % retenido como aforo, o sea
$ 3.680.000 menos su comisión. Llevo seis llamados y tres mails sin
respuesta concreta.

Con la inflación, cada semana que pasa es plata que perdemos. Si en
cinco días hábiles no tengo la transferencia, hago la presentación en
el BCRA y en Defensa del Consumidor, y le paso el tema a nuestro
abogado.

Carolina Bustos
Bustos Agro S.R.L., Pergamino (Bs. As.)"""),
("es", "b170-es-disolvemos-sociedad-nominas", "Marta Igartua <marta@igartuaetxebarria.example>", "Baja del módulo de nóminas", "billing", "",
"""Hola,

Mi socia y yo hemos decidido separar caminos y vamos a disolver la
sociedad (Igartua Etxebarria, S.L.) a final de trimestre. Cada una
seguirá como autónoma, sin empleados, así que el módulo de nóminas ya
no nos hace falta.

¿Podéis darlo de baja después de pagar las nóminas de marzo? El programa
de contabilidad de momento lo mantenemos hasta cerrar las cuentas.

Gracias,
Marta Igartua
Bilbao"""),
("es", "b170-es-hostal-salento-pausa-datafono", "Andrés Felipe Giraldo <reservas@hostalelcafetal.example>", "Congelar datáfono", "billing", "",
"""Buenas tardes, cómo están.

Les escribo del Hostal El Cafetal en Salento. Vamos a cerrar de abril a
junio por remodelación (cambiamos todo el techo) y no vamos a tener
ventas. ¿Es posible congelar la mensualidad del datáfono esos tres
meses? No queremos cancelar el servicio, en julio volvemos a abrir.

Quedo atento, muchas gracias.
Andrés Felipe Giraldo"""),
("es", "b170-es-asesor-f29-contracargo", "Rodrigo Saavedra <rsaavedra@saavedrapanaderia.example>", "Honorarios cobrados sin servicio", "billing", "high",
"""Estimados:

Me cobraron $85.000 en mi tarjeta por la "declaración mensual de IVA
(F29) de diciembre". El F29 de diciembre nunca se presentó: el SII me
notificó el atraso y tuve que pagar multa e intereses, y terminé
presentándolo yo mismo.

Ya desconocí el cargo en el banco y pedí el contracargo. Les aviso para
que no me vuelvan a cobrar, y les pido que me confirmen por escrito la
baja del servicio.

Rodrigo Saavedra
Panadería Saavedra, Talca"""),
("es", "b170-es-cfdi-comisiones-terminal", "Daniela Ochoa <administracion@floreriaochoa.example>", "Factura de comisiones", "billing", "",
"""Hola buen día,

Necesito la factura (CFDI) de las comisiones que me cobraron en enero y
febrero por la terminal. En la app solo aparece el estado de cuenta.
Mis datos:

RFC: OOGD850412AB1
Régimen: 612 Personas Físicas con Actividades Empresariales
Uso CFDI: G03 Gastos en general
CP: 44100

Gracias!
Daniela Ochoa
Florería Ochoa, Guadalajara"""),
("es", "b170-es-no-quiero-devolucion-subida-cuota", "Lorenzo Navarro <lorenzo@navarro-fontaneria.example>", "Cuota del programa", "billing", "",
"""Buenas,

No pido que me devolváis nada, que quede claro. Solo quiero entender
por qué este mes la cuota del programa de nóminas ha pasado de 35 € a
42 €. No he añadido trabajadores (seguimos siendo cuatro) ni he
cambiado de plan, y no recuerdo ningún aviso de subida.

Lorenzo Navarro
Fontanería Navarro, Murcia"""),
("es", "b170-es-re-propuesta-plazos", "Beatriz Quintana <beatriz@quintanaestudio.example>", "Re: Propuesta de financiación - Estudio Quintana", "billing", "",
"""Hola Jorge:

Gracias por la propuesta. La hemos estado mirando con nuestra gestora y
nos encaja todo menos el plazo. ¿Sería posible hacerlo a 24 meses en
lugar de 36, aunque la cuota sea más alta? Preferimos pagar menos
intereses en total.

Un saludo,
Beatriz

> Estimada Beatriz:
>
> Adjunto la propuesta de préstamo para la compra del plotter y el
> equipo de corte: 28.000 €, plazo 36 meses, TIN 6,9 %, cuota mensual
> aproximada de 863 €.
>
> Quedo a tu disposición para cualquier duda.
> Jorge Cabrera
> Gestor de empresas, oficina de Zaragoza"""),
("es", "b170-es-fallecio-mi-viejo-facturacion", "Nicolas Ferreyra <nico.ferreyra@example.com.ar>", "suscripcion de mi papa", "billing", "",
"""Hola que tal

Les escribo porque mi viejo, Hector Ferreyra, fallecio el mes pasado.
El tenia una ferreteria en Rosario y usaba su sistema de facturacion con
el plan mensual, que se sigue debitando de su tarjeta ($ 24.900). La
ferreteria la cerramos y estoy dando de baja todo lo del monotributo.

Necesito que cancelen la suscripcion y si se puede que me dejen bajar
las facturas emitidas de los ultimos años porque el contador las pide.

Gracias
Nicolas"""),
("es", "b170-es-penalizacion-terminal-gerente", "Ximena Robles <ximena@cafeteriaroblesmx.example>", "Cobro de penalización", "billing", "high",
"""Buenas tardes.

Cancelé la terminal el 3 de marzo porque cerré una de mis dos
cafeterías. Cuando la contraté, el asesor me dijo (y lo tengo por
WhatsApp) que NO había plazo forzoso. Hoy me cargaron $4,800 MXN como
"penalización por cancelación anticipada".

Ya hablé dos veces al call center y sólo me leen el contrato. Quiero que
me llame un gerente, y si no me regresan ese cargo voy a presentar la
queja en CONDUSEF.

Ximena Robles
Cafetería Robles, Puebla"""),
("es", "b170-es-fraccionar-compra-tarjeta-empresa", "Íñigo Salazar <inigo@salazarcarpinteria.example>", "Pagar a plazos una compra", "billing", "",
"""Buenos días,

La semana pasada pagamos con la tarjeta de crédito de empresa una
escuadradora nueva por 9.480 €. ¿Es posible fraccionar ese cargo en 12
meses? Si es así, ¿qué interés tendría y cómo se solicita, desde la app
o hay que llamar?

Gracias,
Íñigo Salazar
Carpintería Salazar, Logroño"""),
("es", "b170-es-urgente-paz-y-salvo", "Luz Marina Castaño <luzmarina@castanoconfecciones.example>", "URGENTE", "billing", "",
"""Buenos días, URGENTE por favor.

Ya terminé de pagar el crédito de la máquina de coser industrial (la
última cuota fue el 5 de este mes) y el banco donde estoy pidiendo otro
préstamo me exige el paz y salvo. ¿Me lo pueden enviar a este correo?
Cédula 43.512.000.

Mil gracias,
Luz Marina Castaño
Confecciones Castaño, Medellín"""),
("es", "b170-es-rastro-datafono-sin-comunicacion", "Paco Gallardo <paco@churreriagallardo.example>", "domingo", "technical", "high",
"""Buenos días. Desde las 9 el datáfono pone "SIN COMUNICACIÓN" con
todas las tarjetas. Es domingo de Rastro, tengo la cola dando la vuelta
a la esquina y la mitad se va cuando les digo que solo efectivo. Ya lo
he apagado y encendido, he cambiado de enchufe y el móvil tiene
cobertura de sobra.

Llamadme al 600 000 123 por favor.
Paco
Churrería Gallardo, Madrid"""),
("es", "b170-es-dispersion-nomina-quincena", "Recursos Humanos <rh@constructoraolvera.example>", "Dispersión de nómina 15/03", "technical", "high",
"""Buenas tardes,

La dispersión de la nómina de la quincena no se ejecutó. En la
plataforma aparece "En proceso" desde las 10 de la mañana y el banco no
recibió ningún archivo. Son 34 trabajadores de obra que cobran hoy y ya
empezaron a llamarnos porque no les ha llegado.

Intentamos generar el layout de nuevo y sale "Error al generar
archivo". Necesitamos que alguien nos atienda hoy mismo.

Lic. Fernanda Olvera
Recursos Humanos, Constructora Olvera, Querétaro"""),
("es", "b170-es-posnet-bateria-hinchada", "Graciela Pereyra <graciela@almacenlaesquina.example>", "Consulta por el posnet", "technical", "high",
"""Buenas, les comento algo raro. El posnet inalámbrico tiene la tapa de
atrás levantada, como si la batería se hubiera inflado, y está tibio
aunque no lo cargamos desde ayer. No lo usamos más, lo dejamos sobre
la mesada de mármol, lejos de los papeles.

¿Qué hacemos con él? ¿Nos mandan otro? Nro. de comercio 00451230.

Graciela
Almacén La Esquina, Córdoba"""),
("es", "b170-es-conciliacion-duplica-movimientos", "Pilar Arrieta <pilar@arrietaasesores.example>", "Conciliación bancaria", "technical", "",
"""Hola,

Desde la actualización del lunes, el módulo de conciliación bancaria
importa dos veces cada movimiento de la cuenta de CaixaBank. Si borro
los duplicados, al día siguiente vuelven a aparecer. Con la cuenta del
Sabadell no pasa.

¿Lo tenéis localizado?

Pilar Arrieta"""),
("es", "b170-es-app-datafono-usuario-bloqueado", "Camilo Rojas <camilo.rojas@example.com.co>", "No puedo entrar a la app", "technical", "",
"""Buenas noches. Después de actualizar la app del datáfono me sale
"usuario bloqueado, comuníquese con soporte" y no me deja entrar. No
puse mal la clave ni una vez. Necesito ver las ventas del día para
cuadrar caja. Gracias."""),
("es", "b170-es-portal-factoring-xml-no-es-cobro", "Francisca Muñoz <fmunoz@munozlogistica.example>", "Carga de facturas", "technical", "",
"""Hola,

No es por un cobro ni por la tasa, eso está todo bien. El problema es
que desde el viernes el portal no me deja cargar los XML de las
facturas del SII: se queda en "validando documento" y después sale
"Formato no válido". Son los mismos XML que subo todos los meses,
descargados igual que siempre.

Saludos,
Francisca Muñoz
Muñoz Logística, Santiago"""),
("es", "b170-es-tpv-tiques-en-blanco", "Rafa Montilla <bar.montilla@example.es>", "tickets del tpv", "technical", "",
"""Hola, el tpv del bar saca los tiques en blanco desde ayer. El rollo es
nuevo y lo he puesto de las dos maneras por si acaso, nada. Cobrar
cobra bien, pero hay clientes que piden el tique para la empresa.

Rafa
Bar Montilla, Cordoba"""),
("es", "b170-es-sii-error-4104", "Gestoría Alameda <info@gestoriaalameda.example>", "Error al enviar al SII", "technical", "",
"""Buenos días,

Al enviar las facturas emitidas al SII desde vuestro módulo, tres
clientes nuestros reciben el error "4104 - NIF del titular no
identificado", aunque el NIF es correcto y en la AEAT figura bien.
Hasta la semana pasada enviábamos sin problema.

Adjunto captura del error.

Un saludo,
Elena Alameda
Gestoría Alameda, Sevilla"""),
("es", "b170-es-eliminador-derretido", "Héctor Cisneros <hector@tacoselguero.example>", "El cargador de la terminal", "technical", "high",
"""Qué tal. Nada más para avisarles: el cargador de la terminal se
calentó muchísimo anoche y se derritió la parte del enchufe, olía a
quemado en todo el local. Lo desconectamos y ya no lo volvimos a usar.
La terminal todavía tiene batería pero no sé si se pueda cargar con
otro cargador o si es peligroso. ¿Nos pueden mandar uno nuevo?

Héctor Cisneros
Tacos El Güero, Hermosillo Son."""),
("es", "b170-es-pasarela-caida-responsable", "Sonia Beltrán <sonia@ceramicabeltran.example>", "Cuarto día sin ventas online", "technical", "high",
"""Buenos días,

Es el cuarto día que la pasarela de pago de nuestra tienda online
rechaza TODAS las tarjetas con "Error de autenticación del comercio".
No hemos tocado nada. Llevamos desde el lunes sin una sola venta online,
que es el 70 % de lo que facturamos.

He abierto dos incidencias (INC-88120 y INC-88341) y solo recibo
respuestas automáticas. Quiero que esto lo lleve un responsable de
vuestro equipo técnico y que me llame hoy.

Sonia Beltrán
Cerámica Beltrán, Manises"""),
("es", "b170-es-hola-no-llega-mail-clave", "Agustina Ledesma <agusledesma@example.com.ar>", "Hola", "technical", "",
"""Hola! le di a "olvidé mi contraseña" en el sistema de sueldos como 5
veces y no me llega el mail, ni en spam ni en promociones. El correo
es este mismo. Me ayudan? gracias!!"""),
("es", "b170-es-datafono-no-lee-debito", "Jhon Jairo Montoya <jhon.montoya@example.com.co>", "Datáfono no lee algunas tarjetas", "technical", "",
"""Buen día. El datáfono no lee algunas tarjetas débito, sobre todo de
un banco en particular: sale "error de lectura" por chip y por banda.
Otras tarjetas pasan normal. Ya limpié la ranura como dice el manual.
Es un minimercado en Pereira, código de comercio 01298833.

Gracias"""),
("es", "b170-es-app-tarjeta-sin-movimientos", "Carmen Toledo <carmen@toledoopticos.example>", "La app no muestra movimientos", "technical", "",
"""Hola,

En la app de la tarjeta de empresa no aparece ningún movimiento desde
el día 10, aunque seguimos pagando con ella (los cargos sí salen en la
cuenta del banco). He cerrado sesión, borrado la app y vuelto a
instalar. En la web pasa lo mismo.

Carmen Toledo
Toledo Ópticos, Albacete"""),
("es", "b170-es-link-pago-whatsapp-404", "Karla Esquivel <karla@karlareposteria.example>", "links de pago", "technical", "",
"""hola, los links de pago que mando por whatsapp a mis clientas abren
una pagina que dice "404 no encontrado". antes funcionaban perfecto.
los genero desde la app como siempre. me pueden ayudar? tengo pedidos
de pasteles para el fin de semana

Karla"""),
("es", "b170-es-gracias-matias", "Verónica Alzamora <vero@alzamoratextil.example>", "Agradecimiento", "general", "",
"""Hola, quería dejarles un comentario lindo, que nunca está de más.

Matías, el ejecutivo que nos atiende desde la sucursal de Mendoza, se
tomó el trabajo de explicarnos con paciencia cada opción de
financiamiento cuando queríamos ampliar el taller, y nos respondió
hasta un sábado. Hace mucho que no nos atendían así. Gracias, Matías.

Verónica Alzamora
Alzamora Textil"""),
("es", "b170-es-cambio-domicilio-social", "Administración Tallers Puig <admin@tallerspuig.example>", "Cambio de domicilio social", "general", "",
"""Buenos días,

Os informamos de que Tallers Puig, S.L. (B-66000000) ha trasladado su
domicilio social a:

Carrer de la Indústria, 42, nave 3
08980 Sant Feliu de Llobregat (Barcelona)

El cambio ya está inscrito en el Registro Mercantil. Os agradeceríamos
que lo actualizarais para toda la correspondencia del préstamo y de la
tarjeta de empresa.

Atentamente,
Montserrat Puig"""),
("es", "b170-es-derechos-arco", "Eduardo Villaseñor <eduardo.villasenor@example.com.mx>", "Solicitud de derechos ARCO", "general", "",
"""A quien corresponda:

Con fundamento en la Ley Federal de Protección de Datos Personales en
Posesión de los Particulares, solicito el acceso a los datos personales
que tienen registrados de mi persona con motivo de una solicitud de
crédito que inicié en 2024, así como la cancelación de los mismos, ya
que no continué con el trámite.

Adjunto copia de mi INE.

Eduardo Villaseñor"""),
("es", "b170-es-comercial-prepotente-director", "Nuria Castells <nuria@castellsflors.example>", "Queja sobre su comercial", "general", "high",
"""Buenas tardes,

Ayer vino a mi tienda un comercial vuestro, el Sr. Óscar M., para
hablar de la renovación del TPV. Desde el principio se dirigió solo a
mi encargado como si yo, que soy la dueña, no estuviera. Cuando le
corregí me dijo que "esto de los números mejor lo hablo con un hombre".
Delante de clientes.

No voy a tolerar ese trato. Quiero que me llame el director de la
oficina de Girona esta semana.

Nuria Castells
Castells Flors, Girona"""),
("es", "b170-es-horario-lunes-festivo", "Sandra Milena Ospina <sandra.ospina@example.com.co>", "Horario festivo", "general", "",
"""Buenas tardes, ¿la oficina de Chapinero atiende el lunes festivo? Tengo
que llevar unos documentos de la empresa. Gracias."""),
("es", "b170-es-patrocinio-san-silvestre", "AVV Barrio del Carmen <avv.carmen@example.es>", "Patrocinio carrera San Silvestre", "general", "",
"""Hola,

Somos la asociación de vecinos del barrio del Carmen y organizamos la
San Silvestre del barrio, con unos 600 corredores. Buscamos patrocinio
para los dorsales y el avituallamiento. Como muchos comercios del barrio
trabajan con vosotros, nos gustaría proponeros aparecer en los dorsales
y en la web de la carrera.

¿Con quién podemos hablar?

Un saludo,
Joaquín Lahoz
AVV Barrio del Carmen, Murcia"""),
("es", "b170-es-webinar-boleta-grabacion", "Paulina Fuentes <paulina@fuentesbazar.example>", "Webinar boleta electrónica", "general", "",
"""Hola! Me inscribí al webinar de boleta electrónica del jueves pero
justo ese día me toca atender el local. ¿Lo van a dejar grabado? Gracias,
Paulina"""),
("es", "b170-es-anteojos-sucursal-rosario", "Oscar Benedetti <oscar.benedetti@example.com.ar>", "Anteojos", "general", "",
"""Buenas tardes, el martes estuve en la sucursal de calle Córdoba en
Rosario firmando los papeles del leasing y creo que me olvidé los
anteojos de lectura (marco marrón, en un estuche verde) en el escritorio
de la chica que me atendió. ¿Los encontraron? Paso a buscarlos cuando
me digan.

Oscar Benedetti"""),
("es", "b170-es-vidrio-roto-sucursal-monterrey", "Alejandra Garza <alejandra.garza@example.com.mx>", "Puerta de la sucursal San Pedro", "general", "high",
"""Buen día,

Hoy en la mañana estuve en su sucursal de San Pedro Garza García. El
vidrio de la puerta de entrada tiene una estrellada grande en la parte
de abajo y le faltan pedazos, con las orillas filosas a la altura de
las rodillas. Había una señora con un niño chiquito que casi se
recarga ahí.

Se lo comenté al guardia y me dijo que ya estaba reportado, pero no
tenía ni una cinta ni un aviso. Lo dejo por escrito para que lo
atiendan antes de que alguien se corte.

Alejandra Garza"""),
("es", "b170-es-app-es-una-bomba", "Toni Serra <toni@serrabicicletes.example>", "Nueva app", "general", "",
"""Os escribo solo para decir que la nueva app de comercios es una bomba.
Veo la caja del día en un segundo y los abonos claritos. Me ha salvado
la vida en temporada alta. Quien la haya hecho, ¡enhorabuena!

Toni
Serra Bicicletes, Palma"""),
("es", "b170-es-entrega-porteria", "Diana Carolina Rey <diana.rey@estudiorey.example>", "Entrega del nuevo datáfono", "general", "",
"""Hola, para el envío del datáfono nuevo: la oficina queda en un
edificio en el piso 7 y el mensajero no puede subir. Por favor que lo
deje en la portería a nombre de Diana Rey, el portero ya está avisado.
Horario de portería de 7 a 7.

Gracias,
Diana Carolina Rey
Estudio Rey Arquitectura, Bogotá"""),
("es", "b170-es-expediente-autorizar-gestoria", "Ramón Castro <ramon@castroferreteria.example>", "Expediente 20931", "general", "",
"""Buenos días,

En relación con el expediente 20931 de la póliza de crédito, os pido
que autoricéis a mi gestoría, Gestoría Iglesias (Lugo), a consultar la
documentación y hablar con vosotros en mi nombre. La persona de
contacto es Iria Iglesias, iria@gestoriaiglesias.example.

¿Necesitáis que firme algún documento?

Ramón Castro
Ferretería Castro, Monforte de Lemos"""),
("es", "b170-es-pregunta-oficina-guadalajara", "Mauricio Lara <mauricio.lara@example.com.mx>", "Pregunta", "general", "",
"""Buenas, una pregunta: tienen oficina en Guadalajara o solo en CDMX? me
gustaria ir en persona a platicar con un asesor antes de pedir el
credito para el taller. Gracias"""),
# ---------------- Polish ----------------
("pl", "b170-pl-kaucja-za-terminal", "Joanna Wierzbicka <joanna@pracowniawierzba.example>", "Kaucja za terminal", "billing", "",
"""Dzień dobry,

W styczniu rozwiązaliśmy umowę na terminal i zgodnie z instrukcją
odesłaliśmy urządzenie kurierem (list przewozowy 6201 0000 1234, doręczony
do Państwa magazynu 24.01). Minęły prawie dwa miesiące, a kaucja 300 zł
nadal nie wróciła na nasze konto.

Proszę o informację, kiedy możemy się jej spodziewać.

Pozdrawiam
Joanna Wierzbicka
Pracownia Wierzba, Toruń"""),
("pl", "b170-pl-wakacje-kredytowe-powodz", "Tadeusz Marczak <t.marczak@marczak-meble.example>", "Zawieszenie rat pozyczki", "billing", "",
"""Dzien dobry,

nasz zaklad w Ladku-Zdroju zostal zalany we wrzesniu i do wiosny nie
bedziemy produkowac. Mamy u Panstwa pozyczke na maszyny (umowa
PF/2023/0418), rata 2 960 zl miesiecznie.

Czy jest mozliwosc zawieszenia rat na 4-6 miesiecy albo wydluzenia
okresu splaty? Moge przeslac protokol z gminy o szkodach i zdjecia.

Z powazaniem
Tadeusz Marczak
Marczak Meble s.c."""),
("pl", "b170-pl-faktoring-oplata-monitoring-rzecznik", "Anna Kowalik-Sroka <a.kowalik@kowalik-transport.example>", "Reklamacja - opłata za monitoring należności", "billing", "high",
"""Szanowni Państwo,

od rozliczenia za luty doliczają Państwo do każdej faktury „opłatę za
monitoring należności” w wysokości 0,3% wartości faktury. Umowa
faktoringowa nr FK/114/2024 takiej opłaty nie przewiduje, nie
podpisywaliśmy też żadnego aneksu. Łącznie pobrano już 2 418,60 zł.

Złożyłam reklamację telefonicznie 11 marca i do dziś nie otrzymałam
odpowiedzi, mimo że termin minął. Jeżeli w ciągu 14 dni nie otrzymam
zwrotu, sprawa trafi do Rzecznika Finansowego, a kopię pisma wyślę do
UOKiK.

Anna Kowalik-Sroka
Prezes Zarządu, Kowalik Transport Sp. z o.o., Kielce"""),
("pl", "b170-pl-zawieszam-dzialalnosc-na-etat", "Marcin Lis <marcin.lis.foto@example.pl>", "Zawieszenie działalności", "billing", "",
"""Cześć,

od maja idę na etat, a firmę (fotografia ślubna) zawieszam w CEIDG na
rok, może na dłużej, zobaczymy. Przez ten czas nie będę wystawiał faktur,
więc płacenie za dodatek do fakturowania nie ma sensu.

Da się zamrozić abonament na czas zawieszenia, żeby nie stracić
historii dokumentów? Jak nie, to proszę o rezygnację od następnego
okresu.

Marcin Lis"""),
("pl", "b170-pl-emigracja-karta-firmowa", "Katarzyna Nowicka <kasia.nowicka@nowicka-sprzatanie.example>", "Karta firmowa", "billing", "",
"""Dzień dobry,

w lipcu przeprowadzamy się z rodziną do Norwegii i zamykam
działalność tutaj. Chciałabym zamknąć kartę kredytową firmową, zanim
naliczy się opłata roczna (karta odnawia się we wrześniu). Zadłużenie
spłacę w całości. Co muszę zrobić i czy mogę to załatwić zdalnie?

Katarzyna Nowicka
Nowicka Sprzątanie, Gdynia"""),
("pl", "b170-pl-doradca-vat-korekta-chargeback", "Slawomir Wrobel <s.wrobel@wrobel-dachy.example>", "Faktura za korekte JPK", "billing", "high",
"""Dzien dobry,

wystawili Panstwo fakture na 738 zl brutto za "korekte JPK_VAT za
pazdziernik". Korekta byla potrzebna tylko dlatego, ze Panstwa biuro
wpisalo fakture zakupowa dwa razy. Pisalem o tym dwa razy do pani
Moniki i cisza.

Nie bede placil za poprawianie Panstwa bledow. Platnosc poszla
automatycznie z karty, wiec zlozylem w banku reklamacje transakcji
(chargeback). Prosze nie obciazac karty ponownie.

Slawomir Wrobel
Wrobel Dachy, Opole"""),
("pl", "b170-pl-korekta-nip-faktury-terminal", "Biuro Zielony Ogród <biuro@zielonyogrod-kawiarnia.example>", "Błędny NIP na fakturach", "billing", "",
"""Dzień dobry,

na fakturach za opłaty terminalowe od stycznia widnieje błędny NIP
(726-000-00-12 zamiast 726-000-00-21). Księgowa nie może ich zaksięgować.
Proszę o wystawienie faktur korygujących za styczeń, luty i marzec i
poprawienie danych na przyszłość.

Pozdrawiam
Ewa Szymańska
Kawiarnia Zielony Ogród, Łódź"""),
("pl", "b170-pl-nie-reklamacja-platnosc-roczna", "Grzegorz Mazur <grzegorz@mazur-elektro.example>", "Pytanie o abonament", "billing", "",
"""Dzień dobry, to nie jest reklamacja i nie chcę żadnego zwrotu :)
Pytam tylko: czy za abonament na program kadrowo-płacowy mogę płacić
rocznie z góry zamiast co miesiąc i ile by to wtedy wyszło? Mam 6
pracowników.

Grzegorz Mazur"""),
("pl", "b170-pl-re-oferta-karty-oplata-roczna", "Paweł Dudek <pawel@dudek-autoserwis.example>", "Re: Oferta karty kredytowej dla firm", "billing", "",
"""Dzień dobry Pani Magdaleno,

dziękuję za ofertę. Jedno pytanie zanim złożę wniosek: czy opłata
roczna 240 zł jest zwalniana, jeśli wydamy kartą określoną kwotę w roku?
Płacimy nią głównie za części, to jakieś 8-10 tys. zł miesięcznie.

Pozdrawiam
Paweł Dudek

> Szanowny Panie,
>
> w nawiązaniu do rozmowy przesyłam ofertę karty kredytowej dla firm:
> limit do 30 000 zł, okres bezodsetkowy do 54 dni, opłata roczna
> 240 zł.
>
> Z poważaniem
> Magdalena Rutkowska
> Doradca Klienta Firmowego"""),
("pl", "b170-pl-maz-zmarl-karta-firmowa", "Halina Borkowska <halina.borkowska@example.pl>", "Sprawa męża", "billing", "",
"""Szanowni Państwo,

mój mąż, Stanisław Borkowski, zmarł w listopadzie. Prowadził
jednoosobowy warsztat samochodowy i miał u Państwa kartę firmową.
Nie znam się na tych sprawach, dopiero teraz znalazłam wyciągi w
szufladzie.

Proszę mi napisać, ile jeszcze zostało do spłaty, jak mogę to spłacić i
jak zamknąć tę kartę, żeby nie przychodziły kolejne opłaty. Akt zgonu
mogę dostarczyć do oddziału w Siedlcach.

Z poważaniem
Halina Borkowska"""),
("pl", "b170-pl-rata-dwa-razy-kierownik", "Robert Sikora <robert@sikora-budownictwo.example>", "Rata pobrana dwa razy!!!", "billing", "high",
"""Dzień dobry,

5 marca pobraliście ratę pożyczki 3 842 zł DWA RAZY. Przez to na koncie
zabrakło pieniędzy na ZUS i teraz mam jeszcze odsetki za zwłokę. Na
infolinii dwa razy usłyszałem, że „zgłoszenie zostało przekazane”.

Żądam natychmiastowego zwrotu i kontaktu ze strony kierownika, a nie
kolejnego konsultanta. Odsetki z ZUS też zamierzam od Was odzyskać.

Robert Sikora
Sikora Budownictwo, Nowy Sącz
tel. 600 000 321"""),
("pl", "b170-pl-placa-za-zwolnionych", "Agata Pietrzak <kadry@pietrzak-piekarnia.example>", "Opłata za pracowników", "billing", "",
"""Dzień dobry,

w marcu naliczyli Państwo opłatę za 12 pracowników, a od lutego mamy
ich 9 - trzy osoby odeszły z końcem stycznia i mają w systemie
wpisaną datę rozwiązania umowy. Proszę o korektę faktury i zwrot
różnicy.

Agata Pietrzak
Kadry, Piekarnia Pietrzak, Płock"""),
("pl", "b170-pl-pilne-nowa-karta-abonament", "Dominik Jasiński <dominik@jasinski-it.example>", "PILNE", "billing", "",
"""PILNE!!

Musiałem zastrzec kartę, z której płacę abonament za dodatek do
księgowości, a płatność jest jutro. Jak zmienić kartę w panelu? Nie
widzę tej opcji w ustawieniach konta. Nie chcę, żeby zablokowało mi
dostęp.

Dominik"""),
("pl", "b170-pl-znicze-cmentarz-terminal", "Zofia Adamczyk <zofia.adamczyk@example.pl>", "Terminal", "technical", "high",
"""Dzień dobry,

mamy stoisko ze zniczami i kwiatami przy cmentarzu Rakowickim. Od rana,
od 7:30, terminal pokazuje „brak połączenia z serwerem” przy każdej
karcie. Dziś 1 listopada, najważniejszy dzień w roku, ludzie stoją w
kolejce, a większość nie ma gotówki i odchodzi. Restartowałam kilka
razy, karta SIM jest w środku, zasięg pełny.

Proszę o pilny telefon: 512 000 111.

Zofia Adamczyk
Kwiaty i Znicze, Kraków"""),
("pl", "b170-pl-przelewy-wynagrodzen-nie-wyszly", "Monika Zając <monika.zajac@zajac-logistyka.example>", "Wypłaty", "technical", "high",
"""Dzień dobry,

wczoraj zatwierdziłam listę płac i wysłałam przelewy z programu, status
„Wysłano do banku”. Dziś rano okazało się, że żaden z 23 pracowników nie
dostał pieniędzy, a w banku nie ma żadnej paczki przelewów. Ponowna
wysyłka kończy się komunikatem „Błąd podpisu paczki”.

Jest 23 grudnia. Ludzie dzwonią, bo mają zakupy na święta. Potrzebuję
pomocy od razu, albo instrukcji, jak wyciągnąć plik i wgrać go ręcznie.

Monika Zając
Zając Logistyka, Poznań"""),
("pl", "b170-pl-zasilacz-terminala-dymi", "Lucyna Kaczmarek <lucyna@salon-lucyna.example>", "Zasilacz", "technical", "high",
"""Dzień dobry,

chciałam tylko zgłosić, że zasilacz od terminala dziś rano zaczął
cicho syczeć, a z obudowy poleciała cienka smużka dymu. Wyjęłam go z
gniazdka i odłożyłam na parapet. Terminal na razie działa na baterii.

Proszę o przysłanie nowego zasilacza. Czy ten stary mam odesłać?

Lucyna Kaczmarek
Salon Fryzjerski Lucyna, Zamość"""),
("pl", "b170-pl-mt940-mbank-import", "Piotr Zawadzki <piotr@zawadzki-rachunkowosc.example>", "Import wyciągów", "technical", "",
"""Dzień dobry,

dodatek do importu wyciągów od tygodnia nie wczytuje plików MT940 z
mBanku - pojawia się „Nieobsługiwany format pliku”. Pliki z PKO BP i
Pekao wczytują się bez problemu. Nic nie zmienialiśmy w ustawieniach
eksportu w banku.

Piotr Zawadzki
Biuro Rachunkowe Zawadzki, Lublin"""),
("pl", "b170-pl-nowy-telefon-autoryzacja", "Bartosz Kamiński <bartek@kaminski-rowery.example>", "Nowy telefon", "technical", "",
"""Hej, zmieniłem telefon i nie mogę sparować nowego z aplikacją do
autoryzacji płatności kartą firmową. Kod aktywacyjny z SMS-a za każdym
razem jest „nieprawidłowy lub wygasł”, choć wpisuję go od razu. Stary
telefon oddałem już do skupu.

Bartek"""),
("pl", "b170-pl-aplikacja-faktoring-wylogowuje", "Aleksandra Michalska <ola@michalska-kosmetyki.example>", "Aplikacja", "technical", "",
"""Dzień dobry,

nie chodzi o rozliczenia ani prowizję - z tym wszystko w porządku.
Problem jest z aplikacją: od ostatniej aktualizacji wylogowuje mnie
mniej więcej co minutę, zanim zdążę dodać fakturę do finansowania.
Telefon iPhone 13, iOS aktualny.

Aleksandra Michalska"""),
("pl", "b170-pl-brak-wydruku-dla-klienta", "Sklep Mięsny u Wiesia <sklep.uwiesia@example.pl>", "Potwierdzenia", "technical", "",
"""Dzień dobry. Terminal drukuje tylko potwierdzenie dla sprzedawcy, a
kopii dla klienta nie drukuje wcale. W ustawieniach wydruku wszystko
zaznaczone. Klienci pytają o potwierdzenie, a my nie mamy co dać.

Wiesław Górski"""),
("pl", "b170-pl-ksef-blad-wysylki", "Renata Wilk <renata@wilk-hurtownia.example>", "KSeF", "technical", "",
"""Dzień dobry,

od poniedziałku dodatek do wysyłki faktur do KSeF zwraca błąd „Brak
uprawnień do wysyłki dla kontekstu NIP”, mimo że token został
wygenerowany na nowo i ma wszystkie uprawnienia. Faktury zostają w
statusie „Oczekuje”. Co jeszcze możemy sprawdzić?

Renata Wilk
Hurtownia Wilk, Radom"""),
("pl", "b170-pl-siec-piekarni-terminale", "Jerzy Olszewski <jerzy@piekarnie-olszewski.example>", "Wszystkie sklepy", "technical", "high",
"""Dzień dobry,

od godziny 6 w żadnym z naszych pięciu sklepów firmowych nie da się
zapłacić kartą - wszystkie terminale pokazują „Błąd autoryzacji 05”.
Rano sprzedajemy głównie na kartę, kolejki, ludzie zostawiają pieczywo
na ladzie i wychodzą. Pracownicy nie mają nawet wydawać reszty z czego.

Proszę o natychmiastowy kontakt: 601 000 444.

Jerzy Olszewski
Piekarnie Olszewski, Białystok"""),
("pl", "b170-pl-integracja-kasa-przelozony", "Iwona Baran <iwona@baran-apteka.example>", "Trzecie zgłoszenie - proszę o przełożonego", "technical", "high",
"""Szanowni Państwo,

to już trzecie zgłoszenie w sprawie integracji terminala z kasą
fiskalną. Kwota nie przechodzi automatycznie, a po każdej próbie
terminal się zawiesza i trzeba go restartować. Dwóch techników było na
miejscu, obaj stwierdzili „powinno działać”.

Nie chcę kolejnej wizyty tego samego typu. Proszę o kontakt przełożonego
działu technicznego, który zajmie się tym na poważnie.

mgr farm. Iwona Baran
Apteka pod Lipami, Sandomierz"""),
("pl", "b170-pl-dzien-dobry-nie-moge-sie-zalogowac", "Krystyna Wojcik <krystyna.wojcik@example.pl>", "Dzien dobry", "technical", "",
"""Dzien dobry, wczoraj zmienilam haslo do programu placowego a dzisiaj
nie moge sie zalogowac, pisze "nieprawidlowy login lub haslo". Wpisuje
nowe i stare, to samo. Co robic?
Krystyna"""),
("pl", "b170-pl-blik-nie-dziala", "Mateusz Głowacki <mateusz@glowacki-kebab.example>", "BLIK", "technical", "",
"""Siema, od piątku na terminalu nie przechodzi BLIK - po wpisaniu kodu
klient dostaje potwierdzenie w aplikacji, a terminal po chwili
wyświetla „Transakcja odrzucona”. Karty działają normalnie. Dużo
młodych płaci tylko BLIKiem.

Mateusz"""),
("pl", "b170-pl-paski-nie-dochodza", "Beata Król <beata@krol-drukarnia.example>", "Paski wynagrodzeń", "technical", "",
"""Dzień dobry,

wysłałam z programu paski wynagrodzeń mailem do wszystkich pracowników,
program pokazuje „wysłano”, ale nikt nic nie dostał (sprawdzali też
spam). W zeszłym miesiącu działało. Adresy w kartotekach są dobre.

Beata Król"""),
("pl", "b170-pl-jpk-blad-walidacji", "Tomasz Kubiak <tomasz@kubiak-rachunki.example>", "JPK_V7 blad walidacji", "technical", "",
"""Dzien dobry,

plik JPK_V7M wygenerowany z Panstwa dodatku nie przechodzi walidacji -
komunikat "Element KodUrzedu ma niepoprawna wartosc". Kod urzedu w
danych firmy jest wpisany poprawnie (1471). W lutym wszystko bylo ok.

Tomasz Kubiak"""),
("pl", "b170-pl-podziekowanie-pani-agnieszka", "Elżbieta Sowa <ela@sowa-pasieka.example>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować pani Agnieszce z oddziału w Nowym Targu.
Przy wniosku o kredyt na nową pracownię miodu wszystko nam cierpliwie
wytłumaczyła, a kiedy brakowało dokumentu, sama zadzwoniła do nas
zamiast odrzucać wniosek. Takich ludzi trzeba doceniać.

Z wyrazami szacunku
Elżbieta i Józef Sowowie
Pasieka Sowa"""),
("pl", "b170-pl-zmiana-maila-do-korespondencji", "Adam Pawlak <adam.pawlak@pawlak-stolarstwo.example>", "Zmiana adresu e-mail", "general", "",
"""Dzień dobry,

proszę o zmianę adresu e-mail do korespondencji dla firmy Pawlak
Stolarstwo (NIP 5250000000) na biuro@pawlak-stolarstwo.example. Stary
adres na o2 będzie niedługo zlikwidowany.

Adam Pawlak"""),
("pl", "b170-pl-rodo-sprostowanie-pesel", "Wanda Michalak <wanda.michalak@example.pl>", "Sprostowanie danych", "general", "",
"""Dzień dobry,

w piśmie, które otrzymałam od Państwa w sprawie umowy na terminal, mój
numer PESEL jest podany z błędem (dwie ostatnie cyfry zamienione).
Na podstawie art. 16 RODO proszę o sprostowanie moich danych i
potwierdzenie, że zostało to zrobione.

Wanda Michalak"""),
("pl", "b170-pl-konsultantka-wysmiala-kierownik", "Olena Kovalenko <olena@kovalenko-manicure.example>", "Skarga na konsultantkę", "general", "high",
"""Dzień dobry,

dzwoniłam wczoraj na infolinię (ok. 15:20) w sprawie mojej umowy.
Konsultantka, kiedy usłyszała mój akcent, zaczęła mówić bardzo głośno i
powoli, jakbym była dzieckiem, a na koniec powiedziała do kogoś obok
„znowu jakaś Ukrainka” i się rozłączyła. Mieszkam w Polsce 8 lat i mam
tu firmę.

Proszę o kontakt od kierownika działu obsługi klienta. Oczekuję
rozmowy, a nie automatycznej odpowiedzi.

Olena Kovalenko
Studio Paznokci Olena, Wrocław"""),
("pl", "b170-pl-wigilia-infolinia", "Henryk Zieliński <henryk@zielinski-choinki.example>", "Infolinia w święta", "general", "",
"""Dzień dobry, w jakich godzinach działa infolinia dla firm w Wigilię i w
drugi dzień świąt? Sprzedajemy choinki do ostatniej chwili i chcę wiedzieć,
gdzie dzwonić, gdyby coś się działo. Pozdrawiam, H. Zieliński"""),
("pl", "b170-pl-festyn-osp-sponsoring", "OSP Wola Rzędzińska <osp.wola@example.pl>", "Prośba o wsparcie festynu", "general", "",
"""Szanowni Państwo,

Ochotnicza Straż Pożarna w Woli Rzędzińskiej organizuje w czerwcu festyn
rodzinny z okazji 100-lecia jednostki. Poszukujemy sponsorów nagród do
loterii i dmuchańców dla dzieci. W zamian oferujemy logo na banerze i
podziękowanie ze sceny.

Będziemy wdzięczni za informację, czy Państwa firma wspiera takie
inicjatywy i do kogo się zwrócić.

Z poważaniem
dh Stanisław Wiśniewski
Prezes OSP"""),
("pl", "b170-pl-konferencja-tlumacz-ukrainski", "Iryna Bondar <iryna@bondar-catering.example>", "Konferencja w Rzeszowie", "general", "",
"""Dzień dobry,

czy na konferencji dla przedsiębiorców w Rzeszowie 14 maja będzie
tłumaczenie na język ukraiński lub angielski? Chciałabym przyjść z
moją wspólniczką, która dopiero uczy się polskiego.

Iryna Bondar"""),
("pl", "b170-pl-pendrive-w-oddziale", "Michal Szewczyk <michal.szewczyk@example.pl>", "Zgubiony pendrive", "general", "",
"""Dzien dobry, w czwartek bylem w oddziale przy ul. Piotrkowskiej na
spotkaniu w sprawie leasingu i chyba zostawilem w sali czerwony pendrive
(z breloczkiem Lecha Poznan). Sa na nim projekty dla klientow. Czy
ktos go znalazl?
Michal Szewczyk"""),
("pl", "b170-pl-oblodzone-schody-oddzial", "Grażyna Lewandowska <grazyna.lewandowska@example.pl>", "Schody przed oddziałem", "general", "high",
"""Dzień dobry,

byłam dziś rano w Państwa oddziale w Suwałkach. Schody przed wejściem
były całkowicie oblodzone i nieposypane, a poręcz z jednej strony jest
urwana. Starszy pan przede mną poślizgnął się i usiadł na schodach -
na szczęście nic mu się nie stało, ale mogło się skończyć złamaniem.

Zgłaszam to, żeby ktoś się tym zajął, zanim dojdzie do wypadku.

Grażyna Lewandowska"""),
("pl", "b170-pl-zabojczo-szybko", "Kamil Woźniak <kamil@wozniak-barber.example>", "Brawo", "general", "",
"""Muszę to napisać: wasza obsługa przy otwieraniu konta firmowego była
zabójczo szybka. Wniosek rano, terminal na drugi dzień, wszystko bez
stania w kolejkach. Rozwaliliście system :) Polecam znajomym.

Kamil
Woźniak Barber, Gliwice"""),
("pl", "b170-pl-terminal-do-paczkomatu", "Agnieszka Stępień <agnieszka@stepien-ceramika.example>", "Wysylka terminala", "general", "",
"""Dzien dobry, prosze wyslac nowy terminal do paczkomatu KRA12M (ul.
Dluga, Krakow), a nie kurierem pod adres firmy - pracownia jest na
strychu i kurierzy nigdy nie trafiaja. Dziekuje, Agnieszka Stepien"""),
("pl", "b170-pl-wniosek-upowaznienie-biura", "Leszek Jabłoński <leszek@jablonski-transport.example>", "Wniosek 55120", "general", "",
"""Dzień dobry,

w związku z wnioskiem nr 55120 proszę o dopisanie naszego biura
rachunkowego (Biuro Rachunkowe „Bilans”, pani Dorota Czarnecka) jako
osoby upoważnionej do odbierania korespondencji i uzyskiwania informacji
w naszym imieniu. Czy wystarczy pełnomocnictwo skanem, czy potrzebny
jest oryginał?

Leszek Jabłoński"""),
("pl", "b170-pl-oddzial-bialystok", "Ryszard Czarnecki <ryszard.czarnecki@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, czy macie Państwo oddział w Białymstoku, gdzie można
porozmawiać z doradcą osobiście? Wolę takie sprawy załatwiać na miejscu,
a nie przez telefon. Pozdrawiam, R. Czarnecki"""),
]
