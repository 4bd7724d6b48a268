# batch157.py -- labelled mails held out of the tree until the rules it
# measures are final.  Nothing here is to be tuned or trained on.
# Kinds of business drawn on: home deliveries -- milk rounds, fruit and
# veg boxes, frozen food delivery, ready meals for elderly people, pet
# food delivery, bottled gas, coal and logs.  Covers escalation demands
# that keep their topic, legal threats and chargebacks, negations,
# subjects that say nothing or something else, replies quoting an
# earlier mail, plans ended or paused in unusual wording, business
# outages told only by their consequences, safety hazards told calmly,
# praise and thanks, payment questions, and everyday mail of all three
# queues.  Greek partly in Greeklish; Polish and Spanish with and without
# diacritics; English from the UK, Ireland, the US, India and Australia.
M += [
# ---------------- English ----------------
("en", "b157-milk-mum-passed-away", "Janet Holloway <janet.holloway@example.co.uk>", "Mum's milk", "billing", "",
"""Hello,

I'm writing on behalf of my mother, Mrs Edna Pryce, 12 Rowan Close,
Kidderminster. Mum passed away last Tuesday, so the two pints on Mondays,
Wednesdays and Fridays won't be needed any more. Could you close her
account and let me know if there is anything left to pay? Her last bill
went out by direct debit on the 1st.

She always said the milkman was the only man who ever turned up on time.

Kind regards,
Janet Holloway (daughter)"""),
("en", "b157-veg-box-two-payments", "Tasha Reid <tasha.reid@example.com>", "Charged twice this week?", "billing", "",
"""Hi, just checked my banking app and there are two payments of £18.50 to
Greenacre Boxes on the 14th. I only got one box (medium mixed, no
mushrooms). Can one of them be refunded please?

Cheers, Tasha"""),
("en", "b157-gas-cylinder-deposit-back", "Declan Fahy <declan.fahy@example.ie>", "Returning the empties", "billing", "",
"""Hi there,

We've switched the cooker over to electric so I have two empty 11kg
cylinders here that we won't be refilling. When I signed up I paid a
deposit of €40 on each. If your driver takes them on his next run out
to Ballinasloe could the €80 go back on the card I paid with?

Thanks a million,
Declan Fahy"""),
("en", "b157-logs-half-load-money-claim", "R. Cheetham <r.cheetham@example.co.uk>", "1 cubic metre my foot", "billing", "high",
"""I ordered and paid £145 for a cubic metre of loose-tipped seasoned
hardwood (order 3318). What arrived is about half of that - I stacked it
against the shed wall and measured it, it's 0.5 m3 at best.

I rang on Monday and was told someone would call me back. Nobody has.
I want either the other half delivered or £72.50 refunded by Friday,
otherwise I'm filing a claim through Money Claim Online. I have photos
of the stack with a tape measure in them.

R. Cheetham"""),
("en", "b157-bella-biscuits-stop", "Lynne Marsh <lynne.marsh@example.co.uk>", "Bella", "billing", "",
"""Hi,

You can stop sending Bella's biscuits now. She went to sleep at the vet's
on Saturday, fourteen and a half, grey muzzle and waggy tail to the end.
Please cancel the monthly 12kg bag and don't take the £38.99 on the 25th.

Thank you for keeping her fed all these years.
Lynne"""),
("en", "b157-dad-meals-council-direct-payment", "Susan Bishop <susan.bishop@example.org>", "Paying for Dad's meals", "billing", "",
"""Good afternoon,

My father (Mr Harold Bishop, customer no. RM-20417) has your hot lunches
five days a week. Until now I have paid the monthly invoice by card over
the phone, but Worcestershire County Council have now set him up with a
Direct Payment account for his care.

Can the invoice be addressed to that account from next month, and can
they pay you by BACS? If you need the council's letter I can scan it in.

Many thanks,
Susan Bishop"""),
("en", "b157-us-dairy-charged-after-cancel", "Brian Kowalski <bkowalski@example.com>", "Still being charged", "billing", "high",
"""I cancelled our milk and eggs delivery on March 2 by phone (spoke to
Kayla) and got the confirmation email, which is pasted below. You have
since charged my Visa $46.20 on March 9 and again on March 16. No
deliveries have come, the cooler on the porch is empty.

I'm not calling again. If both charges aren't reversed by Friday I'm
disputing them with my bank.

Brian Kowalski
Columbus, OH

> From: Hometown Dairy <noreply@hometowndairy.example>
> Your Hometown Dairy delivery has been cancelled.
> We're sorry to see you go!"""),
("en", "b157-veg-box-algarve", "Gemma Lowry <gemma.lowry@example.co.uk>", "Holiday", "billing", "",
"""hiya, we're off to the Algarve 2nd-23rd Aug so can you put the box on
hold for those 3 weeks? Don't want to cancel, just don't want to pay for
veg going soft on the doorstep :) Back on from the 27th please.

ta, Gemma (acc 55102)"""),
("en", "b157-frozen-price-list-pensioner", "Irene Collis <irene.collis@example.co.uk>", "New price list", "billing", "",
"""Dear Sirs,

I have had your frozen food van call on a Thursday for many years. The
new price list that came through the door shows the fish pie has gone
from £4.20 to £5.10, which I think is rather a lot in one go.

Do you still do the ten per cent for pensioners that your driver Mick
used to mention? I am 81.

Yours faithfully,
Mrs Irene Collis"""),
("en", "b157-in-pet-food-debited-twice-escalate", "Pradeep Nair <pradeep.nair@example.in>", "Order #PF-88213 debited twice, pls escalate", "billing", "high",
"""Dear Team,

This is regarding my order #PF-88213 for 2 bags of dog food (Rs. 6,480).
Amount was debited two times from my HDFC account on 12th, same UTR is
showing in both entries. I have already raised ticket 3 times with your
chat, every time they are telling wait 5-7 working days. Now it is 19
days.

Kindly escalate this to your senior manager and revert with the refund
status at the earliest.

Thanks & Regards,
Pradeep Nair
Kochi"""),
("en", "b157-coal-vat-invoice-reply", "Alan Pickles <alan@pickles-joinery.example>", "Re: Your invoice 4471", "billing", "",
"""Could you send it again with the VAT shown separately please? It's for
the workshop stove and my accountant won't take it as it is.

Thanks
Alan

-----Original Message-----
From: Accounts <accounts@hebdenfuels.example>
Sent: 03 February 09:12
Subject: Your invoice 4471

Dear Customer,
Please find attached invoice 4471 for 20 x 25kg bags of smokeless ovals,
delivered 31/01. Amount due: £286.00. Payment terms 14 days.
Hebden Fuels"""),
("en", "b157-not-the-milkman-its-the-bill", "Paul Fenwick <paul.fenwick@example.co.uk>", "Tony", "billing", "",
"""Before anything - this isn't a complaint about Tony, he's brilliant.

It's the bill. Our usual is one pint of semi-skimmed a day, but this
month's has seven pints of gold top on it at £1.35 each plus two boxes
of free range eggs we never had. Could you check it and send a corrected
one?

Paul Fenwick, 4 Alma Terrace"""),
("en", "b157-au-gas-swap-afterpay", "Shane Whitlock <shane.w@example.com.au>", "quick one", "billing", "",
"""G'day, how much is a 9kg swap delivered to Bundaberg at the moment?
And can I pay with Afterpay or is it card only?

Cheers, Shane"""),
("en", "b157-milk-app-reset-email", "Martin Gale <martin.gale@example.co.uk>", "Can't get in", "technical", "",
"""Hi, I've tried the "forgot password" link on the Daybreak Dairies app
three times since yesterday and the reset email never arrives. Checked
spam and junk, nothing. It's the same address as this one. I need to add
cream for Sunday.

Martin"""),
("en", "b157-ie-veg-app-edit-box-crash", "Orla Keane <orla.keane@example.ie>", "Not a billing question", "technical", "",
"""Hi,

This is not about billing, the payment side is fine. The app closes
itself every time I tap "Edit box" to swap things out. iPhone 12, app
updated yesterday. Deleted it and reinstalled it, same again.

Can I do the swaps on the website in the meantime?

Orla Keane, Cork"""),
("en", "b157-propane-faint-smell-cottage", "Gwen Parry <gwen.parry@example.co.uk>", "Cylinder", "technical", "high",
"""Hello,

Your driver changed over our propane cylinder this morning at the
cottage (Tan-y-Bryn, Llanrhaeadr). Since then there's been a faint smell
of gas around the cage outside and now and again in the kitchen by the
hob. I've turned the cylinder off at the valve, opened the windows and
we're not using the hob.

Could someone come out and have a look today?

Thanks,
Gwen Parry"""),
("en", "b157-frozen-tracking-link-spins", "Lee Barker <lee.barker@example.com>", "Order 70321", "technical", "",
"""The "track my driver" link in the text just shows a spinning circle and
then "something went wrong". Tried on my phone and on the laptop. Window
is 2-4 so not a massive deal but it would be nice to know when to be in.
Ta"""),
("en", "b157-care-homes-portal-thursday-lunches", "Karen Doyle <karen.doyle@brookside-care.example>", "Orders for Thursday", "technical", "high",
"""Hi,

Since about 6.30 this morning none of our four homes (Meadowbank, The
Laurels, Ashgrove and Fernlea) can get into the ordering portal - it goes
straight back to the login page after the password is entered.

The cut-off for Thursday's lunches is 2pm today. If the orders don't go
in we have 160 residents without a hot lunch on Thursday, and our
kitchens don't hold that much stock.

Please ring me on 01632 960442.

Karen Doyle
Catering Manager, Brookside Care Group"""),
("en", "b157-kiln-dried-ash-embers", "Rob Tennant <rob.tennant@example.co.uk>", "Kiln dried logs", "technical", "high",
"""Hi, just to let you know, the new batch of kiln dried ash we had from
you last week spits a lot when it burns. Twice now a glowing ember has
jumped out onto the hearth rug when I opened the stove door to put
another log on, and there's a little scorch mark. The previous lot were
fine. Is there something wrong with this batch? We've gone back to the
old logs for now.

Rob Tennant"""),
("en", "b157-cat-feeder-third-one", "Priya Shah <priya.shah@example.co.uk>", "Feeder AGAIN", "technical", "",
"""This is the third automatic feeder you've sent me with the cat food
subscription and it's doing exactly what the other two did: the 7am
slot doesn't dispense, the 6pm one does, red light flashing on the
front. I've reset it, re-set the times, changed the batteries.

I've been through your chat twice and each time I get the same script.
Is it something in my house - the wifi, the socket? Because a fourth
one will just do the same thing.

Priya Shah"""),
("en", "b157-mum-tablet-menu-white", "David Ellis <david.ellis@example.com>", "Menu screen blank", "technical", "",
"""Hello,

My mother uses the tablet you provided to choose her meals for the week.
Since Sunday the menu page is completely white, just your logo at the
top, so she can't pick anything. She's 87, so please don't ask her to
clear the cache - I'll do it when I visit on Friday if that's what it
needs. The account is under Margaret Ellis, Stourbridge.

Thanks,
David Ellis"""),
("en", "b157-us-zip-code-not-served", "Dana Lindqvist <dana.lindqvist@example.com>", "zip code error", "technical", "",
"""Every time I enter my zip (54603) on your site it says "Sorry, we don't
deliver to your area yet", but your truck literally stops at my neighbor's
every other Tuesday. Is the site broken? Tried Chrome and Safari.

Dana, La Crosse WI"""),
("en", "b157-milk-chipped-bottles-glass", "Anne Charlton <anne.charlton@example.co.uk>", "Bottles", "technical", "high",
"""Morning.

Three of this week's glass bottles had chips out of the rim, and this
morning I found a small sliver of glass at the bottom of my son's cereal
bowl after pouring. Nobody's hurt. I've put the rest of the milk aside
and kept the bottles if you want them back.

You might want to check the others - it's the Thursday round in Hexham.

Anne Charlton"""),
("en", "b157-in-veg-otp-not-coming", "Kavitha R. <kavitha.r@example.in>", "OTP not coming", "technical", "",
"""Hi team,

While login to the app OTP is not coming to my mobile (number ending
4471). Since yesterday not able to place my vegetables order for the
week. Please check and do the needful.

Kavitha
Jayanagar, Bengaluru"""),
("en", "b157-ie-patio-heater-clicks", "Sean Mulcahy <sean.mulcahy@example.ie>", "Heater", "technical", "",
"""Hello,

The portable gas heater I bought from ye in November clicks when I turn
the knob but won't light. The cylinder is full, new one on Tuesday. It
lit grand up to last week. Is there some reset on it or does it need
looking at?

Sean Mulcahy, Tralee"""),
("en", "b157-stove-smoke-co-alarm", "Helen Fairburn <helen.fairburn@example.co.uk>", "Stove you fitted", "technical", "high",
"""Hello,

Your fitter installed our multifuel stove three weeks ago (we buy our
coal and logs from you as well). Whenever the wind is from the east,
smoke comes back into the lounge round the door, and last night the
carbon monoxide alarm went off. We've let it go out and won't light it
again until someone has been to look at the flue.

Helen Fairburn
Low Row, Richmond"""),
("en", "b157-dad-changeover-valve-no-heat", "Liz Henderson <liz.henderson@example.co.uk>", "Dad's heating", "technical", "high",
"""Please can someone go out to my dad today. He is 91 and lives on his
own in Alnmouth. The automatic changeover valve on his two propane
bottles has stuck and he has no heating and no hot water. It's meant to
be minus 3 tonight. Both bottles are full so it's the valve.

He's on your account 40558. I'm two hours away but can be reached on
07700 900 512.

Liz Henderson"""),
("en", "b157-collection-point-christmas-eve", "Caroline Webb <caroline.webb@example.co.uk>", "Christmas", "general", "",
"""Hi, will the farm shop collection point at Bishops Lydeard be open on
Christmas Eve, and if so until what time? I'd rather collect the box
myself that week.

Thanks, Caroline"""),
("en", "b157-milkman-found-neighbour", "Gordon Platt <gordon.platt@example.co.uk>", "Thank you to Dave", "general", "",
"""Dear Sir or Madam,

I would like to pass on our thanks to Dave, who does the early round in
Thornbury. On Tuesday he noticed that yesterday's milk was still on Mrs
Whitfield's step at number 7, knocked, heard her calling from inside and
rang 999. She had fallen in the night and couldn't get up. She is in
Southmead now and doing well.

Please pass on our thanks to him. He did far more than deliver milk.

With thanks,
Gordon Platt (number 9)"""),
("en", "b157-driver-swore-wife-manager", "Neil Sutcliffe <neil.sutcliffe@example.co.uk>", "Your driver", "general", "high",
"""I want this passed to a manager, not answered with a template.

This morning your frozen food driver swore at my wife because she asked
him to bring the box up to the door instead of leaving it at the gate -
she uses a walking frame. He told her to "get it yourself, love" and
drove off. Van registration ended in KXE, about 10.40.

I'd like a phone call from whoever manages the drivers in Lincolnshire.

Neil Sutcliffe
Sleaford"""),
("en", "b157-logs-leave-in-coal-shed", "Mike Dunn <mike.dunn@example.com>", "Where to leave it", "general", "",
"""Hi - from the next delivery on please leave the logs in the old coal
shed round the side (left of the garage), not on the drive. Side gate
code is 1942. The dog's friendly but will try to follow you out, so just
shut the gate behind you.

Ta, Mike"""),
("en", "b157-new-phone-number", "Beryl Hughes <beryl.hughes@example.co.uk>", "Telephone", "general", "",
"""Could you change the telephone number on my account please. The new
one is 07700 900318, the old one ended 226.

Mrs Beryl Hughes, 9 Church Lane, Ludlow

Thank you."""),
("en", "b157-subject-access-request-veg", "Thomas Grey <thomas.grey@example.net>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data
you hold about me, including recordings of phone calls, delivery notes
and any notes made by drivers about my address.

My customer number is VB-11930. I look forward to your response within
one month.

Thomas Grey"""),
("en", "b157-purse-depot-counter", "Margaret Oakes <margaret.oakes@example.co.uk>", "Purse", "general", "",
"""Hello, did anybody hand in a brown leather purse at the Chesterfield
depot counter on Saturday morning? I collected my freezer order around
half nine and haven't seen it since. It has my bus pass in it.

Margaret Oakes"""),
("en", "b157-au-netball-sponsorship", "Kylie Bourke <secretary@kalamunda-netball.example>", "Sponsorship - Kalamunda Juniors", "general", "",
"""Hi there,

I'm the secretary of Kalamunda Junior Netball Club (about 140 girls aged
8-14). We're looking for local businesses to sponsor our new season -
a lot of our families already get your fruit and veg boxes. Sponsors go
on the back of the training tops and on our Facebook page, and we'd
happily hand out your flyers at the Saturday games.

Would someone be able to have a chat about it?

Cheers,
Kylie Bourke
Club Secretary"""),
("en", "b157-in-halal-soft-diabetic-meals", "Anjali Mehta <anjali.mehta@example.co.uk>", "Query", "general", "",
"""Hello,

Do you have halal options in the meals for elderly? Actually my father
in law is 79 and lives in Leicester, he is vegetarian and also diabetic
so we need to know which ones are suitable. Also is there option of
soft food since he is having problem with chewing?

Regards,
Anjali Mehta"""),
("en", "b157-depot-yard-pothole", "Claire Benson <claire.benson@example.co.uk>", "Collection yard", "general", "high",
"""Hello,

Just a note about the yard at your Wetherby depot where we collect the
veg boxes. There's a deep pothole right by the collection hatch that
fills with water, so you can't see how deep it is. My mum stepped into
it on Saturday and went over on her ankle. She's sore but nothing
broken. It would be worth coning it off before someone older does worse.

Claire Benson"""),
("en", "b157-re-missing-cream-thanks", "Fiona Fraser <fiona.fraser@example.co.uk>", "Re: Missing cream - ref 20931", "general", "",
"""Lovely, thank you Sophie, all sorted. The cream came this morning with
the milk and the grandchildren have had their scones.

Fiona

On Mon, 14 Apr at 15:20, Sophie <help@daybreakdairies.example> wrote:
> Hi Mrs Fraser,
> Sorry the double cream was missed from Saturday's order. I've added it
> to Tuesday's delivery for you.
> Best wishes,
> Sophie, Customer Care"""),
("en", "b157-lethal-rogan-josh", "Sharon Platt <sharon.platt@example.com>", "DEAD serious", "general", "",
"""Not a complaint!! Your lamb rogan josh in the frozen range is absolutely
lethal, my husband nearly died when he saw it wasn't on this month's
list. Is it coming back or has it gone for good?? Sharon x"""),
("en", "b157-milk-float-school-fair", "Mr J. Okafor <j.okafor@stmarys-primary.example>", "Summer fair", "general", "",
"""Dear Sir/Madam,

St Mary's Primary in Chorley is holding its summer fair on Saturday 28
June, 11am to 2pm. Several of our families said the children would love
to see a real electric milk float up close. Would one of your roundsmen
be willing to bring one along for an hour? We can give you a stall for
free.

Kind regards,
J. Okafor
Deputy Head"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b157-gl-kasoni-laxanika-xwrio", "Dimitra Kalogeropoulou <dimitra.kalo@example.gr>", "kalokairi", "billing", "",
"""Geia sas,
apo 1 Iouliou mexri 31 Augoustou 8a eimaste sto xwrio sthn Arkadia,
opote den xreiazomaste to kasoni me ta laxanika ka8e Pempth. Mporeite
na to pagwsete gia auto to diasthma xwris na xrewnetai h karta? Den 8elw
na to akyrwsw, ton Septembrio to 3anarxizoume.
Eyxaristw poly,
Dimitra"""),
("el", "b157-katepsygmena-dipli-xreosi", "Αντώνης Ρήγας <antonis.rigas@example.gr>", "Παραγγελία 48213", "billing", "",
"""Καλησπέρα σας,

Την Τρίτη παρέλαβα την παραγγελία 48213 με κατεψυγμένα (μουσακάς,
σπανακόπιτες, φιλέτα μπακαλιάρου), σύνολο 63,80€. Στον λογαριασμό μου
στην Πειραιώς βλέπω δύο χρεώσεις των 63,80€ την ίδια μέρα. Παρακαλώ
επιστρέψτε τη μία.

Ευχαριστώ,
Αντώνης Ρήγας"""),
("el", "b157-egyisi-fialon-epistrofi", "Γεωργια Τσολακη <georgia.tsolaki@example.gr>", "Εγγυηση φιαλων", "billing", "",
"""Καλημερα,

Βαλαμε φυσικο αεριο στο σπιτι και δεν θα χρειαστουμε αλλο τις φιαλες
υγραεριου. Εχουμε δυο αδειες φιαλες των 10 κιλων, για τις οποιες ειχαμε
δωσει εγγυηση 25€ την καθε μια. Πως γινεται η επιστροφη των χρηματων;
Να τις φερουμε στην αποθηκη στη Νεα Ιωνια η περνει ο οδηγος;

Γεωργια Τσολακη"""),
("el", "b157-kafsoxyla-lipei-dikigoros", "Παναγιώτης Ζαφειρόπουλος <p.zafeiropoulos@example.gr>", "Καυσόξυλα - λιγότερη ποσότητα", "billing", "high",
"""Κύριοι,

Στις 12 Νοεμβρίου πλήρωσα με κατάθεση 520€ για 2 τόνους ξύλα δρυός,
σχισμένα, παράδοση στην Κοζάνη. Ο οδηγός δεν είχε ζυγολόγιο και όταν
τα ζυγίσαμε σε φίλο με πλάστιγγα βγήκαν 1.480 κιλά. Λείπουν δηλαδή
πάνω από 500 κιλά, περίπου 130€.

Τηλεφώνησα δύο φορές και μου είπαν «θα το δούμε». Αν μέσα σε μία
εβδομάδα δεν μου φέρετε τα υπόλοιπα ή δεν μου επιστρέψετε τη διαφορά,
το θέμα θα το αναλάβει ο δικηγόρος μου και θα κάνω και καταγγελία στον
Συνήγορο του Καταναλωτή.

Π. Ζαφειρόπουλος"""),
("el", "b157-gl-gata-efyge-trofi", "Natasa M. <natasa.m@example.gr>", "Mimi", "billing", "",
"""Kalhspera,
h Mimh mas, h gata, efyge prin mia evdomada, htan 17 xronwn. Den 8a
xreiastoume allo thn trofh, ta 2 kila ka8e mhna. Parakalw stamathste
th syndromh na mhn 3anaxrewthei to 19,90 ton allo mhna.
Eyxaristoume gia ola,
Natasa"""),
("el", "b157-geymata-mitera-thessaloniki", "Σοφία Καραγιάννη <sofia.karagianni@example.gr>", "Γεύματα κ. Ελένης Καραγιάννη", "billing", "",
"""Καλημέρα σας,

Η μητέρα μου, Ελένη Καραγιάννη, παίρνει τα μεσημεριανά σας στο σπίτι
της στο Αγρίνιο εδώ και δύο χρόνια. Από την 1η του μήνα έρχεται να
μείνει μόνιμα μαζί μας στη Θεσσαλονίκη, οπότε τα γεύματα τελειώνουν εκεί.
Σας παρακαλώ να μη χρεωθεί ο επόμενος μήνας και να μου πείτε αν
οφείλουμε κάτι ακόμα.

Με εκτίμηση,
Σοφία Καραγιάννη"""),
("el", "b157-pellet-doseis-karta", "Θανάσης Βλάχος <thanasis.vlachos@example.gr>", "Δόσεις", "billing", "",
"""Γεια σας, θέλω να παραγγείλω 1,5 τόνο πέλετ για τον χειμώνα (75 σακιά).
Γίνεται να το πληρώσω με πιστωτική σε άτοκες δόσεις και αν ναι σε πόσες;
Ευχαριστώ, Θανάσης - Τρίκαλα"""),
("el", "b157-gl-gala-xrewsi-meta-akyrwsh-trapeza", "Kostas Antoniou <kostas.antoniou@example.gr>", "AKYRWSH", "billing", "high",
"""Kalhmera.
Stis 3 tou mhna akyrwsa thn syndromh gia to fresko gala sthn porta, mou
hr8e kai email epivevaiwshs. Parola auta stis 10 kai stis 17 xrew8hka
apo 14,40 euro th fora kai gala den exei er8ei. Exw steilei 2 email
xwris apanthsh.
An den epistrafoun ta xrhmata mexri thn Paraskevh 8a kanw amfisvhthsh
ths xrewshs sthn trapeza mou.
Kostas Antoniou"""),
("el", "b157-re-timologio-taverna", "Ταβέρνα Το Λιμανάκι <limanaki.taverna@example.gr>", "Re: Παραγγελία 77102 - απόδειξη", "billing", "",
"""Καλησπέρα, σας ξαναγράφω γιατί χρειάζομαι τιμολόγιο και όχι απόδειξη.
ΑΦΜ 099999999, ΔΟΥ Χαλκίδας, επωνυμία «Λιμανάκι ΟΕ». Ευχαριστώ.

Μαρία

-----Αρχικό μήνυμα-----
Από: Παραγγελίες <orders@frostline.example>
Θέμα: Παραγγελία 77102 - απόδειξη
> Αγαπητέ πελάτη, σας επισυνάπτουμε την απόδειξη λιανικής για την
> παραγγελία 77102 (κατεψυγμένα θαλασσινά, 412,50€). Ευχαριστούμε."""),
("el", "b157-kouponi-trofis-skylou", "Ιωάννα Πετροπούλου <ioanna.petropoulou@example.gr>", "Κωδικός έκπτωσης", "billing", "",
"""Γεια σας,

Μου στείλατε κωδικό WELCOME15 για την πρώτη παραγγελία τροφής. Τον
έβαλα, έγραψε «ο κωδικός εφαρμόστηκε», αλλά στην απόδειξη και στην
κάρτα φαίνεται ολόκληρο το ποσό, 54,00€. Μπορείτε να μου επιστρέψετε
τη διαφορά;

Ιωάννα"""),
("el", "b157-den-thelo-epistrofi-allagi-sakiou", "Μιχάλης Δρόσος <michalis.drosos@example.gr>", "Λάθος σακί", "billing", "",
"""Καλησπέρα,

Δεν θέλω επιστροφή χρημάτων, θέλω απλώς αλλαγή. Παρήγγειλα τροφή για
ενήλικο σκύλο μεγαλόσωμης φυλής 15 κιλά και μου ήρθε τροφή για κουτάβι.
Το σακί είναι κλειστό. Μπορεί ο οδηγός να το πάρει πίσω την επόμενη
φορά και να μου φέρει το σωστό;

Ευχαριστώ,
Μιχάλης Δρόσος, Βόλος"""),
("el", "b157-fiales-dyo-times-ypeythynos", "Ευάγγελος Μπαλτάς <e.baltas@example.gr>", "Τιμή φιάλης - θέλω υπεύθυνο", "billing", "high",
"""Κύριοι,

Την ίδια εβδομάδα πήρα δύο ανταλλαγές φιάλης 10 κιλών από τον δικό σας
διανομέα. Τη Δευτέρα πλήρωσα 24€, την Παρασκευή 31€. Όταν ρώτησα τον
οδηγό μου είπε «έτσι βγάζει το τερματικό». Στο τηλεφωνικό κέντρο μου
είπαν ότι δεν μπορούν να δουν τίποτα.

Ζητώ να με καλέσει ο υπεύθυνος πωλήσεων της περιοχής Πάτρας και να μου
εξηγήσει τη διαφορά, ή να μου επιστραφούν τα 7€.

Ευάγγελος Μπαλτάς
6900 000 418"""),
("el", "b157-gl-antikatavoli-iris", "Stella P. <stella.p@example.gr>", "erwthsh", "billing", "",
"""Geia sas, 8elw na parhggeilw ta etoima fagita gia ton pappou mou sta
Xania. Ginetai na plhrwnw me IRIS h mono me karta? Kai an ginetai
antikatavolh ston dianomea, ton pappou den ton vlepw na plhrwnei me
karta :)
Stella"""),
("el", "b157-myrodia-gkaziou-fiali-kouzina", "Ανθή Κωνσταντίνου <anthi.k@example.gr>", "Φιάλη κουζίνας", "technical", "high",
"""Καλησπέρα σας,

Σήμερα το πρωί ο διανομέας σας μας άλλαξε τη φιάλη της κουζίνας. Από το
απόγευμα μυρίζει ελαφριά υγραέριο στο ντουλάπι όπου είναι η φιάλη,
ακόμα κι όταν τα μάτια είναι κλειστά. Κλείσαμε τη βάνα της φιάλης,
ανοίξαμε τα παράθυρα και δεν ανάβουμε τίποτα. Μπορεί να έρθει κάποιος
να το δει;

Ανθή Κωνσταντίνου
Λεωφ. Δημοκρατίας 41, Αλεξανδρούπολη"""),
("el", "b157-gl-app-den-mpainw", "Nikos Georgiou <nikos.georgiou@example.gr>", "app", "technical", "",
"""Kalhmera, apo xtes to app me ta kasonia den me afhnei na kanw login,
leei "la8os kwdikos" enw ton exw swsto, ton allaksa kiolas kai pali to
idio. Android, Xiaomi. Ti na kanw?"""),
("el", "b157-xenodoxeio-paraggelies-platforma", "Ξενοδοχείο Αιγαίον <fb@aigaion-hotel.example>", "Παραγγελία αυριανή", "technical", "high",
"""Καλημέρα σας,

Από τις 7 το πρωί η πλατφόρμα χονδρικής σας μας βγάζει «Σφάλμα 503»
σε όποια σελίδα κι αν πατήσουμε. Δεν μπορούμε να περάσουμε την αυριανή
παραγγελία κατεψυγμένων. Έχουμε 210 δωμάτια πλήρη, ο μπουφές του
πρωινού και τα δύο εστιατόρια εξαρτώνται από αυτή την παράδοση και η
προθεσμία είναι στις 12:00.

Παρακαλούμε καλέστε μας στο 22890 00000 ή στείλτε μας τρόπο να σας
στείλουμε την παραγγελία αλλιώς.

Γιάννης Ρούσσος
F&B Manager, Ξενοδοχείο Αιγαίον, Μύκονος"""),
("el", "b157-pellet-mplokarei-koxlia", "Βασιλης Τζιμας <vasilis.tzimas@example.gr>", "Πελλετ", "technical", "",
"""Καλησπερα. Απο τοτε που βαλαμε τα καινουρια σακια πελλετ που φερατε
την Πεμπτη, η σομπα σταματαει καθε 2-3 ωρες με σφαλμα «Ε2». Ο κοχλιας
μπλοκαρει, βρισκω μεσα πολυ σκονη και κομματια σπασμενα. Με τα
προηγουμενα σακια δεν ειχαμε ποτε προβλημα. Τι φταιει;
Βασιλης, Φλωρινα"""),
("el", "b157-gl-den-einai-xrewsh-bima3", "Eirini Lamprou <eirini.lamprou@example.gr>", "parangelia", "technical", "",
"""Geia sas. Den einai 8ema xrewshs, h karta mou einai mia xara kai
douleuei pantou. To site sas kollaei sto vhma 3 ("Epilogh wras
paradoshs"), gyrizei o kyklos kai meta me petaei sthn arxikh, kai to
kala8i adeiazei. Dokimasa apo kinhto kai apo laptop. Pws na parhggeilw;
Eirhnh"""),
("el", "b157-rythmistis-den-koumponei", "Σταύρος Παπαδόπουλος <stavros.papad@example.gr>", "Ρυθμιστής", "technical", "",
"""Καλημέρα σας,

Μαζί με τη φιάλη των 25 κιλών για το ψητοπωλείο μου φέρατε και καινούριο
ρυθμιστή, αλλά το παξιμάδι δεν κουμπώνει στη βάνα της φιάλης, γυρίζει
στραβά. Δεν το έχω συνδέσει καθόλου. Μήπως μου δώσατε λάθος τύπο;
Έχουμε ακόμα την παλιά φιάλη, οπότε δουλεύουμε κανονικά για 2-3 μέρες.

Σταύρος Παπαδόπουλος"""),
("el", "b157-sms-stis-treis-ta-xaramata", "Χρυσούλα Αναστασίου <chrysoula.an@example.gr>", "Μηνύματα μέσα στη νύχτα", "technical", "",
"""Γεια σας,

Εδώ και τρεις νύχτες στις 3:10 περίπου μου έρχεται SMS από εσάς «Η
παράδοσή σας είναι καθ' οδόν!» για παραγγελία που την παρέλαβα ήδη την
Τρίτη. Μας ξυπνάει όλους. Μπορείτε να το σταματήσετε;

Χρυσούλα"""),
("el", "b157-gl-giagia-giannena-soba-xionia", "Thodoris Kitsos <thodoris.kitsos@example.gr>", "soba giagias", "technical", "high",
"""Kalhspera,
h giagia mou einai 86 xronwn kai menei monh ths sto Metsovo. H soba
ygraeriou pou ths pwlhsate prin 2 mhnes den anavei apo to prwi, kanei
"tik tik" kai tipota, h fialh einai gemath. Exei xionia kai to vrady
8a paei -5. Den exei allh 8ermansh. Mporei na perasei texnikos shmera?
Thlefwno ths giagias 26560 00000, to diko mou 6944 000 000.
Thodoris"""),
("el", "b157-karvouna-spithes-psistaria", "Λευτέρης Μανωλάκης <lefteris.manolakis@example.gr>", "Κάρβουνα", "technical", "high",
"""Καλησπέρα,

Να σας ενημερώσω ότι τα κάρβουνα που πήραμε από εσάς το Σάββατο (σακί
10 κιλών, παρτίδα 2311) πετάνε σπίθες με σκάσιμο, σαν πυροτέχνημα, όταν
ανάψουν. Μία έπεσε στο παντελόνι του γαμπρού μου και το έκαψε, κι άλλη
στην τέντα. Ευτυχώς τίποτα σοβαρό. Δεν τα ξαναχρησιμοποιούμε, αλλά
ίσως να ελέγξετε την παρτίδα.

Λευτέρης Μανωλάκης
Ηράκλειο"""),
("el", "b157-taistra-skylou-wifi", "Ρένα Χατζή <rena.chatzi@example.gr>", "Αυτόματη ταΐστρα", "technical", "",
"""Γεια σας, η αυτόματη ταΐστρα που πήρα μαζί με τη συνδρομή τροφής δεν
συνδέεται πια στο wifi μετά την αλλαγή router. Στην εφαρμογή φαίνεται
«εκτός σύνδεσης». Έκανα reset όπως λέει το φυλλάδιο, πάλι τα ίδια.
Ευχαριστώ, Ρένα"""),
("el", "b157-gl-metritis-dexamenis-lathos", "Apostolos Kyriakidis <apostolos.k@example.gr>", "metrhths", "technical", "",
"""Kalhmera sas, o "e3ypnos" metrhths pou valate sth dexamenh ygraeriou
sto spiti sth Drama deixnei sthn efarmogh 12% edw kai 10 meres, enw
hr8e o dianomeas kai th gemise. Sto rologaki panw sth dexamenh deixnei
80%. Mhpws exei kollhsei?
Apostolos"""),
("el", "b157-re-odigies-epanekkinisi", "Κατερίνα Σιδέρη <katerina.sideri@example.gr>", "Re: Αίτημα 55310", "technical", "",
"""Έκανα ό,τι μου γράψατε, το απενεργοποίησα, περίμενα 30 δευτερόλεπτα
και το ξανάνοιξα, αλλά το ψυγειάκι με τα γεύματα του πατέρα μου συνεχίζει
να δείχνει «Ε5» και δεν κρυώνει. Τα σημερινά γεύματα τα βάλαμε στο
δικό μας ψυγείο.

Κατερίνα

> Αγαπητή κα Σιδέρη,
> παρακαλούμε αποσυνδέστε το ψυγείο από την πρίζα για 30 δευτερόλεπτα
> και συνδέστε το ξανά. Αν το πρόβλημα συνεχιστεί, ενημερώστε μας.
> Εξυπηρέτηση Πελατών"""),
("el", "b157-app-svinei-paraggelies-proistamenos", "Δημήτρης Αλεξίου <dimitris.alexiou@example.gr>", "Τρίτη φορά", "technical", "high",
"""Κύριοι,

Για τρίτη εβδομάδα η εφαρμογή σας σβήνει μόνη της την εβδομαδιαία
παραγγελία μου για τα έτοιμα γεύματα της μητέρας μου. Την περνάω την
Κυριακή, τη Δευτέρα έχει εξαφανιστεί, και η μητέρα μου μένει με όσα
έχει στο ψυγείο. Έχω μιλήσει τρεις φορές με το τηλεφωνικό κέντρο.

Θέλω να μιλήσω με τον προϊστάμενο της τεχνικής υποστήριξης, όχι ξανά
με το κέντρο.

Δημήτρης Αλεξίου"""),
("el", "b157-orario-apothikis-savvato", "Γιώργος Νικολάου <giorgos.nikolaou@example.gr>", "Ωράριο", "general", "",
"""Καλησπέρα, η αποθήκη με τα καυσόξυλα στον Ασπρόπυργο είναι ανοιχτή
το Σάββατο; Θέλω να περάσω με το αγροτικό να πάρω μόνος μου.
Ευχαριστώ"""),
("el", "b157-gl-eyxaristies-dianomea-giagia", "Marina Stathopoulou <marina.stath@example.gr>", "Ena megalo eyxaristw", "general", "",
"""Kalhspera sas,
8elw na pw ena megalo eyxaristw ston kyrio Pavlo pou fernei ta fagita
sth giagia mou sthn Kalamata. Thn Trith th vrhke na exei pesei sthn
aylh kai ekatse mazi ths mexri na er8ei h geitonissa kai to ekav. H
giagia einai kala, mono mwlopies.
Peite tou to kai apo emas, tetoioi an8rwpoi spanizoun.
Marina"""),
("el", "b157-agenis-odigos-parapono", "Ελένη Μουρατίδου <eleni.mouratidou@example.gr>", "Συμπεριφορά οδηγού", "general", "",
"""Καλησπέρα,

Θέλω απλώς να σας ενημερώσω ότι ο οδηγός που έφερε τα κατεψυγμένα την
Πέμπτη στην Καλαμαριά ήταν πολύ αγενής. Όταν του είπα ότι άργησε δύο
ώρες μου απάντησε «δεν είμαι ο μόνος σας πελάτης κυρία μου» και μου
πέταξε σχεδόν τη σακούλα. Δεν ζητάω κάτι, αλλά να το ξέρετε.

Ελένη Μουρατίδου"""),
("el", "b157-allagi-dieythynsis-patra", "Σπυρος Καλλιρης <spyros.kalliris@example.gr>", "Αλλαγη διευθυνσης", "general", "",
"""Καλημερα σας,

Μετακομισαμε μεσα στην Πατρα. Η νεα διευθυνση για τα καφασια ειναι
Κορινθου 212, 3ος οροφος, κουδουνι «Καλλιρης». Παρακαλω αλλαξτε τη
απο την επομενη παραδοση.

Σπυρος Καλλιρης"""),
("el", "b157-gl-odigies-paradosis-apothiki", "Fotis Theodorou <fotis.theodorou@example.gr>", "paradosh", "general", "",
"""Geia, to koudouni mas exei xalasei, opote otan ferete thn trofh gia
ta skylia afhste thn mesa sthn apo8hkh dipla sthn porta tou garaz, einai
3eklidwth. Mhn thn afhnete ston dromo giati thn anoigoun oi gates.
Fwths, Peristeri"""),
("el", "b157-gdpr-diagrafi-stoixeion", "Αθηνά Ραφαηλίδου <athina.rafailidou@example.gr>", "Διαγραφή προσωπικών δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ ζητώ τη διαγραφή όλων των προσωπικών
μου δεδομένων από τα αρχεία σας (όνομα, διεύθυνση, τηλέφωνο, ιστορικό
παραγγελιών) καθώς και τη διακοπή κάθε διαφημιστικής επικοινωνίας.
Παρακαλώ επιβεβαιώστε μου γραπτώς την ολοκλήρωση.

Αθηνά Ραφαηλίδου"""),
("el", "b157-gyalia-sto-gkise", "Παρασκευή Ντόκου <paraskevi.ntokou@example.gr>", "Γυαλιά", "general", "",
"""Καλημέρα, την Παρασκευή το πρωί πέρασα από το κατάστημά σας στη Λάρισα
να παραλάβω την τροφή της γάτας και νομίζω ότι ξέχασα τα γυαλιά μου
πάνω στον πάγκο. Είναι κόκκινα, σε μαύρη θήκη. Τα βρήκε κανείς;
Ευχαριστώ πολύ"""),
("el", "b157-xorigia-panigyri-syllogos", "Πολιτιστικός Σύλλογος Αγίου Γερμανού <syllogos.agermanou@example.gr>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Ο Πολιτιστικός Σύλλογος Αγίου Γερμανού Πρεσπών διοργανώνει στις 14-15
Αυγούστου το καθιερωμένο πανηγύρι του χωριού, με περίπου 800
επισκέπτες. Θα θέλαμε να σας προτείνουμε να γίνετε χορηγός (αναφορά
στις αφίσες, πανό στην πλατεία, ανακοίνωση από τη σκηνή).

Μπορούμε να σας στείλουμε αναλυτική πρόταση αν ενδιαφέρεστε.

Με τιμή,
Για το Δ.Σ.
Χρήστος Ζήσης, Πρόεδρος"""),
("el", "b157-gl-ellinika-viologika", "Alexandra V. <alexandra.v@example.gr>", "?", "general", "",
"""Geia sas, mia erwthsh prin paraggeilw: ta laxanika sto kasoni einai
ellhnika kai viologika h apla ths epoxhs? Kai apo pou erxontai, apo
Kriti h apo Peloponnhso?
Alexandra"""),
("el", "b157-spasmeno-skali-apothiki", "Κωνσταντίνος Ξανθόπουλος <k.xanthopoulos@example.gr>", "Σκαλί στην είσοδο", "general", "high",
"""Καλησπέρα σας,

Στην είσοδο της αποθήκης σας στη Λάρισα, εκεί που παραλαμβάνουμε τις
φιάλες, το δεύτερο σκαλί έχει σπάσει στην άκρη και κουνιέται. Σήμερα
ένας ηλικιωμένος κύριος μπροστά μου παραλίγο να πέσει με τη φιάλη στα
χέρια. Καλό θα ήταν να το φτιάξετε ή τουλάχιστον να το σημάνετε πριν
χτυπήσει κάποιος.

Κ. Ξανθόπουλος"""),
("el", "b157-tilefoniko-kleise-diefthyntis", "Ευτυχία Μαργαρίτη <eftychia.margariti@example.gr>", "Απαράδεκτη συμπεριφορά", "general", "high",
"""Κύριοι,

Σήμερα στις 11:20 τηλεφώνησα στο κέντρο σας για να ρωτήσω πότε
ξεκινούν οι παραδόσεις γάλακτος στη γειτονιά μου. Η υπάλληλος που
απάντησε μου μίλησε με ειρωνεία, μου είπε «διαβάστε το site, δεν είμαι
γραμματέας σας» και μου έκλεισε το τηλέφωνο.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του τμήματος εξυπηρέτησης.
Δεν δέχομαι απάντηση από την ίδια υπηρεσία.

Ευτυχία Μαργαρίτη
6970 000 233"""),
("el", "b157-gl-fagito-vomva", "Lena K. <lena.k@example.gr>", "TELEIA", "general", "",
"""Geia sas!! Ta gemista sas htan vomva, o andras mou e3hgh8hke kai
efage 3 kommatia, lew na ton skotwsw :P Apla h8ela na pw mpravo sthn
kouzina. Lena"""),
("el", "b157-theseis-ergasias-odigoi", "Άγγελος Παππάς <angelos.pappas@example.gr>", "Θέσεις εργασίας", "general", "",
"""Καλησπέρα σας, είδα τα φορτηγάκια σας στα Γιάννενα και ήθελα να
ρωτήσω αν ψάχνετε οδηγούς για διανομή. Έχω δίπλωμα Γ' κατηγορίας και
8 χρόνια εμπειρία σε διανομή τροφίμων. Πού να στείλω βιογραφικό;

Άγγελος Παππάς"""),
("el", "b157-gl-aigina-paradosi", "Vaggelis Karras <vaggelis.karras@example.gr>", "Erwthsh", "general", "",
"""Kalhmera, kanete paradoseis katepsygmenwn kai sthn Aigina h mono
Attikh? An nai poies meres?"""),
# ---------------- Spanish ----------------
("es", "b157-fianza-bombona-mudanza", "Jose Luis Prieto <joseluis.prieto@example.es>", "Baja y fianza", "billing", "",
"""Buenos dias,

Nos mudamos a finales de mes a un piso con gas natural, asi que ya no
vamos a necesitar el butano. Tenemos dos bombonas, una llena y otra
vacia, y cuando hicimos el contrato pagamos una fianza. Como se
recupera la fianza? Las pasais a recoger o tenemos que llevarlas al
distribuidor de Alcala?

Un saludo,
Jose Luis Prieto"""),
("es", "b157-mx-cilindro-cobro-doble", "Verónica Salazar <vero.salazar@example.com.mx>", "Cobro doble", "billing", "",
"""Buenas tardes,

El martes me surtieron un cilindro de 30 kg en mi domicilio (colonia
Narvarte) y pagué con tarjeta en la terminal del repartidor, $1,180 MXN.
En mi estado de cuenta aparece el cargo dos veces. El repartidor me dijo
que la primera "no había pasado". ¿Me pueden reembolsar el segundo
cargo?

Gracias,
Verónica Salazar"""),
("es", "b157-ar-garrafa-precio-supervisor", "Martín Ledesma <martin.ledesma@example.com.ar>", "Precio de la garrafa", "billing", "high",
"""Hola, les escribo por tercera vez. En su página la garrafa de 10 kg
figura a $18.500 con envío incluido. El repartidor me cobró $23.000 y
me dijo que "la página está desactualizada". No me dio factura.

Quiero que me comunique un supervisor, no el chat, y que me devuelvan
la diferencia de $4.500. Si no, hago la denuncia en Defensa del
Consumidor de Córdoba.

Martín Ledesma"""),
("es", "b157-caja-fruta-erasmus-pequena", "Nuria Ferrer <nuria.ferrer@example.es>", "Caja más pequeña", "billing", "",
"""Hola!

Mi hijo mayor se va de Erasmus a Bolonia en septiembre y en casa
quedaremos tres, así que la caja grande de fruta y verdura nos sobra.
¿Podéis pasarnos a la mediana a partir del próximo envío? Si cambia el
precio, cobradlo ya con el nuevo importe.

Gracias!
Nuria"""),
("es", "b157-comida-mayores-padre-nos-dejo", "Alfonso Medina <alfonso.medina@example.es>", "Servicio de comidas de mi padre", "billing", "",
"""Buenas tardes:

Les escribo porque mi padre, Ramón Medina Soler, nos dejó el domingo.
Recibía sus menús de lunes a viernes en la calle Mayor 8 de Tudela.
Les ruego que den de baja el servicio y no pasen más recibos a su
cuenta. Si queda algo pendiente díganme y lo abono yo.

Gracias por todo el tiempo que le atendieron, siempre hablaba bien de
la chica que le llevaba la comida.

Alfonso Medina"""),
("es", "b157-co-pienso-sic-suscripcion", "Luisa Fernanda Rojas <lfrojas@example.com.co>", "Cobros después de cancelar", "billing", "high",
"""Buenas.

Cancelé la suscripción mensual de concentrado para gatos el 2 de mayo
desde la app, tengo el pantallazo. Igual me siguen cobrando $96.000
cada mes, ya van junio y julio. Escribí al chat dos veces y solo me
responden que "queda en revisión".

Si en cinco días hábiles no me devuelven los dos cobros, radico la
queja ante la Superintendencia de Industria y Comercio.

Luisa Fernanda Rojas
Medellín"""),
("es", "b157-lena-factura-casa-rural", "Casa Rural El Roble <reservas@casaruralelroble.example>", "Factura leña", "billing", "",
"""Hola, buenos días.

Necesitamos la factura del camión de leña de encina (2.000 kg) que nos
trajisteis el jueves a nombre de la empresa, no a mi nombre:
El Roble Turismo Rural S.L., NIF B00000000, Ctra. de Hervás km 3,
Béjar (Salamanca).

Gracias,
Pilar"""),
("es", "b157-cl-lena-cuotas-sin-interes", "Rodrigo Fuentes <rodrigo.fuentes@example.cl>", "consulta pago", "billing", "",
"""Hola, quiero encargar 6 metros de leña de eucalipto seca para el
invierno acá en Temuco. ¿Se puede pagar en cuotas sin interés con
tarjeta o solo al contado? Y si pago por transferencia, ¿hay algún
descuento?

Saludos,
Rodrigo"""),
("es", "b157-re-codigo-congelados", "Irene Campos <irene.campos@example.es>", "Re: Tu pedido 30947 está en camino", "billing", "",
"""Hola, os contesto a este correo porque el código BIENVENIDA10 no se
descontó: en la confirmación de abajo pone el total completo. Me
devolvéis los 7,45 €?

Irene

> De: Frioexpress <pedidos@frioexpress.example>
> Tu pedido 30947 está en camino.
> Croquetas caseras x2, merluza en lomos, guisantes 1 kg...
> Total: 74,50 €"""),
("es", "b157-no-quiero-devolucion-cambio-pienso", "Óscar Navarro <oscar.navarro@example.es>", "Pienso", "billing", "",
"""Buenas,

No quiero que me devolváis el dinero, prefiero un cambio. Pedí el saco
de 12 kg de pienso para perro senior y el veterinario ahora dice que
le conviene el de control de peso. El saco está sin abrir. ¿Puede el
repartidor llevárselo el próximo martes y traerme el otro? Si hay
diferencia de precio la pago.

Óscar Navarro, Logroño"""),
("es", "b157-mx-contracargo-comidas-abuela", "Alejandra Treviño <ale.trevino@example.com.mx>", "Cargos no autorizados", "billing", "high",
"""Buen día,

Mi abuela (Sra. Consuelo Garza) dejó de recibir sus comidas desde el 15
de marzo porque se fue a vivir conmigo a Monterrey, y lo avisé por
teléfono ese mismo día. Aun así le siguen cargando $2,350 pesos cada
semana a su tarjeta. Ya van cuatro cargos.

Si no me confirman el reembolso esta semana voy a pedir el contracargo
con el banco y levantar queja en Profeco.

Alejandra Treviño"""),
("es", "b157-hola-leche-bizum", "Carmen Ortiz <carmen.ortiz@example.es>", "Hola", "billing", "",
"""hola buenas, me ha dicho una vecina que traeis la leche de la granja a
casa en Ponferrada. se puede pagar por bizum al repartidor o hay que
domiciliar? gracias"""),
("es", "b157-uy-canasta-subio-precio", "Gabriela Sosa <gabriela.sosa@example.com.uy>", "Canasta", "billing", "",
"""Hola, ¿cómo andan? La canasta familiar de frutas y verduras la pagaba
$1.290 y este mes me cobraron $1.450 sin que me avisaran. ¿Subió el
precio? Si es así avísenme antes, porque capaz que me conviene pasarme
a la chica.

Saludos, Gabriela (Pocitos)"""),
("es", "b157-ya-no-tenemos-perro", "Raquel Duran <raquel.duran@example.es>", "Baja suscripcion", "billing", "",
"""Hola,

Por motivos personales el perro se ha quedado a vivir con mi ex pareja,
asi que ya no me hace falta el pienso cada mes. Dad de baja la
suscripcion a mi nombre, por favor, y no me paseis el cargo del dia 5.

Raquel"""),
("es", "b157-olor-gas-bombona-nueva", "Encarna Lozano <encarna.lozano@example.es>", "Bombona", "technical", "high",
"""Buenas tardes,

Esta mañana el repartidor nos ha cambiado la bombona de la cocina. Desde
entonces huele un poco a gas en el mueble donde está, aunque los fuegos
estén apagados. Hemos cerrado la llave de la bombona, abierto las
ventanas y no estamos encendiendo nada. ¿Puede venir alguien a
revisarlo hoy?

Encarna Lozano
C/ Río Segura 14, Murcia"""),
("es", "b157-mx-app-no-inicia-sesion", "Jorge Cárdenas <jorge.cardenas@example.com.mx>", "no puedo entrar", "technical", "",
"""Que tal, desde ayer la app no me deja iniciar sesión, me sale "error
de conexión, intente más tarde" aunque tengo internet bien. Ya la
desinstalé y la volví a instalar. Android 13. Quiero pedir la despensa
de congelados para el fin.

Saludos"""),
("es", "b157-restaurante-pedidos-no-entran-bodas", "Restaurante Casa Pepa <cocina@casapepa.example>", "pedido del viernes", "technical", "high",
"""Hola,

Desde anoche el portal de pedidos para hostelería no guarda nada: le
damos a "confirmar pedido", sale la ruedita y vuelve al carrito vacío.
Lo hemos intentado desde tres ordenadores distintos. El sábado tenemos
dos bodas, 320 cubiertos, y sin el pedido de marisco congelado del
viernes no tenemos con qué sacar los entrantes.

Llamadme al 600 000 871 cuanto antes.

Paco Ruiz, jefe de cocina
Casa Pepa, Sanlúcar de Barrameda"""),
("es", "b157-ar-estufa-garrafa-hollin", "Silvina Paz <silvina.paz@example.com.ar>", "Estufa", "technical", "high",
"""Hola, les cuento algo para que lo revisen. La estufa a garrafa que
les compré en junio desde hace unos días hace la llama amarilla y alta,
larga humo negro y ya manchó de hollín la pared de atrás. Ayer además
me dio dolor de cabeza estando en el living. La apagué y cerré la
garrafa, no la estoy usando. ¿Pueden mandar a alguien?

Silvina, Mar del Plata"""),
("es", "b157-web-franja-horaria-no-es-pago", "Pablo Iglesias Mora <pablo.iglesiasm@example.es>", "pedido", "technical", "",
"""Hola,

No es un problema de pago, la tarjeta funciona bien. Lo que pasa es que
la web se queda colgada al elegir la franja horaria de entrega: pincho
en "jueves 18-20h" y se queda en blanco. Probado con Chrome y Firefox,
borrando cookies y todo. Como hago el pedido?

Pablo"""),
("es", "b157-co-comedero-no-dispensa", "Camilo Herrera <camilo.herrera@example.com.co>", "Comedero automático", "technical", "",
"""Buenas tardes, el comedero automático que me llegó con el plan de
concentrado no suelta comida en el horario de la mañana, solo en el de
la tarde. Ya le cambié las pilas y lo reinicié. Tiene una luz roja
parpadeando. ¿Qué hago?

Camilo"""),
("es", "b157-abuela-soria-estufa-no-enciende", "Beatriz Gil <beatriz.gil@example.es>", "URGENTE abuela sin calefacción", "technical", "high",
"""Buenos días,

Mi abuela tiene 88 años, vive sola en un pueblo de Soria y la estufa de
butano que le vendisteis en octubre no enciende desde ayer por la
tarde: hace clic pero no prende, y la bombona está recién cambiada.
Es su única calefacción y esta noche dan -6. Os ruego que mandéis un
técnico hoy.

Su dirección: C/ La Fuente 3, Vinuesa. Mi teléfono 600 000 392.

Beatriz Gil"""),
("es", "b157-pellet-se-atasca", "Ignacio Varela <ignacio.varela@example.es>", "Pellet", "technical", "",
"""Hola, desde que empezamos los sacos nuevos de pellet que nos trajisteis
la semana pasada la estufa se para cada dos o tres horas con el error
"Er 12". El sinfín se atasca y en el depósito hay mucho serrín suelto.
Con los sacos anteriores nunca pasó. ¿Puede ser el lote?

Ignacio, Lugo"""),
("es", "b157-cl-seguimiento-no-carga", "Francisca Muñoz <fran.munoz@example.cl>", "seguimiento", "technical", "",
"""hola, el link de seguimiento que me llegó por whatsapp no carga, sale
"página no encontrada". Pedido de verduras N° 55872. Gracias"""),
("es", "b157-re-qr-alergenos-error", "Mercedes Aranda <mercedes.aranda@example.es>", "Re: Consulta alérgenos", "technical", "",
"""Gracias por contestar, pero el problema sigue. Escaneo el QR de la
bandeja como me decís y sale "Error 404 - página no encontrada", con
todas las bandejas de esta semana. Mi madre es celíaca y necesito ver
los alérgenos antes de dárselas.

Mercedes

El 12/03, Atención al cliente escribió:
> Estimada Mercedes, en cada bandeja encontrará un código QR con la
> información de alérgenos del menú. Un saludo."""),
("es", "b157-mx-pedido-cilindro-silbido", "Ernesto Villalobos <ernesto.villalobos@example.com.mx>", "Pedido 3321", "technical", "high",
"""Buenas noches.

El cilindro que me entregaron hoy en la tarde hace un silbido suave en
la válvula y se le está haciendo escarcha alrededor. Lo dejé afuera en
el patio, cerrado y lejos del boiler, y no estamos prendiendo nada en
la cocina. Les pido que manden a alguien a cambiarlo lo antes posible.

Ernesto Villalobos, Zapopan"""),
("es", "b157-email-verificacion-no-llega", "Andrea Soler <andrea.soler@example.es>", "Verificación", "technical", "",
"""Hola, me he registrado en vuestra web para pedir la caja de verdura
pero el correo de verificación no me llega (ni en spam). Lo he pedido
reenviar cuatro veces. Mi correo es este mismo. Gracias."""),
("es", "b157-pe-app-distrito-equivocado", "Diego Quispe <diego.quispe@example.pe>", "Dirección", "technical", "",
"""Hola, en la app guardo mi dirección en Jesús María pero cuando voy a
pagar me cambia solo el distrito a Lince y me dice que no hay entrega
ese día. Lo he corregido varias veces. ¿Es un error de la app?

Diego"""),
("es", "b157-almacen-lena-navidad", "Teresa Blanco <teresa.blanco@example.es>", "Horario", "general", "",
"""Buenas, el almacén de leña de Villalba abre el 24 y el 31 por la
mañana? Queremos pasar con el remolque a por unos sacos.

Gracias, Teresa"""),
("es", "b157-ar-gracias-repartidor-viandas", "Hernán Gómez <hernan.gomez@example.com.ar>", "Gracias", "general", "",
"""Hola, buenas tardes.

Les escribo para agradecer a Walter, el chico que le lleva las viandas a
mi vieja en Banfield. Mi mamá tiene 84 y vive sola, y él todos los días
se queda un minuto a charlar, le saca la basura y la semana pasada le
cambió una lamparita. No hace falta que hagan nada, solo quería que lo
sepan. Tienen un tipo de oro.

Un abrazo,
Hernán"""),
("es", "b157-repartidor-vado-responsable", "Fernando Castillo <fernando.castillo@example.es>", "Queja - quiero hablar con un responsable", "general", "high",
"""Buenos días,

Ayer por la tarde su furgoneta de congelados aparcó en el vado de mi
garaje durante 40 minutos y no pude sacar el coche para llevar a mi
hijo al médico. Cuando el repartidor salió y se lo dije, me contestó
que "para cinco minutos no se muere nadie" y se fue riéndose.

Quiero que me llame un responsable de la zona, no una respuesta
automática. Tengo foto de la matrícula.

Fernando Castillo
Getafe"""),
("es", "b157-mx-entrega-caseta-vigilancia", "Paola Reyes <paola.reyes@example.com.mx>", "Entregas", "general", "",
"""Hola! Para las próximas entregas de la croqueta de los perros, por
favor déjenla en la caseta de vigilancia del fraccionamiento (Bosques
del Valle, entrada por Av. Las Torres), con Don Chuy. Yo paso por ella
en la tarde. Gracias!!"""),
("es", "b157-cambio-telefono-correo", "Julián Peña <julian.pena@example.es>", "Datos de contacto", "general", "",
"""Hola, por favor cambiad mi teléfono de contacto al 600 000 154 y el
correo a este desde el que escribo. El anterior era jpena@example.net,
ya no lo uso. Cliente 44120.

Gracias"""),
("es", "b157-acceso-rgpd-grabaciones", "Marta Cabello <marta.cabello@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

Al amparo del artículo 15 del RGPD, solicito copia de todos los datos
personales que tratan sobre mí, incluidas las grabaciones de llamadas
al servicio de atención al cliente y las notas de los repartidores,
así como la finalidad y los destinatarios de dichos datos.

Adjunto copia de mi DNI.

Atentamente,
Marta Cabello Ruiz"""),
("es", "b157-co-llaves-mostrador", "Natalia Ospina <natalia.ospina@example.com.co>", "Llaves", "general", "",
"""Buenas, el sábado pasé por el punto de recogida de Chapinero a
reclamar la caja de frutas y creo que dejé unas llaves en el mostrador,
tienen un llavero de un gatico azul. ¿Alguien las encontró?

Mil gracias"""),
("es", "b157-patrocinio-alevin-futbol", "CD Los Molinos <cdlosmolinos@example.es>", "Patrocinio temporada", "general", "",
"""Buenas tardes,

Somos el CD Los Molinos, club de fútbol base de Leganés con equipos de
benjamín a cadete (unos 180 niños). Estamos buscando patrocinadores
para las equipaciones de la próxima temporada y muchas de nuestras
familias son clientes vuestras de la caja de fruta. ¿Os interesaría
que os enviemos el dossier?

Un saludo,
Rubén Sanz, coordinador"""),
("es", "b157-cl-verduras-organicas", "Constanza Reyes <constanza.reyes@example.cl>", "pregunta", "general", "",
"""Hola! Las verduras de la caja son orgánicas certificadas o solo de
productores locales? Y de dónde vienen, ¿de la zona de Melipilla?
Gracias"""),
("es", "b157-tienda-rampa-rota", "Lorena Ibáñez <lorena.ibanez@example.es>", "Rampa de la tienda", "general", "high",
"""Hola,

En la tienda de recogida de Alcorcón la rampa de la entrada tiene la
chapa levantada en un borde. Esta mañana una señora con andador se ha
enganchado y casi se va al suelo; la hemos sujetado entre dos. Os lo
comento para que lo arregléis o lo señalicéis antes de que alguien se
haga daño de verdad.

Lorena"""),
("es", "b157-tarta-queso-crimen", "Sonia Vidal <sonia.vidal@example.es>", "Esto es un crimen", "general", "",
"""Lo de vuestra tarta de queso congelada es un crimen, de verdad. Me mata.
Ya me he comido dos esta semana y la culpa es vuestra 😂 Solo quería
felicitar a quien la haga.

Sonia"""),
("es", "b157-ar-feria-barrio", "Comisión Feria Villa Urquiza <feriaurquiza@example.com.ar>", "Feria del barrio", "general", "",
"""Hola, qué tal. Organizamos la feria de la primavera de Villa Urquiza
el domingo 22 de septiembre en la plaza Echeverría. ¿Les interesaría
tener un puesto con sus bolsones de verdura? Los puestos son sin costo
para comercios del barrio.

Saludos,
Marcela, de la comisión"""),
("es", "b157-pregunta-formentera", "Toni Marí <toni.mari@example.es>", "Pregunta", "general", "",
"""Bon dia, repartís congelados en Formentera o solo en Ibiza? Gracias."""),
# ---------------- Polish ----------------
("pl", "b157-ekogroszek-brakuje-rzecznik", "Zbigniew Wróbel <zbigniew.wrobel@example.pl>", "Reklamacja ilości ekogroszku", "billing", "high",
"""Dzień dobry,

14 października zapłaciłem przelewem 3 380 zł za 2 tony ekogroszku
workowanego (zamówienie 2231). Przywieziono 64 worki po 25 kg, czyli
1,6 tony. Kierowca powiedział, że „reszta dojedzie jutro". Minęły trzy
tygodnie, reszta nie dojechała, a pod numerem biura nikt nie odbiera.

Proszę o dowiezienie brakujących 400 kg albo zwrot 676 zł w ciągu 7 dni.
W przeciwnym razie sprawę zgłaszam do Miejskiego Rzecznika Konsumentów
w Radomiu.

Zbigniew Wróbel"""),
("pl", "b157-obiady-mama-sanatorium", "Agnieszka Pawlak <agnieszka.pawlak@example.pl>", "obiady mamy", "billing", "",
"""Dzien dobry,
mama (Halina Pawlak, ul. Kwiatowa 5, Skierniewice) od poniedzialku
jedzie na trzy tygodnie do sanatorium w Ciechocinku. Prosze wstrzymac
dostawy obiadow od 3 do 24 czerwca i nie liczyc tych dni w rachunku.
Od 25 wracamy do normalnych dostaw.
Pozdrawiam
Agnieszka Pawlak (corka)"""),
("pl", "b157-filemon-teczowy-most", "Joanna Krawczyk <joanna.krawczyk@example.pl>", "Filemon", "billing", "",
"""Dzień dobry,

Nasz Filemon odszedł w zeszłą środę za tęczowy most. Miał 16 lat.
Proszę zakończyć subskrypcję karmy dla kota (co miesiąc 2 kg suchej
i 12 saszetek) i nie pobierać już opłaty 149 zł.

Dziękujemy, że przez te lata karma zawsze przychodziła na czas.
Joanna"""),
("pl", "b157-kaucja-butle-zwrot", "Ryszard Baran <ryszard.baran@example.pl>", "Kaucja za butle", "billing", "",
"""Dzien dobry,

przeszlismy na pompe ciepla i nie bedziemy juz zamawiac gazu w butlach.
Mamy trzy puste butle 11 kg, za ktore przy pierwszej dostawie
placilismy kaucje. Jak odzyskac pieniadze? Kierowca moze je zabrac
przy okazji, czy mamy je przywiezc do punktu w Sochaczewie?

Ryszard Baran"""),
("pl", "b157-mrozonki-blik-dwa-razy", "Kamila Szewczyk <kamila.szewczyk@example.pl>", "Zamówienie 61207", "billing", "",
"""Hej, przy płatności BLIK-iem za zamówienie 61207 (mrożonki, 187,40 zł)
aplikacja banku dwa razy poprosiła o potwierdzenie i teraz widzę dwie
transakcje na tę samą kwotę. Paczka przyszła jedna. Proszę o zwrot
jednej płatności.

Kamila"""),
("pl", "b157-faktura-nip-skrzynka", "Biuro Rachunkowe Lipiec <biuro@lipiec-ksiegowosc.example>", "Faktura na firmę", "billing", "",
"""Dzień dobry,

zamawiamy co tydzień dwie skrzynki owoców do biura. Od tego miesiąca
prosimy o wystawianie faktur na firmę:
Biuro Rachunkowe Lipiec Sp. z o.o.
ul. Ogrodowa 18, 90-000 Łódź
NIP 0000000000

Czy można też dostać fakturę zbiorczą za cały miesiąc zamiast osobnych?

Z poważaniem
Monika Lipiec"""),
("pl", "b157-opal-raty-zero", "Henryk Sowa <henryk.sowa@example.pl>", "Raty", "billing", "",
"""Dzień dobry, czy drewno kominkowe (buk, 5 mp) można kupić u Państwa na
raty 0%? Jeżeli tak, to na ile rat i czy trzeba przyjechać podpisać
umowę do Nowego Targu, czy można przez internet?

Henryk Sowa"""),
("pl", "b157-mleko-chargeback-po-rezygnacji", "Pawel Majewski <pawel.majewski@example.pl>", "rezygnacja", "billing", "high",
"""Dzien dobry,

1 marca zrezygnowalem z dostaw mleka i jajek (potwierdzenie mailowe
mam). Mimo to 8 i 15 marca pobraliscie z mojej karty po 64,50 zl.
Zadnej dostawy nie bylo.

Jesli do piatku nie zobacze zwrotu obu kwot, skladam w banku
reklamacje transakcji (chargeback) i sprawa pojdzie dalej.

Pawel Majewski"""),
("pl", "b157-re-kod-rabatowy-warzywa", "Ewa Zalewska <ewa.zalewska@example.pl>", "Re: Potwierdzenie zamówienia nr 40018", "billing", "",
"""Dzień dobry, kod JESIEN20 nie został odliczony – w potwierdzeniu
poniżej jest pełna kwota 112,00 zł zamiast 89,60 zł. Proszę o zwrot
różnicy.

Ewa Zalewska

> Dziękujemy za zamówienie nr 40018!
> Skrzynka sezonowa duża – 1 szt.
> Do zapłaty: 112,00 zł
> Dostawa: czwartek, 16:00–20:00"""),
("pl", "b157-nie-chce-zwrotu-wymiana-karmy", "Tomasz Adamczyk <tomasz.adamczyk@example.pl>", "Karma", "billing", "",
"""Dzień dobry,

nie chcę zwrotu pieniędzy, chcę wymienić karmę. Zamówiłem 15 kg dla psa
dorosłego, a przyszła karma dla szczeniąt. Worek jest nieotwarty.
Czy kurier może go odebrać i przywieźć właściwy?

Tomasz Adamczyk, Gniezno"""),
("pl", "b157-zaliczka-drewno-kierownik", "Grażyna Lis <grazyna.lis@example.pl>", "Zaliczka 500 zł", "billing", "high",
"""Dzień dobry,

we wrześniu wpłaciłam 500 zł zaliczki na 8 metrów drewna sezonowanego.
W październiku pan z biura zadzwonił, że drewna nie będzie w tym
sezonie, i obiecał zwrot zaliczki „w tym tygodniu". Od tamtej pory
dzwoniłam pięć razy i zawsze słyszę to samo.

Żądam rozmowy z kierownikiem albo właścicielem firmy. Nie będę więcej
rozmawiać z biurem.

Grażyna Lis
tel. 600 000 417"""),
("pl", "b157-dzien-dobry-wyjazd-do-corki", "Stanisława Kaczmarek <stanislawa.k@example.pl>", "Dzień dobry", "billing", "",
"""Szanowni Państwo,

od 1 maja wyjeżdżam na stałe do córki do Anglii, więc mleko i twarożek,
które przywozicie mi we wtorki i piątki, nie będą już potrzebne.
Proszę o zakończenie mojego abonamentu i informację, czy mam jeszcze
coś do dopłacenia. Ostatni rachunek zapłaciłam na poczcie 10 kwietnia.

Serdecznie dziękuję panu Józefowi za wszystkie lata.

Stanisława Kaczmarek
Wieliczka"""),
("pl", "b157-karma-drozsza-staly-klient", "Marek Olszewski <marek.olszewski@example.pl>", "cena karmy", "billing", "",
"""Czesc, karma dla psa ktora biore co miesiac zdrozala z 219 na 259 zl.
Jestem u was od 3 lat, jest jakis rabat dla stalych klientow albo
taniej przy zamowieniu na 3 miesiace z gory?
Marek"""),
("pl", "b157-zapach-gazu-po-wymianie-butli", "Dorota Wieczorek <dorota.wieczorek@example.pl>", "Butla w kuchni", "technical", "high",
"""Dzień dobry,

dziś rano Państwa kierowca wymienił nam butlę przy kuchence. Od
popołudnia w szafce z butlą czuć lekki zapach gazu, nawet przy
zakręconych palnikach. Zakręciliśmy zawór na butli, otworzyliśmy okna
i niczego nie zapalamy. Czy ktoś mógłby dziś przyjechać to sprawdzić?

Dorota Wieczorek
ul. Lipowa 7, Mielec"""),
("pl", "b157-aplikacja-reset-hasla", "Krzysztof Nowicki <krzysztof.nowicki@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry, nie mogę się zalogować do aplikacji, a link do resetu
hasła przychodzi już nieaktywny („link wygasł"), nawet jak klikam od
razu. Próbowałem 4 razy. Telefon Samsung, aplikacja zaktualizowana.

Krzysztof"""),
("pl", "b157-przedszkole-zamowienia-platforma", "Przedszkole nr 12 <intendent@przedszkole12.example>", "Jutrzejsze obiady", "technical", "high",
"""Dzień dobry,

od rana panel zamówień dla placówek wyświetla tylko „Błąd serwera 500".
Nie możemy wpisać liczby obiadów na jutro, a termin mija o 13:00.
Jeśli zamówienie nie wejdzie, 126 dzieci zostanie jutro bez obiadu,
a kuchni na miejscu nie mamy.

Proszę o pilny telefon: 42 000 00 00 wew. 3.

Beata Kowalska
intendentka, Przedszkole Miejskie nr 12 w Zgierzu"""),
("pl", "b157-ekogroszek-kamienie-podajnik", "Leszek Zając <leszek.zajac@example.pl>", "ekogroszek", "technical", "",
"""Dzien dobry, w ostatniej dostawie ekogroszku jest pelno kamieni
i mialu. Podajnik w piecu zablokowal sie juz dwa razy, musialem
rozkrecac slimak. Przy poprzednich dostawach tak nie bylo. Czy to
jakas inna partia?
Leszek, Kielce"""),
("pl", "b157-to-nie-platnosc-koszyk-pusty", "Natalia Grabowska <natalia.grabowska@example.pl>", "Problem ze stroną", "technical", "",
"""Dzień dobry,

to nie jest sprawa płatności, karta działa bez zarzutu. Problem jest
wcześniej: po dodaniu produktów do koszyka i przejściu dalej koszyk
pokazuje się pusty. Próbowałam w Chrome i na telefonie. Jak mam złożyć
zamówienie na mrożonki?

Natalia"""),
("pl", "b157-dziadek-reduktor-mroz", "Michal Wojcik <michal.wojcik@example.pl>", "Dziadek bez ogrzewania", "technical", "high",
"""Dzien dobry,

moj dziadek (90 lat, mieszka sam w Bialce Tatrzanskiej) ma piec
gazowy na butle od Panstwa. Od wczoraj wieczorem piec nie rusza –
reduktor, ktory wymieniliscie w listopadzie, chyba sie zepsul, bo
butle sa pelne. W nocy ma byc minus 15, dziadek siedzi w kurtce.
Bardzo prosze o serwisanta dzisiaj.

Nr klienta 10872, moj telefon 600 000 590.
Michal Wojcik"""),
("pl", "b157-brykiet-dymi-czujnik-czadu", "Aleksandra Piątek <aleksandra.piatek@example.pl>", "Brykiet", "technical", "high",
"""Dzień dobry,

chciałam zgłosić, że brykiet drzewny z ostatniej dostawy (paleta z 20
listopada) po rozpaleniu w kominku bardzo mocno dymi i część dymu
wraca do salonu, mimo że komin był czyszczony w październiku. Wczoraj
wieczorem zapiszczał czujnik czadu. Przestaliśmy go używać i palimy
starym drewnem, z którym nie ma problemu.

Aleksandra Piątek"""),
("pl", "b157-sms-kod-skrytka-chlodnicza", "Rafał Mazur <rafal.mazur@example.pl>", "Kod do skrytki", "technical", "",
"""Dzien dobry, zamowilem odbior mrozonek w skrytce chlodniczej przy
Biedronce na Rakowcu, ale SMS z kodem nie przyszedl, a w aplikacji
w miejscu kodu jest „---". Jak mam odebrac paczke?
Rafal"""),
("pl", "b157-re-karmnik-offline", "Iwona Kubiak <iwona.kubiak@example.pl>", "Re: Zgłoszenie 8812", "technical", "",
"""Zrobiłam wszystko jak Państwo napisali, zresetowałam router i karmnik,
i dalej w aplikacji jest „offline". Karmnik sypie karmę tylko
z przycisku ręcznego.

Iwona

-----Wiadomość oryginalna-----
Od: Pomoc <pomoc@karmadomu.example>
> Prosimy zrestartować router oraz przytrzymać przycisk reset na
> karmniku przez 10 sekund, a następnie połączyć go ponownie z siecią.
> Pozdrawiamy, Zespół Obsługi Klienta"""),
("pl", "b157-sledzenie-nie-dziala", "Piotr Sikorski <piotr.sikorski@example.pl>", "zamowienie 70154", "technical", "",
"""link do sledzenia kuriera pokazuje tylko mape bez samochodu i napis
„brak danych". dostawa miala byc 14-16, jest 16:30. cos nie tak z
systemem?"""),
("pl", "b157-aplikacja-gubi-zamowienie-przelozony", "Wojciech Czarnecki <wojciech.czarnecki@example.pl>", "Czwarty raz to samo", "technical", "high",
"""Dzień dobry,

czwarty tydzień z rzędu aplikacja kasuje zamówienie obiadów dla mojego
ojca. Zamawiam w niedzielę, w poniedziałek zamówienia nie ma, ojciec
(82 lata) zostaje bez obiadu, a ja dowiaduję się o tym, kiedy dzwoni
głodny. Trzy razy zgłaszałem to na infolinii, za każdym razem
„przekażemy dalej".

Proszę o kontakt przełożonego działu technicznego. Nie chcę kolejnej
rozmowy z infolinią.

Wojciech Czarnecki"""),
("pl", "b157-zawor-butli-zaciety", "Jan Górecki <jan.gorecki@example.pl>", "Butla", "technical", "",
"""Dzień dobry, w nowej butli 11 kg, którą dostaliśmy w czwartek, zawór
jest tak ciasny, że nie mogę go odkręcić nawet kluczem. Nic nie czuć,
po prostu nie da się jej podłączyć. Stara butla jeszcze chodzi, ale
pewnie na kilka dni.

Jan Górecki"""),
("pl", "b157-kod-pocztowy-nie-przyjmuje", "Beata Jaworska <beata.jaworska@example.pl>", "Kod pocztowy", "technical", "",
"""Dzien dobry, przy rejestracji strona nie przyjmuje mojego kodu
pocztowego 05-410 (Jozefow), pisze „nieprawidlowy format". Wpisuje
z myslnikiem i bez, to samo. Sasiadka u was zamawia, wiec chyba
dowozicie?"""),
("pl", "b157-sklad-opalu-sobota", "Andrzej Michalski <andrzej.michalski@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, do której jest czynny skład opału w Piasecznie w soboty?
Chciałbym podjechać z przyczepką po kilka worków.

Andrzej Michalski"""),
("pl", "b157-podziekowanie-kierowca-wegiel", "Teresa Wróblewska <teresa.wroblewska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować panu Krzysztofowi, kierowcy, który w
poniedziałek przywiózł mi węgiel. Mam 79 lat i chodzę o kulach, a on
bez proszenia przeniósł wszystkie worki do piwnicy i jeszcze zamiatał
po sobie. Takich ludzi dziś mało. Proszę mu przekazać moje podziękowania.

Z wyrazami szacunku
Teresa Wróblewska, Tarnów"""),
("pl", "b157-kierowca-niegrzeczny-skarga", "Adam Kowalczyk <adam.kowalczyk@example.pl>", "Uwaga do kierowcy", "general", "",
"""Dzien dobry,

chcialem tylko zwrocic uwage, ze kierowca, ktory w czwartek przywiozl
skrzynke warzyw na Ursynow, byl bardzo nieuprzejmy dla mojej zony.
Na pytanie, czemu jest dwie godziny spozniony, odpowiedzial „jak sie
nie podoba, to niech pani jezdzi na bazar". Nie oczekuje niczego,
ale prosze z nim porozmawiac.

Adam Kowalczyk"""),
("pl", "b157-dostawa-altana-pies", "Kasia Nowak <kasia.nowak@example.pl>", "Gdzie zostawić", "general", "",
"""Hej, przy następnej dostawie mrożonek proszę zostawić torbę termiczną
w altanie za domem (wejście furtką od ulicy Leśnej). Nie dzwońcie
domofonem, bo mały śpi do 15. Pies jest za siatką, nie gryzie. Dzięki!"""),
("pl", "b157-zmiana-nazwiska-po-slubie", "Magdalena Kowalska-Wiśniewska <magdalena.kw@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Kowalska na Kowalska-Wiśniewska. Proszę
o zmianę danych na moim koncie klienta (nr 33107). Adres i telefon bez
zmian.

Pozdrawiam
Magdalena Kowalska-Wiśniewska"""),
("pl", "b157-rodo-kopia-danych", "Łukasz Kamiński <lukasz.kaminski@example.pl>", "Wniosek RODO", "general", "",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o przesłanie kopii wszystkich moich
danych osobowych przetwarzanych przez Państwa firmę, informacji o celu
przetwarzania i o tym, komu zostały udostępnione (np. firmom
kurierskim).

Łukasz Kamiński"""),
("pl", "b157-parasol-punkt-odbioru", "Elzbieta Krol <elzbieta.krol@example.pl>", "parasol", "general", "",
"""Dzien dobry, we wtorek okolo 17 odbieralam skrzynke w punkcie na
Jezycach i chyba zostawilam tam parasol – zielony w kropki, skladany.
Czy ktos znalazl? Dziekuje"""),
("pl", "b157-osp-festyn-sponsoring", "OSP Kamionka <osp.kamionka@example.pl>", "Festyn strażacki – prośba o wsparcie", "general", "",
"""Szanowni Państwo,

Ochotnicza Straż Pożarna w Kamionce organizuje 17 sierpnia festyn
rodzinny z okazji 100-lecia jednostki. Zwracamy się z prośbą o wsparcie
w formie sponsoringu lub nagród do loterii fantowej. W zamian
umieścimy logo firmy na banerze i plakatach oraz podziękujemy ze
sceny.

Z poważaniem
Dh Marian Sadowski, Prezes OSP Kamionka"""),
("pl", "b157-obiady-dieta-cukrzycowa", "Barbara Zielińska <barbara.zielinska@example.pl>", "Pytanie o diety", "general", "",
"""Dzień dobry, czy w obiadach dla seniorów jest dieta cukrzycowa
i bezglutenowa? Tata ma 84 lata i obie te rzeczy naraz. Czy obiady są
też dostępne w wersji miksowanej, bo ma problem z gryzieniem?

Barbara Zielińska"""),
("pl", "b157-plac-skladu-pret", "Sebastian Dudek <sebastian.dudek@example.pl>", "Plac przy wadze", "general", "high",
"""Dzień dobry,

na placu Państwa składu w Wieliczce, przy wjeździe na wagę, z betonu
wystaje zardzewiały pręt na jakieś 10 cm. Po zmroku go nie widać,
a ludzie chodzą tamtędy z taczkami. Dzisiaj mój szwagier się o niego
potknął i rozciął nogawkę. Warto go uciąć albo oznaczyć, zanim ktoś
się poważnie skaleczy.

Sebastian Dudek"""),
("pl", "b157-pracownica-punktu-kierownik", "Halina Jasińska <halina.jasinska@example.pl>", "Skarga na pracownicę", "general", "high",
"""Dzień dobry,

w piątek w punkcie sprzedaży butli w Wołominie pracownica przy kasie
nakrzyczała na mnie przy innych klientach, bo „za wolno liczę pieniądze",
i nazwała mnie „babcią, która blokuje kolejkę". Mam 76 lat i nigdy
nie zostałam tak potraktowana.

Proszę, żeby skontaktował się ze mną kierownik, nie chcę odpowiedzi
z szablonu.

Halina Jasińska
tel. 600 000 288"""),
("pl", "b157-zabojcze-pierogi", "Ola Baranowska <ola.baranowska@example.pl>", "ZABÓJCZE", "general", "",
"""Wasze mrożone pierogi z kaszą i twarogiem są zabójcze, serio, mój mąż
zjadł całą paczkę na raz i prawie padł 😄 Pozdrowienia dla kuchni!
Ola"""),
("pl", "b157-praca-kierowca-kat-c", "Dariusz Pietrzak <dariusz.pietrzak@example.pl>", "Praca", "general", "",
"""Dzien dobry, czy szukacie kierowcow do rozwozenia opalu na zime?
Mam prawo jazdy kat. C i HDS, 10 lat doswiadczenia. Gdzie wyslac CV?
Dariusz, Bochnia"""),
("pl", "b157-pytanie-hel", "Marta Zawadzka <marta.zawadzka@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, czy dowozicie skrzynki warzyw na Hel (Jurata) w wakacje?
Będziemy tam cały lipiec."""),
]
