# batch30.py -- labelled mails held out of the tree until the rules it
# measures are final, kept apart from gen.py so that nothing is tuned or
# trained on them.  New businesses for the failure classes -- public
# transport and rail, parking and tolls, town councils and municipal
# services, post offices, newspapers and magazines, printing and
# stationery, computer repair shops, second-hand marketplaces, jewellery
# and watches, hearing aid centres.  Escalation demands that keep their
# topic, legal threats and chargebacks, negations, Greeklish, subjects
# that say nothing or something else, replies quoting an earlier mail,
# paid plans ended or paused in other words, outages of a business told
# by their consequences, safety hazards told calmly, praise, payment
# questions -- and everyday mail of all three queues.  Same tuple format
# as batch12.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b30-delay-repay-67-minutes", "Rhys Pritchard <rhys.pritchard@example.co.uk>", "Delay Repay claim DR-448120", "billing", "",
"""Hello,

My claim for the 17:42 Cardiff Central to Paddington on 3 October has
been rejected with the reason "delay under threshold". The train got in
67 minutes late - it sat outside Didcot for the best part of an hour
with a signal fault, which the guard announced twice. By your own table
that's 50% of the single fare back, 24.65 on my anytime return.

Ticket and a screenshot of the arrivals board are attached. Could
someone take another look please?

Rhys Pritchard"""),
("en", "b30-season-ticket-last-commute", "Brian Whitlock <b.whitlock@example.co.uk>", "Annual season ticket", "billing", "",
"""Dear Sir or Madam,

After forty-one years of catching the 07:12 from Tonbridge I am finally
hanging up my briefcase - my last day at the office is Friday the 28th.
My annual season ticket runs until the end of March, so I understand
there may be something due back for the months I shan't be using.

Could you tell me how I hand the ticket in, and roughly what I can
expect back once the administration fee has been taken off?

With thanks,
Brian Whitlock"""),
("en", "b30-tunnel-toll-twice", "Kylie Nguyen <kylie.nguyen@example.com.au>", "Statement query", "billing", "",
"""Hi team,

On my e-tag statement for September the trip through the Lane Cove
tunnel on the 14th at 8:12am shows up twice, $3.71 each, same gantry,
same minute. I definitely only went through once (I think I'd remember
doing a U-turn in a tunnel!). Can you reverse one of them?

Cheers,
Kylie
Account 60 1187 402"""),
("en", "b30-re-pcn-paid-by-app", "Dev Malhotra <dev.malhotra@example.co.uk>", "Re: Penalty Charge Notice LB49028117", "billing", "",
"""Hi,

As I said on the phone, I had paid. The app session started at 13:58
and ran until 15:58 and the PCN was issued at 14:40. Screenshot of the
app receipt attached (2.80 charged to my card ending 4471). Maybe the
warden's handheld didn't pick the session up, but either way I
shouldn't be paying 70 for it.

Please cancel the PCN.

Dev Malhotra

-----Original Message-----
From: Parking Services <parking@example-borough.gov.uk>
Sent: 09 October 10:21
To: Dev Malhotra
Subject: Penalty Charge Notice LB49028117

Dear Mr Malhotra,

Thank you for your call. To challenge this Penalty Charge Notice,
please reply to this email setting out your grounds and attaching any
evidence you would like us to consider.

Parking Services"""),
("en", "b30-toms-paper", "Bridie Lynch <bridie.lynch@example.ie>", "Tom's paper", "billing", "",
"""Dear Sir or Madam,

My husband Tom died on the 2nd of this month. He took the Connacht
Courier every day for more than fifty years and the young lad still
leaves it on the step every morning, God love him. I can't bring myself
to read it and there's no sense in me paying for it.

Would you stop it please, and let me know if anything is owed or due
back on the account. It goes out by direct debit from the Credit Union.

Thank you,
Bridie Lynch
Ballina"""),
("en", "b30-diagnostic-charges-koramangala", "Arjun Krishnamurthy <arjun.k@example.in>", "Charges for laptop inspection", "billing", "",
"""Dear Sir/Madam,

I had given my laptop at your Koramangala service centre on 12th for
checking the hinge. At the time of drop-off your executive clearly told
me inspection is free of cost if the repair is done with you. I did the
repair (hinge replacement Rs 3,200) but in the final bill there is one
more line "Diagnostic charges Rs 750 + GST".

Kindly do the needful and refund the Rs 885 to my UPI at the earliest.
Bill no. KRM/24/11873.

Regards,
Arjun Krishnamurthy"""),
("en", "b30-used-console-card-dispute", "Marcus Doyle <marcus.doyle@example.com>", "Case 7731904", "billing", "high",
"""I bought a used Switch OLED on your marketplace on Sept 30, $245 plus
$12 shipping, paid through your checkout so it's supposedly covered by
Buyer Protection. The seller's "tracking number" turned out to be for a
package delivered in a different state, and his account has since been
deleted.

I opened a case on Oct 8. It's been "under review" for 17 days and
nobody has answered a single message. If the $257 isn't back on my card
by Friday I'm filing a dispute with my credit card company and they can
sort it out with you.

Marcus Doyle
Columbus, OH"""),
("en", "b30-watch-service-over-estimate", "Geoffrey Allardyce <g.allardyce@example.co.uk>", "Service of my late father's watch", "billing", "high",
"""Dear Mr Pearce,

In August I left my late father's 1968 Omega at your Harrogate shop for
a full service, with a written estimate of 320.00. When I collected it
on Saturday I was asked for 585.00, the difference being "additional
parts" that nobody contacted me about. I paid, under protest, because I
was not prepared to leave the watch behind.

Your estimate states that the customer will be contacted before any
work over the quoted amount is carried out. I expect a refund of 265.00
within fourteen days. Failing that, my solicitor will write to you and
I will pursue the sum through the small claims court.

Yours sincerely,
Geoffrey Allardyce"""),
("en", "b30-hearing-aids-monthly", "Pauline Everett <pauline.everett@example.co.uk>", "Question", "billing", "",
"""Hello,

I had my hearing test at your Canterbury centre last Tuesday and the
audiologist recommended the rechargeable pair at 2,490. That's a lot to
find at once on a pension. Do you have any way of paying monthly, and is
there interest on it? And is the aftercare included in that price or is
it an extra charge every year?

Thank you,
Pauline Everett"""),
("en", "b30-council-tax-taken-twice", "Sandra Kowalski <sandra.kowalski@example.co.uk>", "COUNCIL TAX TAKEN TWICE", "billing", "high",
"""Account ref 3100487562.

My council tax direct debit of 186.40 came out twice on the 1st. It has
left me overdrawn and the bank has charged me 25 on top. I rang on
Monday and was told it would be "looked into within 28 days". I can't
wait 28 days, my rent goes out on the 5th.

I want this passed to a supervisor or the revenues manager today, not
another reference number. 07700 900631.

Sandra Kowalski"""),
("en", "b30-flyers-invoice-company-vat", "Accounts <accounts@tealbrook-physio.example>", "Order PR-20915", "billing", "",
"""Hi,

Could you reissue the invoice for our flyer order (500 x A5, double
sided, PR-20915) showing the business name, Tealbrook Physio Ltd, and
our VAT number GB 482 1177 03? The one you sent is just in my name and
our accountant won't accept it.

Thanks,
Amy Lister
Practice Manager"""),
("en", "b30-redirection-not-needed", "Owen Griffiths <owen.griffiths@example.co.uk>", "Mail redirection", "billing", "",
"""Hiya, we set up redirection from our old address in Sketty for 12
months back in June. Everyone who matters has the new address now and
for the last few weeks nothing at all has come through, so we won't be
needing the other 6 months. Is any of the 74 refundable if we stop it
early?

Owen"""),
("en", "b30-permit-gone-over-to-bike", "Felicity Crane <felicity.crane@example.co.uk>", "Residents permit - zone K", "billing", "",
"""Hello,

I've sold the car and gone over entirely to a bicycle and a very good
pair of waterproof trousers. My zone K residents permit still has seven
months left on it. Please cancel it and let me know if a pro rata refund
is possible - I paid 126 for the year.

Best,
Felicity Crane"""),
("en", "b30-travel-card-topup-missing", "Jess Morrison <jess.morrison@example.com.au>", "Hello", "billing", "",
"""Hello, I put $50 on my travel card online on Sunday night, the money
came out of my account straight away but the card still says $1.20 when
I tap on. That's four days now. Where did my fifty bucks go?
Jess"""),
("en", "b30-hearing-aid-whistles-glasses", "Norman Hibbert <norman.hibbert@example.co.uk>", "Hearing aid whistling", "technical", "",
"""Good morning,

Since my new hearing aids were fitted three weeks ago the left one
whistles whenever I put my glasses on or rest my head against the back
of the chair. The right one is fine. I have changed the dome as I was
shown but it makes no difference. My wife says she can hear it from the
other side of the room.

Norman Hibbert"""),
("en", "b30-dads-aids-muted-after-update", "Carol Jennings <carol.jennings@example.com>", "Dad's hearing aids", "technical", "high",
"""Hi,

My father (87, lives on his own in Leeds) updated the app for his
hearing aids last night and since then both aids seem stuck on a muted
setting. He can hear nothing through them at all - not the doorbell,
not the phone, not his smoke alarm. The app now asks him to sign in and
won't take his password, so he can't change anything, and the buttons
on the aids themselves do nothing.

I'm in Bristol and can't get up to him before the weekend. Could
someone ring me on 07700 900218 as soon as possible please.

Carol Jennings"""),
("en", "b30-laptop-warm-after-battery", "Sophie Lamb <sophie.lamb@example.co.uk>", "Job 22418", "technical", "high",
"""Hello,

You fitted a new battery to my MacBook last Tuesday (job 22418). Since
then it runs much warmer underneath than it used to, even with just
email open, and this evening there was a faint hot-plastic smell and
the trackpad has started to feel slightly raised in the middle. I've
shut it down, unplugged it and left it on the tiled kitchen floor.

I won't charge it again until someone has looked at it. What would you
like me to do?

Sophie Lamb"""),
("en", "b30-hospital-car-park-queue", "Dr Ian Forsyth <ian.forsyth@example-hospital.example>", "Multi-storey", "technical", "high",
"""I'm writing from outpatients at St Cuthbert's. Your pay machines and
the app for the multi-storey have refused every card since about 7am,
and the exit barriers won't lift without a paid ticket. There is now a
queue of patients, some of them on dialysis transport, down the ramp
and out onto the main road, and staff can't get in to start clinics.

Security are lifting the barrier by hand, one car at a time. Please send
someone.

Ian Forsyth
Outpatients Lead"""),
("en", "b30-newsagent-terminal-connecting", "Raj Patel <raj@patelsnews.example.co.uk>", "terminal", "technical", "high",
"""Hi, our terminal has been on "connecting" since we opened at 6. Can't
sell a bus pass or a phone top-up, can't take bill payments, lottery
side is dead too. I've turned about forty people away already this
morning and they're going to the Co-op instead. Router is fine, card
machine works. Restarted it three times. Please ring the shop on
01632 960 552.
Raj, Patel's News, Kings Heath"""),
("en", "b30-not-billing-ticket-crash", "Lauren Fitzpatrick <lauren.fitz@example.ie>", "Not a billing question!", "technical", "",
"""Hi, before I get sent to the wrong department again - this isn't about
money, I've paid and I'm happy with the price. The app crashes every
time I tap on my ticket for Saturday's Dublin to Galway train so I
can't get the QR code up. Phone is a Samsung A52, app updated yesterday.
What do I do if I can't show it on the train?

Lauren"""),
("en", "b30-watch-stops-after-battery", "Andrew McLeish <andrew.mcleish@example.co.uk>", "Watch", "technical", "",
"""Hi there,

I'm not after my money back or a new watch, I love this one. But since
your Perth shop put a new battery in it on the 4th it has stopped twice -
once overnight and once on the bus - and starts again if I give it a
tap. Before that it never missed a second.

Can I bring it in for someone to look at?

Andy McLeish"""),
("en", "b30-seller-code-never-comes", "Tasha Greene <tasha.greene@example.com>", "cant log in", "technical", "",
"""trying to log in to my sellers account and it keeps saying it's sent a
6 digit code to my phone but nothing ever comes. tried 10 times, tried
the "call me instead" option which just says error. i've got 3 items
sold that i need to mark as shipped. number on the account is right, it
ends 4418"""),
("en", "b30-digital-edition-grey-pages", "Raymond Tsang <raymond.tsang@example.co.uk>", "Digital edition", "technical", "",
"""Since Thursday the digital edition app on my iPad opens the day's paper
but every page after the front is a grey box. The puzzles section won't
load at all, which is the bit I actually pay for! I've deleted and
reinstalled it and logged out and back in.

Ray Tsang"""),
("en", "b30-toll-tag-no-beep", "Darren Whitfield <darren.whitfield@example.com.au>", "Tag", "technical", "",
"""G'day, my tag's stopped beeping going under the gantries on the M1 -
no beep at all since last week, and the light doesn't flash when I
press the button. Stuck it back on the windscreen in the same spot after
I had the glass replaced. Don't want to rack up toll notices. Is it the
tag or where I've put it?
Darren"""),
("en", "b30-bulky-waste-error-500", "Peter Olawale <peter.olawale@example.co.uk>", "Bulky waste booking", "technical", "",
"""Hi, trying to book a bulky waste collection for an old sofa on the
council website and when I get to the payment page it just says "Error
500 - something went wrong" and throws me back to the start. Tried three
times in two browsers. Is the page down?

Peter"""),
("en", "b30-parcel-locker-code", "Helen Greaves <helen.greaves@example.co.uk>", "Locker won't open", "technical", "",
"""The parcel locker outside Morrisons in Bury says "code not recognised"
every time I put in the 8-digit code from the text. Tried 5 times and
now it's making me wait 10 minutes. It's a birthday present I need by
tonight. Is there another way to open it?"""),
("en", "b30-ticket-machine-tingle", "Vikram Sethi <vikram.sethi@example.co.uk>", "Ticket machine at Stockport station", "technical", "high",
"""Hello,

Just to let you know, the left-hand ticket machine in the booking hall
at Stockport gives you a small electric shock if you touch the metal
edge around the card reader. I got a sharp tingle up my arm this
morning and the woman behind me said the same thing happened to her
yesterday. There is rainwater pooling on the floor underneath it.

Vikram Sethi"""),
("en", "b30-left-rucksack-dart", "Niamh Brennan <niamh.brennan@example.ie>", "Left my bag on the train", "general", "",
"""Hi,

I left a navy rucksack on the 17:15 DART from Pearse to Greystones
yesterday (Tuesday), second carriage I think, up on the rack. There's a
laptop charger, a library book and a green lunchbox in it. Nothing
valuable but the book isn't mine! Has anything like that been handed in?

Thanks a million,
Niamh"""),
("en", "b30-post-office-saturday-urgent", "Edward Pym <edward.pym@example.co.uk>", "URGENT - Saturday", "general", "",
"""Is the post office in Wymondham open on Saturday afternoon or only in
the morning? I need to send a passport application by Special Delivery
and can't get there on a weekday.

Edward Pym"""),
("en", "b30-thanks-priya-worthing", "Margaret Ashdown <m.ashdown@example.co.uk>", "Thank you to Priya", "general", "",
"""Dear all,

I wanted to say how grateful I am to Priya at your Worthing centre. I
had put off having my hearing checked for years out of pure vanity, and
she was so kind and unhurried with me. Last Sunday I heard my
granddaughter sing in church properly for the first time in ages and
I'm not ashamed to say I cried.

Please make sure she is told.

Margaret Ashdown (Mrs)"""),
("en", "b30-driver-put-son-off-manager", "Kevin O'Rourke <kevin.orourke@example.co.uk>", "Driver on the 42 this morning", "general", "high",
"""At 8:05 this morning at the Hillfoot stop the driver of the number 42
told my son, who is 12, to get off because the photo on his bus pass
"didn't look like him". He was left standing in the rain two miles from
school and the driver laughed as he pulled away. The pass is valid and
paid up until July.

I want this escalated to the depot manager and I want a phone call, not
a form letter. 07700 900 364.

Kevin O'Rourke"""),
("en", "b30-rocking-slab-post-office", "Jean Whitaker <jean.whitaker@example.co.uk>", "Market Street branch", "general", "high",
"""Hello,

I'm writing about the paving slab right in front of the door of your
Market Street branch. It has been rocking for weeks and one edge is now
lifted about two inches. There's a queue of mostly older people there
every pension day. I caught my foot on it on Monday and only stayed
upright because a young man grabbed my arm.

Could it be fixed or at least cordoned off before somebody breaks a hip?

Jean Whitaker"""),
("en", "b30-cctv-sar-ico", "Farah Siddiqui <farah.siddiqui@example.co.uk>", "Subject access request - CCTV", "general", "high",
"""Dear Data Protection Officer,

On 2 September I made a subject access request for the CCTV footage of
me on Platform 3 at Leicester station between 18:10 and 18:40 on 29
August, when my bike was stolen from the rack. I received an automatic
acknowledgement and nothing since. The one-month deadline has now
passed.

If I have not received the footage, or a proper explanation, within
seven days I will complain to the Information Commissioner's Office.

Farah Siddiqui"""),
("en", "b30-letter-for-publication", "Harold Benning <harold.benning@example.co.uk>", "Letter for publication", "general", "",
"""Sir,

I should be grateful if you would consider the following for Thursday's
letters page. I am content for it to be shortened.

"Sir, - Your report on the proposed Little Haddon bypass (3 October)
quotes the county council as saying the water meadows are 'of limited
amenity value'. Anyone who has walked them on a May morning will know
otherwise. I urge readers to attend the consultation at the village
hall on the 21st."

Yours faithfully,
Harold Benning
Church Lane, Little Haddon"""),
("en", "b30-nans-ring-resize", "Chantelle Morgan <chantelle.morgan@example.com>", "ring", "general", "",
"""hi do you resize rings that weren't bought from you? its my nan's
engagement ring, white gold with three little stones, needs to go up
about two sizes. how long would you need it for? i'd rather not leave
it for weeks x"""),
("en", "b30-magazine-new-address-kendal", "Graham Tilley <graham.tilley@example.co.uk>", "Change of address", "general", "",
"""Please send my copy of Model Railway Monthly to my new address from
the December issue onwards:

Flat 2, 17 Orchard Rise
Kendal LA9 4PD

Subscriber number MRM-007721. Thank you.

G. Tilley"""),
("en", "b30-pta-christmas-fair-print", "St Mary's PTA <pta@stmarys-primary.example>", "Christmas fair", "general", "",
"""Hello,

We're the PTA at St Mary's Primary on Acre Lane and we're holding our
Christmas fair on Saturday 7 December. Would your print shop consider
sponsoring our posters and raffle tickets, in return for your logo on
them and a thank-you in the school newsletter (about 400 families)?

Many thanks,
Rebecca Thornton
PTA Chair"""),
("en", "b30-paper-puppy-letterbox", "Anne-Marie Tully <amtully@example.ie>", "Paper delivery", "general", "",
"""Hi, just asking could the delivery lad leave the paper in the blue box
by the gate from now on instead of pushing it through the letterbox?
We've a new puppy and he's eaten the last three sports sections. No
problem with anything else, only the puppy! 14 Oakfield Lawn, Carlow.
Thanks, Anne-Marie"""),
("en", "b30-family-photos-recovered", "Jonathan Price-Evans <jon.priceevans@example.co.uk>", "Desktop PC", "general", "",
"""Just a quick note to say thank you to Luke on the counter and whoever
did the work. I brought in our old desktop that wouldn't start, fully
expecting to be told fifteen years of family photos were gone. Picked
up a USB stick with every single one on it this morning. My wife is
going through them at the kitchen table now.

Top people.

Jon"""),
("en", "b30-dog-on-commuter-rail", "Kate Sorensen <kate.sorensen@example.com>", "Dogs?", "general", "",
"""Hi - are dogs allowed on the commuter rail? She's a 45 lb lab mix,
very calm, would be on a leash. Thinking of taking her from Worcester
into Boston on a Sunday. Does she need a crate or a muzzle, and are
there times she can't ride?

Thanks!
Kate"""),
]
M += [
# ---------------- Greek ----------------
("el", "b30-karta-anergias-diafora", "Σταυρούλα Κανελλοπούλου <stavroula.kan@example.gr>", "Μηνιαία κάρτα - μειωμένη", "billing", "",
"""Καλημέρα σας,

Στις 3 του μήνα φόρτισα την προσωπική μου κάρτα με το μηνιαίο κουπόνι
των 30€. Στις 10 εκδόθηκε η κάρτα ανεργίας μου από τη ΔΥΠΑ, οπότε
δικαιούμαι πλέον το μειωμένο. Υπάρχει τρόπος να μου επιστραφεί η
διαφορά για τον τρέχοντα μήνα ή να μεταφερθεί στον επόμενο;

Ευχαριστώ,
Σταυρούλα Κανελλοπούλου"""),
("el", "b30-gl-diodia-dyo-fores", "Manolis Ts. <manolis.ts@example.gr>", "diodia", "billing", "",
"""Kalhspera,
sthn kinhsh tou pomp mou gia ton Oktwvrio blepw to stathmo diodiwn
Elefsinas 2 fores sthn idia wra, 11/10 stis 07:52, 3,25 kathe fora.
Perasa mia fora, phgaina Korintho gia douleia kai gyrisa apo allo
dromo. Mporeite na akyrwsete th mia xrewsh?
Eyxaristw
Manolhs"""),
("el", "b30-klisi-parko-sms-plirosa", "Γιωργος Αλεξανδρακης <g.alexandrakis@example.gr>", "Κληση σταθμευσης 004721", "billing", "",
"""Καλημερα σας

Στις 14/10 βρηκα στο παρμπριζ κληση για σταθμευση χωρις αποδειξη
πληρωμης στην οδο Ερμου, ωρα 11:20. Ειχα πληρωσει με SMS στις 10:55
για δυο ωρες, εχω το μηνυμα επιβεβαιωσης στο κινητο με τον αριθμο
κυκλοφοριας μου. Σας το επισυναπτω σε φωτογραφια. Παρακαλω να
ακυρωθει η κληση των 40 ευρω.

Γιωργος Αλεξανδρακης"""),
("el", "b30-syndromi-efimeridas-pateras", "Δέσποινα Μαυρογιάννη <despoina.mavro@example.gr>", "Συνδρομή Κ. Μαυρογιάννη", "billing", "",
"""Αγαπητοί κύριοι,

Ο πατέρας μου, Κωνσταντίνος Μαυρογιάννης, έφυγε από τη ζωή στις 28
Σεπτεμβρίου. Ήταν συνδρομητής της εφημερίδας σας από το 1987 και τη
διάβαζε κάθε πρωί στο καφενείο της γειτονιάς με τα γυαλιά στη μύτη.

Παρακαλώ να διακοπεί η ετήσια συνδρομή του (αρ. 118-4420) και να μας
ενημερώσετε αν επιστρέφεται κάποιο ποσό για τους μήνες που απομένουν.
Μπορώ να σας στείλω ληξιαρχική πράξη θανάτου αν χρειάζεται.

Με εκτίμηση,
Δέσποινα Μαυρογιάννη"""),
("el", "b30-gl-periodiko-fantaros", "Aggelos Rapt. <aggelos.r@example.gr>", "syndromh", "billing", "",
"""geia sas, katatassomai sto stratw ton Noemvrio gia 9 mhnes
(Soufli, fantaros) kai de 8a mporw na diavazw to periodiko. Ginetai na
pagwsei h syndromh mexri ton Augousto kai na mhn xrewnetai h karta mou
sto metaksy? Meta 8elw na synexisw kanonika.
Aggelos"""),
("el", "b30-menou-timologio-afm", "Ταβέρνα Το Λιμανάκι <info@limanaki-taverna.example>", "Παραγγελία 5120 - μενού", "billing", "",
"""Καλησπέρα,

Για την εκτύπωση των 40 πλαστικοποιημένων μενού (παραγγελία 5120) μας
κόψατε απόδειξη λιανικής. Χρειαζόμαστε τιμολόγιο στην επωνυμία της
επιχείρησης για να το περάσει ο λογιστής:

Γ. Παπαδάκης & ΣΙΑ Ο.Ε.
ΑΦΜ 099887766, ΔΟΥ Χανίων
Ακτή Τομπάζη 12, Χανιά

Ευχαριστούμε,
Γιάννης Παπαδάκης"""),
("el", "b30-service-laptop-xoris-egkrisi", "Παναγιώτης Σαββίδης <p.savvidis@example.gr>", "Χρέωση χωρίς έγκριση - δελτίο 3318", "billing", "high",
"""Κύριοι,

Στις 2 Οκτωβρίου άφησα στο κατάστημά σας στη Λάρισα το φορητό μου για
αλλαγή οθόνης, με προφορική συμφωνία 140€. Όταν πήγα να τον παραλάβω
μου ζητήσατε 265€, γιατί "άλλαξε και το πληκτρολόγιο", κάτι που ποτέ
δεν ζήτησα και ποτέ δεν ενέκρινα. Πλήρωσα για να πάρω τον υπολογιστή
μου, που τον χρειάζομαι για τη δουλειά.

Ζητώ την επιστροφή των 125€ εντός δέκα ημερών. Διαφορετικά θα
απευθυνθώ στον Συνήγορο του Καταναλωτή και θα κάνω καταγγελία στη
Γενική Γραμματεία Εμπορίου.

Παναγιώτης Σαββίδης"""),
("el", "b30-gl-metaxeirismeno-kinhto-trapeza", "Xristina Vl. <xristina.vl@example.gr>", "paraggelia 88310", "billing", "high",
"""Kalhmera.
Agorasa apo thn platforma sas ena metaxeirismeno kinhto 210e, plhrwmh
mesa apo to site me thn "asfalh synallagh". Hr8e kouti me ena palio
kinhto me spasmenh o8onh pou den anavei kan, kamia sxesh me tis
fwtografies. Exw anoiksei aithma edw kai 12 meres kai oute o pwlhths
oute eseis apantate.
An mexri thn Paraskeyh den mou epistrafoun ta 210e, kanw amfisvhthsh
ths xrewshs sthn trapeza mou. Exw fwtografies kai video apo to
anoigma tou koutiou.
Xristina Vlaxou"""),
("el", "b30-gl-veres-noumero", "Dimitra & Stelios <dimitra.stelios@example.gr>", "veres", "billing", "",
"""Kalhspera sas! Phrame tis veres mas apo to katasthma sthn Ermou prin
2 evdomades kai tou Stelios tou erxetai steno, den pernaei apo th
kleidwsh. Den exei xaraxtei akoma. Mporoume na thn allaksoume me 2
noumera megalyterh h prepei na thn ksanaplhrwsoume? Exoume thn
apodeiksh.
Dhmhtra"""),
("el", "b30-akoustika-eopyy-doseis", "Ευάγγελος Ρήγας <evangelos.rigas@example.gr>", "Ερώτηση για την πληρωμή", "billing", "",
"""Καλησπέρα σας,

Ο ωτορινολαρυγγολόγος μου έγραψε ακουστικά και για τα δύο αυτιά. Στο
κέντρο σας στο Ηράκλειο μου είπαν ότι το ζευγάρι κοστίζει 2.400€. Θα
ήθελα να ξέρω πόσα από αυτά καλύπτει ο ΕΟΠΥΥ, αν το ποσό το αφαιρείτε
εσείς απευθείας ή το πληρώνω όλο και το παίρνω πίσω μετά, και αν το
υπόλοιπο γίνεται σε άτοκες δόσεις με πιστωτική.

Ευχαριστώ,
Ευάγγελος Ρήγας"""),
("el", "b30-dimos-katalipsi-dyo-fores", "Καφέ Πλατεία <kafe.plateia@example.gr>", "Τέλος κατάληψης κοινόχρηστου χώρου", "billing", "high",
"""Προς την Οικονομική Υπηρεσία του Δήμου,

Για το τέλος κατάληψης κοινόχρηστου χώρου για τα τραπεζοκαθίσματα του
2024 (1.860€) πληρώσαμε τον Απρίλιο με τραπεζική κατάθεση και τον Ιούνιο
μας ήρθε ειδοποιητήριο και το πληρώσαμε ξανά στο ταμείο του Δήμου γιατί
μας απείλησαν με αφαίρεση της άδειας. Έχουμε και τις δύο αποδείξεις.

Από τον Ιούλιο έχουμε έρθει τρεις φορές στο γραφείο και κάθε φορά μας
λένε "θα το δούμε". Ζητάμε ραντεβού με τον προϊστάμενο της Οικονομικής
Υπηρεσίας αυτή την εβδομάδα, όχι άλλο πήγαινε-έλα.

Αθανάσιος Κουτσός
Καφέ Πλατεία, Καλαμάτα"""),
("el", "b30-re-akyrosi-dromologiou-raa", "Ιφιγένεια Λάμπρου <ifigeneia.lambrou@example.gr>", "Re: Αίτημα επιστροφής 20931", "billing", "high",
"""Κύριοι,

Το δρομολόγιο ακυρώθηκε από εσάς, δεν το ακύρωσα εγώ. Δεν δέχομαι
επιστροφή 50%. Ζητώ ολόκληρο το ποσό των 45,80€ και την αποζημίωση που
προβλέπει ο κανονισμός για τα δικαιώματα των επιβατών. Αν δεν λάβω
σωστή απάντηση εντός 15 ημερών θα υποβάλω καταγγελία στη Ρυθμιστική
Αρχή Σιδηροδρόμων.

Ιφιγένεια Λάμπρου

-------- Αρχικό μήνυμα --------
Από: Εξυπηρέτηση Επιβατών <epivates@example-rail.gr>
Ημερομηνία: 18/10/2024 14:02
Θέμα: Αίτημα επιστροφής 20931

Αξιότιμη κυρία Λάμπρου,
Σε συνέχεια του αιτήματός σας για το δρομολόγιο Αθήνα - Θεσσαλονίκη
της 12/10, σας ενημερώνουμε ότι θα σας επιστραφεί το 50% της αξίας του
εισιτηρίου εντός 30 εργάσιμων ημερών.
Με εκτίμηση,
Τμήμα Εξυπηρέτησης"""),
("el", "b30-gl-parking-to-amaksi-efyge", "Kostas Gk. <kostas.gk@example.gr>", "miniaia karta parking", "billing", "",
"""Kalhmera,
exw mhniaia syndromh sto parking sas sthn Kallidromiou (arithmos
kartas 0412). To amaksi to phre h kori mou pou phge foithtria sth
Thessalonikh, opote egw pleon kykloforw me to metro. Stamathste thn
aytomath xrewsh apo ton epomeno mhna, thn karta thn afhnw ston
fylaka.
Kwstas Gkikas"""),
("el", "b30-antikatavoles-tris-evdomades", "Χειροποίητα Αρώματα Ξάνθης <shop@aromata-xanthi.example>", "Αντικαταβολές Σεπτεμβρίου", "billing", "",
"""Καλημέρα σας,

Είμαστε μικρό ηλεκτρονικό κατάστημα και στέλνουμε τα δέματά μας με
αντικαταβολή από το κατάστημά σας στην Ξάνθη. Τα ποσά των αντικαταβολών
από 2 έως 20 Σεπτεμβρίου (31 δέματα, 1.184,50€ συνολικά) δεν έχουν
κατατεθεί ακόμα στον λογαριασμό μας, ενώ τα δέματα έχουν παραδοθεί όλα.
Μέχρι τώρα οι αποδόσεις γίνονταν μέσα σε μια εβδομάδα.

Μπορείτε να μας πείτε πότε θα γίνει η κατάθεση;

Ευχαριστούμε,
Ράνια Μουρατίδου"""),
("el", "b30-akoustiko-den-syndeetai-kinito", "Αικατερίνη Ζαχαρίου <aik.zachariou@example.gr>", "Ακουστικό και κινητό", "technical", "",
"""Καλημέρα,

Τα ακουστικά βαρηκοΐας που μου φτιάξατε τον Σεπτέμβριο συνδέονταν με το
κινητό μου και άκουγα τις κλήσεις κατευθείαν στα αυτιά. Από την Κυριακή
το δεξί δεν συνδέεται πια, ενώ το αριστερό δουλεύει κανονικά. Το
έσβησα από το Bluetooth και το ξαναπρόσθεσα, βγάζει "αποτυχία
σύζευξης". Ο εγγονός μου δοκίμασε και από το δικό του κινητό, το ίδιο.

Αικατερίνη Ζαχαρίου"""),
("el", "b30-gl-8hkh-akoustikwn-zestainetai", "Lefteris M. <lefteris.m@example.gr>", "8hkh fortishs", "technical", "high",
"""Kalhspera,
h 8hkh fortishs twn akoustikwn ths mhteras mou (ta phrame apo sas ton
Iounio) apopse htan poly zesth, den mporouses na thn krathseis sto xeri,
kai myrize kammeno plastiko. Sto kapaki apo mesa exei ena mayro shmadi.
Thn eva3a sto mpalkoni panw se ena plakaki kai ta akoustika ta exoume
ektos. H mhtera mou einai 84 kai xwris ayta den akouei sxedon tipota.
Ti kanoume?
Lefterhs"""),
("el", "b30-efarmogi-eisitirion-oxi-xreosi", "Ορέστης Δημάκος <orestis.dimakos@example.gr>", "Γεια σας", "technical", "",
"""Γεια σας, δεν σας γράφω για χρέωση, τα χρήματα τα πλήρωσα κανονικά και
το εισιτήριο φαίνεται στο ιστορικό. Το πρόβλημα είναι ότι όταν πατάω
"Επικύρωση" στην εφαρμογή η οθόνη γίνεται λευκή και η εφαρμογή κλείνει,
οπότε δεν βγαίνει ποτέ ο κωδικός QR για την μπάρα του μετρό. Έχω Xiaomi
με Android 13, έκανα ενημέρωση χθες.

Ορέστης"""),
("el", "b30-gl-mple-o8onh-meta-to-service", "Nikos Ch. <nikos.chr@example.gr>", "RE: to pc mou", "technical", "",
"""Geia sas, to pc pou phra apo sas thn Triti meta thn allagh tou
tropodotikou anoigei kanonika alla se kana misawro vgazei mple o8onh
me kati "WHEA_UNCORRECTABLE_ERROR" kai kanei epanekkinhsh. Prin to
ferw den to ekane auto, apla den anoige. Na to ferw pali h yparxei kati
na dokimasw prwta?
Nikos"""),
("el", "b30-periptero-termatiko-nekro", "Περιπτερο Πλατειας Ομονοιας <periptero.omonoia@example.gr>", "ΤΕΡΜΑΤΙΚΟ", "technical", "high",
"""Καλημερα, απο τις 6 το πρωι το τερματικο γραφει "σφαλμα συνδεσης" και
δεν βγαζει τιποτα. Δεν μπορω να πουλησω ουτε ανανεωση χρονου για
καρτοκινητα ουτε κουπονια για το μετρο ουτε να πληρωσουν λογαριασμους.
Ο κοσμος ερχεται και φευγει, ειναι και τελος του μηνα που ολοι
πληρωνουν ΔΕΗ. Εκλεισα και ανοιξα 4 φορες, το ιντερνετ δουλευει.
Παρακαλω παρτε με τηλεφωνο 6944 123 880.
Σακης"""),
("el", "b30-typografeio-pdf-den-anevainei", "Μυρτώ Καλογεράκη <myrto.kalog@example.gr>", "Ανέβασμα αρχείου", "technical", "",
"""Καλησπέρα,

Προσπαθώ να ανεβάσω το PDF για τις κάρτες βάπτισης στο site σας και
μετά το 100% της μεταφόρτωσης βγάζει "Μη έγκυρη μορφή αρχείου". Είναι
PDF από το Canva, 4 MB, όπως γράφετε στις οδηγίες. Δοκίμασα σε Chrome
και σε Firefox, και από το κινητό.

Μυρτώ"""),
("el", "b30-parkometro-spitha", "Σοφία Ανδρεάδου <sofia.andreadou@example.gr>", "Παρκόμετρο οδού Κοραή", "technical", "high",
"""Καλημέρα σας,

Σας ενημερώνω ότι το παρκόμετρο στην οδό Κοραή, απέναντι από το
φαρμακείο, βγάζει σπίθες από τη σχισμή της κάρτας. Σήμερα το πρωί,
όταν έβαλα την κάρτα μου, ακούστηκε ένα τσακ και πετάχτηκε μια μικρή
σπίθα, και η πλαστική πρόσοψη γύρω από τη σχισμή είναι μαυρισμένη. Από
κάτω τρέχουν νερά από τη βροχή. Πολλά παιδιά από το σχολείο περνάνε από
εκεί και ακουμπάνε τα μηχανήματα.

Σοφία Ανδρεάδου"""),
("el", "b30-gl-reset-kwdikou-agoraphwlhsh", "Marina K. <marina.kar@example.gr>", "logariasmos", "technical", "",
"""Kalhspera, 3exasa ton kwdiko gia ton logariasmo mou kai pataw "3exasa
ton kwdiko" alla to email den erxetai pote, oute sta anepithimhta.
Exw 4 aggelies energes kai enas agorasths perimenei apanthsh gia to
podhlato. To email mou einai ayto pou sas grafw.
Marina"""),
("el", "b30-gl-roloi-8olwse", "Thanasis P. <thanasis.p@example.gr>", "roloi", "technical", "",
"""Geia sas. To roloi pou phra apo to katasthma sas ston Volo grafei
"adiavroxo 100m" alla meta apo ena kolympi sthn Agria 8olwse apo mesa
kai exei stagonitses katw apo to tzami. Den 8elw lefta pisw oute allo
roloi, mou aresei poly, 8elw na to koitaksete na mhn skouriasei.
Pote mporw na perasw?
Thanasis"""),
("el", "b30-pistopoiitika-dimou-sfalma", "Ηλίας Γεωργίου <ilias.georgiou@example.gr>", "Ηλεκτρονική αίτηση πιστοποιητικού", "technical", "",
"""Καλησπέρα,

Στην ηλεκτρονική πλατφόρμα του Δήμου για πιστοποιητικά δημοτολογίου,
μόλις συνδέομαι με τους κωδικούς Taxisnet και πατάω "Νέα αίτηση", η
σελίδα γράφει "Σφάλμα εξουσιοδότησης" και με γυρίζει στην αρχή. Αυτό
γίνεται από την Παρασκευή. Το πιστοποιητικό οικογενειακής κατάστασης
το χρειάζομαι για το σχολείο του γιου μου.

Ηλίας Γεωργίου"""),
("el", "b30-gl-pomp-den-anoigei-mpara", "Vasilis D. <vasilis.d@example.gr>", "pomp", "technical", "",
"""kalhmera, to pomp stamathse na douleuei, sthn lwrida me to pomp h
mpara den anoigei kai prepei na kanw pisw kai na paw sto tameio me
metrhta me olous na kornaroun. To exei ginei 3 fores aythn thn
evdomada sta Malgara. H mpataria tou einai kainourgia. Ypoloipo sto
logariasmo exw kanoniko.
Vasilhs"""),
("el", "b30-logistiko-ektypotis-re", "Λογιστικό Γραφείο Νικολαΐδη <info@nikolaidis-logistes.example>", "Re: Αίτημα 44172 - πολυμηχάνημα", "technical", "high",
"""Καλημέρα,

Κάναμε όσα γράφετε παρακάτω, δεν άλλαξε τίποτα. Από χθες το μεσημέρι
κανένας από τους 6 υπολογιστές του γραφείου δεν μπορεί να τυπώσει ούτε
να σκανάρει στο πολυμηχάνημα που μας πουλήσατε τον Ιούνιο. Αύριο λήγει
η προθεσμία για τις δηλώσεις και έχουμε 40 πελάτες με χαρτιά για
υπογραφή και σκανάρισμα. Δουλεύουμε με ένα μικρό εκτυπωτάκι από το
σπίτι μου. Χρειαζόμαστε τεχνικό σήμερα.

Στέφανος Νικολαΐδης

-----Original Message-----
From: Τεχνική Υποστήριξη <support@example-grafiki-yli.gr>
Sent: Τετάρτη 16/10 9:40
Subject: Αίτημα 44172 - πολυμηχάνημα

Καλημέρα σας, παρακαλούμε κλείστε το μηχάνημα για 30 δευτερόλεπτα και
επανεγκαταστήστε τον οδηγό από την ιστοσελίδα μας."""),
("el", "b30-psifiaki-efimerida-pdf", "Ζωή Παπαναστασίου <zoi.papanast@example.gr>", "Ψηφιακή έκδοση Κυριακής", "technical", "",
"""Καλημέρα. Είμαι συνδρομήτρια της ψηφιακής έκδοσης. Την Κυριακή το
PDF της εφημερίδας κατεβαίνει μέχρι τη σελίδα 24 και μετά σταματάει με
"Το αρχείο είναι κατεστραμμένο". Τις καθημερινές όλα κανονικά. Έχει
συμβεί δύο Κυριακές στη σειρά.

Ζωή"""),
("el", "b30-ktel-xamenos-fakelos", "Μιχάλης Τσιρώνης <michalis.tsironis@example.gr>", "Ξεχασμένος φάκελος", "general", "",
"""Καλησπέρα σας,

Ταξίδεψα την Πέμπτη 17/10 με το λεωφορείο των 15:30 από Αθήνα για
Τρίπολη και ξέχασα στο ράφι πάνω από τη θέση 22 έναν μπλε πλαστικό
φάκελο με διπλώματα και πιστοποιητικά σπουδών. Για άλλον δεν έχουν
αξία, για μένα όμως πολύ. Μήπως βρέθηκε στο λεωφορείο;

Μιχάλης Τσιρώνης
6972 004 118"""),
("el", "b30-gl-taxydromeio-savvato", "Popi <popi.ath@example.gr>", "wrario", "general", "",
"""geia sas mhpws kserete an to taxydromeio sthn Kifisia einai anoixto to
Savvato to prwi? exw na paralavw systhmeno kai dn mporw kathimerines
logw douleias"""),
("el", "b30-efxaristo-odigo-leoforeiou", "Αλίκη Σταματοπούλου <aliki.stamat@example.gr>", "Ένα ευχαριστώ", "general", "",
"""Καλημέρα σας,

Θέλω να ευχαριστήσω δημόσια τον οδηγό της γραμμής 550 που την Τρίτη το
πρωί, στη στάση του Πανεπιστημίου, περίμενε να ανέβει με την ησυχία
της μια ηλικιωμένη κυρία με το καρότσι της λαϊκής, κατέβηκε ο ίδιος και
της το ανέβασε, και μετά ξεκίνησε χαμογελώντας σε όλους μας. Τέτοιοι
άνθρωποι κάνουν τη μέρα μας καλύτερη.

Αλίκη Σταματοπούλου"""),
("el", "b30-ypallilos-taxydromeiou-proistamenos", "Χαράλαμπος Οικονόμου <ch.oikonomou@example.gr>", "Συμπεριφορά υπαλλήλου - κατάστημα Πατησίων", "general", "high",
"""Κύριοι,

Χθες στις 12:30, στο ταχυδρομικό κατάστημα Πατησίων, η υπάλληλος στο
γκισέ 3 αρνήθηκε να εξυπηρετήσει τη 82χρονη μητέρα μου επειδή "δεν
ξέρει να συμπληρώνει" το έντυπο, της μίλησε με φωνές μπροστά σε όλη την
ουρά και της πέταξε το έντυπο πίσω. Η μητέρα μου γύρισε στο σπίτι
κλαίγοντας.

Ζητώ να επικοινωνήσει μαζί μου ο προϊστάμενος του καταστήματος ή ο
αρμόδιος διευθυντής της περιοχής. Δεν θέλω ένα τυποποιημένο email.

Χαράλαμπος Οικονόμου
6945 330 217"""),
("el", "b30-anoixto-freatio-stasi", "Νίκη Βασιλείου <niki.vasileiou@example.gr>", "Στάση Αγίας Σοφίας", "general", "high",
"""Καλησπέρα,

Στη στάση Αγίας Σοφίας, ακριβώς μπροστά από το στέγαστρο, λείπει η
σχάρα από το φρεάτιο όμβριων εδώ και τέσσερις μέρες. Είναι μια τρύπα
περίπου 40x40, βαθιά, και το βράδυ δεν φαίνεται καθόλου γιατί ο
φανοστάτης δίπλα είναι σβηστός. Εκεί κατεβαίνουν κάθε πρωί τα παιδιά
για το 2ο Δημοτικό. Κάποιος έβαλε ένα καφάσι από πάνω αλλά το πήρε ο
αέρας.

Παρακαλώ να έρθει συνεργείο του Δήμου το συντομότερο.

Νίκη Βασιλείου"""),
("el", "b30-gl-nea-dieythynsh-periodiko", "Stella Mak. <stella.mak@example.gr>", "allagh dieythynshs", "general", "",
"""Kalhmera sas, metakomisa kai 8a h8ela to periodiko na erxetai apo
to epomeno teyxos sth nea mou dieythynsh:
Stella Makrh
Agiou Dhmhtriou 41, 3os orofos
54632 Thessalonikh
Kwdikos syndromhths 20-5517. Eyxaristw poly!"""),
("el", "b30-prosopika-dedomena-arxi", "Κλεοπάτρα Σιδέρη <kleopatra.sideri@example.gr>", "Αίτημα πρόσβασης και διαγραφής - GDPR", "general", "high",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων

Στις 5 Σεπτεμβρίου σας υπέβαλα μέσω της φόρμας της πλατφόρμας αγγελιών
σας αίτημα πρόσβασης σε όλα τα προσωπικά δεδομένα που τηρείτε για μένα
και, στη συνέχεια, διαγραφής του λογαριασμού μου. Ο νόμιμος χρόνος του
ενός μήνα έχει παρέλθει χωρίς καμία απάντηση, και ο λογαριασμός μου,
με το τηλέφωνο και τη διεύθυνσή μου, εμφανίζεται ακόμα.

Εάν εντός επτά ημερών δεν λάβω τα δεδομένα και επιβεβαίωση της
διαγραφής, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων
Προσωπικού Χαρακτήρα.

Κλεοπάτρα Σιδέρη"""),
("el", "b30-xorigia-akadimia-podosfairou", "Ακαδημία Ποδοσφαίρου Αστέρας Ρόδου <info@asteras-rodou.example>", "Χορηγία φανελών", "general", "",
"""Αξιότιμε κύριε Καραγιάννη,

Η ακαδημία μας έχει 120 παιδιά από 6 έως 14 ετών και φέτος ετοιμάζουμε
καινούριες φανέλες για τα τουρνουά της άνοιξης. Θα ενδιαφερόταν το
κοσμηματοπωλείο σας να είναι χορηγός, με το λογότυπό σας στην πλάτη
των φανελών και στο πανό του γηπέδου;

Με εκτίμηση,
Μάκης Χατζηδάκης
Πρόεδρος"""),
("el", "b30-gl-xaraksh-roloi", "Kwnstantina <kwnstantina.b@example.gr>", "erwthsh", "general", "",
"""Geia sas! Mporeite na xaraksete onomata kai hmeromhnia sto pisw meros
enos rologiou pou den phra apo sas? Einai dwro gia ton andra mou gia ta
10 xronia gamou, se 2 evdomades. Poso kairo 8eleteeeee?
Kwnstantina"""),
("el", "b30-diorthosi-kideias", "Αντώνης Μελάς <antonis.melas@example.gr>", "Αγγελία κηδείας 19/10", "general", "",
"""Καλησπέρα σας,

Στη χθεσινή εφημερίδα, στην αγγελία κηδείας της θείας μας Ευανθίας
Μελά, το επώνυμο γράφτηκε "Μελλά" και το χωριό "Άγιος Στέφανος" αντί
για "Άγιος Στέφανος Αρκαδίας", όπως το είχαμε δώσει. Μπορεί να
δημοσιευτεί μια διόρθωση στο αυριανό φύλλο; Είναι για τα μνημόσυνα που
θα ακολουθήσουν.

Ευχαριστώ,
Αντώνης Μελάς"""),
("el", "b30-dema-sto-periptero", "Μαρια Κουκουλη <maria.koukouli@example.gr>", "Δεμα 7712 0948 GR", "general", "",
"""Καλημερα, το δεμα με αριθμο 7712 0948 GR θα ερθει αυριο οπως βλεπω.
Δουλευω ως τις 5 και δεν ειναι κανεις σπιτι, μπορει ο διανομεας να το
αφησει στο περιπτερο στη γωνια (Σωκρατους και Πλατωνος); Ο κ. Τακης το
ξερει και μου το κραταει.
Ευχαριστω,
Μαρια"""),
("el", "b30-gl-service-dekapentavgoustos", "Panos <panos.stef@example.gr>", "Ekleisate?", "general", "",
"""Perasa apo to magazi shmera na parw to laptop kai htan kleisto xwris
xarti sthn porta. Poses meres kleinete gia to Dekapentavgoystos? To
thelw prin fygw gia Naxo thn Kyriakh.
Panos"""),
("el", "b30-typhlos-epibatis-voitheia", "Ευστάθιος Καραβάς <efstathios.karavas@example.gr>", "Συνοδεία στον σταθμό", "general", "",
"""Καλημέρα σας,

Είμαι τυφλός και θα ταξιδέψω μόνος με το τρένο από τη Λάρισα στη
Θεσσαλονίκη στις 4 Νοεμβρίου. Υπάρχει υπηρεσία συνοδείας από την είσοδο
του σταθμού μέχρι τη θέση μου και στον Σταθμό Θεσσαλονίκης μέχρι την
έξοδο; Πόσο νωρίτερα πρέπει να το ζητήσω και σε ποιο τηλέφωνο; Ο σκύλος
οδηγός μου μπορεί να ταξιδέψει μαζί μου;

Ευχαριστώ,
Ευστάθιος Καραβάς"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b30-abono-anual-traslado-valencia", "Beatriz Sanz Ortega <beatriz.sanz@example.es>", "Abono anual - parte proporcional", "billing", "",
"""Buenos días:

En enero pagué el abono anual de Cercanías (zona B1, 468 €). A partir
del 1 de noviembre me trasladan a la oficina de Valencia y ya no voy a
usarlo. ¿Es posible que me devuelvan la parte proporcional de noviembre
y diciembre? ¿Tengo que entregar la tarjeta en alguna oficina o se
puede hacer por internet?

Un saludo,
Beatriz Sanz"""),
("es", "b30-tag-caseta-doble-cobro", "Luis Alberto Ramirez <luisalberto.rmz@example.com.mx>", "cobro doble caseta", "billing", "",
"""Buenas tardes, en mi estado de cuenta del TAG aparece dos veces el
cruce por la caseta de Tlalpan del dia 12 de octubre, a las 18:41 las
dos, $142 cada una. Solo pase una vez, iba a Cuernavaca y regrese hasta
el domingo. Les pido de favor que me reembolsen el cargo repetido.
Numero de TAG 0071-3354-88.
Saludos
Luis Alberto Ramirez"""),
("es", "b30-multa-zona-azul-ticket", "Rocío Fernández <rocio.fernandez@example.es>", "Denuncia 2024/118730", "billing", "",
"""Buenas,

El 8 de octubre me pusieron una denuncia de 90 € en la calle Asunción
por estacionar en zona azul "sin ticket". El ticket estaba en el
salpicadero, pagado de 10:02 a 12:02 y la denuncia es de las 11:15.
Adjunto foto del ticket y del coche con el ticket visible. Se caería
boca abajo, no lo sé, pero estaba pagado.

Solicito que se anule la denuncia.

Rocío Fernández"""),
("es", "b30-diario-mama-nos-dejo", "Graciela Benítez <graciela.benitez@example.com.ar>", "Suscripción a nombre de Elsa Benítez", "billing", "",
"""Buenas tardes,

Les escribo porque mamá, Elsa Benítez, nos dejó a fines de agosto.
Estaba suscripta al diario desde hace más de treinta años, lo leía
entero con el mate de la mañana, los clasificados incluidos. Les pido
que den de baja la suscripción y que dejen de debitar los $18.500 de
la tarjeta, que ya este mes volvieron a cobrarlo.

Si hace falta el certificado de defunción, me dicen y se los mando.

Muchas gracias,
Graciela Benítez
Rosario"""),
("es", "b30-revista-pausa-intercambio", "Tomás Figueroa <tomas.figueroa@example.cl>", "Pausar suscripción", "billing", "",
"""Hola!

Me voy de intercambio a Lyon por un semestre (de marzo a julio) y no
tiene sentido que me sigan llegando las revistas a la casa de mis papás
en Ñuñoa. ¿Se puede congelar la suscripción esos meses sin que me
cobren los $7.990 mensuales y retomarla en agosto? No la quiero
cancelar.

Gracias,
Tomás"""),
("es", "b30-tarjetas-visita-telefono-mal", "Íñigo Arrieta <inigo.arrieta@example.es>", "Pedido 30922 - tarjetas con el teléfono mal", "billing", "high",
"""Buenos días:

Les encargué 1.000 tarjetas de visita para mi taller (pedido 30922,
86,50 €). Aprobé la prueba con el teléfono 943 55 21 80, tengo el correo
guardado. Las tarjetas impresas llevan 943 55 12 80. No sirven para
nada.

En la tienda me dicen que "el cliente aprobó la prueba" y que no me
devuelven nada. He rellenado una hoja de reclamaciones y si en diez días
no tengo el dinero devuelto o las tarjetas bien hechas, la presentaré en
la OMIC del Ayuntamiento.

Íñigo Arrieta
Talleres Arrieta, Errenteria"""),
("es", "b30-diagnostico-cobrado-bogota", "Andrés Felipe Rincón <andres.rincon@example.com.co>", "Cobro por revisión", "billing", "",
"""Buenas tardes.

El sábado llevé mi computador portátil a su local de Chapinero porque no
cargaba. El joven que me atendió me dijo que la revisión no tenía costo.
Cuando fui a recogerlo me dijeron que era un tema del puerto de carga,
que la reparación costaba 280.000 pesos, y como decidí no hacerla me
cobraron 90.000 por "diagnóstico". Yo no hubiera dejado el equipo si me
hubieran dicho eso.

Les agradezco la devolución de los 90.000 pesos a mi cuenta de ahorros.

Cordialmente,
Andrés Felipe Rincón"""),
("es", "b30-vendedor-no-envia-contracargo", "Martín Sosa <martin.sosa@example.com.ar>", "Compra 55810293", "billing", "high",
"""Hola. Compré por la plataforma unas zapatillas usadas, $85.000, pagué
con tarjeta por el sistema de ustedes. El vendedor nunca las despachó,
no contesta los mensajes y la publicación desapareció. Hace 15 días que
abrí el reclamo y me responden siempre el mismo mensaje automático.

Si el viernes no tengo la plata devuelta, desconozco el cargo con el
banco y hago la denuncia en Defensa del Consumidor. No es la forma pero
no me dejan otra.

Martín Sosa"""),
("es", "b30-reloj-regalo-cambio", "Daniela Ortiz <daniela.ortiz@example.com.mx>", "Cambio de reloj", "billing", "",
"""Hola buenas tardes!

Mi esposo me regaló por mi cumpleaños un reloj de su sucursal en Plaza
Andares (tengo el ticket de regalo). Está precioso pero la correa es de
piel y yo soy alérgica, me sale ronchita. ¿Lo puedo cambiar por el mismo
modelo con correa metálica aunque cueste un poco más y pagar la
diferencia? ¿O mejor nota de crédito?

Mil gracias
Daniela"""),
("es", "b30-audifonos-financiacion", "Manuel Castaño Ruiz <manuel.castano@example.es>", "Consulta", "billing", "",
"""Muy señores míos:

Me han recomendado en su centro de Cáceres unos audífonos que salen por
3.100 € la pareja. Quisiera saber si tienen ustedes financiación sin
intereses y a cuántos meses, y si me pueden hacer la factura de forma
que la pueda presentar a mi seguro médico, que me devuelve una parte.

Atentamente,
Manuel Castaño Ruiz"""),
("es", "b30-tasa-basuras-duplicada", "Pilar Escudero <pilar.escudero@example.es>", "TASA DE BASURAS COBRADA DOS VECES", "billing", "high",
"""Buenos días,

Este año me han pasado el recibo de la tasa de basuras dos veces por la
domiciliación, el 5 de junio y el 5 de julio, 112,40 € cada uno, por la
misma vivienda (referencia catastral en el adjunto). Fui a la oficina
de recaudación el 20 de julio, me hicieron rellenar una solicitud de
devolución y desde entonces nada. He llamado cinco veces.

No quiero seguir hablando con el teléfono de información. Quiero que me
llame el responsable de recaudación o el concejal de Hacienda, esta
semana.

Pilar Escudero
Tel. 628 41 07 33"""),
("es", "b30-re-billete-cancelado", "Javier Molina <javier.molina@example.es>", "RE: Solicitud de reembolso 4471902", "billing", "",
"""Hola,

Perdonad, pero creo que hay un error. El tren lo cancelasteis vosotros,
no yo, así que no deberían descontarme gastos de anulación. Me habéis
devuelto 41,20 € de los 51,50 € que pagué. ¿Me podéis devolver los
10,30 € que faltan?

Gracias,
Javier

________________________________
De: Atención al Cliente <clientes@example-tren.es>
Enviado: jueves, 17 de octubre de 2024 12:08
Asunto: Solicitud de reembolso 4471902

Estimado cliente:
Le informamos de que se ha procesado el reembolso de su billete
Madrid - Zaragoza del 14/10 por importe de 41,20 €, una vez aplicados
los gastos de anulación correspondientes.
Atentamente,
Atención al Cliente"""),
("es", "b30-paquete-perdido-indemnizacion", "Francisca Muñoz <francisca.munoz@example.cl>", "Encomienda 7390021 extraviada", "billing", "",
"""Estimados:

Envié una encomienda desde la sucursal de Temuco a Punta Arenas el 2 de
septiembre, declarada en $65.000 (ropa de guagua tejida a mano para mi
nieta). Ustedes mismos me confirmaron por teléfono que está extraviada.
¿Qué tengo que hacer para pedir la indemnización y cuánto me
corresponde? También pagué $8.900 de envío.

Saludos cordiales,
Francisca Muñoz"""),
("es", "b30-anticipo-anillo-profeco", "Ricardo Villaseñor <ricardo.villasenor@example.com.mx>", "Anillo de compromiso - anticipo", "billing", "high",
"""Buenas tardes,

El 15 de agosto dejé un anticipo de $12,000 MXN en su joyería de Polanco
para un anillo de compromiso hecho a la medida, con entrega prometida
para el 30 de septiembre. Ya estamos a 22 de octubre, la pedida de mano
se me cayó y me siguen diciendo que "la próxima semana". Ya no quiero el
anillo, quiero mi anticipo de vuelta.

Si en cinco días hábiles no se me devuelven los $12,000, presento la
queja ante Profeco con el recibo y los mensajes de WhatsApp.

Ricardo Villaseñor"""),
("es", "b30-audifono-pita-telefono", "Carmen Gallego <carmen.gallego@example.es>", "Audífono derecho", "technical", "",
"""Buenas tardes:

El audífono derecho me pita cada vez que me acerco el teléfono a la
oreja, y no puedo hablar con mis hijas. El izquierdo no hace nada de
eso. He cambiado la pila y limpiado el tubito como me enseñaron, igual.

Carmen Gallego, 79 años"""),
("es", "b30-base-carga-audifonos-hinchada", "Luz Marina Quintero <luzmarina.q@example.com.co>", "Cargador de los audífonos de mi papá", "technical", "high",
"""Buenas noches,

Les cuento que la base de carga de los audífonos de mi papá amaneció
hoy con la tapa levantada, como hinchada por dentro, y estaba muy
caliente. Olía como a plástico quemado. La desconecté, la puse en el
patio sobre el piso de baldosa y saqué los audífonos. Él se quedó sin
poder oír por ahora.

¿Qué hacemos con la base? ¿Se puede usar otro cargador mientras tanto?

Luz Marina Quintero
Medellín"""),
("es", "b30-app-estacionamiento-no-es-factura", "Federico Laplace <fede.laplace@example.com.ar>", "app estacionamiento", "technical", "",
"""hola, aclaro que no es por la factura ni por plata, tengo saldo de
sobra. el tema es que la app no me deja iniciar el estacionamiento:
pongo la patente, elijo la cuadra y cuando toco "iniciar" queda
girando y despues dice "ocurrio un error". ya la desinstale y la volvi a
instalar. estoy en palermo y no quiero que me labren un acta por esto.
fede"""),
("es", "b30-centro-auditivo-no-programa", "Centro Auditivo Oír Bien <centro@oirbien-logrono.example>", "Programa de adaptación", "technical", "high",
"""Buenos días,

Desde esta mañana el programa de adaptación no reconoce ningún
audífono: lo conectamos, sale "dispositivo no compatible" y se cierra.
Tenemos catorce pacientes citados hoy para primeras adaptaciones y
revisiones, algunos vienen de pueblos de la Rioja Alta en el autobús de
la mañana. Ya hemos mandado a casa a los tres primeros.

Hemos reiniciado el ordenador y el interfaz y probado con otro
ordenador. Necesitamos que nos llame un técnico ya: 941 22 48 10.

Nerea Sáenz
Audioprotesista"""),
("es", "b30-ploter-lonas-evento", "Impresos Del Valle <ventas@impresosdelvalle.example.com.mx>", "Plotter", "technical", "high",
"""Buen dia,

El plotter que nos instalaron en junio dejo de imprimir desde ayer en la
tarde, jala la lona, hace el ruido de siempre y sale en blanco. Tenemos
300 lonas de un congreso que se inaugura el viernes y tres trabajadores
sentados sin poder hacer nada. Ya le cambiamos los cartuchos y
corrimos la limpieza de cabezales dos veces.

Necesitamos un tecnico hoy mismo, por favor. Tel. 33 3616 2290.

Ing. Gerardo del Valle"""),
("es", "b30-computador-no-enciende-pantalla", "Camila Reyes <camila.reyes@example.cl>", "Notebook", "technical", "",
"""Hola, ayer retiré mi notebook del servicio técnico de Providencia
después del cambio de pantalla y hoy en la mañana no prende. La luz del
cargador se enciende pero nada más, ni ventilador ni pantalla. Ayer en
el local sí prendía. ¿Lo llevo de nuevo o hay algo que pueda probar?
Camila"""),
("es", "b30-reloj-inteligente-no-sincroniza", "Sergio Peña <sergio.pena@example.es>", "Reloj no sincroniza", "technical", "",
"""Hola,

No quiero devolverlo, me gusta mucho, pero el reloj inteligente que
compré en vuestra joyería de Alicante ha dejado de sincronizar con el
móvil. Los pasos y el sueño se quedan en el reloj y la aplicación dice
"Última sincronización: hace 4 días". Bluetooth activado, reloj
reiniciado, aplicación reinstalada.

Sergio"""),
("es", "b30-app-segunda-mano-fotos", "Lucía Herrero <lucia.herrero@example.es>", "no se suben las fotos", "technical", "",
"""Holaa, llevo toda la tarde intentando subir un anuncio de una cuna y
las fotos no se suben, se quedan en gris con una rueda girando y al
final sale "No se ha podido subir la imagen". Desde el ordenador igual.
Las fotos son del móvil normales, nada raro. ¿Os pasa algo?"""),
("es", "b30-barrera-peaje-bajo-capot", "Gabriela Ferreyra <gabriela.ferreyra@example.com.ar>", "Barrera cabina 4", "technical", "high",
"""Buenas tardes.

Les aviso con calma pero es serio: ayer a las 19:30, en la cabina 4 del
peaje de Hudson sentido a La Plata, la barrera se levantó y cuando
estaba pasando bajó de golpe sobre el capot. Por suerte iba despacio.
El empleado me dijo que "lo hace seguido". Atrás venía una moto; si le
cae a un motociclista en la cabeza es una desgracia.

Que la revisen, por favor.

Gabriela Ferreyra"""),
("es", "b30-sede-electronica-certificado", "Óscar Lozano <oscar.lozano@example.es>", "Sede electrónica", "technical", "",
"""Buenos días,

Intento pedir el volante de empadronamiento por la sede electrónica del
Ayuntamiento con el certificado digital de la FNMT y, después de
elegirlo en el navegador, sale "Error al validar el certificado" y me
vuelve a la portada. El mismo certificado me funciona sin problema en
Hacienda y en la Seguridad Social.

Óscar Lozano"""),
("es", "b30-multifuncional-no-escanea-correo", "Verónica Treviño <vero.trevino@example.com.mx>", "Impresora", "technical", "",
"""Hola, compre una multifuncional en su papeleria de San Pedro y imprime
bien, pero cuando le doy escanear a correo sale "error de servidor
SMTP". El tecnico de la escuela dice que los datos estan bien. Es para
mandar las tareas de mis hijos a la maestra. Que puedo hacer?
Vero"""),
("es", "b30-app-diario-cierra-sesion", "Osvaldo Pereyra <osvaldo.pereyra@example.com.ar>", "Hola", "technical", "",
"""Hola, buen día. Desde hace una semana la aplicación del diario me
saca de la sesión cada vez que la abro y me pide usuario y contraseña de
nuevo. Los pongo, entra, y a la otra vez lo mismo. En la tablet de mi
señora pasa igual. Tenemos Android los dos.

Saludos,
Osvaldo"""),
("es", "b30-tarjeta-bip-torniquete", "Ignacio Bravo <ignacio.bravo@example.cl>", "tarjeta no pasa", "technical", "",
"""Hola, no quiero que me devuelvan nada, la carga está bien. El problema
es que desde el lunes los torniquetes del metro no leen mi tarjeta,
suena como error y se pone rojo, y en la micro tampoco la lee. La
tarjeta tiene $6.300 de saldo según el tótem. No está doblada ni nada.
¿Hay que cambiarla?
Ignacio"""),
("es", "b30-carpeta-planos-metrobus", "Arq. Fernanda Ibarra <fernanda.ibarra@example.com.mx>", "Objeto olvidado Metrobús Línea 1", "general", "",
"""Buenas tardes,

Ayer miércoles como a las 8:40 pm olvidé un tubo portaplanos negro en
el Metrobús Línea 1, dirección Indios Verdes, me bajé en Insurgentes.
Trae planos de un proyecto con mi nombre en la etiqueta. ¿Tienen
oficina de objetos perdidos? ¿Dónde puedo preguntar?

Gracias,
Fernanda Ibarra"""),
("es", "b30-horario-correos-agosto", "Antonio Jiménez <antonio.jimenez@example.es>", "Horario en agosto", "general", "",
"""Buenas. ¿La oficina de Correos de Benicàssim abre por la tarde en
agosto o solo por la mañana? Tengo que recoger un certificado y estoy
trabajando por las mañanas.

Antonio"""),
("es", "b30-gracias-tecnico-tesis", "Valentina Moreno <valentina.moreno@example.com.co>", "Gracias infinitas", "general", "",
"""Hola!

Les escribo solo para darle las gracias a don Jairo, el técnico de su
local en Cali. Mi portátil se mojó con tinto a dos semanas de entregar
la tesis y yo no tenía copia de nada (ya sé, ya sé). Él recuperó el
disco completico y me lo entregó al otro día. Sustenté el viernes y me
fue muy bien.

Mil y mil gracias, de verdad.
Valentina"""),
("es", "b30-chofer-grosero-gerente", "Leticia Aguirre <leticia.aguirre@example.com.mx>", "Queja contra operador unidad 4417", "general", "high",
"""Buenas tardes,

Hoy a las 7:50 am, en la ruta que va a Plaza Universidad, el operador de
la unidad 4417 le gritó a mi mamá, que tiene 74 años y usa bastón,
porque se tardaba en subir, le dijo "pinche vieja" delante de todos y
arrancó cuando todavía no se sentaba. Casi se cae.

No quiero una disculpa por correo. Quiero hablar con el gerente de la
ruta o con alguien con autoridad, y quiero saber qué van a hacer con ese
señor.

Leticia Aguirre
55 4120 8833"""),
("es", "b30-escalon-roto-estacion", "Jordi Puig <jordi.puig@example.es>", "Escalera de acceso andén 2", "general", "high",
"""Bon dia / buenos días,

En la estación, en la escalera fija que baja al andén 2 (la del lado del
aparcamiento), el tercer escalón empezando por arriba tiene el borde
de piedra partido y suelto, se mueve al pisarlo. Por la mañana baja
mucha gente con prisa y el lunes vi a una señora tropezar y agarrarse
de milagro a la barandilla.

Os lo comento para que lo arregléis o al menos lo señalicéis antes de
que alguien se rompa algo.

Jordi Puig"""),
("es", "b30-cambio-domicilio-diario", "Horacio Ledesma <horacio.ledesma@example.com.ar>", "Cambio de domicilio", "general", "",
"""Buenas, a partir del lunes 4 me mudo, así que el diario me lo tienen
que dejar en la dirección nueva:

Av. Pellegrini 1540, piso 3 B
Rosario

El número de suscriptor es 88-20417. El resto sigue todo igual.
Gracias,
Horacio"""),
("es", "b30-acceso-datos-aepd", "Marta Iglesias Soto <marta.iglesias@example.es>", "Ejercicio del derecho de acceso", "general", "high",
"""A la atención del Delegado de Protección de Datos:

El pasado 3 de septiembre solicité por correo electrónico, en ejercicio
del derecho de acceso del artículo 15 del RGPD, copia de todos los datos
personales que su plataforma de compraventa trata sobre mí, incluidos
los mensajes y los datos de geolocalización. Ha transcurrido el plazo de
un mes sin recibir respuesta alguna.

Les comunico que, si en el plazo de diez días no recibo la información
solicitada, presentaré una reclamación ante la Agencia Española de
Protección de Datos.

Atentamente,
Marta Iglesias Soto
DNI 00000000T"""),
("es", "b30-patrocinio-carrera-popular", "Club Atletismo Ribera <club@atletismoribera.example>", "Carrera popular San Silvestre", "general", "",
"""Hola,

Desde el Club Atletismo Ribera estamos organizando la San Silvestre del
barrio (31 de diciembre, unos 600 corredores). Buscamos una imprenta
que quiera colaborar con los dorsales y los carteles a cambio de
aparecer como patrocinador en la camiseta y en las redes del club.
¿Os interesaría? Os puedo pasar el dossier.

Un saludo,
Raúl Esteve"""),
("es", "b30-grabado-anillo-pregunta", "Paola Cervantes <paola.cervantes@example.com.mx>", "Pregunta sobre grabado", "general", "",
"""Hola, ¿hacen grabado dentro de anillos que no se compraron con ustedes?
Es una argolla de matrimonio de oro blanco, quiero poner una fecha y
dos iniciales. ¿Cuántos días tardan? Estoy en Guadalajara."""),
("es", "b30-entregar-al-encargado", "Julieta Romano <julieta.romano@example.com.ar>", "Envío 7730 0125", "general", "",
"""Hola! El paquete del envío 7730 0125 dejáselo por favor a Ramón, el
encargado del edificio, que está de 8 a 17. Yo trabajo todo el día y
el portero eléctrico no anda muy bien, así que no toquen timbre que no
lo escucho. Gracias!!
Juli"""),
("es", "b30-fiestas-cortes-calle", "Asunción Marín <asuncion.marin@example.es>", "Fiestas del Pilar", "general", "",
"""Buenas tardes,

Vivo en la calle Alfonso I y tengo que salir con el coche el día 12 por
la mañana para llevar a mi madre al médico. ¿Dónde puedo ver qué calles
van a estar cortadas durante las fiestas y a qué horas? En la web del
Ayuntamiento no lo encuentro.

Gracias,
Asun"""),
("es", "b30-perro-en-tren", "Álvaro Nieto <alvaro.nieto@example.es>", "Pregunta", "general", "",
"""Hola, ¿puedo viajar en el regional de Ourense a Vigo con mi perro? Es
un mestizo de unos 18 kilos, no cabe en transportín. ¿Tiene que ir con
bozal?"""),
("es", "b30-gracias-audiologa-abuelo", "Santiago Arango <santiago.arango@example.com.co>", "Agradecimiento a la doctora Paula", "general", "",
"""Buenas tardes,

Quiero agradecer a la doctora Paula de su centro de Manizales. Mi abuelo
tiene 91 años y llevaba dos años aislado porque no entendía a nadie y
le daba pena pedir que le repitieran. Ella le tuvo una paciencia
enorme, le explicó todo despacito y el domingo, en el almuerzo familiar,
volvió a contar sus chistes de siempre. Mi abuela está feliz.

Dios les pague.
Santiago Arango"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b30-bilet-90-dni-przeprowadzka", "Kamila Wrona <kamila.wrona@example.pl>", "Zwrot biletu okresowego", "billing", "",
"""Dzień dobry,

1 października kupiłam bilet 90-dniowy na wszystkie linie (268 zł) na
Krakowską Kartę Miejską. Od 1 listopada przeprowadzam się do Gdańska,
bo dostałam tam pracę, więc przez ostatnie dwa miesiące nie będę z
niego korzystać. Czy mogę dostać zwrot za niewykorzystane dni i czy
muszę w tym celu przyjść do punktu obsługi?

Pozdrawiam,
Kamila Wrona"""),
("pl", "b30-oplata-dodatkowa-spp-aplikacja", "Jarosław Pietrzyk <jaroslaw.pietrzyk@example.pl>", "Wezwanie do zapłaty OD/2024/55170", "billing", "",
"""Dzień dobry,

Otrzymałem wezwanie do uiszczenia opłaty dodatkowej 250 zł za postój w
strefie płatnego parkowania na ul. Ruskiej 14 października o 12:20.
Postój był opłacony w aplikacji od 11:47 do 13:47, w załączniku
potwierdzenie z numerem rejestracyjnym DW 4418K i wyciąg z karty (6,80
zł). Proszę o anulowanie opłaty dodatkowej.

Jarosław Pietrzyk"""),
("pl", "b30-autostrada-dwa-razy", "Wojtek Cieslak <wojtek.cieslak@example.pl>", "podwojna oplata A4", "billing", "",
"""Dzien dobry, w historii przejazdow w aplikacji mam dwa razy ten sam
przejazd Katowice - Krakow z 9 pazdziernika, oba o 7:31, po 33 zl.
Jechalem raz, z powrotem wracalem DK94. Prosze o zwrot jednej oplaty
na karte.
Wojtek Cieslak"""),
("pl", "b30-prenumerata-mama-dom-opieki", "Elżbieta Nowicka <elzbieta.nowicka@example.pl>", "Prenumerata p. Haliny Nowickiej", "billing", "",
"""Szanowni Państwo,

moja mama, Halina Nowicka, od września mieszka w domu opieki w
Otwocku. Wzrok ma już bardzo słaby i gazety nie czyta, a egzemplarze
dalej przychodzą na jej stary adres przy Grochowskiej i leżą w
skrzynce. Proszę o zakończenie prenumeraty i informację, czy za
pozostałe miesiące coś zostanie zwrócone (płaciła z góry za cały rok).

Z poważaniem,
Elżbieta Nowicka"""),
("pl", "b30-gazeta-turnus-ciechocinek", "Zdzisław Mazur <zdzislaw.mazur@example.pl>", "Sanatorium", "billing", "",
"""Dzień dobry Państwu,

od 4 do 25 listopada będę na turnusie w Ciechocinku. Proszę w tym czasie
nie dostarczać gazety i nie pobierać za te tygodnie opłaty. Od 26
listopada proszę dostarczać jak zwykle.

Numer prenumeraty 4471/K.

Z wyrazami szacunku
Zdzisław Mazur"""),
("pl", "b30-zaproszenia-zla-data-rzecznik", "Paulina Sobczak <paulina.sobczak@example.pl>", "Zaproszenia ślubne - zamówienie 2291", "billing", "high",
"""Dzień dobry,

zamówiłam u Państwa 90 zaproszeń ślubnych (zamówienie 2291, 742 zł).
W zatwierdzonym projekcie data to 14 czerwca 2025, mam maila z Państwa
plikiem. Na wydrukowanych zaproszeniach jest 14 lipca. Wszystkie do
wyrzucenia, a ślub coraz bliżej.

Pani w drukarni twierdzi, że "tak było w pliku". Nie było. Oczekuję
zwrotu 742 zł w ciągu 7 dni albo bezpłatnego dodruku poprawnych
zaproszeń do końca miesiąca. W przeciwnym razie sprawę zgłaszam do
miejskiego rzecznika konsumentów.

Paulina Sobczak"""),
("pl", "b30-serwis-ekspertyza-99", "Marcin Kowalewski <marcin.kowalewski@example.pl>", "Faktura 1182/10/2024", "billing", "",
"""Dzień dobry,

oddałem laptopa do serwisu z pękniętym zawiasem. Dostałem wycenę
naprawy 480 zł, zrezygnowałem i odebrałem sprzęt. Przy odbiorze
zapłaciłem 99 zł za "ekspertyzę", o której nikt mi wcześniej nie mówił,
a na stronie macie napisane "bezpłatna diagnoza". Proszę o zwrot 99 zł
na konto 00 1234 0000 0000 0000 1182 0000.

Marcin Kowalewski"""),
("pl", "b30-ogloszenia-konsola-chargeback", "Dominik Wieczorek <dominik.wieczorek@example.pl>", "Transakcja 7712094", "billing", "high",
"""Kupiłem przez Wasz serwis używaną konsolę za 1 350 zł, płatność przez
Waszą "bezpieczną transakcję". Przyszło pudło z dwiema cegłami w środku.
Zdjęcia zrobiłem przy kurierze. Zgłoszenie złożyłem 12 dni temu i
dostaję tylko automatyczne odpowiedzi, a konto sprzedawcy zniknęło.

Jeżeli do poniedziałku nie dostanę zwrotu 1 350 zł, składam w banku
chargeback i zgłaszam sprawę na policję.

Dominik Wieczorek"""),
("pl", "b30-zegarek-zwrot-14-dni", "Agnieszka Lewicka <agnieszka.lewicka@example.pl>", "Zamówienie 40117", "billing", "",
"""Dzień dobry,

chciałabym odstąpić od umowy i zwrócić zegarek damski z zamówienia 40117
(1 190 zł), kupiony przez Państwa sklep internetowy 6 dni temu. Jest
nienoszony, z folią na kopercie i metkami. Po prostu na ręce wygląda
inaczej niż na zdjęciu. Jak mam go odesłać i na jakie konto wróci
zwrot?

Agnieszka Lewicka"""),
("pl", "b30-aparaty-nfz-doplata", "Stanisław Kubacki <stanislaw.kubacki@example.pl>", "Ile dopłacam", "billing", "",
"""Dzień dobry,

mam zlecenie z NFZ na dwa aparaty słuchowe. W Państwa gabinecie w
Lublinie pani protetyk zaproponowała model za 3 600 zł za sztukę. Ile
z tego pokrywa NFZ, czy można się starać jeszcze o dofinansowanie z
PCPR, i czy resztę mogę rozłożyć na raty? Jestem emerytem.

Stanisław Kubacki"""),
("pl", "b30-oplata-za-psa-burek", "Teresa Kołodziej <teresa.kolodziej@example.pl>", "Opłata od posiadania psa", "billing", "",
"""Dzień dobry,

nasz Burek odszedł za tęczowy most 2 września, miał 15 lat. Opłatę od
posiadania psa za cały rok zapłaciliśmy w marcu (100 zł). Proszę o
wykreślenie go z ewidencji i informację, czy za pozostałe miesiące
przysługuje zwrot albo zaliczenie na przyszły rok, gdybyśmy wzięli
psa ze schroniska.

Teresa Kołodziej
ul. Lipowa 7, Łańcut"""),
("pl", "b30-odp-faktura-zbiorcza-poczta", "Biuro Sklep Wełenka <biuro@welenka.example>", "Odp: Umowa na nadawanie przesyłek", "billing", "",
"""Dzień dobry,

dziękuję za odpowiedź. Chciałabym jednak upewnić się co do jednej
rzeczy: czy przy tej umowie dostajemy jedną fakturę zbiorczą na koniec
miesiąca zamiast paragonu przy każdym nadaniu? Nadajemy ok. 150 paczek
miesięcznie i księgowa prosi o jeden dokument z terminem płatności 14
dni.

Pozdrawiam,
Joanna Kruk
Wełenka - włóczki ręcznie farbowane

W dniu 15.10.2024 o 11:02, Obsługa Klienta Biznesowego <biznes@example-poczta.pl> napisał(a):
> Szanowna Pani,
> w załączeniu przesyłamy ofertę umowy na nadawanie przesyłek dla
> Państwa firmy wraz z cennikiem.
> Z poważaniem,
> Dział Obsługi Klienta Biznesowego"""),
("pl", "b30-pociag-odwolany-kierownik", "Grzegorz Malinowski <grzegorz.malinowski@example.pl>", "Odwołany pociąg - żądam rozmowy z kierownikiem", "billing", "high",
"""Pociąg z Poznania do Szczecina 11 października o 16:05 został odwołany
na 10 minut przed odjazdem. Na bilet wydałem 149 zł (dwie osoby), a
zwrot w aplikacji wyliczył mi 134,10 zł, bo potrącono "odstępne". To
Wy odwołaliście pociąg, nie ja. Do tego zapłaciłem 180 zł za taksówkę,
żeby zdążyć na pogrzeb.

Dwa razy pisałem przez formularz, dwa razy dostałem ten sam szablon.
Proszę, żeby zadzwonił do mnie kierownik działu reklamacji, a nie kolejny
konsultant. 601 220 418.

Grzegorz Malinowski"""),
("pl", "b30-nadplata-smieci-prawnik", "Henryka Zając <henryka.zajac@example.pl>", "Nadpłata opłaty za odpady", "billing", "high",
"""Szanowni Państwo,

od stycznia 2022 płaciłam opłatę za odpady komunalne za 4 osoby, choć
od grudnia 2021 mieszkam sama, co zgłosiłam w nowej deklaracji (mam
potwierdzenie złożenia z pieczątką urzędu). Nadpłata to 1 512 zł. W
maju złożyłam wniosek o zwrot. Od pięciu miesięcy nie mam żadnej
decyzji ani odpowiedzi.

Jeśli w ciągu 14 dni nie otrzymam zwrotu lub decyzji, sprawą zajmie się
mój pełnomocnik, adwokat, i złożymy skargę do sądu administracyjnego.

Henryka Zając"""),
("pl", "b30-aparat-sluchowy-trzeszczy", "Janina Sowa <janina.sowa@example.pl>", "Aparat trzeszczy", "technical", "",
"""Dzień dobry,

lewy aparat słuchowy od kilku dni trzeszczy i co chwilę cichnie, jakby
się wyłączał i włączał. Wymieniłam baterię na nową z tego samego
opakowania i wyczyściłam szczoteczką. Prawy działa dobrze.

Janina Sowa"""),
("pl", "b30-mieszkanie-komunalne-bez-ogrzewania", "Piotr Gajewski <piotr.gajewski@example.pl>", "Mieszkanie komunalne ul. Zamkowa 3/8 - brak ogrzewania", "technical", "high",
"""Dzień dobry,

w mieszkaniu komunalnym przy ul. Zamkowej 3/8 od piątku nie działa piec
gazowy dwufunkcyjny - na wyświetlaczu jest błąd E1 i nie ma ani
ogrzewania, ani ciepłej wody. Mieszka tam sama moja mama, ma 84 lata i
niewydolność serca. W nocy ma być -9 stopni, w pokoju jest teraz 13.

Zgłaszałem telefonicznie w piątek i w poniedziałek, usłyszałem, że
"konserwator przyjdzie w kolejności". Bardzo proszę o pilne przysłanie
kogoś. 502 118 744.

Piotr Gajewski"""),
("pl", "b30-aplikacja-bilet-nie-o-pieniadze", "Oliwia Krajewska <oliwia.krajewska@example.pl>", "Aplikacja", "technical", "",
"""Hej, od razu piszę, że nie chodzi o pieniądze ani zwrot - bilet
miesięczny jest kupiony i opłacony. Problem w tym, że aplikacja
wyrzuca mnie przy próbie pokazania biletu do kontroli, pojawia się
biały ekran i wraca do menu. Wczoraj kontroler dał mi "na słowo", ale
następny może nie być taki miły. Android 14, Samsung.
Oliwia"""),
("pl", "b30-sklep-etykiety-nadania", "Magazyn Zielona Półka <magazyn@zielonapolka.example>", "Nadawanie", "technical", "high",
"""Dzień dobry,

od rana w panelu do nadawania przesyłek przy każdej paczce wyskakuje
"Błąd generowania etykiety". Mamy 64 paczki spakowane na stole, kurier
odbiera o 14:00, a klienci płacili za dostawę na jutro. Dwie osoby z
magazynu siedzą i nic nie mogą zrobić. Próbowaliśmy na trzech
komputerach i różnych przeglądarkach.

Proszę o pilny kontakt: 22 400 18 90.

Adrian Pawłowski
Zielona Półka"""),
("pl", "b30-laptop-po-naprawie-wylacza", "Kuba Ostrowski <kuba.ostrowski@example.pl>", "zlecenie 5531", "technical", "",
"""Dzień dobry, po czyszczeniu i wymianie pasty w Waszym serwisie laptop
wyłącza się sam przy grach po ok. 15 min, a wentylator wyje od
samego startu. Przed oddaniem się nie wyłączał, tylko był głośny.
Chyba coś źle poskręcane. Kiedy mogę podejść?
Kuba"""),
("pl", "b30-zasilacz-z-serwisu-iskrzy", "Anna Pawlak <anna.pawlak@example.pl>", "Zasilacz", "technical", "high",
"""Dzień dobry,

zasilacz, który dostałam od Państwa razem z laptopem po naprawie
(zamiennik, bo oryginał był uszkodzony), przy wkładaniu wtyczki do
laptopa iskrzy i lekko trzaska. Dziś wtyczka była tak gorąca, że nie
dało się jej utrzymać w palcach, a na obudowie laptopa przy gnieździe
zrobiło się brązowe przebarwienie. Odłączyłam wszystko i nie używam.

Anna Pawlak"""),
("pl", "b30-parkomat-nie-przyjmuje-kart", "Robert Lis <robert.lis@example.pl>", "parkomat", "technical", "",
"""Parkomat na ul. Piotrkowskiej przy numerze 120 od tygodnia nie
przyjmuje kart, po przylozeniu pisze "blad terminala". Monet nie mam
nigdy przy sobie. Ten przy 98 dziala normalnie. Moze ktos zerknac?
R. Lis"""),
("pl", "b30-konto-ogloszenia-zablokowane", "Magdalena Czarnecka <magda.czarnecka@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Dzień dobry, wczoraj zmieniłam hasło do konta, a dziś przy logowaniu
pokazuje się "Konto tymczasowo zablokowane ze względów bezpieczeństwa"
i nic więcej. Link "odblokuj" przenosi mnie z powrotem na stronę
logowania. Mam wystawione ogłoszenia z ubrankami dziecięcymi i ludzie
piszą.
Magda"""),
("pl", "b30-zegarek-automatyczny-spieszy", "Leszek Borkowski <leszek.borkowski@example.pl>", "Zegarek po przeglądzie", "technical", "",
"""Szanowni Państwo,

nie chcę zwrotu pieniędzy za przegląd ani reklamacji na piśmie,
chciałbym tylko, żeby zegarek chodził jak należy. Po przeglądzie w
Państwa pracowni w Poznaniu mój automatyczny zegarek spieszy się o
około dwie minuty na dobę. Przed przeglądem spieszył kilka sekund. Noszę
go codziennie, więc się nakręca.

Kiedy mogę go przynieść do regulacji?

Leszek Borkowski"""),
("pl", "b30-e-wydanie-nie-pobiera", "Irena Majewska <irena.majewska@example.pl>", "e-wydanie", "technical", "",
"""Dzien dobry, od soboty e-wydanie w aplikacji zatrzymuje sie na 70%
pobierania i pokazuje "blad sieci". Inne strony i aplikacje dzialaja,
internet mam swiatlowod. Odinstalowalam i zainstalowalam ponownie.
Czytam na tablecie, bo papierowej nie widze juz tak dobrze.
Irena Majewska"""),
("pl", "b30-urzad-rezerwacja-wizyty-blad", "Bartłomiej Szulc <bartlomiej.szulc@example.pl>", "System rezerwacji wizyt", "technical", "",
"""Dzień dobry,

próbuję zarezerwować wizytę w Wydziale Spraw Obywatelskich w sprawie
dowodu osobistego. Wybieram termin, wpisuję dane, klikam "Potwierdź" i
pojawia się komunikat "Sesja wygasła" - za każdym razem, także kiedy
robię to w minutę. Testowałem na telefonie i komputerze.

Bartłomiej Szulc"""),
("pl", "b30-bramki-metra-tlum", "Katarzyna Rogalska <katarzyna.rogalska@example.pl>", "Stacja Centrum - bramki", "technical", "high",
"""Dzień dobry,

dziś od ok. 7:30 na stacji Centrum (wyjście od strony Marszałkowskiej)
żadna z bramek nie odczytuje kart miejskich ani biletów z telefonu.
Ludzie stoją w tłumie na schodach, ktoś przeskakuje, ktoś się
przepycha, jedna pani upadła na schodach przez ścisk. Obsługa stacji
otworzyła jedną bramkę serwisową, ale to jedna na setki osób w
godzinach szczytu.

Katarzyna Rogalska"""),
("pl", "b30-drukarka-etykiet-puste", "Szymon Nowakowski <szymon.nowakowski@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry, kupiłem u Was w sklepie drukarkę etykiet termicznych i
rolkę etykiet 100x150. Drukarka wciąga etykiety, ale wychodzą
zupełnie białe. Test z przycisku też drukuje pustą kartkę. Co robię
źle?"""),
("pl", "b30-zgubiony-portfel-tramwaj", "Ewa Duda <ewa.duda@example.pl>", "Zgubiony portfel", "general", "",
"""Dzień dobry,

w czwartek ok. 17:40 zgubiłam portfel w tramwaju linii 8 jadącym w
stronę Borku Fałęckiego, chyba wypadł mi przy wysiadaniu na przystanku
Rondo Matecznego. Czerwony, skórzany, w środku dowód, legitymacja
emeryta i zdjęcia wnuków. Czy ktoś go oddał?

Ewa Duda
tel. 600 402 117"""),
("pl", "b30-poczta-wigilia-godziny", "Tadeusz Wójcik <tadeusz.wojcik@example.pl>", "Wigilia", "general", "",
"""Do której czynna będzie poczta na ul. Długiej w Wigilię i czy w sobotę
przed świętami też będzie otwarta?
T. Wójcik"""),
("pl", "b30-podziekowanie-konduktor", "Aleksandra Ryba <aleksandra.ryba@example.pl>", "Podziękowanie dla kierownika pociągu", "general", "",
"""Dzień dobry,

chciałabym podziękować kierownikowi pociągu z Olsztyna do Gdyni z 13
października (odjazd 8:14). Moja 7-letnia córka źle się poczuła w
podróży, a ten pan przyniósł nam wodę, znalazł wolny przedział, żeby
mogła się położyć, i dwa razy przychodził zapytać, jak się czuje.
Niestety nie zapamiętałam nazwiska - wysoki, z siwą brodą.

Bardzo proszę przekazać mu nasze podziękowania.

Aleksandra Ryba"""),
("pl", "b30-kierowca-wozek-przelozony", "Michał Sadowski <michal.sadowski@example.pl>", "Skarga na kierowcę linii 149", "general", "high",
"""Szanowni Państwo,

poruszam się na wózku inwalidzkim. Trzeci raz w tym miesiącu kierowca
linii 149 na przystanku Rondo Daszyńskiego 02 widząc mnie nie rozłożył
rampy, tylko zamknął drzwi i odjechał. Dziś o 7:20 przy ponad
dwudziestu świadkach. Spóźniłem się przez to do pracy.

Żądam, żeby sprawą zajął się przełożony tego kierowcy i kierownik
zajezdni, i żeby ktoś się ze mną skontaktował telefonicznie: 508 771 204.

Michał Sadowski"""),
("pl", "b30-oblodzony-peron", "Wanda Kaczmarek <wanda.kaczmarek@example.pl>", "Peron 1", "general", "high",
"""Dzień dobry,

na stacji w Skarżysku peron 1 jest od wczoraj jedną taflą lodu, nikt go
nie posypał. Dziś rano przy mnie przewróciło się dwoje ludzi, starszy
pan uderzył głową w krawędź ławki i pojechał karetką. Poręcz przy
schodach też jest oblodzona. Zaraz będzie następny pociąg pełen
uczniów.

Wanda Kaczmarek"""),
("pl", "b30-zmiana-nazwiska-prenumerata", "Natalia Zięba <natalia.zieba@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko z Gołąb na Zięba. Proszę
o zmianę nazwiska na koncie prenumeraty (nr 60-3319) i na etykiecie
adresowej, bo listonosz pyta, kto to jest ta pani Gołąb :) Adres bez
zmian.
Natalia Zięba"""),
("pl", "b30-rodo-uodo", "Krzysztof Bąk <krzysztof.bak@example.pl>", "Żądanie usunięcia danych - RODO", "general", "high",
"""Szanowni Państwo,

4 września zażądałem na podstawie art. 17 RODO usunięcia moich danych
osobowych i konta w Państwa serwisie ogłoszeniowym, w tym numeru
telefonu, który nadal wyświetla się przy moich dawnych ogłoszeniach i
na który dzwonią obcy ludzie. Minął ponad miesiąc, nie otrzymałem
odpowiedzi.

Jeżeli w ciągu 7 dni dane nie zostaną usunięte, złożę skargę do Prezesa
Urzędu Ochrony Danych Osobowych.

Krzysztof Bąk"""),
("pl", "b30-sponsoring-festyn", "Rada Osiedla Zatorze <rada@zatorze-osiedle.example>", "Festyn osiedlowy", "general", "",
"""Dzień dobry,

Rada Osiedla Zatorze organizuje 8 czerwca festyn rodzinny na boisku
przy SP 5. Czy Państwa drukarnia byłaby zainteresowana wsparciem nas
plakatami i ulotkami w zamian za logo na materiałach i podziękowanie
ze sceny? Spodziewamy się ok. 1500 osób.

Z pozdrowieniami,
Beata Marczak
przewodnicząca Rady Osiedla"""),
("pl", "b30-grawer-obraczki", "Filip Jasiński <filip.jasinski@example.pl>", "grawer", "general", "",
"""Dzień dobry, czy robicie grawer w obrączkach kupionych gdzie indziej?
Chodzi o imiona i datę w środku, dwie obrączki z żółtego złota. Ile to
trwa? Ślub za 3 tygodnie.
Filip"""),
("pl", "b30-gazeta-za-furtke", "Jan Stępień <jan.stepien@example.pl>", "dostarczanie gazety", "general", "",
"""Dzien dobry, prosze przekazac doreczycielowi, zeby gazete wkladal do
skrzynki na furtce, a nie rzucal na podjazd. Skrzynka jest juz
naprawiona. Ul. Polna 22, Tarnowskie Gory.
Dziekuje, J. Stepien"""),
("pl", "b30-dni-miasta-stoisko", "Grażyna Wilk <grazyna.wilk@example.pl>", "Dni Miasta", "general", "",
"""Dzień dobry,

prowadzę koło gospodyń wiejskich z Łęgu. Chciałybyśmy wystawić stoisko
z pierogami i rękodziełem na tegorocznych Dniach Miasta. Do kogo w
urzędzie trzeba się zgłosić i do kiedy? I czy jest dostęp do prądu na
miejscu?

Grażyna Wilk"""),
("pl", "b30-rower-w-pociagu", "Mateusz Kurek <mateusz.kurek@example.pl>", "rower", "general", "",
"""czesc, czy w pociagu regionalnym z Wroclawia do Jeleniej Gory da sie
przewiezc rower bez rezerwacji? jedziemy w 4 osoby w sobote rano z
rowerami"""),
("pl", "b30-dziekuje-aparaty-tata", "Monika Zawadzka <monika.zawadzka@example.pl>", "Dziękujemy", "general", "",
"""Dzień dobry,

piszę, żeby podziękować pani Joannie z gabinetu w Toruniu. Mój tata
przez lata udawał, że wszystko słyszy, i kiwał głową na każdą rozmowę.
Pani Joanna bardzo cierpliwie wszystko mu wytłumaczyła, dwa razy
poprawiała ustawienia i w niedzielę przy obiedzie pierwszy raz od
dawna śmiał się z żartów wnuków, zamiast pytać "co?".

Z serdecznymi pozdrowieniami,
Monika Zawadzka z rodziną"""),
]
