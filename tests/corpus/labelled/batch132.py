# batch132.py -- labelled mails held out of the tree until the rules it
# measures are final, kept apart from gen.py so that nothing is tuned or
# trained on them.  Business telecoms and IT this time: business
# broadband, leased lines, VoIP phone systems, call-centre software, SMS
# gateways, mobile fleet contracts, IT support contracts.  The failure
# classes in new situations -- escalation demands that keep their topic,
# legal threats and chargebacks, negations, Greeklish, subjects that say
# nothing or something else, replies quoting an earlier mail, paid plans
# ended or paused in other words, outages of a business told only by
# their consequences, safety hazards told calmly, praise, payment
# questions -- and everyday mail of all three queues.
# Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b132-leased-line-excess-construction", "Graham Fenwick <g.fenwick@fenwick-joinery.example.co.uk>", "Leased line invoice - ECC", "billing", "",
"""Hello,

Our leased line went live at the workshop last week, thank you. However
the first invoice includes a line for "excess construction charges" of
2,850.00 + VAT. When we signed, your sales rep told us in writing that
the survey had come back clear and there would be no ECCs. I can forward
his email if needed.

Please remove the charge and send a corrected invoice.

Regards,
Graham Fenwick
Fenwick Joinery Ltd"""),
("en", "b132-voip-seats-after-removal", "Dana Whitaker <dana.whitaker@example.com>", "Seat count on our bill", "billing", "",
"""Hi there,

We dropped from 25 phone seats to 18 back in March (I removed the users
myself in the admin portal and your rep confirmed on a call). April,
May and June invoices are still for 25 seats at $24.99 each. That's
7 x 24.99 x 3 months we've overpaid. Can you credit it and fix the
count going forward?

Thanks,
Dana Whitaker
Office Manager, Whitaker & Lowe CPAs, Columbus OH"""),
("en", "b132-hanging-up-calculator", "Seamus O'Driscoll <seamus@odriscoll-accounts.example.ie>", "End of an era", "billing", "",
"""Hi folks,

After 38 years I'm finally hanging up the calculator. The practice in
Bandon closes its doors for good on the 30th of June and the lads are
going to work from the Cork office.

So I'll need the broadband, the two phone lines and the IT support
contract for this address finished up from that date. Let me know what
you need from me and whether there's anything owing.

All the best, and thanks for keeping the old place running,
Seamus O'Driscoll"""),
("en", "b132-sms-topup-not-showing", "Brandon Ellis <brandon@remindly.example>", "Top up", "billing", "",
"""Paid $500 for SMS credits yesterday at 4:12pm (card ending 4471, got
the receipt email) but the account balance still shows 1,206 credits,
same as before. Can someone add them please?"""),
("en", "b132-hello-reverse-charge", "Aoife Brennan <aoife.brennan@lughtech.example.ie>", "Hello", "billing", "",
"""Hello,

We're an Irish company (VAT IE 3456789TH) and we buy the call-centre
software licences from your UK entity. Your invoices are charging UK
VAT at 20%, but as far as our accountant is concerned this should be
reverse charge. Can you reissue the last two invoices without VAT and
refund the VAT portion, or credit it against the next one?

Kind regards,
Aoife Brennan
Finance, Lugh Technologies"""),
("en", "b132-gst-gstin-mismatch", "Venkatesh Raman <accounts@sriramtextiles.example.in>", "GST invoice correction required", "billing", "",
"""Dear Sir/Madam,

This is with reference to the invoice no. INV/24-25/08812 raised for our
MPLS link at Tiruppur. The GSTIN printed on the invoice is of our Erode
branch and not the Tiruppur unit, due to which we are unable to claim
input credit. Also the amount of Rs. 48,260 includes IGST whereas it
should be CGST + SGST as both are in Tamil Nadu.

Kindly issue a revised invoice at the earliest and do the needful.

Thanks & Regards,
Venkatesh Raman
Accounts Dept., Sri Ram Textiles"""),
("en", "b132-fleet-handsets-upfront", "Mick Harding <mick@hardingplumbing.example.com.au>", "Phones on the fleet plan", "billing", "",
"""G'day,

We've got 9 handsets on the fleet plan, all on 24 month repayments. We
had a good quarter and I'd rather just pay the lot off now than have
the repayments on every bill. Can we do that, and would the monthly
charge drop to just the plan cost after?

Cheers
Mick Harding
Harding Plumbing & Gas, Geelong"""),
("en", "b132-pause-agents-winter", "Kylie Moreton <ops@reefhoppers.example.com.au>", "Agent licences over the off season", "billing", "",
"""Hi team,

We're a tour booking company in Cairns and our phones go quiet from
about mid-November until Easter. We run 30 agent licences on your
contact centre platform in season but only need 6 in the wet.

Is there a way to put 24 of them on hold for those months instead of
paying for them or cancelling and setting everyone up again in March?

Thanks,
Kylie"""),
("en", "b132-re-quote-discount-still", "Rebecca Lyle <rebecca.lyle@example.co.uk>", "Re: Your quotation Q-4471 - hosted telephony", "billing", "",
"""Hi Tom,

Thanks for this. The board doesn't meet until the 14th of next month,
so we won't be able to sign before then. Will the 15% discount still
apply if we sign after the end of the month, or does it lapse?

Rebecca

On Tue, 3 Sep at 10:18, Tom Barker <tom.barker@example-telecom.co.uk> wrote:
> Dear Rebecca,
>
> Please find attached quotation Q-4471 for 40 hosted telephony users
> with call recording, at 11.50 per user per month on a 36 month term.
> This includes a 15% discount if signed before the end of the month.
>
> Kind regards,
> Tom Barker"""),
("en", "b132-roaming-geneva-bolt-on", "Stephen Ashworth <s.ashworth@example.co.uk>", "ROAMING CHARGES", "billing", "",
"""Our sales manager spent four days in Geneva for a trade fair and his
phone has racked up 1,140.62 in roaming. He had the Europe bolt-on
added specifically for this trip. I now learn that Switzerland isn't
"Europe" according to your bolt-on. NOBODY told us that when we added
it. This is frankly UNACCEPTABLE and I'd like the charges reviewed.

Stephen Ashworth
Finance Director"""),
("en", "b132-husband-plumber-passed", "Margaret Kelso <margaret.kelso@example.co.uk>", "My husband's business", "billing", "",
"""Dear Sir or Madam,

My husband Ronald Kelso passed away on the 2nd of this month. He ran his
heating business from home and had a mobile phone contract and an
"IT support" arrangement with your company for his computer.

I do not need either of these now and I would be grateful if they could
be brought to an end. I do not really understand the paperwork, so
please write to me in plain terms if there is anything I must pay or
anything you need, such as the death certificate.

Yours faithfully,
Margaret Kelso (Mrs)
12 Thornfield Road, Carlisle"""),
("en", "b132-etf-speed-ombudsman", "Nadia Farouk <nadia@faroukdesign.example.co.uk>", "Early termination charge - formal complaint", "billing", "high",
"""To whom it may concern,

We signed for your 500Mb business fibre in January on the basis of a
guaranteed minimum of 200Mb. In six months it has never tested above
70Mb, as your own engineers have confirmed on three visits (references
88120, 88477, 89015). We gave notice to leave and you have now invoiced
an early termination charge of 1,764.00.

I will not pay for the remaining term of a service you never delivered.
Please cancel the charge within 14 days. If you don't, I'll take this
to the Communications Ombudsman and report it to Ofcom, and I have
already kept every test result and email.

Nadia Farouk
Farouk Design Studio"""),
("en", "b132-autopay-twice-dispute", "Jerome Whitfield <jerome@whitfieldlogistics.example>", "Double payment", "billing", "high",
"""Your autopay took our monthly payment of $3,418.90 twice on the 1st -
two identical charges on the company Amex. I called on the 3rd and was
told it would be reversed "within 5 business days". It's now the 16th
and nothing.

If I don't see the duplicate refunded by Friday I'm disputing it with
Amex and they can sort it out with you.

Jerome Whitfield
Whitfield Logistics LLC"""),
("en", "b132-retainer-plus-hourly-director", "Ian Paterson <ian.paterson@patersonlegal.example.co.uk>", "IT support invoices", "billing", "high",
"""We pay you 1,200 a month for an IT support retainer which, per the
contract, covers "all remote support and up to 4 site visits per
month". For the last three months we have ALSO been invoiced hourly
for remote support tickets, 2,310 in total so far.

I have raised this twice with the helpdesk and each time been told
someone from accounts will ring me. Nobody has. I want this reviewed by
our account director or someone at that level, not another helpdesk
ticket, and I want the hourly invoices withdrawn.

Ian Paterson
Practice Manager, Paterson Legal LLP"""),
("en", "b132-voip-one-way-audio", "Lisa Carver <lisa.carver@example.com>", "calls", "technical", "",
"""Hi, on maybe 1 in 5 outgoing calls from the desk phones we can hear
the other person but they can't hear us. Hang up and call again and
it's normally fine. Started after the router was swapped last Tuesday.
Any ideas?

Lisa"""),
("en", "b132-softphone-login-reset", "Rahul Mehta <rahul.mehta@example.com>", "Softphone won't log in", "technical", "",
"""I reset my password through the portal this morning as it asked me
to, and now the softphone app on my laptop says "authentication failed"
every time. The new password works fine on the website. I've
reinstalled the app. Windows 11, app version 4.2.1."""),
("en", "b132-not-bill-greeting-silent", "Eileen Moffat <eileen@moffatvets.example.co.uk>", "Not a billing query", "technical", "",
"""Hello, your phone menu sent me to billing but this is nothing to do
with our bill.

I uploaded our new Christmas opening hours greeting in the admin portal
(mp3, 40 seconds) and now callers just hear silence for 40 seconds
before the options play. The old greeting worked. Have I saved it in
the wrong format?

Eileen Moffat
Moffat Veterinary Practice"""),
("en", "b132-sms-webhook-no-dlr", "Tyler Nguyen <tyler@bookbay.example>", "DLR webhooks stopped", "technical", "",
"""Hey,

Since around 02:00 UTC our webhook endpoint isn't receiving delivery
receipts from the SMS API. Messages themselves are going out fine (we
get 200s and customers receive them), it's just the DLR callbacks that
stopped. Endpoint is up and returns 200 when I hit it with curl.
Nothing changed on our side, same callback URL for a year.

Message IDs from this morning if helpful: 7f3a91c2, 7f3a91c9, 7f3a92e0.

Tyler"""),
("en", "b132-no-refund-just-wifi", "Ananya Kulkarni <ananya.k@example.in>", "Office WiFi disconnecting daily", "technical", "",
"""Hello Support Team,

Please note I am not asking for any refund or compensation. I only
want the office WiFi to work properly.

Every day between 2 pm and 4 pm all laptops in our Pune office lose
WiFi for 5 to 10 minutes at a time. The LAN connected desktops have no
issue. The access points were installed by your engineer in May.

Request you to check remotely and revert.

Regards,
Ananya Kulkarni
Admin, Kulkarni & Associates"""),
("en", "b132-invoice-subject-handsets-charging", "Pete Saunders <pete@saundersbuild.example.co.uk>", "Invoice 88213", "technical", "",
"""Ignore the subject, just replied to the last email I had from you.

Six of the phones on our fleet won't charge since the update on
Saturday. Plugged in they show the charging icon for a second then it
disappears. Different cables, different plugs, same thing. The ones
that didn't take the update are fine.

Pete"""),
("en", "b132-voicemail-email-stopped", "Joan Hegarty <joan.hegarty@example.ie>", "voicemail", "technical", "",
"""Voicemails have stopped coming through to my email since Monday, they're still on the phone itself."""),
("en", "b132-wallboard-stale", "Craig Donnelly <craig.donnelly@example.co.uk>", "Wallboard", "technical", "",
"""Morning,

The wallboard in our contact centre has been stuck showing yesterday's
figures since 9am. Calls are being handled fine and the agents' own
screens are correct, it's just the big screen. Refreshing the browser
on the wallboard PC doesn't help.

Craig Donnelly
Team Leader"""),
("en", "b132-surgery-callers-number-not-recognised", "Practice Manager <manager@elmtreesurgery.example.nhs.uk>", "Phones", "technical", "high",
"""Since we opened at 8 every patient ringing us gets a recorded message
saying the number is not recognised. Our 8am rush is when most
patients book on the day. We have people queuing out of the door and
onto the pavement and we've had to put a receptionist outside with a
clipboard. Outgoing calls work.

Please call the mobile 07700 900418, that is the only phone we can
answer.

Sheila Grant
Practice Manager, Elm Tree Surgery"""),
("en", "b132-warehouse-drivers-waiting", "Transport Office <transport@northgatefreight.example.co.uk>", "Northgate depot", "technical", "high",
"""Hi,

Nothing at the depot can reach the outside world since about 5.30 this
morning. The printers can't pull manifests from our system, the
scanners don't sync, and the drivers have been sitting in their cabs
in the yard since 6 without paperwork. We have 22 wagons that should
have been on the road by now and customers ringing the office mobiles.

The light on your box in the comms room is red.

Danny Price
Transport Manager"""),
("en", "b132-ups-bulging-smell", "Hugh Bellamy <hugh.bellamy@example.co.uk>", "UPS in the comms cabinet", "technical", "high",
"""Hello,

Just flagging something. There's a strong smell a bit like rotten eggs
around the comms cabinet your engineer installed in March, and the side
of the UPS unit at the bottom has bulged outwards. It's also quite warm
to the touch. Nobody sits in that room so I've closed the door and
opened the window.

Should I switch it off, or leave it alone until someone comes?

Hugh Bellamy
Bellamy & Co Estate Agents"""),
("en", "b132-nan-alarm-after-digital", "Chloe Dunmore <chloe.dunmore@example.co.uk>", "My nan's phone line", "technical", "high",
"""Hi,

My nan is 89 and lives on her own in Kendal. Your engineer moved her
landline over to the new digital line on Thursday. Since then her
pendant alarm (the one she presses if she falls) doesn't get through
to the monitoring centre - they rang me to say her daily test call
failed three days running. Her normal phone works.

She's had two falls this year. Please can someone sort this as soon as
possible, I'm 200 miles away.

Chloe Dunmore"""),
("en", "b132-drops-escalate-supervisor", "Ravi Shankar <ravi@shankarimports.example.com>", "Ticket 55218 - 3 weeks", "technical", "high",
"""This is my fifth ticket about the same fault. Our business broadband
drops for about a minute several times every hour. It has done this
for three weeks. Each time I'm told to restart the router, and each
time the ticket is closed without anything being done.

I am not restarting the router again. Please escalate this to a
supervisor or your technical escalations team and have them call me
today.

Ravi Shankar
Shankar Imports, Leicester"""),
("en", "b132-thanks-engineer-saturday", "Niamh Gallagher <niamh@gallaghersbakery.example.ie>", "Thank you to Declan", "general", "",
"""Hi,

Just a quick note to say thanks to Declan who came out on Saturday
morning to finish the new phones at the bakery. He was in and out
without getting under anyone's feet, tidied every cable, and even
showed our Mam how to transfer a call. Lovely fella.

Niamh"""),
("en", "b132-dashboards-are-fire", "Jess Albright <jess.albright@example.com>", "new dashboards!!", "general", "",
"""Ok I have to say it - the new agent dashboards are fire. The team has
been absolutely killing it this week now they can actually see their
queue times. Huge shout out to whoever designed them. No question, just
wanted to say thanks!

Jess
Support Lead, Brightleaf Home"""),
("en", "b132-new-account-admin", "Sarah Okafor <sarah.okafor@example.co.uk>", "Change of contact on our account", "general", "",
"""Hello,

Please note that Martin Hale has left the company. From today the main
contact and admin for our account (ref BT-20417) is me, Sarah Okafor,
sarah.okafor@example.co.uk, 0113 496 0271. Please remove Martin as an
authorised contact.

Thanks,
Sarah Okafor
Operations Manager"""),
("en", "b132-sar-call-recordings", "Daniel Byrne <daniel.byrne@example.ie>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 GDPR I am requesting a copy of all personal data you
hold about me, including recordings of any calls I have made to your
customer service team between January and April of this year, and any
notes on my account.

My account number is 40211873 and my date of birth is 14/02/1986.

Regards,
Daniel Byrne"""),
("en", "b132-trade-counter-bank-holiday", "Lee Marsden <lee.marsden@example.co.uk>", "Trade counter", "general", "",
"""Is the trade counter in Wakefield open on the bank holiday Monday?
Need to pick up some patch leads."""),
("en", "b132-lost-laptop-bag-leeds", "Hannah Price <hannah.price@example.co.uk>", "Left my bag behind", "general", "",
"""Hi, I was at your Leeds office on Wednesday for the contract meeting
(meeting room 3, the one with the glass wall) and I think I left a
black laptop bag under the table. It has a red luggage tag with my
name on it. Has anyone handed it in?

Thanks so much,
Hannah"""),
("en", "b132-handsets-rear-entrance", "Maria Lopez <maria.lopez@example.com>", "Delivery next Tuesday", "general", "",
"""Hi,

For the desk phones being delivered on Tuesday: please don't bring them
to the front of the building, the lobby doesn't accept deliveries. Use
the loading dock on Pine Street at the back and ask for Maria in
Facilities, or call my cell 555-0143. We're there 7am-3pm.

Thanks!"""),
("en", "b132-cricket-club-sponsor", "Brett Kowalski <secretary@westsidecc.example.org.au>", "Sponsorship", "general", "",
"""Hi,

I'm the secretary of Westside Cricket Club in Ballarat. We're putting
together our sponsor board for the coming season and wondered if your
company would be interested in sponsoring our under-14s. Packages start
with a sign on the boundary fence and your logo on the team shirts.

Happy to send more details.

Regards,
Brett Kowalski"""),
("en", "b132-question-webinar-recording", "Fiona MacRae <fiona.macrae@example.co.uk>", "Question", "general", "",
"""Hi, I missed the webinar last Thursday about moving off ISDN before
the switch-off - is there a recording I could watch, or will you be
running it again?

Fiona"""),
("en", "b132-order-paid-when-ship", "Greg Holloway <greg@hollowaydental.example>", "Order 55120", "general", "",
"""We paid for this one in full two weeks ago (12 desk phones and 2
conference units). Any idea when it'll ship? We're trying to book the
install day with our IT guy."""),
("en", "b132-urgent-supplier-onboarding", "Procurement <procurement@example-healthcare.co.uk>", "URGENT - supplier form", "general", "",
"""URGENT!!

Our procurement system will block your supplier record at the end of
the month unless it is updated. Please send by Friday: your company
registration number, a copy of your current public liability insurance
certificate and your ISO 27001 certificate.

Thanks,
Procurement Team"""),
("en", "b132-engineer-rude-reception-manager", "Claire Dempsey <claire@dempseyoptical.example.co.uk>", "Your engineer's behaviour today", "general", "high",
"""I'm writing about the engineer who came to our practice this
morning. He arrived an hour late, and when our receptionist, who is 19,
politely asked him to wait five minutes while she finished with a
patient, he swore at her in front of the waiting room and called her
useless. She was in tears afterwards.

The job itself is done, that's not the issue. I want his manager, or
someone senior in your company, to contact me about this directly. I
don't want a generic apology email.

Claire Dempsey
Dempsey Optical"""),
("en", "b132-store-step-broken", "Robert Haines <robert.haines@example.co.uk>", "Step outside your Derby shop", "general", "high",
"""Hello,

I called into your business shop on Friargate in Derby yesterday to
swap a SIM. The front step has a broken edge, a chunk of it is loose
and rocks when you step on it. An older gentleman in front of me caught
his foot on it and only just grabbed the door frame in time.

Someone is going to get hurt there. I mentioned it inside but thought
I should put it in writing as well.

Robert Haines"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b132-gl-statiki-ip-xrewsh", "Giannis K. <giannis.k@example.gr>", "statikh IP", "billing", "",
"""Kalhmera,
ston teleytaio logariasmo ths etairias vlepw xrewsh 6,20 eurw gia
"statikh IP". Den zhthsame pote statikh IP, oute th xrhsimopoioume.
Mporeite na thn afairesete kai na mas epistrepsete oti exoume plhrwsei
mexri twra? Apo oti vlepw einai 4 mhnes.
Eyxaristw
Giannis Kalogeropoulos"""),
("el", "b132-timologio-lathos-afm", "Ευαγγελία Τ. <evangelia.t@example.gr>", "Τιμολόγιο Αυγούστου", "billing", "",
"""Καλημέρα σας,

Στο τιμολόγιο Αυγούστου για το τηλεφωνικό κέντρο του γραφείου μας
αναγράφεται λάθος ΑΦΜ (801234567 αντί για 801234576) και ο λογιστής δεν
μπορεί να το περάσει στα βιβλία. Θα μπορούσατε να εκδώσετε πιστωτικό
και νέο τιμολόγιο με το σωστό ΑΦΜ;

Ευχαριστώ,
Ευαγγελία Τσιρίγου
Λογιστήριο, Τσιρίγος Α.Ε."""),
("el", "b132-xeimerini-pausi-xenodoxeio", "Ξενοδοχείο Αλυκές <info@alykes-naxos.example>", "Χειμερινη περιοδος", "billing", "",
"""Καλησπερα σας,

Οπως καθε χρονο κλεινουμε το ξενοδοχειο στη Ναξο απο 1 Νοεμβριου μεχρι
τελη Μαρτιου. Θελουμε να μην πληρωνουμε τις 10 γραμμες των δωματιων και
το wifi των επισκεπτων για αυτο το διαστημα, να μεινει μονο η γραμμη
της ρεσεψιον. Υπαρχει δυνατοτητα αναστολης ή πρεπει να κανουμε
διακοπη και νεα συνδεση την ανοιξη;

Ευχαριστουμε,
Μαρια Κουτελιερη"""),
("el", "b132-pateras-logistis-efyge", "Δημήτρης Β. <dimitris.v@example.gr>", "Γραφείο του πατέρα μου", "billing", "",
"""Καλησπέρα σας,

Ο πατέρας μου, Βασίλειος Βλάχος, είχε λογιστικό γραφείο στη Λάρισα και
συνεργαζόταν μαζί σας για την τεχνική υποστήριξη των υπολογιστών και
για το internet του γραφείου. Έφυγε από τη ζωή τον Σεπτέμβριο και το
γραφείο δεν θα συνεχίσει.

Θα ήθελα να σταματήσουν και οι δύο συμβάσεις. Πείτε μου τι έγγραφα
χρειάζεστε και αν υπάρχει κάποιο υπόλοιπο που πρέπει να εξοφληθεί.

Με εκτίμηση,
Δημήτρης Βλάχος"""),
("el", "b132-gl-erwthsh-doseis-kinhta", "Stelios M. <stelios.m@example.gr>", "Erwthsh", "billing", "",
"""Geia sas, 8a pairnoume 6 kainourgia kinhta gia tous pwlhtes (to
programma gia etairies). Mporoume na ta plhrwsoume se 12 doseis me
etairikh pistwtikh karta h mono me ton logariasmo? Kai an nai exei
epivarynsh?
Stelios, Meletis Trofima"""),
("el", "b132-ananeosi-afksisi-timis", "Κατερίνα Ρ. <katerina.r@example.gr>", "Ανανέωση σύμβασης", "billing", "",
"""Καλημέρα,

Λάβαμε την πρόταση ανανέωσης για το πακέτο φωνής και internet του
καταστήματος και το μηνιαίο πάγιο ανεβαίνει από 89 € σε 124 €. Είμαστε
πελάτες σας 7 χρόνια και δεν έχουμε αλλάξει τίποτα στις ανάγκες μας.

Μπορείτε να μας κρατήσετε την ίδια τιμή ή να μας κάνετε κάποια έκπτωση;
Διαφορετικά θα πρέπει να ζητήσουμε προσφορές και από αλλού.

Κατερίνα Ραφαηλίδου"""),
("el", "b132-gl-sms-paketo-dyo-fores", "Nikos P. <nikos.p@example.gr>", "sms paketo", "billing", "",
"""kalhspera, agorasa to paketo 5.000 sms gia to frontistirio (49 eurw)
kai h karta xrew8hke 2 fores, vlepw kai tis 2 kinhseis. Sto account
mou fainetai mono ena paketo. Mporeite na mou epistrepsete to ena?
Nikos"""),
("el", "b132-re-prosfora-prokatavoli", "Αντώνης Γ. <antonis.g@example.gr>", "Re: Προσφορά ΠΡ-2291 - τηλεφωνικό κέντρο", "billing", "",
"""Κυρία Δημάκη καλημέρα,

Η προσφορά μας καλύπτει. Πριν την υπογράψουμε: η προκαταβολή 30% είναι
απαραίτητη ή μπορούμε να πληρώσουμε ολόκληρο το ποσό μετά την
εγκατάσταση; Επίσης η τιμή περιλαμβάνει ΦΠΑ 24%;

Ευχαριστώ,
Αντώνης Γεωργιάδης

Στις Δευ 7 Οκτ 2024 στις 12:40, η Σοφία Δημάκη <sales@example-tilepikoinonies.gr> έγραψε:
> Αγαπητέ κ. Γεωργιάδη,
>
> Σας αποστέλλουμε την προσφορά ΠΡ-2291 για IP τηλεφωνικό κέντρο με 15
> συσκευές, συνολικού κόστους 3.480 €. Απαιτείται προκαταβολή 30% με
> την υπογραφή.
>
> Με εκτίμηση,
> Σοφία Δημάκη"""),
("el", "b132-epistrofi-perisseuoumenes-syskeues", "Χρυσα Λ. <chrysa.l@example.gr>", "Επιστροφη συσκευων", "billing", "",
"""Καλημερα,

Παραγγειλαμε 20 IP τηλεφωνα για το νεο γραφειο αλλα τελικα τα ατομα
ειναι 16. Τα 4 ειναι ακομα σφραγισμενα στα κουτια τους. Μπορουμε να τα
επιστρεψουμε και να παρουμε πισω τα χρηματα (ή πιστωση στον λογαριασμο);

Χρυσα Λαμπρου"""),
("el", "b132-vlavi-den-einai-xrewsi-episkepsis", "Πέτρος Ζ. <petros.z@example.gr>", "Βλάβη", "billing", "",
"""Καλησπέρα,

Βάζω θέμα "βλάβη" γιατί έτσι ξεκίνησε, αλλά δεν έχω πια πρόβλημα με τη
γραμμή, λύθηκε μόνο του πριν έρθει ο τεχνικός και ακυρώσαμε το ραντεβού
τηλεφωνικά την προηγούμενη μέρα.

Παρόλα αυτά στον λογαριασμό μού χρεώσατε 45 € «επίσκεψη τεχνικού».
Τεχνικός δεν ήρθε ποτέ. Παρακαλώ να αφαιρεθεί η χρέωση.

Πέτρος Ζαχαρίου"""),
("el", "b132-gl-pagia-entolh-allagh-trapezas", "Vicky A. <vicky.a@example.gr>", "pagia entolh", "billing", "",
"""Kalhmera sas! Allaksame trapeza sthn etaireia kai 8eloume h pagia
entolh gia to internet kai ta kinhta na fevgei apo ton kainourgio
logariasmo (IBAN GR16 0110 1250 0000 0001 2300 695). Ti prepei na kanw?
Vicky Antoniou, Antoniou Ktimatiki"""),
("el", "b132-prooro-telos-eett-synigoros", "Γεωργία Μ. <georgia.m@example.gr>", "Χρέωση πρόωρης αποχώρησης", "billing", "high",
"""Κύριοι,

Η επαγγελματική γραμμή VDSL που συνδέσατε στο γραφείο μας τον Μάρτιο
δεν λειτούργησε ποτέ σταθερά. Έχουμε κάνει εννέα δηλώσεις βλάβης και
έχουν έρθει τρεις τεχνικοί. Τελικά μεταφερθήκαμε σε άλλον πάροχο και
τώρα μας χρεώνετε 612 € «τέλος πρόωρης αποχώρησης».

Δεν πρόκειται να πληρώσουμε για υπηρεσία που δεν παρείχατε. Αν η
χρέωση δεν ακυρωθεί εντός 15 ημερών, θα υποβάλουμε καταγγελία στην ΕΕΤΤ
και στον Συνήγορο του Καταναλωτή, με όλους τους αριθμούς των δηλώσεων
βλάβης.

Γεωργία Μαυρίδου
Μαυρίδου & Συνεργάτες, Δικηγορικό Γραφείο"""),
("el", "b132-gl-diplh-xrewsh-amfisvitisi", "Kostas T. <kostas.t@example.gr>", "DIPLH XREWSH", "billing", "high",
"""Sas exw steilei hdh 2 mail. O logariasmos Septemvriou (318,40 eurw)
xrew8hke DYO fores sthn etairikh karta. Mou eipate sto thlefwno oti 8a
epistrafei se 5 meres, perasan 3 evdomades.
An den dw ta xrhmata mexri thn Paraskeyh, kanw amfisvitish xrewshs sthn
trapeza kai as ta vreite me aythn.
Kostas Theodorou"""),
("el", "b132-diefthyntis-40-xristes", "Ηλίας Κ. <ilias.k@example.gr>", "Τρίτη φορά για το ίδιο τιμολόγιο", "billing", "high",
"""Καλημέρα,

Για τρίτο συνεχόμενο μήνα μάς τιμολογείτε 40 άδειες χρήσης του
λογισμικού τηλεφωνικού κέντρου, ενώ από τον Ιούνιο έχουμε μειώσει σε
22. Κάθε φορά μου λένε ότι «θα διορθωθεί από τον επόμενο μήνα» και
κάθε φορά έρχεται το ίδιο ποσό.

Δεν θέλω να μιλήσω ξανά με την εξυπηρέτηση πελατών. Ζητώ να με καλέσει
ο υπεύθυνος του τμήματος ή κάποιος διευθυντής, και να μου επιστραφούν
τα ποσά που πληρώσαμε επιπλέον.

Ηλίας Καραγιάννης
Διευθυντής Λειτουργιών, Callpoint Hellas"""),
("el", "b132-gl-kentro-den-proothei-kinhto", "Babis D. <babis.d@example.gr>", "kentro", "technical", "",
"""Geia sas. Exoume rythmisei to thlefwniko kentro meta tis 18:00 na
proo8ei tis klhseis sto kinhto mou, alla apo thn Deytera oi pelates
akoune "o syndromhths den einai dia8esimos" kai to kinhto mou den
xtypaei pote. Prin douleve kanonika. Mhpws allakse kati?
Babis, Diamantopoulos Ypodhmata"""),
("el", "b132-softphone-iphone-kleinei", "Σοφία Α. <sofia.a@example.gr>", "Εφαρμογή στο iPhone", "technical", "",
"""Γεια σας,

Μετά την τελευταία ενημέρωση του iOS, η εφαρμογή softphone της εταιρείας
κλείνει μόλις πατήσω «κλήση». Οι εισερχόμενες κλήσεις έρχονται κανονικά.
Έχω διαγράψει και ξαναεγκαταστήσει την εφαρμογή.

iPhone 13, iOS 18.1.

Σοφία"""),
("el", "b132-gl-den-8elw-lefta-router", "Thodoris F. <thodoris.f@example.gr>", "router", "technical", "",
"""Kalhspera. Na to ksekaqarisw apo thn arxh: DEN zhtaw ekptwsh oute
epistrofh xrhmatwn. 8elw apla na stamatisei to router tou grafeiou na
kanei restart monh tou 3-4 fores thn hmera. Kathe fora xanoume to
internet gia 5 lepta. To exoume allaksei 8esh, to exoume valei se allh
priza, tipota.
Thodoris"""),
("el", "b132-argo-internet-ypokatastima", "Νίκος Σ. <nikos.s@example.gr>", "Ταχυτητα στο υποκαταστημα", "technical", "",
"""Καλημερα,

Στο υποκαταστημα μας στην Καλαμαρια εχουμε επαγγελματικο πακετο 100
Mbps, αλλα οποιο speedtest και να κανουμε βγαζει 10-12 Mbps, ακομα και
με καλωδιο κατευθειαν στο router. Στο κεντρικο στη Θεσσαλονικη ολα
ειναι κανονικα.

Ευχαριστω,
Νικος Σαββιδης"""),
("el", "b132-thema-timologio-sim-anenerges", "Ελένη Χ. <eleni.ch@example.gr>", "Τιμολόγιο 4471", "technical", "",
"""Καλημέρα,

Απαντώ στο email με το τιμολόγιο γιατί δεν βρήκα άλλη διεύθυνση. Δεν
αφορά το τιμολόγιο.

Οι 5 νέες κάρτες SIM που μας στείλατε για τους οδηγούς δεν
ενεργοποιούνται. Τις βάζουμε στα κινητά και γράφει «Χωρίς υπηρεσία».
Έχουν περάσει τρεις μέρες από την παραλαβή.

Ελένη Χατζή"""),
("el", "b132-outlook-zitaei-kodiko", "Μιχάλης Π. <michalis.p@example.gr>", "Email", "technical", "",
"""Από χθες το Outlook σε τρεις υπολογιστές του γραφείου ζητάει συνεχώς
τον κωδικό του email. Τον βάζουμε σωστά και μετά από λίγο ξαναζητάει.
Στο webmail μπαίνουμε κανονικά. Μπορεί ο τεχνικός σας να το δει
απομακρυσμένα;"""),
("el", "b132-gl-ivr-lathos-wrario", "Rena S. <rena.s@example.gr>", "mhnyma", "technical", "",
"""Allaksame to wrario sto portal tou kentrou, alla to aytomato mhnyma
leei akoma "eimaste anoixta 9-5" kai to Savvato kleinei th grammh.
Pws to diorthwnw?"""),
("el", "b132-re-aitima-ixo-akoma", "Γιώργος Λ. <giorgos.l@example.gr>", "Re: Αίτημα 30912 - ηχώ στις κλήσεις", "technical", "",
"""Καλησπέρα,

Αλλάξαμε το καλώδιο δικτύου στις συσκευές όπως είπατε, αλλά η ηχώ
συνεχίζεται. Ο συνομιλητής ακούει τη φωνή του μια στιγμή μετά. Συμβαίνει
μόνο στις κλήσεις προς κινητά.

Γιώργος

Στις Τρί 15 Οκτ 2024, Τεχνική Υποστήριξη <support@example-voip.gr> έγραψε:
> Καλησπέρα σας,
>
> Παρακαλούμε αντικαταστήστε τα καλώδια δικτύου των συσκευών με
> καινούργια Cat6 και ενημερώστε μας αν το πρόβλημα επιμένει.
>
> Τεχνική Υποστήριξη"""),
("el", "b132-farmakeio-syntages-oura", "Φαρμακείο Παπαδάκη <farmakeio.papadaki@example.gr>", "Σύνδεση", "technical", "high",
"""Από τις 8:30 το πρωί δεν έχουμε καθόλου σύνδεση στο φαρμακείο. Δεν
εκτελούνται ηλεκτρονικές συνταγές, δεν περνάνε κάρτες στο POS και
έχουμε ουρά ηλικιωμένους που περιμένουν φάρμακα. Τους λέμε να έρθουν
αργότερα. Το φωτάκι στο router αναβοσβήνει κόκκινο.

Καλέστε μας στο κινητό 6944 000 123.
Άννα Παπαδάκη"""),
("el", "b132-gl-call-center-sigh", "Spyros V. <spyros.v@example.gr>", "Call center", "technical", "high",
"""Apo tis 10 to prwi oi pelates pou kaloun to call center mas akoune
mono sigh kai meta kleinei h grammh. Oi 30 ekproswpoi mas kathontai me
ta akoustika kai den erxetai tipota, kai exoume kampania gia asfalistikh
etaireia pou prepei na kleisoume shmera. Kanena mhnyma la8ous sto
systhma sas.
Spyros Vasileiou
Team Manager, ContactPro Athens"""),
("el", "b132-rack-myrodia-kamenou", "Αλέξανδρος Ν. <alexandros.n@example.gr>", "Rack στο αρχείο", "technical", "high",
"""Καλημέρα σας,

Σας ενημερώνω ότι από το rack που εγκατέστησε ο τεχνικός σας τον
περασμένο μήνα στο δωμάτιο του αρχείου βγαίνει μυρωδιά καμένου
πλαστικού. Ο switch στο πάνω μέρος είναι πολύ ζεστός και ένα από τα
φωτάκια έχει σβήσει. Δεν έχουμε αγγίξει τίποτα, απλώς κλείσαμε την
πόρτα.

Να το κατεβάσουμε από το ρεύμα ή να περιμένουμε κάποιον δικό σας;

Αλέξανδρος Ντούρος"""),
("el", "b132-monada-fronidas-kodonia", "Μονάδα Φροντίδας Η Αγία Σκέπη <info@agiaskepi-mfi.example>", "Κουδούνια νοσηλείας", "technical", "high",
"""Καλησπερα,

Απο τις 19:00 το συστημα κλησης νοσηλευτριας στα δωματια, που περναει
απο το τηλεφωνικο σας κεντρο, δεν στελνει τις κλησεις στα ασυρματα των
νοσηλευτριων. Εχουμε 42 ηλικιωμενους φιλοξενουμενους, πολλοι
κατακοιτοι, και αυτη τη στιγμη το προσωπικο κανει βαρδιες στους
διαδρομους για να ακουει.

Παρακαλουμε επικοινωνηστε αμεσα στο 210 000 4455.

Ευτυχια Σταθοπουλου
Προισταμενη"""),
("el", "b132-gl-ypeythynos-leased-line", "Manolis X. <manolis.x@example.gr>", "4h fora texnikos", "technical", "high",
"""Kalhmera. Einai h 4h fora mesa se ena mhna pou erxetai texnikos gia
thn misthwmenh grammh tou ergostasiou kai h grammh synexizei na peftei apo
wra se wra. Kathe texnikos leei allo pragma.
Den 8elw pempto texniko. 8elw na me parei thlefwno o ypeythynos tou
texnikou tmhmatos h kapoios pio psila, shmera.
Manolis Xenakis
Xenakis Plastika AE, Oinofyta"""),
("el", "b132-efxaristo-texniko-spyro", "Ροδούλα Κ. <rodoula.k@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω τον τεχνικό σας, τον κύριο Σπύρο, που ήρθε την
Παρασκευή στο ζαχαροπλαστείο για τα καινούργια τηλέφωνα. Ήταν ευγενικός,
υπομονετικός και μας εξήγησε τα πάντα δύο φορές χωρίς να βαρεθεί.
Σπάνια βλέπεις τέτοιους ανθρώπους.

Ροδούλα Καλογήρου"""),
("el", "b132-gl-support-fwtia", "Lena G. <lena.g@example.gr>", "eyxaristw!!", "general", "",
"""Hthela apla na pw oti h ypostirixh sas einai fwtia! H Marina sto chat
mas elyse to 8ema me tis ekseryomenes se 10 lepta kai mas eksigise kai
ti na kanoume thn epomenh fora. Na thn exete kala!!
Lena"""),
("el", "b132-allagi-diefthynsis-edras", "Αθανάσιος Δ. <athanasios.d@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα σας,

Η εταιρεία μας μετέφερε την έδρα της από Αγίου Κωνσταντίνου 12 στη
Λεωφόρο Κηφισίας 148, Μαρούσι 151 26. Παρακαλώ ενημερώστε τα στοιχεία
επικοινωνίας και τη διεύθυνση αλληλογραφίας στον λογαριασμό μας.
Νέο τηλέφωνο επικοινωνίας: 210 000 8899.

Αθανάσιος Δημόπουλος
Δ. Δημόπουλος Ο.Ε."""),
("el", "b132-orario-dekapentavgoustos", "Σταματης Ρ. <stamatis.r@example.gr>", "Ωραριο", "general", "",
"""Καλησπερα, το καταστημα σας στον Πειραια θα ειναι ανοιχτο 14 και 16
Αυγουστου; Θελω να περασω να παρω τις καρτες SIM για τα κινητα της
εταιρειας."""),
("el", "b132-gl-gyalia-katasthma", "Christina E. <christina.e@example.gr>", "gyalia", "general", "",
"""Kalhmera, xtes to apogeyma hmoun sto katasthma sas sthn Ermou gia to
symvolaio ths etaireias kai nomizw afhsa ta gyalia mou (kokkinh
8hkh) panw ston pagko. Ta vrhkate mhpws?"""),
("el", "b132-gdpr-ixografiseis", "Ιωάννα Φ. <ioanna.f@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου χορηγήσετε αντίγραφο
των προσωπικών δεδομένων που τηρείτε για εμένα, συμπεριλαμβανομένων
των ηχογραφήσεων των κλήσεών μου με το τμήμα εξυπηρέτησης από τον
Μάιο έως σήμερα.

Αριθμός πελάτη: 7723018

Με εκτίμηση,
Ιωάννα Φραγκιαδάκη"""),
("el", "b132-xorigia-podosfairo-paidon", "Α.Ο. Νέα Γενιά Αγρινίου <neagenia.agrinio@example.gr>", "Χορηγία", "general", "",
"""Καλησπέρα σας,

Είμαστε ερασιτεχνικός ποδοσφαιρικός σύλλογος στο Αγρίνιο με
τμήματα υποδομής για παιδιά 6-14 ετών. Αναζητούμε χορηγό για τις
φανέλες της νέας σεζόν και σκεφτήκαμε την εταιρεία σας, που έχει
κατάστημα στην πόλη μας. Θα θέλατε να σας στείλουμε τα πακέτα
χορηγίας;

Με εκτίμηση,
Θανάσης Μπακάλης, Γ.Γ."""),
("el", "b132-gl-geia-sas-paradosi-geitona", "Fanis L. <fanis.l@example.gr>", "Geia sas", "general", "",
"""Geia sas, ta thlefwna pou 8a mas ferete thn Pempth, an den eimaste
sto grafeio (kleinoume stis 3) afhste ta sto diplano kommwthrio, ta
paidia ekei ta paralamvanoun. Eyxaristw!"""),
("el", "b132-seminario-mikres-epixeiriseis", "Βασιλική Ο. <vasiliki.o@example.gr>", "Σεμινάριο", "general", "",
"""Καλημέρα,

Είδα στο Facebook ότι κάνετε δωρεάν σεμινάριο για ψηφιακά εργαλεία σε
μικρές επιχειρήσεις στα Ιωάννινα. Πότε ακριβώς είναι, πού γίνεται και
πρέπει να δηλώσουμε συμμετοχή από πριν; Θα ερχόμασταν δύο άτομα.

Βασιλική Οικονόμου"""),
("el", "b132-epeigon-vevaiosi-diagonismo", "Γραμματεια <grammateia@example-dimos.gr>", "ΕΠΕΙΓΟΝ", "general", "",
"""ΕΠΕΙΓΟΝ

Για τον φακελο του διαγωνισμου χρειαζομαστε μεχρι την Τεταρτη βεβαιωση
οτι ειστε εγκεκριμενος παροχος απο την ΕΕΤΤ και το πιστοποιητικο ISO
9001 της εταιρειας σας. Μπορειτε να μας τα στειλετε σε PDF;

Η Γραμματεια"""),
("el", "b132-plirosame-pote-paradosi", "Ορέστης Μ. <orestis.m@example.gr>", "Παραγγελία 66318", "general", "",
"""Καλησπέρα,

Εξοφλήσαμε την παραγγελία με τα 8 ασύρματα τηλέφωνα DECT πριν από 10
μέρες με τραπεζική μεταφορά. Μπορείτε να μου πείτε πότε περίπου θα
παραδοθούν; Θέλουμε να ξέρουμε για να είναι κάποιος στο γραφείο.

Ορέστης Μαργαρίτης"""),
("el", "b132-ypallilos-fonaze-proistamenos", "Δέσποινα Κ. <despoina.k@example.gr>", "Συμπεριφορά υπαλλήλου στο κατάστημα Αμπελοκήπων", "general", "high",
"""Καλησπέρα σας,

Χθες το πρωί πήγα στο κατάστημά σας στους Αμπελοκήπους για να
μεταφέρω τις γραμμές της επιχείρησής μου. Ο υπάλληλος στο δεύτερο
γκισέ, όταν του ζήτησα να μου εξηγήσει ξανά τους όρους, άρχισε να
φωνάζει ότι «δεν έχει χρόνο για τέτοια» και με αποκάλεσε αγράμματη
μπροστά σε άλλους πελάτες.

Ζητώ να επικοινωνήσει μαζί μου ο προϊστάμενος του καταστήματος ή ο
υπεύθυνος της περιοχής. Δεν δέχομαι μια τυπική απάντηση.

Δέσποινα Κωνσταντίνου"""),
("el", "b132-gl-rampa-patra-mhtera", "Aggelos P. <aggelos.p@example.gr>", "katasthma Patras", "general", "high",
"""Kalhspera. Sto katasthma sas sthn Patra (Maizwnos) h rampa gia ta
amaksidia sthn eisodo exei spasei sto teleiwma, leipei ena kommati kai
exei meinei mia trypa me sidera pou vgainoun. H mhtera mou me to
mpastouni paraligo na pesei shmera. Peite to se kapoion na to ftiaksei
prin xtypisei kanenas.
Aggelos Panagopoulos"""),
# ---------------- Spanish ----------------
("es", "b132-centralita-extensiones-baja", "Begoña Urquiza <begona.urquiza@example.es>", "Factura centralita", "billing", "",
"""Buenos días:

En marzo dimos de baja 4 de las 12 extensiones de la centralita virtual
(lo hicimos por teléfono y nos dieron el número de gestión 2024-118734),
pero en las facturas de abril, mayo y junio nos siguen cobrando las 12
a 9,90 € cada una.

Les agradecería que regularizaran el importe cobrado de más y que
corrigieran las próximas facturas.

Un saludo,
Begoña Urquiza
Administración, Talleres Urquiza S.L."""),
("es", "b132-cfdi-rfc-equivocado", "Rodrigo Salinas <rsalinas@example.com.mx>", "Factura con RFC incorrecto", "billing", "",
"""Buenas tardes,

La factura CFDI del enlace dedicado de septiembre salió con el RFC de
otra razón social (SAL970312AB1 en lugar de SAL970312AB7). Nuestro
contador no la puede deducir así. ¿Me la pueden cancelar y reexpedir
con los datos correctos? El monto es de $18,560.00 MXN.

Saludos cordiales,
Rodrigo Salinas
Compras, Salinas Refacciones"""),
("es", "b132-aumento-abono-fibra-sin-aviso", "Mariano Quiroga <mariano.quiroga@example.com.ar>", "aumento", "billing", "",
"""Hola, buen dia. Este mes el abono de fibra para empresa de la
oficina vino de $78.400 cuando veniamos pagando $52.300. Nadie nos
aviso nada del aumento. Quisiera saber por que y si hay algun plan que
nos mantenga un precio parecido al anterior.

Gracias
Mariano Quiroga - Estudio Quiroga y Asoc."""),
("es", "b132-echamos-el-cierre-jubilacion", "Paco Lorente <paco.lorente@example.es>", "La ferretería", "billing", "",
"""Hola buenas,

Después de 41 años detrás del mostrador, el 31 de diciembre echamos el
cierre de la Ferretería Lorente, en Alcoy. Me jubilo y mis hijos no
quieren seguir con ella.

Quería saber qué tengo que hacer para terminar la fibra de la tienda,
el fijo y las dos líneas de móvil de empresa a partir de esa fecha, y
si me queda algo por pagar de permanencia.

Gracias por todo estos años,
Paco Lorente"""),
("es", "b132-licencias-vacaciones-colectivas", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Licencias en diciembre", "billing", "",
"""Buenos días,

En nuestra empresa tenemos vacaciones colectivas del 20 de diciembre al
12 de enero y el call center queda cerrado. ¿Es posible suspender las
35 licencias de agente durante esas tres semanas para que no nos las
cobren, y reactivarlas el 13 de enero con la misma configuración?

Quedo atenta,
Juliana Restrepo
Coordinadora de Servicio al Cliente, Medellín"""),
("es", "b132-hola-cuota-alta-plazos", "Irene Castaño <irene.castano@example.es>", "Hola", "billing", "",
"""Hola, estamos mirando contratar la línea dedicada para la oficina
nueva. La cuota de alta son 1.200 € y nos viene un poco justo este
trimestre. ¿Se puede pagar a plazos o repartida en las primeras
facturas?

Irene"""),
("es", "b132-recarga-sms-spei", "Valeria Ochoa <valeria.ochoa@example.com.mx>", "Recarga de saldo", "billing", "",
"""Hola, hicimos una recarga de $5,000 MXN para el servicio de SMS por
transferencia SPEI el martes (clave de rastreo 2024101512345678). En la
plataforma el saldo sigue igual. Adjunto el comprobante. ¿Cuándo se
refleja?

Valeria Ochoa
Laboratorios Clínicos Ochoa"""),
("es", "b132-devolucion-terminales-sobrantes", "Lucía Ferrer <lucia.ferrer@example.es>", "Devolución de teléfonos", "billing", "",
"""Buenas tardes,

Pedimos 15 teléfonos IP para la oficina de Valencia pero finalmente
solo vamos a ser 12. Los 3 que sobran están sin abrir, con su precinto.
¿Podemos devolverlos y que nos abonen el importe? ¿Cómo los enviamos?

Gracias,
Lucía Ferrer"""),
("es", "b132-rv-cotizacion-descuento-volumen", "Cristóbal Muñoz <cmunoz@transportesandes.example.cl>", "RE: Cotización 50 líneas móviles - Transportes Andes", "billing", "",
"""Estimada Francisca:

Gracias por la cotización. La estamos revisando con gerencia. Una
consulta: si en vez de 50 líneas contratamos 70 (vamos a sumar los
choferes de la sucursal de Antofagasta), ¿el descuento por volumen
sigue siendo del 12% o sube?

Saludos,
Cristóbal Muñoz
Jefe de Administración

De: Francisca Vidal <fvidal@example-telco.cl>
Enviado: lunes, 14 de octubre de 2024 11:02
Asunto: Cotización 50 líneas móviles - Transportes Andes

Estimado Cristóbal:
Adjunto cotización por 50 líneas móviles con plan de 30 GB, a
$14.990 + IVA por línea, con un 12% de descuento por volumen en
contrato a 24 meses.
Saludos cordiales,
Francisca Vidal"""),
("es", "b132-penalizacion-permanencia-pregunta", "Jordi Puig <jordi.puig@example.es>", "permanencia", "billing", "",
"""Hola, tenemos la fibra y 3 moviles de empresa con vosotros desde
hace 14 meses con permanencia de 24. Si nos cambiamos ahora de
compañia, cuanto nos cobrariais de penalizacion mas o menos? Es solo
para saberlo, todavia no hemos decidido nada.

Jordi"""),
("es", "b132-viejo-fallecio-estudio-contable", "Agustina Ferreyra <agustina.ferreyra@example.com.ar>", "Contrato de mi papá", "billing", "",
"""Hola, ¿cómo están?

Les escribo porque mi papá, Héctor Ferreyra, falleció el mes pasado.
Tenía un estudio contable en Rosario y con ustedes el contrato de
soporte informático y el servicio de internet del estudio. El estudio
no va a seguir, así que necesito dar de baja las dos cosas.

¿Qué documentación necesitan? Tengo el acta de defunción y soy la
heredera. Si queda algún saldo pendiente, díganme cuánto es.

Muchas gracias,
Agustina Ferreyra"""),
("es", "b132-penalizacion-injusta-consumo-setsi", "Ainara Goikoetxea <ainara.goiko@example.es>", "Reclamación penalización por baja", "billing", "high",
"""A la atención del departamento de reclamaciones:

En abril contratamos con ustedes una fibra de 600 Mb para nuestra
asesoría. Desde el primer día la conexión se ha cortado varias veces
al día, con seis incidencias abiertas que pueden consultar. Nos dimos de
baja por incumplimiento y ahora nos reclaman 540 € de penalización por
permanencia.

No vamos a pagar una penalización por un servicio que no han prestado.
Si no anulan el cargo en diez días, presentaremos reclamación ante la
Oficina de Atención al Usuario de Telecomunicaciones y ante Consumo, y
lo que haga falta.

Ainara Goikoetxea
Goiko Asesores, Bilbao"""),
("es", "b132-cargo-doble-contracargo-profeco", "Héctor Villaseñor <hector.villasenor@example.com.mx>", "Cargo doble en tarjeta", "billing", "high",
"""Buenas tardes:

El día 2 se nos cobró dos veces la mensualidad del sistema de
conmutador, $9,870.00 MXN cada cargo, a la tarjeta empresarial. Hablé
el día 4 y me dijeron que en 72 horas se revertía. Ya pasaron dos
semanas.

Si para el viernes no está reembolsado el cargo duplicado, voy a
levantar la aclaración con el banco para que lo reviertan ellos, y
también la queja en Profeco.

Héctor Villaseñor
Director Administrativo, Grupo Villaseñor"""),
("es", "b132-roaming-responsable-hoja", "Fernando Calvo <fernando.calvo@example.es>", "Quiero hablar con un responsable", "billing", "high",
"""Buenos días,

Nos han facturado 1.870 € de itinerancia en la línea de nuestro jefe
de obra, que estuvo diez días en Marruecos. Antes del viaje llamamos
para activar el bono internacional y nos dijeron que estaba activado.
Ahora resulta que no.

Ya he hablado tres veces con atención al cliente y cada vez me dicen una
cosa. No quiero hablar más con el teléfono de atención: quiero que me
llame un responsable o un supervisor, y quiero que se anule ese importe.

Fernando Calvo
Construcciones Calvo e Hijos, Cuenca"""),
("es", "b132-centralita-no-desvia-movil", "Amparo Soler <amparo.soler@example.es>", "Desvío fuera de horario", "technical", "",
"""Hola:

Tenemos programado en la centralita que a partir de las 20:00 las
llamadas se desvíen a mi móvil. Desde el lunes no llegan: el cliente
oye tono un rato y luego se corta. Durante el día todo funciona bien.
No hemos tocado nada de la configuración.

Gracias,
Amparo Soler
Clínica Veterinaria Soler"""),
("es", "b132-portal-usuario-bloqueado", "Emiliano Cruz <emiliano.cruz@example.com.mx>", "No puedo entrar", "technical", "",
"""Buen día, al entrar al portal de clientes me sale "usuario bloqueado
por intentos fallidos". Le di a recuperar contraseña pero el correo no
me llega (ya revisé spam). Usuario: ecruz_distribuidora."""),
("es", "b132-no-es-factura-softphone", "Raúl Benítez <raul.benitez@example.es>", "No es por la factura", "technical", "",
"""Buenas,

Les escribo desde el formulario de facturación porque no encuentro
otro, pero no tiene nada que ver con la factura.

La aplicación de softphone en los portátiles de los comerciales se
cierra sola al minuto de empezar una llamada. Pasa en los 5 portátiles
con Windows 11 desde la actualización del jueves. En el móvil la misma
cuenta funciona.

Un saludo,
Raúl Benítez"""),
("es", "b132-no-quiero-plata-que-ande", "Gustavo Pereyra <gustavo.pereyra@example.com.ar>", "internet", "technical", "",
"""Hola. Aclaro de entrada: no les estoy pidiendo que me devuelvan
plata ni que me hagan descuento. Quiero que ande.

Todas las tardes, entre las 17 y las 19, el internet del local se
corta cada diez minutos. El modem queda con la luz de internet
titilando y vuelve solo. Ya lo reinicie mil veces.

Gustavo - Pereyra Repuestos, Córdoba"""),
("es", "b132-sms-acentos-raros", "Camilo Rojas <camilo.rojas@example.com.co>", "SMS con caracteres raros", "technical", "",
"""Hola equipo,

Los SMS que enviamos por la API con tildes o ñ llegan a los clientes
con caracteres raros, por ejemplo "Se�or" o "recordatorio de su cita
ma�ana". Los que no llevan tildes llegan bien. Estamos enviando en
UTF-8. ¿Hay que indicar alguna codificación en la petición?

Gracias,
Camilo Rojas
Desarrollo, Agendas Salud"""),
("es", "b132-pedido-telefonos-no-configuran", "Marta Iglesias <marta.iglesias@example.es>", "Pedido 44120", "technical", "",
"""Hola,

Nos han llegado los 10 teléfonos del pedido 44120, gracias. El problema
es que al conectarlos se quedan en la pantalla de "Provisionando..." y
no pasan de ahí. Los hemos conectado al mismo switch que los antiguos,
que sí funcionan.

Marta"""),
("es", "b132-re-ticket-eco-sigue", "Francisca Pizarro <fpizarro@example.cl>", "Re: Ticket #77201 - Eco en llamadas", "technical", "",
"""Hola Matías,

Hicimos lo que nos indicaste (desactivar SIP ALG en el router) pero el
eco sigue igual, sobre todo cuando llamamos a celulares.

Francisca

El jue, 17 oct 2024 a las 9:15, Soporte Técnico <soporte@example-voz.cl> escribió:
> Hola Francisca,
> Por favor desactiva la opción SIP ALG en la configuración del
> router y reinícialo. Nos cuentas si se soluciona.
> Saludos, Matías"""),
("es", "b132-buzon-voz-correo", "Antonio Gil <antonio.gil@example.es>", "buzón de voz", "technical", "",
"""Desde ayer los mensajes del buzón de voz ya no me llegan al correo."""),
("es", "b132-clinica-pacientes-sin-senal", "Clínica Dental Alameda <recepcion@dentalalameda.example.es>", "Teléfonos", "technical", "high",
"""Buenos días,

Desde que abrimos a las 9 los pacientes que llaman a la clínica oyen
un pitido y se corta. No podemos dar ni cambiar citas, la gente se está
presentando en la recepción para preguntar y tenemos la sala de espera
llena. Tampoco podemos llamar para confirmar las citas de mañana.

Por favor llámennos al móvil 600 000 217.

Noelia Sanz, recepción"""),
("es", "b132-call-center-agentes-brazos-cruzados", "Operaciones <operaciones@contactomx.example.com.mx>", "Plataforma", "technical", "high",
"""Buenos días,

Desde las 8:40 la plataforma no le entrega llamadas a ningún agente.
Tenemos a 40 personas conectadas de brazos cruzados mientras la fila de
espera crece, y los clientes de la aseguradora para la que trabajamos
cuelgan después de 15 minutos. Nuestro supervisor de turno ya reinició
las estaciones.

Necesitamos que alguien lo revise de inmediato.

Lorena Becerra
Gerente de Operaciones"""),
("es", "b132-router-chispas-olor", "Silvina Acosta <silvina.acosta@example.com.ar>", "router", "technical", "high",
"""Hola, buenas tardes.

Les cuento algo para que lo sepan: el router que nos instaló el
técnico la semana pasada en la oficina hace un chasquido y se ven
chispitas en la ficha de la fuente, donde entra el cable. Hay olor a
quemado. Ya lo desenchufé y lo dejé sobre la mesa de la cocina, lejos
de todo.

¿Lo tengo que devolver o viene alguien a cambiarlo?

Silvina Acosta"""),
("es", "b132-teleasistencia-madre-fibra", "Rosario Medina <rosario.medina@example.es>", "Teleasistencia de mi madre", "technical", "high",
"""Buenas tardes,

Mi madre tiene 86 años, vive sola en Ourense y tiene el botón de
teleasistencia del ayuntamiento. El martes sus técnicos le cambiaron el
teléfono fijo a fibra y desde entonces el aparato de teleasistencia
no conecta con la central: hoy me han llamado de la central para
decírmelo. El teléfono normal sí funciona.

Mi madre se ha caído dos veces este año. Necesito que esto se arregle
lo antes posible, por favor.

Rosario Medina"""),
("es", "b132-supervisor-cinco-visitas", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Quinta visita técnica", "technical", "high",
"""Buenas tardes,

Es la quinta vez que viene un técnico por el canal dedicado de la
planta en Itagüí y la conexión sigue cayéndose varias veces al día.
Cada técnico cambia algo diferente y se va.

No quiero una sexta visita programada desde el mismo call center. Pido
que el caso lo tome un supervisor o el jefe del área técnica y que me
llame hoy mismo.

Andrés Cárdenas
Jefe de Sistemas, Plásticos del Valle"""),
("es", "b132-gracias-tecnico-inigo", "Mikel Arregi <mikel.arregi@example.es>", "Agradecimiento", "general", "",
"""Kaixo,

Solo quería daros las gracias por Íñigo, el técnico que vino el
sábado a la sidrería a cambiar la centralita. Llegó puntual, dejó todo
recogido y tuvo una paciencia infinita con mi aita, que no se aclara
con los botones nuevos.

Mikel"""),
("es", "b132-sistema-es-una-bomba", "Daniela Herrera <daniela.herrera@example.com.mx>", "felicidades", "general", "",
"""¡Hola! Nada más para decirles que el nuevo sistema de atención está
de poca... ¡es una bomba! Las chicas del equipo ya no se pelean por las
llamadas y los clientes esperan la mitad. Gracias a todos los que lo
hicieron posible.

Dani
Coordinadora, Mueblería Herrera"""),
("es", "b132-cambio-administrador-cuenta", "Pilar Domínguez <pilar.dominguez@example.es>", "Cambio de persona de contacto", "general", "",
"""Buenos días,

Les informo de que Jorge Ramos ya no trabaja en la empresa. A partir de
hoy la persona de contacto y administradora de la cuenta (cliente
300412) soy yo, Pilar Domínguez, con el teléfono 912 000 334 y este
correo. Por favor, eliminen a Jorge como contacto autorizado.

Atentamente,
Pilar Domínguez
Directora de Recursos, Gráficas Domínguez"""),
("es", "b132-horario-feriado-local", "Facundo Ibarra <facundo.ibarra@example.com.ar>", "feriado", "general", "",
"""Buenas, la sucursal de Av. Santa Fe abre el lunes que es feriado?
Tengo que ir a retirar unos chips para los celulares de la empresa."""),
("es", "b132-rgpd-acceso-grabaciones", "Carmen Ortega <carmen.ortega@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

Al amparo del artículo 15 del Reglamento General de Protección de
Datos, solicito una copia de todos los datos personales que tratan
sobre mí, incluidas las grabaciones de las llamadas que he mantenido
con su servicio de atención al cliente desde enero de este año.

Adjunto copia de mi DNI.

Atentamente,
Carmen Ortega Ruiz"""),
("es", "b132-paraguas-sala-reuniones", "Sebastián Lozano <sebastian.lozano@example.com.co>", "Paraguas", "general", "",
"""Buenas tardes, esta mañana estuve en sus oficinas de Bogotá, en la
sala de reuniones del piso 6, y creo que dejé un paraguas negro con
mango de madera. ¿Alguien lo encontró? Puedo pasar a recogerlo mañana.

Gracias,
Sebastián"""),
("es", "b132-patrocinio-carrera-solidaria", "Club Atletismo Ribera <clubribera@example.es>", "Patrocinio Carrera Solidaria", "general", "",
"""Hola:

Desde el Club de Atletismo Ribera organizamos el 23 de noviembre la X
Carrera Solidaria de Tudela, a beneficio de la asociación de familias
con niños con cáncer. Buscamos empresas de la zona que quieran
patrocinar los dorsales o el avituallamiento.

Si os interesa, os enviamos el dossier.

Un abrazo,
Raquel Esparza"""),
("es", "b132-entrega-recepcion-piso3", "Ximena Galván <ximena.galvan@example.com.mx>", "Entrega del jueves", "general", "",
"""Hola, para la entrega de los equipos del jueves: el repartidor tiene
que registrarse en la caseta de vigilancia con identificación y subir
al piso 3, recepción de Galván Abogados. Recibimos de 9 a 2. Si hay
algún problema mi celular es 55 0000 4421.

Gracias"""),
("es", "b132-pregunta-formacion-recepcionistas", "Elena Prado <elena.prado@example.es>", "Pregunta", "general", "",
"""Hola, una pregunta: cuando instaléis la centralita nueva, ¿hacéis
alguna formación para las recepcionistas o hay algún manual o vídeo
que puedan ver antes?

Gracias,
Elena"""),
("es", "b132-urgente-certificado-licitacion", "Adquisiciones <adquisiciones@example-municipalidad.cl>", "URGENTE", "general", "",
"""URGENTE

Para la licitación de telefonía del municipio necesitamos antes del
viernes el certificado de vigencia de la sociedad y la declaración
jurada de no tener deudas laborales. ¿Nos los pueden enviar por este
medio?

Unidad de Adquisiciones"""),
("es", "b132-feria-tecnologia-stand", "Alberto Navarro <alberto.navarro@example.es>", "Jornada en Zaragoza", "general", "",
"""Buenos días,

He visto que vais a tener stand en la feria de tecnología para pymes de
Zaragoza. ¿Qué días estaréis y hay que apuntarse para las charlas
que dais o se puede ir sin más?

Saludos,
Alberto Navarro"""),
("es", "b132-comercial-grosero-jefe", "Teresa Montero <teresa.montero@example.es>", "Comportamiento de su comercial", "general", "high",
"""Buenas tardes:

Ayer vino a nuestra peluquería un comercial de su empresa para
ofrecernos un cambio de tarifa. Cuando le dije que no nos interesaba,
se negó a irse, levantó la voz delante de las clientas y me dijo que
"las de los pueblos no entendemos de nada". Tuve que pedirle dos veces
que saliera del local.

Quiero que se ponga en contacto conmigo su jefe o un responsable de la
empresa, no un correo automático.

Teresa Montero
Peluquería Teresa, Almendralejo"""),
("es", "b132-vidrio-puerta-sucursal", "Mauricio Téllez <mauricio.tellez@example.com.mx>", "Puerta de su sucursal en Puebla", "general", "high",
"""Buenas tardes,

Hoy fui a su sucursal de la 5 de Mayo en Puebla y el vidrio de la
puerta de entrada está estrellado, con un pedazo grande flojo que se
mueve cuando la abres. Había niños entrando y saliendo con sus papás.
Se lo comenté al guardia pero dijo que no era cosa suya.

Les aviso antes de que alguien se corte.

Mauricio Téllez"""),
# ---------------- Polish ----------------
("pl", "b132-centrala-15-numerow-zamiast-10", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Faktura za centralę", "billing", "",
"""Dzień dobry,

od maja mamy w wirtualnej centrali 10 numerów wewnętrznych (5
usunęliśmy, zgłoszenie nr 24/05/3381), a na fakturach za maj, czerwiec
i lipiec nadal jest naliczane 15 numerów po 19 zł netto. Proszę o
korektę faktur i zwrot nadpłaty albo zaliczenie jej na poczet
kolejnych.

Z poważaniem
Agnieszka Wróbel
Biuro Rachunkowe Wróbel, Rzeszów"""),
("pl", "b132-bledny-nip-korekta", "Michał Sikora <michal.sikora@example.pl>", "Błędny NIP na fakturze", "billing", "",
"""Dzień dobry,

na fakturze FV/2024/09/11873 za łącze światłowodowe jest błędny NIP
(526-104-88-12 zamiast 526-104-88-21). Księgowa nie może jej zaksięgować.
Proszę o wystawienie faktury korygującej z poprawnymi danymi.

Pozdrawiam
Michał Sikora"""),
("pl", "b132-wspolnik-emerytura-zamykamy", "Jerzy Malinowski <jerzy.malinowski@example.pl>", "zakonczenie dzialalnosci", "billing", "",
"""Dzien dobry,

z koncem roku zamykamy nasza drukarnie w Kaliszu - wspolnik przechodzi
na emeryture, a ja sam juz nie dam rady. Prosze o informacje, jak
rozwiazac umowe na swiatlowod firmowy i trzy numery komorkowe od 31
grudnia i czy bedzie do zaplacenia cos za wczesniejsze rozwiazanie.

Jerzy Malinowski
Drukarnia Malinowski s.c."""),
("pl", "b132-pensjonat-zawieszenie-listopad", "Pensjonat Pod Giewontem <recepcja@podgiewontem.example.pl>", "Listopad", "billing", "",
"""Dzień dobry,

jak co roku w listopadzie zamykamy pensjonat w Zakopanem na cały
miesiąc (remonty przed sezonem zimowym). Czy można na ten czas
zawiesić internet dla gości i telefony w pokojach, żeby nie płacić
abonamentu, a zostawić tylko linię recepcji? Od 1 grudnia wszystko
ma działać jak dawniej.

Pozdrawiamy
Halina Gąsienica"""),
("pl", "b132-pytanie-raty-split-payment", "Kamil Zieliński <kamil.zielinski@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, mam dwa pytania do oferty flotowej na 8 telefonów:
1) czy telefony można rozłożyć na raty na fakturze, czy trzeba zapłacić
od razu,
2) czy możemy płacić fakturę w mechanizmie podzielonej płatności (MPP)?
Dzięki,
Kamil"""),
("pl", "b132-doladowanie-sms-przelew", "Ewelina Kaczmarek <ewelina.kaczmarek@example.pl>", "doładowanie", "billing", "",
"""Dzien dobry, w poniedzialek zrobilam przelew 600 zl na doladowanie
konta SMS (tytul: doladowanie SMS klient 55102), a w panelu saldo sie
nie zmienilo. Potwierdzenie przelewu w zalaczniku. Kiedy srodki sie
pojawia? Mamy jutro wysylke przypomnien do pacjentow.

Ewelina Kaczmarek
Gabinet Stomatologiczny Uśmiech"""),
("pl", "b132-odp-oferta-rabat-36-mies", "Rafał Jankowski <rafal.jankowski@example.pl>", "Odp: Oferta OF/2024/771 - telefonia IP", "billing", "",
"""Pani Magdo,

dziękuję za ofertę. Zarząd pyta jeszcze, czy przy umowie na 36 miesięcy
zamiast 24 rabat byłby wyższy niż 10%, i czy opłata aktywacyjna
(1 500 zł netto) może zostać rozłożona na pierwsze faktury.

Pozdrawiam
Rafał Jankowski
Kierownik Administracji

wt., 8 paź 2024 o 14:20 Magdalena Krawczyk <m.krawczyk@example-telekom.pl> napisał(a):
> Szanowny Panie Rafale,
>
> w załączeniu przesyłam ofertę na telefonię IP dla 30 użytkowników,
> 24 zł netto/użytkownik/miesiąc przy umowie na 24 miesiące, z rabatem
> 10%.
>
> Z poważaniem
> Magdalena Krawczyk"""),
("pl", "b132-zwrot-nieuzywanych-telefonow", "Dorota Lis <dorota.lis@example.pl>", "Zwrot telefonow", "billing", "",
"""Dzien dobry,

zamowilismy 12 telefonow biurkowych, ale jeden dzial zostal
przeniesiony do Wroclawia i potrzebujemy tylko 8. Cztery sa w
nienaruszonych opakowaniach. Czy mozemy je odeslac i dostac zwrot
pieniedzy? Jak to zrobic?

Dorota Lis"""),
("pl", "b132-oplata-technik-nie-przyszedl", "Wojciech Pawłowski <wojciech.pawlowski@example.pl>", "Opłata za wizytę", "billing", "",
"""Dzień dobry,

na ostatniej fakturze jest pozycja "wizyta serwisowa - 150 zł netto".
Umówiony technik w ogóle do nas nie przyjechał, czekaliśmy cały dzień,
a usterkę w końcu usunęliście zdalnie. Proszę o usunięcie tej opłaty.

Wojciech Pawłowski"""),
("pl", "b132-roaming-niemcy-delegacja", "Bożena Górecka <bozena.gorecka@example.pl>", "ROAMING???", "billing", "",
"""Dzień dobry,

nasz handlowiec był tydzień na targach w Monachium i na fakturze mamy
2 340 zł za internet w roamingu. PRZECIEŻ W UNII ROAMING JEST W CENIE!
Przed wyjazdem nikt go nie ostrzegł, że jego pakiet tego nie obejmuje.
Proszę o wyjaśnienie tej kwoty i o jej przeliczenie.

Bożena Górecka
Księgowość"""),
("pl", "b132-maz-zmarl-warsztat", "Teresa Nowakowska <teresa.nowakowska@example.pl>", "Umowa męża", "billing", "",
"""Szanowni Państwo,

mój mąż, Henryk Nowakowski, zmarł w sierpniu. Prowadził warsztat
samochodowy w Radomiu i miał u Państwa umowę na obsługę informatyczną
komputera w warsztacie oraz telefon firmowy.

Warsztat jest już zamknięty i te usługi nie są mi potrzebne. Bardzo
proszę o zakończenie umów i napisanie mi prostymi słowami, jakie
dokumenty mam przesłać i czy coś jestem winna.

Z poważaniem
Teresa Nowakowska"""),
("pl", "b132-kara-umowna-uke-sad", "Krzysztof Dudek <krzysztof.dudek@example.pl>", "Kara umowna - reklamacja", "billing", "high",
"""Szanowni Państwo,

w lutym podpisaliśmy umowę na łącze 300 Mb/s dla naszej kancelarii.
Przez pół roku łącze działało z przerwami, zgłosiliśmy 11 awarii
(numery zgłoszeń w załączniku). Wypowiedzieliśmy umowę z Państwa winy,
a teraz otrzymaliśmy notę na 1 980 zł kary umownej.

Kary nie zapłacimy. Jeżeli nota nie zostanie anulowana w ciągu 14 dni,
złożymy skargę do Prezesa UKE, a w razie potrzeby sprawa trafi do sądu.

Krzysztof Dudek
Kancelaria Radcy Prawnego Dudek"""),
("pl", "b132-podwojne-obciazenie-chargeback", "Paweł Stępień <pawel.stepien@example.pl>", "podwójne obciążenie karty", "billing", "high",
"""Dzień dobry,

abonament za wrzesień (1 276,40 zł) został pobrany z karty firmowej dwa
razy, 1 i 2 października. Na infolinii 4 października obiecano zwrot w
ciągu 5 dni roboczych. Minęły ponad dwa tygodnie i nic.

Jeżeli do piątku nie zobaczę zwrotu, składam w banku reklamację
transakcji (chargeback) i niech bank to z Państwem wyjaśnia.

Paweł Stępień
Stępień Transport"""),
("pl", "b132-laczem-od-podpisania-kierownik", "Monika Adamska <monika.adamska@example.pl>", "Abonament za łącze, które nie działało", "billing", "high",
"""Dzień dobry,

łącze dzierżawione do naszego magazynu w Strykowie zostało uruchomione
dopiero 12 września, a Państwo naliczyli abonament od dnia podpisania
umowy, czyli od 1 lipca - ponad 5 400 zł za okres, kiedy nie było
żadnej usługi. Piszę w tej sprawie czwarty raz i za każdym razem
słyszę, że "ktoś się odezwie".

Proszę, żeby skontaktował się ze mną kierownik działu rozliczeń albo
opiekun klienta biznesowego, a nie kolejny konsultant. Oczekuję
korekty faktur.

Monika Adamska
Dyrektor Finansowa"""),
("pl", "b132-konsultanci-nie-slysza", "Łukasz Bąk <lukasz.bak@example.pl>", "rozmowy", "technical", "",
"""Dzień dobry, od kilku dni przy części połączeń przychodzących
klienci nas słyszą, a my ich nie. Dzieje się to może przy co piątej
rozmowie, reszta jest OK. Zaczęło się po wymianie routera w zeszły
czwartek.

Łukasz"""),
("pl", "b132-softphone-nie-loguje", "Adrian Kowalczyk <adrian.kowalczyk@example.pl>", "softphone", "technical", "",
"""Czesc, po zmianie hasla w panelu aplikacja softphone na laptopie
ciagle pokazuje "Blad rejestracji 403". W przegladarce nowe haslo
dziala. Przeinstalowalem aplikacje, bez zmian. Windows 10, wersja
aplikacji 4.2.1.

Adrian"""),
("pl", "b132-to-nie-rozliczenia-nagrania", "Joanna Mazur <joanna.mazur@example.pl>", "To nie jest sprawa rozliczeń", "technical", "",
"""Dzień dobry,

automat na infolinii skierował mnie do rozliczeń, ale nie chodzi o
fakturę.

Od poniedziałku w panelu call center nie zapisują się nagrania
rozmów. Połączenia są na liście, ale przy każdym jest "brak nagrania".
Nagrywanie jest włączone dla wszystkich kolejek, nic nie zmienialiśmy.

Joanna Mazur
Kierownik Zespołu Obsługi Klienta"""),
("pl", "b132-nie-chce-zwrotu-wifi", "Marek Woźniak <marek.wozniak@example.pl>", "wifi w biurze", "technical", "",
"""Dzień dobry,

od razu zaznaczam: nie chcę żadnego zwrotu ani rabatu. Chcę, żeby
wifi w biurze działało.

Codziennie koło 13-14 laptopy tracą połączenie z siecią na kilka
minut, a komputery na kablu działają normalnie. Punkty dostępowe
montował Wasz technik w kwietniu.

Marek Woźniak"""),
("pl", "b132-temat-faktura-telefony-bez-sieci", "Sylwia Kubiak <sylwia.kubiak@example.pl>", "Faktura 09/2024", "technical", "",
"""Dzień dobry,

odpisuję na maila z fakturą, bo nie mam innego adresu - sprawa nie
dotyczy faktury.

Od soboty 7 telefonów z naszej floty nie łapie sieci po wyjściu z
trybu samolotowego, trzeba je restartować kilka razy dziennie.
Wszystkie to ten sam model i wszystkie dostały aktualizację w piątek.

Sylwia Kubiak"""),
("pl", "b132-odp-zgloszenie-echo-dalej", "Grzegorz Olszewski <grzegorz.olszewski@example.pl>", "Odp: Zgłoszenie 40127 - echo w rozmowach", "technical", "",
"""Dzień dobry,

wymieniliśmy kable sieciowe na nowe kategorii 6, tak jak Państwo
sugerowali, ale echo nadal jest. Rozmówca słyszy własny głos z
opóźnieniem, głównie przy połączeniach na komórki.

Grzegorz

pt., 18 paź 2024 o 10:05 Wsparcie Techniczne <wsparcie@example-voip.pl> napisał(a):
> Dzień dobry,
>
> prosimy o wymianę kabli sieciowych aparatów na nowe kategorii 6 i
> informację, czy problem nadal występuje.
>
> Pozdrawiamy
> Wsparcie Techniczne"""),
("pl", "b132-sms-opoznienie-godzina", "Tomasz Michalak <tomasz.michalak@example.pl>", "opóźnione SMS-y", "technical", "",
"""Hej, od wczoraj SMS-y wysyłane przez API dochodzą do odbiorców z
opóźnieniem ok. godziny. API zwraca status "accepted" od razu, a na
telefonie wiadomość pojawia się dużo później. Wcześniej było to kilka
sekund.

Tomek, dev w FitKlub"""),
("pl", "b132-kolejka-nie-przelacza", "Beata Czarnecka <beata.czarnecka@example.pl>", "Kolejka", "technical", "",
"""Dzień dobry, w kolejce "Sprzedaż" połączenie dzwoni tylko u
pierwszego konsultanta i jeśli on nie odbierze, to klient słyszy
muzykę w nieskończoność, zamiast przejść do następnej osoby. W kolejce
"Serwis" ustawienia są identyczne i działa dobrze."""),
("pl", "b132-przychodnia-pacjenci-kolejka", "Przychodnia Zdrowie <rejestracja@przychodnia-zdrowie.example.pl>", "telefony", "technical", "high",
"""Dzien dobry,

od 7:30 pacjenci dzwoniacy do rejestracji slysza komunikat, ze numer
nie istnieje. Rano zapisujemy na dany dzien, wiec teraz kolejka stoi
az na schodach przed przychodnia, sa starsze osoby, ktore nie moga
dlugo stac. Dzwonic od nas na zewnatrz mozna.

Prosze o kontakt pod numerem komorkowym 600 000 318.

Anna Zawadzka, kierownik rejestracji"""),
("pl", "b132-biuro-rachunkowe-jpk-termin", "Biuro Rachunkowe Saldo <biuro@saldo-rachunkowe.example.pl>", "Brak internetu", "technical", "high",
"""Dzień dobry,

od 8 rano w biurze nie ma internetu - router świeci na czerwono. Dziś
jest 25., mamy do wysłania JPK i deklaracje VAT dla 80 klientów, a
wszystkie programy księgowe działają w chmurze. Sześć księgowych siedzi
bezczynnie, a klienci dzwonią z pytaniami, czy zdążymy.

Prosimy o pilną interwencję.

Iwona Szymańska"""),
("pl", "b132-ups-iskrzy-spalenizna", "Henryk Baran <henryk.baran@example.pl>", "Zasilacz awaryjny w szafie", "technical", "high",
"""Dzień dobry,

chciałem zgłosić, że z zasilacza awaryjnego w szafie serwerowej, którą
montowała Państwa firma w czerwcu, czuć spaleniznę, a przy gnieździe
z tyłu co jakiś czas widać iskrę i słychać trzaski. Obudowa jest mocno
ciepła. Nikt tam na stałe nie siedzi, zamknąłem pomieszczenie.

Czy mam go wyłączyć sam, czy czekać na technika?

Henryk Baran
Spółdzielnia Mieszkaniowa Zacisze"""),
("pl", "b132-biurowiec-bez-internetu", "Administracja Budynku <administracja@biurowiecsloneczny.example.pl>", "Biurowiec Słoneczny - Poznań", "technical", "high",
"""Dzień dobry,

od około 10:00 żadna z 27 firm w Biurowcu Słonecznym przy ul.
Głogowskiej w Poznaniu nie ma internetu ani telefonów. Najemcy schodzą
do recepcji co pięć minut, część pracowników odesłano do domu, a
kancelaria notarialna na parterze odwołuje akty. Wszyscy są podłączeni
przez Państwa światłowód doprowadzony do budynku.

Prosimy o informację, co się dzieje i kiedy usługa wróci.

Administracja Budynku"""),
("pl", "b132-szosty-raz-przelozony", "Artur Lewicki <artur.lewicki@example.pl>", "Skarga - szósta awaria w miesiącu", "technical", "high",
"""Dzień dobry,

szósty raz w tym miesiącu zgłaszam, że nasze łącze firmowe zrywa się
kilka razy dziennie na 10-15 minut. Za każdym razem zgłoszenie jest
zamykane po restarcie routera i po dwóch dniach wszystko wraca.

Nie chcę rozmawiać z kolejnym konsultantem. Proszę, żeby sprawą zajął
się przełożony albo dział eskalacji i żeby ktoś zadzwonił do mnie
jeszcze dziś.

Artur Lewicki
Lewicki Meble, Swarzędz"""),
("pl", "b132-podziekowanie-technik-pawel", "Zofia Krajewska <zofia.krajewska@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałabym podziękować panu Pawłowi, technikowi, który w sobotę
przyszedł do naszej kwiaciarni podłączyć nowe telefony. Był bardzo
uprzejmy, wszystko dokładnie wytłumaczył, a nawet pomógł przestawić
ciężką ladę. Rzadko się takich ludzi spotyka.

Zofia Krajewska"""),
("pl", "b132-nowa-centrala-bomba", "Kuba Nowicki <kuba.nowicki@example.pl>", "centrala", "general", "",
"""Siema, musze to napisac - nowa centrala jest po prostu bomba.
Dziewczyny na recepcji w koncu nie biegaja z kartkami miedzy pokojami.
Dzieki dla calej ekipy, dobra robota!
Kuba, Hotel Przystan"""),
("pl", "b132-zmiana-adresu-korespondencyjnego", "Iwona Jabłońska <iwona.jablonska@example.pl>", "Zmiana danych kontaktowych", "general", "",
"""Dzień dobry,

informuję, że zmieniliśmy adres siedziby i adres do korespondencji na:
ul. Piotrkowska 212, 90-360 Łódź. Nowa osoba kontaktowa: Iwona
Jabłońska, tel. 600 000 552. Prosimy o aktualizację danych na koncie
klienta nr 7719043.

Z poważaniem
Iwona Jabłońska
Jabłońska i Wspólnicy Sp. z o.o."""),
("pl", "b132-godziny-wigilia-salon", "Stanisław Kozłowski <stanislaw.kozlowski@example.pl>", "godziny otwarcia", "general", "",
"""Do której jest czynny salon w Galerii Bałtyckiej w Wigilię? Chcę
odebrać karty SIM dla pracowników."""),
("pl", "b132-rodo-dostep-do-danych", "Natalia Urbańska <natalia.urbanska@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przekazanie kopii moich danych
osobowych przetwarzanych przez Państwa firmę, w tym nagrań rozmów z
Biurem Obsługi Klienta z okresu od marca do września 2024 r., oraz
informacji, komu dane zostały udostępnione.

Numer klienta: 30219884

Z poważaniem
Natalia Urbańska"""),
("pl", "b132-teczka-zostawiona-salon", "Piotr Wieczorek <piotr.wieczorek@example.pl>", "teczka", "general", "",
"""Dzien dobry, wczoraj okolo 16 bylem w Waszym salonie biznesowym na
Grzybowskiej w Warszawie i chyba zostawilem przy stanowisku doradcy
brazowa skorzana teczke z dokumentami. Czy ktos ja znalazl?

Piotr Wieczorek, tel. 600 000 981"""),
("pl", "b132-sponsoring-turniej-siatkowki", "UKS Orlik Tczew <ukstczew@example.pl>", "Sponsoring", "general", "",
"""Dzień dobry,

jesteśmy uczniowskim klubem sportowym z Tczewa. W styczniu organizujemy
halowy turniej siatkówki dziewcząt dla 16 drużyn z Pomorza. Szukamy
sponsorów nagród i koszulek. Czy Państwa firma byłaby zainteresowana?
Mogę przesłać szczegóły.

Pozdrawiam
Marta Kwiatkowska, trenerka"""),
("pl", "b132-dostawa-rampa-portiernia", "Mirosław Wójcik <miroslaw.wojcik@example.pl>", "Dostawa w środę", "general", "",
"""Dzień dobry,

w sprawie środowej dostawy sprzętu: proszę, żeby kierowca nie wjeżdżał
od ul. Przemysłowej, tylko od tyłu, na rampę nr 3. Na portierni trzeba
podać nazwisko Wójcik. Przyjmujemy towar 6:00-14:00.

Mirosław Wójcik
Magazyn"""),
("pl", "b132-zamowienie-oplacone-wysylka", "Katarzyna Pietrzyk <katarzyna.pietrzyk@example.pl>", "Zamówienie 55310", "general", "",
"""Dzien dobry, zamowienie oplacilismy przelewem tydzien temu (6
telefonow i 2 zestawy konferencyjne). Kiedy mozemy spodziewac sie
wysylki? Chcemy umowic informatyka na montaz.

Katarzyna Pietrzyk"""),
("pl", "b132-pilne-referencje-przetarg", "Dział Zamówień <zamowienia@example-szpital.pl>", "PILNE!!!", "general", "",
"""PILNE!!!

Do oferty w przetargu na usługi telekomunikacyjne potrzebujemy do
czwartku aktualnego odpisu z KRS Państwa spółki oraz listy referencji
od klientów z sektora ochrony zdrowia. Proszę o przesłanie w PDF.

Dział Zamówień Publicznych"""),
("pl", "b132-webinar-wylaczenie-isdn", "Ryszard Sobczak <ryszard.sobczak@example.pl>", "webinar", "general", "",
"""Dzień dobry, czy będzie nagranie z czwartkowego webinaru o
przejściu z linii analogowych na telefonię IP? Nie zdążyłem się
połączyć. A jeśli nie, to czy planujecie kolejny termin?

Ryszard Sobczak"""),
("pl", "b132-doradca-obrazil-kierownik", "Elżbieta Kamińska <elzbieta.kaminska@example.pl>", "Zachowanie doradcy w salonie", "general", "high",
"""Dzień dobry,

w poniedziałek byłam w Państwa salonie w Lublinie, żeby przenieść
numery naszej apteki. Doradca, kiedy poprosiłam o ponowne
wyjaśnienie warunków umowy, zaczął przewracać oczami, powiedział
głośno do kolegi, że "z takimi to szkoda gadać", a potem kazał mi
przyjść innym razem.

Oczekuję kontaktu od kierownika salonu albo kogoś z kierownictwa
regionu. Nie chcę szablonowej odpowiedzi.

Elżbieta Kamińska"""),
("pl", "b132-plyta-chodnikowa-wejscie-krakow", "Wiesław Kurek <wieslaw.kurek@example.pl>", "wejście do salonu na Długiej", "general", "high",
"""Dzien dobry,

przed wejsciem do Waszego salonu na ul. Dlugiej w Krakowie jedna
plyta chodnikowa jest obluzowana i przechyla sie, jak sie na nia
stanie. Dzis starsza pani przede mna sie potknela i cudem nie upadla.
Powiedzialem o tym w srodku, ale chyba nikt sie tym nie przejal.

Zanim ktos sie polamie, warto to zabezpieczyc.

Wieslaw Kurek"""),
]
