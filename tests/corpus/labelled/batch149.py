# batch149.py -- labelled test mails for the helpdesk mail classifier,
# held out of the tree until the rules it measures are final.  Not to be
# tuned or trained on.  Kinds of business: clinics (hearing clinics,
# podiatrists, private GP practices, weight-loss clinics, sexual health
# clinics, sleep apnoea clinics, men's health clinics), plus the firms
# that supply them.  Covers escalation demands that keep their topic,
# legal threats and chargebacks, negations, subjects that say nothing or
# something else, replies quoting an earlier mail, plans ended or paused
# in other words, business outages told by their consequences, safety
# hazards told calmly, praise, payment questions and everyday mail of all
# three queues, in English, Greek (and Greeklish), Spanish and Polish.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b149-aftercare-plan-husband-passed", "Jean Whitfield <jean.whitfield@example.co.uk>", "My husband's hearing aids", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of my late husband, Geoffrey Whitfield, who was a
patient at your Harrogate clinic for many years. Geoffrey passed away on
the 3rd of last month. I see from our bank statement that the 12.50 a
month for his hearing aid aftercare plan is still going out.

Could you please bring this to an end. I have the death certificate if
you need a copy. I shall drop his hearing aids in to the clinic when I
am next in town, in case they can be of use to somebody.

Yours faithfully,
Jean Whitfield (Mrs)"""),
("en", "b149-nail-surgery-charged-twice", "Ryan Holloway <ryan.holloway@example.com>", "Payment", "billing", "",
"""Hi, I had my follow-up for the ingrown toenail on Tuesday at the
Chorlton practice and paid 48 on card at the desk. Banking app shows two
payments of 48 to Step Right Podiatry on the same day, same time. Can you
put one of them back please? Happy to send a screenshot.

Ryan"""),
("en", "b149-weightloss-pens-target-reached", "Sophie Greaves <sophie.greaves@example.com>", "Good news (I think!)", "billing", "",
"""Hi team,

Weighed in this morning and I'm finally at my target - 4 stone down since
January! Dr Amin said at my last review that we'd taper off, so I won't
be needing any more pens after the box that's just arrived. Can you make
sure nothing else goes out and the 179 a month stops from here on?

Thank you all so much, honestly.

Sophie"""),
("en", "b149-sleep-study-invoice-insurer", "Graham Pike <graham.pike@example.co.uk>", "Invoice for insurer", "billing", "",
"""Good afternoon,

I had an overnight sleep study with you on 14 March. My health insurer
will reimburse it, but they need an itemised invoice showing the
procedure codes and the consultant's name, not just the card receipt I
was given. Could you email one across?

Membership number with the insurer, if it helps: AX-4471902.

Regards,
Graham Pike"""),
("en", "b149-late-cancel-fee-dispute-bank", "Natasha Cole <natasha.cole@example.co.uk>", "60 missed appointment fee", "billing", "high",
"""I cancelled my GP appointment for Thursday on the Monday before, by
phone, at 9:10am. The receptionist (I think her name was Sue) confirmed
it was cancelled. You have now taken 60 from my card as a
"did not attend" fee.

I've asked twice by email for this to be reversed and nobody has replied.
If it isn't refunded by Friday I will raise a dispute with my bank and
let them take it back - and I'll be leaving the practice.

Natasha Cole
DOB 02/09/1988"""),
("en", "b149-hearing-trial-refund-ccpc", "Declan Moriarty <declan.moriarty@example.ie>", "Refund - hearing aids returned in trial period", "billing", "high",
"""To whom it concerns,

I returned both hearing aids to your Athlone clinic on 6 May, well within
the 30 day trial your audiologist promised me in writing. I paid 3,490
euro for the pair. The clinic gave me a signed return slip. It is now
coming up on seven weeks and I have not seen a cent back.

Every time I ring I am told the refund is "with accounts". That is not
good enough. If the full amount is not back on my card within ten days I
will be making a complaint to the CCPC and taking it to the Small Claims
Court. I have kept copies of everything.

Declan Moriarty
Moate, Co. Westmeath"""),
("en", "b149-trt-plan-on-ice-offshore", "Travis Doyle <tdoyle@example.com>", "Heads up", "billing", "",
"""Hey guys - I'm heading out on a rotation in the Gulf for about 12
weeks starting the 1st, no way to get shipments out there. Can you put my
monthly plan on ice until I'm back (mid Sept)? Don't want to cancel, just
don't want to get billed the $149 while I'm gone.

Thanks,
Travis"""),
("en", "b149-cpap-rental-towards-buying", "Megan Dwyer <megan.dwyer@example.com.au>", "CPAP hire", "billing", "",
"""Hi there,

I've been hiring the AirSense machine from your Parramatta clinic for
three months now at $95 a month and it's made a massive difference, so
I'd like to keep it. Do any of the hire payments come off the purchase
price if I buy it outright? And can I pay for it in a few instalments or
does it have to be all at once?

Cheers,
Megan"""),
("en", "b149-weightloss-programme-emi", "Pooja Raghavan <pooja.raghavan@example.in>", "Regarding payment for 6 months programme", "billing", "",
"""Dear Sir/Madam,

I am interested to join the 6 months medical weight management programme
at your Koramangala centre. The counsellor told the fee is Rs 48,000. Kindly
let me know if it can be paid in EMI on my HDFC credit card, and if any
processing charges are there. Also is GST included in this amount or
extra?

Thanks and regards,
Pooja Raghavan"""),
("en", "b149-re-invoice-wrong-name", "Helen Marsh <helen.marsh@example.co.uk>", "Re: Your invoice INV-20931", "billing", "",
"""Thanks for this, but the invoice is made out to my husband, and it was
me who had the hearing assessment and me who paid. My employer's
wellbeing scheme won't accept it unless it's in my name. Could you
reissue it to Mrs Helen Marsh please?

Helen

On 11 June, Clearwave Hearing <accounts@clearwave-hearing.example> wrote:
> Dear Mr Marsh,
>
> Please find attached invoice INV-20931 for your hearing assessment on
> 7 June (95.00, paid in full).
>
> Kind regards,
> Accounts Team"""),
("en", "b149-home-kit-code-not-applied", "Jordan Lacey <jordan.lacey@example.com>", "Hello", "billing", "",
"""hi, ordered a home test kit on saturday with the code from your
instagram (FREEKIT) which said it was applied, but I've still been
charged 29. order number SH-55812. can you sort it please"""),
("en", "b149-foot-care-voucher-expired", "Brenda Oakes <brenda.oakes@example.co.uk>", "Gift voucher", "billing", "",
"""Hello,

My daughter bought me a voucher for a foot care treatment at your
Cheltenham practice for my birthday last year. I had my hip done in the
spring and wasn't able to get in, and I now see it expired on 30 April.
It was 45. Is there any chance of it being extended? I'd be very
grateful.

Brenda Oakes"""),
("en", "b149-gp-membership-rise-practice-manager", "Anthony Kerr <anthony.kerr@example.co.uk>", "Annual membership renewal", "billing", "high",
"""My family membership renewed automatically on 1 July at 560. Last year
it was 420. I received no letter, no email, nothing, telling me the price
was going up by a third. I only found out when I checked my card.

I don't think that's an honest way to treat patients who've been with
the practice for nine years. I want the practice manager - not reception,
not a generic inbox - to call me this week about refunding the
difference or cancelling. 07700 900512.

Anthony Kerr"""),
("en", "b149-sleep-bill-collections-attorney", "Dana Whitaker <dana.whitaker@example.com>", "Account 88-10472 sent to collections", "billing", "high",
"""To the billing department,

I just got a letter from a collection agency for $1,240 for my in-lab
sleep study from February. My insurance processed that claim in March and
my EOB shows a patient responsibility of $0. I sent you a copy of the
EOB in April when your first statement came.

Sending this to collections without even answering me is unacceptable. I
need written confirmation within 10 business days that the account is
recalled and that nothing is reported to the credit bureaus. If I don't
get it, my attorney will be handling this from here on.

Dana Whitaker
Columbus, OH"""),
("en", "b149-hearing-aids-iphone-drops", "Martin Sheldon <martin.sheldon@example.co.uk>", "Hearing aids and phone", "technical", "",
"""Hello,

Before anyone suggests it - I don't want to send them back and I'm not
after a refund, I'm very pleased with how they sound. It's just that the
new aids lose the connection to my iPhone every few minutes when I'm on
a call or listening to a podcast. The sound cuts out, then comes back
about ten seconds later. I've forgotten them in Bluetooth and paired
them again twice. Phone is up to date.

Is there a setting I'm missing?

Martin Sheldon"""),
("en", "b149-cpap-power-brick-scorch", "Alan Fenwick <alan.fenwick@example.co.uk>", "CPAP power supply", "technical", "high",
"""Good morning,

Just to let you know, the power supply for the CPAP machine you gave me
in April got very hot last night. When I moved it this morning there was
a brown scorch mark on the bedside table underneath it and a faint smell
of hot plastic. I've unplugged it and I'm not using the machine until I
hear from you.

Could someone advise what I should do? Serial number on the machine is
23141877521.

Alan Fenwick"""),
("en", "b149-portal-login-loop", "Priya Nair <priya.nair@example.co.uk>", "Can't get into patient portal", "technical", "",
"""Hi,

I reset my password for the patient portal yesterday and since then it
just loops: I put in my email and the new password, it says "signing you
in" and then drops me back on the login page. Tried on my laptop and on
my phone, cleared cookies. I need to see my blood test results before my
appointment on Monday.

Thanks
Priya"""),
("en", "b149-cpap-therapy-locked-after-update", "Karen Bright <karen.bright@example.com.au>", "Machine locked - husband can't use it", "technical", "high",
"""Hi,

My husband's CPAP did an update overnight and now the screen just says
"Therapy locked - contact your provider". It won't blow at all. He has
severe sleep apnoea (AHI of 58 at his study) and he stops breathing
dozens of times an hour without it. He barely slept last night, sitting
up in a chair, and he drives a truck for work.

Please can someone ring me as soon as you see this: 0412 555 018.

Karen Bright
Toowoomba"""),
("en", "b149-scales-not-syncing-urgent", "Kirsty Lamb <kirsty.lamb@example.com>", "URGENT!!! scales", "technical", "",
"""The smart scales you sent me aren't talking to the app anymore!!!
Weigh-ins haven't shown up since Sunday, so my coach thinks I've not been
weighing in. I've taken the batteries out and put them back, the scale
shows the weight fine, it just never turns up in the app. Samsung phone
if that matters."""),
("en", "b149-hearing-aid-whistling-domes", "Ernest Pollard <ernest.pollard@example.co.uk>", "Whistling", "technical", "",
"""Dear Clinic,

Since your colleague changed the domes on my hearing aids at my check up
on the 12th, the left one whistles whenever I put my hand near my ear or
lean back on a chair. It never did this before. My wife says she can hear
it across the room.

Could I come in to have them looked at? I am free most mornings.

E. Pollard"""),
("en", "b149-podiatry-diary-screens-blank", "Lucy Harper <lucy.harper@footworks-podiatry.example>", "all three rooms", "technical", "high",
"""Hi,

Since we opened at 8 this morning none of the three treatment rooms can
see today's list - the diary just shows the spinning circle and then
"unable to reach server". Reception can't check anyone in or take
payments either. We've had to send eleven patients home so far and we
have a full afternoon clinic booked.

Please call the practice on 0161 496 0377 as soon as possible.

Lucy Harper
Practice Manager, Footworks Podiatry"""),
("en", "b149-video-consult-no-sound", "Fiona Gallagher <fiona.gallagher@example.ie>", "Video appointment this morning", "technical", "",
"""Hi there,

I had a video consultation with Dr Byrne at 10.20 and she couldn't hear
me at all, although I could hear and see her grand. In the end she rang
my mobile. The browser did ask for the microphone and I said allow. It's
a Chromebook. I've another video appointment in two weeks so I'd like to
get this sorted beforehand.

Thanks,
Fiona"""),
("en", "b149-results-pdf-damaged", "Sam Okafor <sam.okafor@example.com>", "Results", "technical", "",
"""Got the text that my results are ready but the PDF in the portal won't
open. Adobe says the file is damaged or could not be repaired. Tried
downloading it three times. Not about anything else, just want to read
them."""),
("en", "b149-cpap-humidifier-tank-leak", "Dorothy Hale <dorothy.hale@example.co.uk>", "Water on the floor", "technical", "",
"""Hello,

The water tank on my humidifier has started leaking. Each morning there is
a little puddle under the machine and the tank is half empty. I have
looked and there is a fine crack along the bottom seam. It is only five
months old. I am managing with it for now by putting a towel under it.

How do I get a new tank?

Dorothy Hale"""),
("en", "b149-booking-page-saturday-error", "Aaron Finch <aaron.finch@example.com.au>", "Booking", "technical", "",
"""G'day, trying to book a hearing check for my dad on your website. Any
Saturday I pick at the Geelong clinic gives "Something went wrong, error
502". Weekdays go through fine but he works. Can someone have a look?

Aaron"""),
("en", "b149-sleep-oximeter-blank-recording", "Vikram Sethi <vikram.sethi@example.in>", "Home sleep test device - no data", "technical", "",
"""Hello,

I took the home sleep test device from your Andheri clinic on Tuesday and
wore it for two nights as instructed. The technician called today and
said both nights show no oxygen data, only the airflow. The green light
on the finger sensor was on both nights. Kindly advise whether the device
is faulty or I am wearing it wrongly, as I have to repeat the test and
do not want to waste another two nights.

Regards,
Vikram Sethi"""),
("en", "b149-reminder-text-wrong-time", "Chloe Barnett <chloe.barnett@example.co.uk>", "Text reminder", "technical", "",
"""Just had a text reminder for my appointment saying 03:15 tomorrow.
Pretty sure I booked 15:15! Is it your texts that are wrong or have I
actually been booked in at quarter past three in the morning?"""),
("en", "b149-podiatrist-aoife-thanks", "Brendan Kiely <brendan.kiely@example.ie>", "A thank you", "general", "",
"""Hi,

Just a short note to say thanks to Aoife in the Ennis clinic. I've had
trouble with my heel for the best part of two years and I'd more or less
given up. She took the time to look at how I walk, sorted me out with
insoles and a few stretches, and I did a 10k on Sunday without a bother.

Please pass it on to her.

Brendan"""),
("en", "b149-lost-reading-glasses", "Margaret Ellis <margaret.ellis@example.co.uk>", "Glasses", "general", "",
"""Hello, I think I left my reading glasses in your waiting room on
Wednesday afternoon, I had a hearing test at 2. They are tortoiseshell
in a blue case from Boots. Has anyone handed them in?

Margaret Ellis"""),
("en", "b149-easter-monday-open", "Pete Sanderson <pete.sanderson@example.com>", "Easter", "general", "",
"""Is the practice open on Easter Monday? Need to pick up a repeat
prescription and can't get there the Thursday before."""),
("en", "b149-receptionist-mocked-mum-manager", "Joanne Price <joanne.price@example.co.uk>", "The way my mother was spoken to", "general", "high",
"""I took my mother (84) to her hearing aid review at your Stockport
branch on Tuesday. She asked the receptionist to repeat something - which
is, after all, the reason she was there - and the receptionist repeated
it very loudly and slowly and then turned to her colleague and laughed.
My mother heard that perfectly well. She was upset all the way home and
says she doesn't want to go back.

I don't want a voucher. I want the clinic manager or whoever is above
them to ring me and explain what is going to be done about it.

Joanne Price
07700 900 881"""),
("en", "b149-records-request-ico", "Daniel Forde <daniel.forde@example.co.uk>", "Subject access request - second request", "general", "high",
"""Dear Data Protection Officer,

On 2 April I made a subject access request for a copy of all medical
records, consultation notes and correspondence you hold about me. You
acknowledged it on 4 April. More than one calendar month has now passed
and I have received nothing, nor any explanation for the delay.

Please provide the records within 7 days. If you do not, I will be
reporting the matter to the Information Commissioner's Office.

Daniel Forde
Patient no. 0049127"""),
("en", "b149-new-surname-after-wedding", "Emily Rowe <emily.rowe@example.com>", "Change of name", "general", "",
"""Hi, I got married in June so I'm now Emily Rowe, not Emily Cartwright.
Can you update my record? Same address, same mobile. Also my email has
changed to this one. Thanks!"""),
("en", "b149-loose-stair-carpet-entrance", "Gareth Mills <gareth.mills@example.co.uk>", "Stairs up to the clinic", "general", "high",
"""Hello,

Not a complaint as such, but someone should know. The carpet on the
third step of the stairs up to your first-floor treatment rooms has come
loose at the front edge and lifts when you step on it. My mother, who is
79 and came for her nail cutting appointment, caught her foot on it on
the way down this morning and was lucky I was behind her.

Worth fixing before someone less lucky goes down those stairs.

Gareth Mills"""),
("en", "b149-discreet-packaging-neighbour", "Chris Adeyemi <chris.adeyemi@example.com>", "Delivery", "general", "",
"""Hi - I share a house and would prefer the test kit didn't get left on
the doormat. If I'm not in, is it possible for the courier to leave it
with the corner shop (Patel's, 2 doors down) or can I collect from a
locker instead? Also is the parcel plain or does it have the clinic name
on?"""),
("en", "b149-mens-health-first-appointment", "Stephen Walsh <stephen.walsh@example.com>", "Question", "general", "",
"""Morning,

I'm booked in for the men's health check on the 22nd. Do I need to fast
beforehand for the bloods, and should I bring a list of my medications or
will you have that from my GP? First time doing anything like this.

Steve"""),
("en", "b149-fun-run-sponsorship", "Ruth Langley <ruth.langley@example.co.uk>", "Sponsorship for our community 5k", "general", "",
"""Dear Slimwell team,

I help organise the Bramley Park 5k, a free community run held every
September. About 300 people take part, many of them first-timers. We're
looking for a local business to sponsor the finishers' medals (roughly
400), and given what you do it seemed a natural fit.

In return we'd put your logo on the medals, the start banner and our
Facebook page. Would someone be willing to have a chat?

Best wishes,
Ruth Langley
Bramley Park 5k committee"""),
("en", "b149-sleep-tech-killed-it", "Marcus Bell <marcus.bell@example.com>", "Shoutout", "general", "",
"""Your overnight tech Jasmine absolutely killed it last night. I was
a nervous wreck about sleeping with all those wires glued to my head and
she talked me through every single one, came in twice when a sensor came
loose without making me feel dumb. Best medical experience I've had in
years. Make sure her boss sees this!

Marcus"""),
("en", "b149-parking-wheelchair-clinic", "Lorraine Hughes <lorraine.hughes@example.com.au>", "Parking", "general", "",
"""Hi, my husband is in a wheelchair and has his first appointment at your
Fremantle clinic next Thursday. Is there disabled parking close by and is
the clinic on the ground floor or is there a lift?

Thanks, Lorraine"""),
("en", "b149-re-reminder-move-to-afternoon", "Olu Bankole <olu.bankole@example.co.uk>", "Re: Your appointment on Friday 19 July", "general", "",
"""Hi, could this be moved to later the same day? After 3 if possible,
I've been called into a meeting in the morning.

Olu

> Dear Mr Bankole,
>
> This is a reminder of your appointment with Dr Hussain on Friday
> 19 July at 09:40 at Kings Road Private GP.
>
> If you need to change or cancel your appointment, please reply to
> this email or call us on 020 7946 0102.
>
> Kings Road Private GP"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b149-gl-egkyos-stop-programma", "Dimitra K. <dimitra.kar@example.gr>", "programma adynatismatos", "billing", "",
"""Kalhspera sas,
eimai sto mhniaio programma me tis enesimes (89e to mhna). Molis ematha
oti eimai egkyos!! H giatros mou eipe na stamathsw amesws tis enesimes,
opote den 8a xreiastw alles. Mporeite na stamathsete thn xrewsh apo ton
epomeno mhna kai na mhn mou steilete to epomeno kouti?
Eyxaristw polu,
Dimitra"""),
("el", "b149-podologos-dipli-xreosi", "Σταύρος Παπαδάκης <stavros.papadakis@example.gr>", "Χρέωση", "billing", "",
"""Καλημέρα,

Την Τετάρτη έκανα θεραπεία για κάλους στο ιατρείο σας στο Μαρούσι και
πλήρωσα 35€ με κάρτα. Στην κίνηση του λογαριασμού μου βλέπω δύο χρεώσεις
των 35€ με την ίδια ώρα. Παρακαλώ επιστρέψτε τη μία.

Ευχαριστώ,
Σταύρος Παπαδάκης"""),
("el", "b149-apodeixi-meleti-ypnou-asfalistiki", "Αικατερίνη Δούκα <aikaterini.douka@example.gr>", "Παραστατικά για την ασφαλιστική", "billing", "",
"""Καλησπέρα σας,

Στις 18 Μαρτίου έκανα μελέτη ύπνου (πολυυπνογραφία) στο κέντρο σας. Η
ιδιωτική μου ασφαλιστική ζητάει το πρωτότυπο τιμολόγιο παροχής υπηρεσιών
με ανάλυση της εξέτασης και όχι μόνο την απόδειξη της κάρτας. Μπορείτε
να μου το στείλετε ταχυδρομικά ή να το παραλάβω από τη γραμματεία;

Με εκτίμηση,
Αικατερίνη Δούκα"""),
("el", "b149-gl-akoustika-atokes-doseis", "Kostas Vlachos <kvlachos@example.gr>", "akoustika - doseis", "billing", "",
"""Geia sas. O patera mou ekane test akohs sto katasthma sas sth Larisa kai
tou proteinan ta epanafortizomena akoustika, 2.400e to zeugari. Mporoume
na ta plhrwsoume se atokes doseis me pistwtikh? Posew doseis to poly?
H xreiazetai prokatavolh?
Kostas"""),
("el", "b149-mitera-se-monada-frontidas", "Ευτυχία Μανωλάκη <eftychia.manolaki@example.gr>", "Σύμβαση συντήρησης ακουστικών - κ. Ελπινίκη Μανωλάκη", "billing", "",
"""Αγαπητοί κύριοι,

Η μητέρα μου, Ελπινίκη Μανωλάκη, μετακόμισε από την περασμένη εβδομάδα σε
μονάδα φροντίδας ηλικιωμένων στην Κρήτη, κοντά στην αδελφή μου. Εκεί θα
την παρακολουθεί πλέον ακοολόγος της περιοχής, οπότε δεν θα έρχεται πια
στο κατάστημά σας στο Παγκράτι για τους τριμηνιαίους ελέγχους.

Παρακαλώ να μη συνεχιστεί η σύμβαση συντήρησης (15€ τον μήνα) μετά τη
λήξη του τρέχοντος μήνα. Ευχαριστούμε για όλα αυτά τα χρόνια.

Ευτυχία Μανωλάκη"""),
("el", "b149-pagoma-paketou-xeirourgeio", "Γιωργος Τσιρμπας <g.tsirmpas@example.gr>", "Πακετο 10 συνεδριων", "billing", "",
"""Καλησπερα,
εχω αγορασει το πακετο των 10 συνεδριων με τη διαιτολογο (εχω κανει τις 4).
Τον αλλο μηνα μπαινω για επεμβαση στο γονατο και θα ειμαι εκτος για
2 μηνες περιπου. Μπορω να παγωσω το πακετο και να συνεχισω μετα χωρις
να χασω τις 6 συνεδριες που εχουν μεινει; Τις εχω πληρωσει ολες.
Ευχαριστω,
Γιωργος"""),
("el", "b149-re-prosfora-ekptosi-15", "Άρης Λαμπρόπουλος <aris.lampropoulos@example.gr>", "Re: Προσφορά ακουστικών βαρηκοΐας - Π-2219", "billing", "",
"""Καλημέρα,

Στην προσφορά που μου στείλατε (παρακάτω) αναφέρεται έκπτωση 15% για
συνταξιούχους. Στην απόδειξη που πήρα χθες κατά την παραλαβή όμως
χρεώθηκα ολόκληρο το ποσό, 1.980€. Η έκπτωση θα έπρεπε να είναι 297€.
Πώς θα μου επιστραφεί η διαφορά;

Άρης Λαμπρόπουλος

-----Αρχικό μήνυμα-----
Από: Ακουστικά Ηχώ <info@ichoakoustika.example>
Θέμα: Προσφορά ακουστικών βαρηκοΐας - Π-2219

> Κύριε Λαμπρόπουλε,
> σας αποστέλλουμε την προσφορά για δύο ακουστικά RIC επαναφορτιζόμενα,
> συνολικής αξίας 1.980€. Ως συνταξιούχος δικαιούστε έκπτωση 15%.
> Με εκτίμηση, Ακουστικά Ηχώ"""),
("el", "b149-gl-cpap-enoikio-meta-epistrofi", "Thanasis Roussos <thanasis.rou@example.gr>", "CPAP", "billing", "high",
"""Kalhmera. To CPAP pou nikiaza apo esas to epestrepsa sto katasthma sto
Peiraia stis 28 Apriliou (exw thn apodeixh paralavhs me sfragida). Parola
auta me xrewsate 45e kai ton Maio kai ton Iounio. Exw steilei 3 mail kai
exw parei 2 fores thlefwno, kaneis den asxoleitai.
An den gyrisoun ta 90e mexri thn Paraskeuh kanw amfisvhthsh xrewshs sthn
trapeza kai telos.
Thanasis Roussos"""),
("el", "b149-prokatavoli-akoustikon-synigoros", "Παναγιώτα Ζερβού <panagiota.zervou@example.gr>", "Επιστροφή προκαταβολής 600€", "billing", "high",
"""Κύριοι,

Στις 10 Απριλίου κατέβαλα προκαταβολή 600€ για ζεύγος ακουστικών
βαρηκοΐας κατά παραγγελία, με την προφορική και γραπτή δέσμευσή σας ότι
θα παραδοθούν σε τρεις εβδομάδες. Έχουν περάσει δύο μήνες, τα ακουστικά
δεν ήρθαν ποτέ και στις 5 Ιουνίου σας ενημέρωσα εγγράφως ότι ακυρώνω την
παραγγελία και ζητώ πίσω την προκαταβολή.

Από τότε δεν έχω λάβει ούτε απάντηση ούτε χρήματα. Σας ενημερώνω ότι αν
το ποσό δεν επιστραφεί εντός 10 ημερών θα απευθυνθώ στον Συνήγορο του
Καταναλωτή και θα κινηθώ νομικά.

Παναγιώτα Ζερβού
Πάτρα"""),
("el", "b149-androlog-xreosi-180-diefthyntis", "Μιχάλης Αντωνίου <michalis.antoniou@example.gr>", "Λάθος χρέωση επίσκεψης", "billing", "high",
"""Καλησπέρα,

Έκλεισα ραντεβού στο ανδρολογικό κέντρο σας στη Θεσσαλονίκη μέσω της
σελίδας σας, όπου η πρώτη επίσκεψη αναφέρεται στα 120€. Στο τέλος της
επίσκεψης η γραμματεία μού χρέωσε 180€ λέγοντας ότι «ο υπέρηχος είναι
επιπλέον». Κανείς δεν με ενημέρωσε πριν τον κάνουν, ούτε με ρώτησε.

Η γραμματέας δεν δέχτηκε καν να το συζητήσει. Ζητώ να επικοινωνήσει μαζί
μου ο διευθυντής του κέντρου ή κάποιος υπεύθυνος, όχι η ρεσεψιόν.
Τηλέφωνο 6944 123 870.

Μιχάλης Αντωνίου"""),
("el", "b149-gl-iris-plirwmi", "Nefeli Sarantou <nefeli.s@example.gr>", "Erwthsh", "billing", "",
"""geia sas, 8a er8w thn Pempth gia to check up sto kentro seksoualikhs
ygeias. dexeste IRIS h mono metrhta kai karta? kai to test gia ola ta
STI einai 95e opws leei to site h exei kai allh xrewsh?"""),
("el", "b149-paraggelia-anatomikoi-patoi-allagi", "Βασιλική Ρήγα <vasiliki.riga@example.gr>", "Παραγγελία 40318", "billing", "",
"""Γεια σας,

Παρέλαβα χθες τους ανατομικούς πάτους από το eshop σας, αλλά το 39 μού
είναι μεγάλο και γλιστράει το πόδι μέσα στο παπούτσι. Δεν τους έχω
φορέσει έξω, μόνο τους δοκίμασα στο σπίτι. Μπορώ να τους αλλάξω με 38 ή
αν δεν υπάρχει να πάρω πίσω τα 42€; Πρέπει να πληρώσω εγώ τα μεταφορικά;

Βασιλική"""),
("el", "b149-kouponi-test-sexoualikis-ygeias", "Λευτέρης Κωνσταντίνου <lefteris.konst@example.gr>", "Κουπόνι", "billing", "",
"""Καλημέρα. Αγόρασα από την πλατφόρμα προσφορών κουπόνι για πλήρη
έλεγχο σεξουαλικής υγείας στο κέντρο σας (49€ αντί 120€). Στο τηλέφωνο
μου είπαν ότι το κουπόνι ισχύει μόνο καθημερινές πριν τις 2. Στην
περιγραφή του κουπονιού δεν γράφει κάτι τέτοιο. Ισχύει τελικά και για
απογευματινό ραντεβού ή να ζητήσω τα χρήματα πίσω από την πλατφόρμα;

Λευτέρης"""),
("el", "b149-gl-metakomish-thessaloniki-diaitologos", "Markos Dimou <markos.dimou@example.gr>", "metakomish", "billing", "",
"""Kalhmera Kyria Xristina, kalhmera kai sto grafeio,
apo 1h Septemvriou metakomizoume oikogeneiakws Thessalonikh logw
douleias, opote den 8a mporw na synexisw tis mhniaies synanthseis. Sas
parakalw na mhn ananew8ei h mhniaia syndromh (65e) apo Septemvrio. Ton
Augousto 8a erthw kanonika.
Eyxaristw gia olh th voh8eia, -9 kila den einai ligo!
Markos"""),
("el", "b149-akoustiko-den-fortizei-oxi-epistrofi", "Σοφία Πετροπούλου <sofia.petropoulou@example.gr>", "Δεξί ακουστικό", "technical", "",
"""Καλημέρα σας,

Δεν ζητάω επιστροφή χρημάτων ούτε αλλαγή, είμαι πολύ ευχαριστημένη με τα
ακουστικά. Απλώς από την Κυριακή το δεξί δεν φορτίζει. Το βάζω στη θήκη,
το λαμπάκι αναβοσβήνει κόκκινο αντί για πράσινο και το πρωί είναι
άδειο. Το αριστερό φορτίζει κανονικά στην ίδια θήκη. Καθάρισα τις
επαφές με μαλακό πανάκι όπως μου είχατε δείξει.

Τι να κάνω; Να το φέρω στο κατάστημα;

Σοφία Πετροπούλου"""),
("el", "b149-gl-cpap-maska-sfyrizei", "Nikos Galanis <nikos.galanis@example.gr>", "maska", "technical", "",
"""Kalhspera, h maska tou CPAP pou mou dwsate prin ena mhna sfyrizei apo
thn panw meria konta sta matia kai to mhxanhma deixnei "megalh diarroh"
ka8e vradi. Exw dokimasei na sfiksw ta lastixakia alla xeirotereyei,
me ponaei h myth. Yparxei allo megethos h kati allo na dokimasw?
Nikos"""),
("el", "b149-thiki-fortisis-kamena-spin8ires", "Ιωάννης Καραγιάννης <ioannis.karagiannis@example.gr>", "Θήκη φόρτισης ακουστικών", "technical", "high",
"""Καλησπέρα,

Σας ενημερώνω ότι χθες το βράδυ, όταν έβαλα τη θήκη φόρτισης των
ακουστικών στην πρίζα, είδα μια μικρή σπίθα στο βύσμα και μετά από λίγο
μύρισε καμένο πλαστικό. Τη βγάλαμε αμέσως από την πρίζα. Το καλώδιο
κοντά στη θήκη έχει λιώσει λίγο. Τα ακουστικά δεν τα έχω ξαναβάλει να
φορτίσουν.

Τι πρέπει να κάνω; Χωρίς αυτά ο πατέρας μου δεν ακούει σχεδόν τίποτα.

Ιωάννης Καραγιάννης"""),
("el", "b149-iatreio-rantevou-den-fainontai", "Γραμματεία Ιατρείου Δρ. Σκλαβενίτη <grammateia@iatreio-sklaveniti.example>", "Πρόγραμμα ραντεβού", "technical", "high",
"""Καλημέρα,

Από τις 8:30 που ανοίξαμε, στο πρόγραμμα ραντεβού δεν εμφανίζεται κανένα
ραντεβού για σήμερα ούτε για την υπόλοιπη εβδομάδα, μόνο κενές σελίδες.
Έχουμε ασθενείς στην αναμονή που δεν ξέρουμε με ποια σειρά να τους
φωνάξουμε, δεν μπορούμε να δούμε ιστορικά και δεν βγαίνουν αποδείξεις.
Ο γιατρός έχει 22 ραντεβού σήμερα.

Παρακαλούμε καλέστε μας άμεσα στο 210 5551 234.

Μαρίνα
Γραμματεία"""),
("el", "b149-gl-app-den-anoigei-update", "Tasos P. <tasos.pap@example.gr>", "app", "technical", "",
"""Meta thn teleutaia enhmerwsh h efarmogh tou programmatos den anoigei
kan, vgazei to logotypo kai kleinei. Exw Xiaomi, thn esvhsa kai thn
ksanakatevasa, tipota. Den mporw na grapsw ta geumata ths evdomadas
kai to Deutera exw zugisma me th diaitologo."""),
("el", "b149-otp-kodikos-den-erxetai", "Χρυσουλα Μπενου <chrysoula.benou@example.gr>", "Δεν μπορω να μπω", "technical", "",
"""Καλησπερα,
προσπαθω απο χθες να μπω στον λογαριασμο μου για να δω τα αποτελεσματα
των εξετασεων αιματος. Βαζω κωδικο, μου λεει οτι θα μου στειλει κωδικο
με sms αλλα το sms δεν ερχεται ποτε. Το κινητο ειναι το σωστο,
6972 000 418. Τι να κανω;
Χρυσουλα"""),
("el", "b149-cpap-pateras-sfalma-motera", "Ελένη Χατζηδάκη <eleni.chatzidaki@example.gr>", "Το μηχάνημα του πατέρα μου σταμάτησε", "technical", "high",
"""Καλημέρα,

Το CPAP του πατέρα μου (Εμμανουήλ Χατζηδάκης, 81 ετών) σταμάτησε στη μέση
της νύχτας και η οθόνη γράφει «Σφάλμα μοτέρ - Ε04». Το έκλεισα και το
άνοιξα ξανά, αποσυνδέσαμε τη σωλήνα, τίποτα. Ο πατέρας μου έχει βαριά
άπνοια και καρδιακή ανεπάρκεια και ο πνευμονολόγος του έχει πει ρητά να
μην κοιμάται χωρίς το μηχάνημα.

Μπορείτε να μας δώσετε ένα προσωρινό μηχάνημα σήμερα; Μένουμε στο
Ηράκλειο. Τηλέφωνο 6977 555 310.

Ελένη Χατζηδάκη"""),
("el", "b149-gl-video-rantevou-den-syndeetai", "Vicky Lazarou <vicky.lazarou@example.gr>", "video rantevou", "technical", "",
"""Geia sas, eixa shmera stis 6 rantevou me video me ton giatro kai to link
pou mou hr8e mou evgaze "h sundesh apetyxe" synexeia. Dokimasa kai apo to
kinhto kai apo to laptop. Telika milhsame sto thlefwno alla 8elw na kserw
ti ftaiei gia to epomeno rantevou."""),
("el", "b149-zygaries-kataskimata-metriseis", "Λειτουργίες Fitline <ops@fitline-kentra.example>", "Ζυγαριές λιπομέτρησης - όλα τα καταστήματα", "technical", "high",
"""Καλησπέρα σας,

Από το πρωί και στα τέσσερα καταστήματά μας (Χαλάνδρι, Γλυφάδα, Πειραιάς,
Κηφισιά) οι ζυγαριές λιπομέτρησης που μας έχετε εγκαταστήσει δεν στέλνουν
τις μετρήσεις στο σύστημα. Οι διαιτολόγοι δεν βλέπουν τίποτα, οι πελάτες
ζυγίζονται και φεύγουν χωρίς καρτέλα και έχουμε ήδη πάνω από 60 ζυγίσεις
που χάθηκαν. Αύριο έχουμε διπλάσια ραντεβού.

Χρειαζόμαστε κάποιον να το δει σήμερα.

Στέφανος Ορφανός
Υπεύθυνος Λειτουργιών"""),
("el", "b149-gl-tv-streamer-thoryvos", "Babis Xenos <babis.xenos@example.gr>", "TV", "technical", "",
"""Kalhmera, to TV streamer pou mou dwsate mazi me ta akoustika douleuei
alla kanei ena sfyrigma/8oryvo apo pisw synexeia, eidika stis eidhseis.
Apo to hxeio ths thleorashs to idio programma akougetai ka8ara. To
kalwdio to exw valei sthn eksodo optical opws mou eipate.
Babis"""),
("el", "b149-forma-epikoinonias-den-stelnei", "Ρένα Αθανασίου <rena.athanasiou@example.gr>", "Ιστοσελίδα", "technical", "",
"""Γεια σας, προσπαθώ να σας στείλω μήνυμα από τη φόρμα επικοινωνίας της
ιστοσελίδας για ένα ραντεβού στον ποδολόγο, αλλά όταν πατάω «Αποστολή»
μένει να γυρίζει ο κύκλος και μετά λέει «Σφάλμα διακομιστή». Το έκανα
τρεις φορές. Γι' αυτό σας γράφω εδώ. Ρένα"""),
("el", "b149-online-kleisimo-mi-diathesimo", "Σπυρος Δελης <spyros.delis@example.gr>", "κλεισιμο ραντεβου", "technical", "",
"""Καλημερα,
στο site σας οποια μερα και να διαλεξω για τη μελετη υπνου μου βγαζει
"μη διαθεσιμο" ακομα και για τον Σεπτεμβριο. Στο τηλεφωνο μου ειπαν
οτι υπαρχουν ελευθερες ημερομηνιες. Μηπως εχει κολλησει κατι;
Σπυρος"""),
("el", "b149-rochalito-katagrafeas-den-grafei", "Αντωνης Φραγκος <antonis.fragkos@example.gr>", "Καταγραφικο υπνου", "technical", "",
"""Καλησπερα. Πηρα το φορητο καταγραφικο υπνου για το σπιτι την Τριτη.
Το φορεσα δυο βραδια οπως μου εδειξε η τεχνικος, αλλα το λαμπακι
ανεβοσβηνει πορτοκαλι και η εφαρμογη λεει "καμια καταγραφη". Η μπαταρια
ηταν γεματη. Να το φερω πισω ή κανω κατι λαθος;"""),
("el", "b149-efxaristo-podologo-diavitiko", "Κατερίνα Μαυρίδου <katerina.mavridou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω θερμά την κυρία Ζωή, την ποδολόγο σας στη Λάρισα. Η
μητέρα μου είναι διαβητική και είχε ένα έλκος στη φτέρνα που δεν έκλεινε
με τίποτα. Με την υπομονή της, τις οδηγίες της και τις εβδομαδιαίες
περιποιήσεις, το πόδι έκλεισε εντελώς. Η μητέρα μου την αναφέρει σε όλη
τη γειτονιά.

Με εκτίμηση,
Κατερίνα Μαυρίδου"""),
("el", "b149-gl-xasame-kaskol-anamoni", "Ioanna T. <ioanna.tzou@example.gr>", "kaskol", "general", "",
"""Kalhmera! Mhpws vrhkate ena mple kaskol plekto sthn ai8ousa anamonhs
thn Triti to apogeuma? Eixa rantevou stis 5 gia elegxo akohs. Einai apo
th giagia mou gi auto to 8elw pisw :)"""),
("el", "b149-orario-dekapentavgoustos", "Νίκος Ζαφειρόπουλος <nikos.zafeiropoulos@example.gr>", "Ωράριο Αυγούστου", "general", "",
"""Καλημέρα, θα είναι ανοιχτό το ιατρείο την εβδομάδα του
Δεκαπενταύγουστου; Θέλω να περάσω για τη συνταγή του πατέρα μου και να
ξέρω αν θα λείπει ο γιατρός.

Νίκος"""),
("el", "b149-grammateia-fonaxe-logo-episkepsis", "Άγγελος Κ. <angelos.k@example.gr>", "Συμπεριφορά στη ρεσεψιόν", "general", "high",
"""Καλησπέρα,

Την Πέμπτη το απόγευμα ήρθα στο κέντρο σας για εξετάσεις. Η υπάλληλος
στη ρεσεψιόν επανέλαβε δυνατά μπροστά σε όλη την αίθουσα αναμονής τον
λόγο της επίσκεψής μου και ρώτησε, πάλι δυνατά, «πότε ήταν η τελευταία
σας επαφή». Υπήρχαν τουλάχιστον οκτώ άτομα εκεί. Ένιωσα απίστευτα
εκτεθειμένος, σε ένα μέρος που υποτίθεται ότι εγγυάται διακριτικότητα.

Θέλω να μιλήσω με τον υπεύθυνο του κέντρου, όχι με τη ρεσεψιόν. Αν δεν
υπάρξει απάντηση, θα κάνω επίσημη καταγγελία.

Άγγελος"""),
("el", "b149-antigrafo-fakelou-apdpx", "Θεοδώρα Κυριακίδου <theodora.kyriakidou@example.gr>", "Αίτημα πρόσβασης σε ιατρικό φάκελο - 2η υπενθύμιση", "general", "high",
"""Αξιότιμοι κύριοι,

Στις 3 Μαΐου υπέβαλα γραπτό αίτημα, σύμφωνα με το άρθρο 15 του ΓΚΠΔ, για
αντίγραφο του πλήρους ιατρικού μου φακέλου (ιστορικό, γνωματεύσεις,
αποτελέσματα εξετάσεων) από το ιατρείο σας. Έχει παρέλθει πάνω από ένας
μήνας χωρίς καμία απάντηση, παρότι έχω τηλεφωνήσει δύο φορές.

Σας ζητώ να μου χορηγήσετε τα έγγραφα εντός 7 ημερών. Διαφορετικά θα
υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Θεοδώρα Κυριακίδου"""),
("el", "b149-gl-allagh-thlefwnou-dieythynshs", "Manolis Fotiou <manolis.fotiou@example.gr>", "allagh stoixeiwn", "general", "",
"""Geia sas, allaksa kinhto kai spiti. Neo kinhto 6955 111 203, nea
dieythynsh Agiou Dhmhtriou 14, Kalamaria 55132. To email menei to idio.
Eyxaristw, Manolis Fotiou (AMKA 12068201234)"""),
("el", "b149-rampa-eisodou-spasmeno-plakaki", "Μαρια Κουτρα <maria.koutra@example.gr>", "Ραμπα εισοδου", "general", "high",
"""Καλησπερα σας.
Ηθελα να σας πω οτι στη ραμπα της εισοδου του κεντρου ακοης στην
Καλλιθεα εχει σπασει ενα πλακακι στη μεση και κουνιεται. Σημερα η
κυρια μπροστα μου με το περπατουρι σκαλωσε και παραλιγο να πεσει. Το
ειπα και στην κοπελα στη ρεσεψιον, αλλα δεν ειδα να μπαινει καποιο
σημαδι. Καλο ειναι να φτιαχτει πριν χτυπησει κανεις.
Μαρια Κουτρα"""),
("el", "b149-parapemptiko-androlog", "Χρήστος Λιάπης <christos.liapis@example.gr>", "Ερώτηση για ραντεβού", "general", "",
"""Καλημέρα σας,

Θα ήθελα να κλείσω ραντεβού με τον ανδρολόγο. Χρειάζομαι παραπεμπτικό
από παθολόγο ή μπορώ να έρθω απευθείας; Και πόσο περίπου διαρκεί η
πρώτη επίσκεψη;

Ευχαριστώ,
Χρήστος Λιάπης"""),
("el", "b149-gl-ti-na-ferw-meleti-ypnou", "Pavlos Rigas <pavlos.rigas@example.gr>", "Geia sas", "general", "",
"""Geia sas, thn Paraskeuh to vrady exw meleth upnou sto kentro sas. Ti
prepei na ferw mazi? Mporw na ferw to diko mou maksilari? Kai na pinw
kafe to apogeuma h oxi? Einai h prwth fora pou kanw kati tetoio.
Pavlos"""),
("el", "b149-xorigia-agona-dromou", "Σύλλογος Δρομέων Βόλου <info@dromeis-volou.example>", "Πρόταση χορηγίας", "general", "",
"""Αξιότιμη κυρία Ραπτοπούλου,

Ο Σύλλογος Δρομέων Βόλου διοργανώνει τον 6ο Φθινοπωρινό Αγώνα Δρόμου
στην παραλία του Βόλου, στις 12 Οκτωβρίου, με περίπου 800 συμμετοχές.
Αναζητούμε χορηγούς για τα μετάλλια και τους σταθμούς νερού.

Θεωρούμε ότι το κέντρο ποδολογίας σας θα ταίριαζε ιδιαίτερα, αφού πολλοί
δρομείς μας σας επισκέπτονται ήδη. Θα θέλατε να συζητήσουμε τις
δυνατότητες προβολής;

Με εκτίμηση,
Αλέξης Παπαγεωργίου
Γραμματέας"""),
("el", "b149-gl-diaitologos-fonissa-epainos", "Roula Kyrou <roula.kyrou@example.gr>", "h Anna!!!", "general", "",
"""Prepei na to pw: h Anna h diaitologos sas einai FONISSA!! Mou eksafanise
12 kila se 4 mhnes xwris na peinasw pote kai xwris na me kanei na
ntrepomai otan eixa kakh evdomada. Eimai 48 kai nomizw einai h prwth fora
pou mou aresei ti vlepw ston ka8refth. Na thn exete kala!!
Roula"""),
("el", "b149-re-ypenthymisi-allagi-imeras", "Δήμητρα Σταθοπούλου <dimitra.stathopoulou@example.gr>", "Re: Υπενθύμιση ραντεβού", "general", "",
"""Καλησπέρα, μπορούμε να το μεταφέρουμε για την επόμενη εβδομάδα, ιδανικά
Τρίτη ή Τετάρτη απόγευμα; Μου προέκυψε ταξίδι για δουλειά.

Δήμητρα

> Αγαπητή κα Σταθοπούλου,
> σας υπενθυμίζουμε το ραντεβού σας για έλεγχο ακοής την Πέμπτη 11/7
> στις 10:30 στο κατάστημα Αμπελοκήπων.
> Για αλλαγή ή ακύρωση απαντήστε σε αυτό το μήνυμα.
> Ακουστικά Ηχώ"""),
("el", "b149-test-xoris-amka", "Νεφέλη Αλεξίου <nefeli.alexiou@example.gr>", "Ανωνυμία", "general", "",
"""Γεια σας. Θέλω να κάνω τεστ για HIV και σύφιλη στο κέντρο σας. Μπορώ να
το κάνω χωρίς να δώσω ΑΜΚΑ και ονοματεπώνυμο; Και τα αποτελέσματα
στέλνονται κάπου ή τα παίρνω μόνο εγώ από κοντά;"""),
# ---------------- Spanish ----------------
("es", "b149-podologia-cobro-duplicado", "Raquel Soto <raquel.soto@example.es>", "Cobro", "billing", "",
"""Hola,

El martes estuve en la consulta de podología de la calle Alcalá para una
quiropodia y pagué 40 € con tarjeta. En la app del banco me aparecen dos
cargos de 40 € de la clínica, a la misma hora. ¿Me podéis devolver uno?

Gracias,
Raquel Soto"""),
("es", "b149-nutriologa-me-dio-de-alta", "Guadalupe Hernández <lupita.hdz@example.com.mx>", "Ya terminé!!", "billing", "",
"""Hola buenas tardes

Les escribo para contarles que la nutrióloga Karla ya me dio de alta
del programa, llegué a mi meta y ya solo voy a ir a revisión cada 6 meses.
Entonces ya no necesito el plan mensual de $2,300 pesos. Me pueden
confirmar que ya no me van a cobrar el mes de agosto?

Muchas gracias por todo, de verdad

Lupita Hernández"""),
("es", "b149-audifonos-cuotas-sin-interes", "Horacio Benítez <horacio.benitez@example.com.ar>", "Consulta forma de pago", "billing", "",
"""Buenas tardes,

Mi señora se hizo la audiometría en el centro de Belgrano y le
recomendaron los audífonos recargables, que salen $2.850.000 el par.
Quería saber si se pueden pagar en cuotas sin interés con Visa del Banco
Nación, y en cuántas. ¿Hay descuento pagando por transferencia?

Saludos cordiales,
Horacio Benítez"""),
("es", "b149-factura-con-nif-autonomo", "Iñaki Arrieta <inaki.arrieta@example.es>", "Factura", "billing", "",
"""Egun on / buenos días,

Me hicieron el reconocimiento de salud masculina el día 4 en la clínica
de Bilbao y me dieron un ticket. Soy autónomo y necesito factura completa
a mi nombre con NIF: Iñaki Arrieta Goikoetxea, 72345678K, c/ Licenciado
Poza 21, 3º, 48011 Bilbao.

Eskerrik asko,
Iñaki"""),
("es", "b149-cuota-mantenimiento-padre-fallecido", "Consuelo Ramos <consuelo.ramos@example.es>", "Mantenimiento audifonos de mi padre", "billing", "",
"""Buenos dias,
mi padre, Anselmo Ramos Gil, fallecio el pasado 20 de mayo. Tenia
contratado con ustedes el mantenimiento de sus audifonos, 9,90 al mes,
que sigue cargandose en su cuenta. Les ruego que lo den de baja. Si
necesitan el certificado de defuncion me dicen y se lo envio.
Un saludo,
Consuelo Ramos"""),
("es", "b149-re-cotizacion-cpap-cobro-de-mas", "Andrés Felipe Ríos <andres.rios@example.com.co>", "Re: Cotización CPAP automático - COT-1183", "billing", "",
"""Buenas tardes,

Según la cotización de abajo el equipo con humidificador y mascarilla
quedaba en $3.450.000, pero en la factura que me entregaron al recogerlo
dice $3.890.000. Nadie me explicó la diferencia. ¿Me pueden aclarar o
reintegrarme los $440.000?

Cordialmente,
Andrés Felipe Ríos

---- Mensaje original ----
De: Clínica del Sueño Andina <ventas@suenoandina.example>
> Señor Ríos, de acuerdo con lo conversado le enviamos la cotización del
> CPAP automático con humidificador integrado y mascarilla nasal, por un
> valor total de $3.450.000 IVA incluido. Validez: 30 días."""),
("es", "b149-tratamiento-cancelado-omic", "Jordi Puig <jordi.puig@example.es>", "Cargos de un tratamiento cancelado", "billing", "high",
"""A la atención de administración:

El 2 de abril cancelé por escrito el tratamiento de salud masculina que
había contratado con su clínica de Barcelona (cuotas de 129 € al mes), y
me confirmaron la baja por correo ese mismo día. Pese a ello me han
cobrado mayo y junio.

He llamado tres veces y siempre me dicen que "lo miran". Si en diez días
no me devuelven los 258 € presentaré una hoja de reclamaciones y acudiré
a la OMIC de mi ayuntamiento.

Jordi Puig i Serra"""),
("es", "b149-anticipo-estudio-sueno-profeco", "Verónica Salgado <veronica.salgado@example.com.mx>", "Devolución de anticipo", "billing", "high",
"""Buenas tardes,

El 15 de mayo pagué un anticipo de $4,000 pesos para un estudio de sueño
en su clínica de Guadalajara. Un día antes me cancelaron porque "el
equipo estaba en mantenimiento" y me dijeron que me devolverían el dinero
en 5 días hábiles. Ya pasó más de un mes.

Si no recibo el reembolso completo esta semana voy a poner una queja
formal ante PROFECO. Tengo el recibo y los mensajes de WhatsApp donde me
prometieron la devolución.

Verónica Salgado"""),
("es", "b149-membresia-baja-desconocer-cargo", "Martín Aguirre <martin.aguirre@example.com.ar>", "BAJA!!!", "billing", "high",
"""Me di de baja de la membresía del programa de descenso de peso en
marzo, tengo el mail de confirmación de ustedes. Me siguen debitando
$38.000 todos los meses de la tarjeta. Ya van tres débitos.

Les doy hasta el viernes para devolverme todo. Después desconozco los
cargos con la tarjeta y hago la denuncia en Defensa del Consumidor.

Martín Aguirre"""),
("es", "b149-plantillas-precio-distinto", "Pilar Navarro <pilar.navarro@example.es>", "Plantillas", "billing", "",
"""Buenas tardes:

En el estudio de la pisada me dieron un presupuesto de 160 € por las
plantillas a medida. Al recogerlas hoy me han cobrado 185 €. La chica de
recepción dice que el precio "se ha actualizado". ¿Esto es correcto? Yo
aprobé un presupuesto concreto y me gustaría que se respetara.

Saludos,
Pilar Navarro"""),
("es", "b149-hola-giftcard-podologia", "Constanza Muñoz <coni.munoz@example.cl>", "Hola", "billing", "",
"""hola! me regalaron una gift card de $30.000 para podologia en su centro
de Providencia. quiero hacerme la onicocriptosis (uña encarnada) que sale
$45.000, puedo usar la gift card y pagar la diferencia con debito?
gracias!"""),
("es", "b149-pausa-membresia-cuidar-madre", "Elena Castaño <elena.castano@example.es>", "Mi plan", "billing", "",
"""Hola, buenas.

Me voy a Rosario (Argentina) a cuidar a mi madre, que la operan del
corazón, y calculo que estaré fuera unos cinco meses. No quiero perder
el plan de seguimiento con la nutricionista, pero tampoco pagar 75 € al
mes sin ir. ¿Se puede congelar y retomarlo cuando vuelva?

Un saludo,
Elena"""),
("es", "b149-spei-no-reflejado", "Rodrigo Téllez <rodrigo.tellez@example.com.mx>", "Pago consulta", "billing", "",
"""Buen dia, hice transferencia SPEI de $1,850 el viernes para la consulta
de urologia del martes, con la referencia que me dieron, pero en el
portal sigue saliendo "pago pendiente". Les mando el comprobante adjunto.
Me confirman que ya quedo? Gracias"""),
("es", "b149-cojin-juanete-cambio-talla", "Amparo Gil <amparo.gil@example.es>", "Pedido 30772", "billing", "",
"""Buenos días,

Compré en la tienda online dos protectores de gel para juanete talla M y
me quedan grandes, se me mueven dentro del zapato. Están sin usar y con
su caja. ¿Puedo cambiarlos por la talla S? Si no tienen, prefiero que me
devuelvan el dinero (18,90 €).

Gracias,
Amparo Gil"""),
("es", "b149-audifono-se-apaga-no-devolver", "Francisco Lozano <francisco.lozano@example.es>", "Audífono izquierdo", "technical", "",
"""Buenos días,

No quiero devolverlo ni que me devuelvan el dinero, quiero que funcione.
El audífono izquierdo se apaga solo varias veces al día, sobre todo por
la tarde, aunque lo saco del cargador con la luz verde. El derecho va
perfectamente. Ya he limpiado los contactos con el cepillito.

¿Lo llevo a la tienda de Valladolid o lo mando por correo?

Francisco Lozano"""),
("es", "b149-cpap-eliminador-olor-quemado", "Jorge Luis Cantú <jorge.cantu@example.com.mx>", "Cargador del CPAP", "technical", "high",
"""Buenas noches,

Les aviso que anoche el cargador (el eliminador de corriente) del CPAP que
me rentaron se calentó muchísimo y olía a plástico quemado. Cuando lo
desconecté vi que el cable junto a la caja estaba derretido. No lo he
vuelto a conectar y esta noche voy a dormir sin el aparato.

¿Me pueden cambiar el cargador o el equipo? Vivo en Monterrey, colonia
Mitras Centro.

Jorge Luis Cantú"""),
("es", "b149-portal-resultados-no-factura", "Sofía Lanza <sofia.lanza@example.com.ar>", "No puedo entrar", "technical", "",
"""Hola, aclaro que no es por la factura, eso ya lo pagué y está todo
bien. El problema es que no puedo entrar al portal para ver los
resultados de los análisis: pongo usuario y clave y me dice "sesión
expirada" apenas entro. Probé con Chrome y con el celular. Gracias.
Sofía"""),
("es", "b149-clinica-podologia-agenda-caida", "Clínica Podológica Sanz <recepcion@podologiasanz.example>", "Agenda", "technical", "high",
"""Buenos días:

Desde las 9 no carga la agenda en ningún ordenador de la clínica. No
sabemos qué pacientes tenemos ni a qué hora, no podemos cobrar ni emitir
facturas. Tenemos a seis personas en la sala de espera y hemos tenido
que llamar a las de la tarde para decirles que no vengan.

Por favor, llámennos cuanto antes al 976 000 482.

Beatriz Sanz
Clínica Podológica Sanz, Zaragoza"""),
("es", "b149-app-adelgazamiento-reloj-no-sincroniza", "Camila Ospina <camila.ospina@example.com.co>", "la app", "technical", "",
"""Hola, desde hace una semana la app del programa no me sincroniza los
pasos ni el sueño del reloj (Garmin). Antes funcionaba perfecto. Ya
desvinculé y volví a vincular. La coach me pregunta por qué no me muevo
jaja, pero sí camino todos los días.
Camila"""),
("es", "b149-videoconsulta-se-corta", "Manuel Ortega <manuel.ortega@example.es>", "Videoconsulta", "technical", "",
"""Buenas,

Ayer tuve videoconsulta con el doctor Prieto y se cortó cuatro veces en
veinte minutos. Al final terminamos por teléfono. Mi conexión va bien
(tengo fibra y hago videollamadas del trabajo sin problemas). ¿Hay algo
que deba configurar? La próxima cita es el día 28.

Manuel"""),
("es", "b149-humidificador-cpap-quemadura", "Patricio Vergara <patricio.vergara@example.cl>", "Humidificador", "technical", "high",
"""Estimados:

Les comento que la placa del humidificador del CPAP se está poniendo
demasiado caliente. Anoche el agua estaba prácticamente hirviendo, la
manguera empañada entera, y esta mañana al sacar el depósito me quemé
los dedos. El nivel de humedad está en 3, como me lo dejaron.

Por ahora lo estoy usando sin humidificador. Quedo atento a sus
indicaciones.

Patricio Vergara
Viña del Mar"""),
("es", "b149-app-audifonos-no-encuentra", "Alberto Mena <alberto.mena@example.es>", "app audifonos", "technical", "",
"""Hola, desde que se actualizo el movil (Android 14) la app de los
audifonos no los encuentra. Dice "buscando dispositivos" y ahi se queda.
Los audifonos oyen bien, solo que no puedo cambiar el programa ni el
volumen desde el movil. Ya he reiniciado todo.
Alberto"""),
("es", "b149-kit-domicilio-qr-no-funciona", "Diego Camacho <diego.camacho@example.com.mx>", "kit", "technical", "",
"""Hola, me llegó el kit de pruebas a domicilio pero el código QR para
registrar la muestra manda a una página que dice "enlace no válido".
Ya tome la muestra de sangre del dedo y no quiero que se eche a perder.
¿Hay otra forma de registrarla?"""),
("es", "b149-urgente-audifono-mama-pita", "Natalia Ferreyra <natalia.ferreyra@example.com.ar>", "URGENTE", "technical", "",
"""Hola, el audífono de mi mamá pita todo el tiempo desde que le
cambiaron el molde la semana pasada. Ella no lo escucha pero todos los
demás sí jaja. Qué podemos hacer? Tiene turno recién en agosto."""),
("es", "b149-reservas-online-caidas-grupo", "Dirección de Operaciones <operaciones@grupovitalmasculina.example>", "Reservas online", "technical", "high",
"""Buenos días,

Desde anoche no ha entrado ni una sola cita a través de la web en
ninguna de nuestras siete clínicas. Las recepciones están colapsadas al
teléfono, los pacientes nos escriben por redes diciendo que el
formulario "da vueltas" y no confirma, y las agendas de mañana están
medio vacías cuando normalmente van llenas.

Necesitamos que alguien de su equipo lo revise hoy.

Lucía Ferrer
Directora de Operaciones"""),
("es", "b149-bascula-bioimpedancia-error", "Rosa Domínguez <rosa.dominguez@example.es>", "Báscula", "technical", "",
"""Buenos días. La báscula de bioimpedancia que me dieron al empezar el
programa marca "Err 2" en cuanto me subo, con pilas nuevas y descalza.
Antes me pesaba sin problema. ¿Qué significa ese error?
Rosa"""),
("es", "b149-contrasena-no-llega-correo", "Julián Cárdenas <julian.cardenas@example.com.co>", "Restablecer contraseña", "technical", "",
"""Buenas tardes,

Pedí restablecer la contraseña del portal de pacientes tres veces y el
correo no me llega, ni en spam ni en promociones. Es el mismo correo con
el que me registré. Necesito descargar la orden para los exámenes.

Gracias,
Julián Cárdenas"""),
("es", "b149-gracias-podologa-carmen", "Mercedes Iglesias <mercedes.iglesias@example.es>", "Agradecimiento", "general", "",
"""Estimados señores:

Quiero agradecer públicamente a Carmen, la podóloga de su centro de
Oviedo, el trato que ha dado a mi marido durante estos meses. Es
diabético, tiene ochenta años y mucho genio, y ella siempre lo ha
atendido con paciencia, cariño y buen humor. Gracias a sus curas la
herida del pie está cerrada.

Reciban un cordial saludo,
Mercedes Iglesias"""),
("es", "b149-anteojos-olvidados-consultorio", "Beatriz Quiroga <beatriz.quiroga@example.com.ar>", "anteojos", "general", "",
"""Hola, creo que me olvidé los anteojos en el consultorio de la doctora
Paz el jueves a la tarde. Son de marco rojo en un estuche negro. Si los
encontraron, paso a buscarlos el lunes. Gracias!"""),
("es", "b149-horario-semana-santa", "Gerardo Villalobos <gerardo.villalobos@example.com.mx>", "Horario", "general", "",
"""Buenas tardes, van a abrir el jueves y viernes santo? Mi papá tiene
que recoger las pilas de sus aparatos y no sabemos si ir esa semana."""),
("es", "b149-recepcion-trato-padre-responsable", "Alicia Moreno <alicia.moreno@example.es>", "Trato recibido por mi padre", "general", "high",
"""Buenos días,

El lunes acompañé a mi padre, de 86 años, a su revisión de audífonos en
su centro de Sevilla. Como no oía bien lo que le preguntaba la
recepcionista, ella le dijo en voz alta "si no se pone los aparatos no
sé para qué viene" y se rio con su compañera delante de toda la sala.
Mi padre salió avergonzado y no quiere volver.

Quiero que me llame el responsable del centro o quien esté por encima.
No me vale una respuesta automática. Mi teléfono es 600 123 457.

Alicia Moreno"""),
("es", "b149-historia-clinica-aepd", "Óscar Fuentes <oscar.fuentes@example.es>", "Solicitud de historia clínica - segundo aviso", "general", "high",
"""Estimados señores:

El 8 de mayo solicité por escrito copia íntegra de mi historia clínica,
incluidos informes y resultados de pruebas, en ejercicio de mi derecho
de acceso. Ha transcurrido más de un mes y no he recibido respuesta.

Les requiero para que me la faciliten en un plazo de siete días. En caso
contrario presentaré una reclamación ante la Agencia Española de
Protección de Datos.

Atentamente,
Óscar Fuentes Ledesma
DNI 50111222-H"""),
("es", "b149-cambio-correo-telefono", "Francisca Rojas <francisca.rojas@example.cl>", "actualizar datos", "general", "",
"""Hola, quiero actualizar mis datos: nuevo celular +56 9 8765 4321 y este
correo en vez del anterior (el de hotmail). Mi RUT es 15.432.876-5.
Gracias!"""),
("es", "b149-suelo-mojado-sala-espera", "Teresa Calvo <teresa.calvo@example.es>", "Sala de espera", "general", "high",
"""Buenas tardes:

Solo para que lo sepan. Esta mañana, sobre las 11, el suelo de la entrada
a la sala de espera de la unidad del sueño estaba recién fregado y no
había ningún cartel. Una señora mayor que iba delante de mí resbaló y
se agarró al mostrador de milagro. Se lo comenté a la recepcionista y me
dijo que ya lo sabía.

Con tanta gente mayor como pasa por ahí, convendría tomar alguna medida
antes de que alguien se rompa la cadera.

Teresa Calvo"""),
("es", "b149-entregar-kit-caseta-vigilancia", "Emiliano Duarte <emiliano.duarte@example.com.mx>", "Entrega", "general", "",
"""Hola, mi pedido del kit de pruebas lo pueden dejar en la caseta de
vigilancia del fraccionamiento si no contesto? El guardia ya está
avisado. Y por favor que el paquete no diga nada por fuera, vivo con mis
papás. Gracias"""),
("es", "b149-orden-medica-estudio-sueno", "Gabriela Paz <gabriela.paz@example.com.ar>", "Consulta", "general", "",
"""Buenos días, mi marido ronca muchísimo y a veces parece que deja de
respirar. ¿Para hacer el estudio de sueño en su clínica hace falta una
orden médica o puede pedir turno directamente? ¿Tiene que ir a
dormir allá o se hace en casa?
Gracias, Gabriela"""),
("es", "b149-patrocinio-carrera-solidaria", "Club Atletismo Guadalajara <club@atletismoguada.example>", "Propuesta de patrocinio", "general", "",
"""Estimado equipo:

El Club de Atletismo de Guadalajara organiza el 5 de octubre su IV
Carrera Solidaria, con unos 600 corredores y cuya recaudación irá a la
asociación local de diabetes. Buscamos empresas que patrocinen los
dorsales o los avituallamientos.

Pensamos que una clínica podológica como la suya encajaría muy bien con
el evento. ¿Podríamos concertar una llamada?

Un saludo,
Raúl Sáez
Presidente"""),
("es", "b149-doctora-una-bestia-elogio", "Valentina Gómez <valentina.gomez@example.com.co>", "La doctora Restrepo", "general", "",
"""Tengo que decirlo: la doctora Restrepo es una bestia!! Me mató de la
risa toda la consulta y al mismo tiempo me explicó todo clarísimo, sin
hacerme sentir juzgada. Iba muerta de nervios y salí tranquila. Ojalá
todos los médicos fueran así. Gracias!!"""),
("es", "b149-re-recordatorio-cambiar-cita", "Marcos Peña <marcos.pena@example.es>", "Re: Recordatorio de su cita", "general", "",
"""Hola, ¿se podría pasar al viernes por la tarde? El jueves me ha surgido
un viaje de trabajo.

Gracias,
Marcos

El 9 jul, a las 10:02, Centro Auditivo Ría <citas@centroauditivoria.example> escribió:
> Estimado/a Marcos Peña:
> Le recordamos su cita para revisión auditiva el jueves 11 de julio
> a las 17:30 en Centro Auditivo Ría (Vigo).
> Si no puede acudir, responda a este correo."""),
("es", "b149-pregunta-acompanante-menor", "Lorena Vidal <lorena.vidal@example.es>", "Pregunta", "general", "",
"""Hola, mi hija tiene 17 años y quiere hacerse unas pruebas en vuestra
clínica de salud sexual. ¿Puede ir sola o tiene que ir acompañada de un
adulto? ¿Y puedo entrar yo con ella si ella quiere?
Gracias"""),
# ---------------- Polish ----------------
("pl", "b149-podolog-podwojne-obciazenie", "Magdalena Wróbel <magdalena.wrobel@example.pl>", "Płatność", "billing", "",
"""Dzień dobry,

w czwartek byłam u podologa w gabinecie na Mokotowie (zabieg na wrastający
paznokieć) i zapłaciłam kartą 150 zł. W aplikacji banku widzę dwa
obciążenia po 150 zł z tą samą godziną. Proszę o zwrot jednego z nich.

Pozdrawiam,
Magdalena Wróbel"""),
("pl", "b149-abonament-wyjazd-norwegia", "Tomasz Krawczyk <tomasz.krawczyk@example.pl>", "abonament", "billing", "",
"""Czesc, od wrzesnia wyjezdzam do pracy do Norwegii na dluzej, wiec
niestety koncze z programem odchudzania u Was. Prosze nie pobierac juz
oplaty 249 zl od wrzesnia. Sierpien jeszcze normalnie wykorzystam.
Dzieki za wszystko, minus 14 kg zostaje ze mna :)
Tomek"""),
("pl", "b149-aparaty-raty-zero-procent", "Jadwiga Szewczyk <jadwiga.szewczyk@example.pl>", "Aparaty słuchowe - raty", "billing", "",
"""Szanowni Państwo,

mąż był na badaniu słuchu w Państwa gabinecie w Lublinie i protetyk
zaproponował dwa aparaty za 7 800 zł. Czy można je kupić na raty 0%? Na
ile rat i czy potrzebne jest zaświadczenie o dochodach? Czy dofinansowanie
z NFZ odlicza się od razu od ceny?

Z poważaniem
Jadwiga Szewczyk"""),
("pl", "b149-faktura-nip-badanie-snu", "Biuro Rachunkowe Lis <biuro@rachunkilis.example>", "Faktura za badanie snu", "billing", "",
"""Dzień dobry,

pan Marek Lis wykonał u Państwa 12 czerwca badanie polisomnograficzne,
opłacone kartą firmową. Prosimy o wystawienie faktury VAT na firmę:
Biuro Rachunkowe Lis Marek Lis, ul. Piotrkowska 104, 90-001 Łódź,
NIP 725-000-11-22. Paragon nie zawierał NIP-u.

Pozdrawiamy
Biuro Rachunkowe Lis"""),
("pl", "b149-mama-zmarla-serwis-aparatow", "Grażyna Kowalczyk <grazyna.kowalczyk@example.pl>", "Umowa serwisowa - Helena Nowicka", "billing", "",
"""Dzień dobry,

moja mama, Helena Nowicka, zmarła 2 czerwca. Miała u Państwa umowę
serwisową na aparaty słuchowe (19 zł miesięcznie), która nadal jest
pobierana z jej konta. Proszę o jej zakończenie. Mogę przesłać akt zgonu,
jeśli jest potrzebny.

Aparaty mamy są w dobrym stanie, jeżeli mogą się komuś przydać, chętnie
je przekażę.

Grażyna Kowalczyk"""),
("pl", "b149-re-rabat-seniora-nieuwzgledniony", "Zbigniew Pawlak <zbigniew.pawlak@example.pl>", "Re: Oferta - aparaty słuchowe", "billing", "",
"""Dzien dobry,

w ofercie ponizej jest 10% rabatu dla seniora, a przy odbiorze zaplacilem
pelna kwote 6 400 zl. Rabat powinien wynosic 640 zl. Prosze o zwrot
roznicy na konto, numer podam telefonicznie.

Zbigniew Pawlak

---------- Wiadomość oryginalna ----------
Od: Słuch Plus <biuro@sluchplus.example>
> Szanowny Panie,
> w załączeniu przesyłamy ofertę na dwa aparaty słuchowe BTE
> o wartości 6 400 zł. Dla seniorów powyżej 65 lat przysługuje rabat 10%.
> Z poważaniem, Słuch Plus"""),
("pl", "b149-zaliczka-aparaty-rzecznik", "Krystyna Zielińska <krystyna.zielinska@example.pl>", "Zwrot zaliczki - ostateczne wezwanie", "billing", "high",
"""Szanowni Państwo,

9 kwietnia wpłaciłam 1 500 zł zaliczki na aparaty słuchowe, które miały
być gotowe w ciągu trzech tygodni. Po dwóch miesiącach aparatów nadal nie
ma, dlatego 10 czerwca pisemnie odstąpiłam od umowy i zażądałam zwrotu
zaliczki. Do dziś nie otrzymałam ani pieniędzy, ani odpowiedzi.

Wzywam do zwrotu 1 500 zł w terminie 7 dni. W przeciwnym razie zwrócę
się do miejskiego rzecznika konsumentów i skieruję sprawę do sądu.

Krystyna Zielińska
Gdańsk"""),
("pl", "b149-cpap-wypozyczenie-chargeback", "Łukasz Sadowski <lukasz.sadowski@example.pl>", "CPAP - opłaty po zwrocie", "billing", "high",
"""Oddałem wypożyczony CPAP do Państwa punktu w Krakowie 30 kwietnia, mam
protokół zwrotu z pieczątką. Mimo to pobraliście 180 zł za maj i 180 zł
za czerwiec. Pisałem dwa razy, dzwoniłem, nikt nic nie zrobił.

Jeśli do piątku nie dostanę zwrotu 360 zł, zgłaszam w banku chargeback
na obie transakcje.

Łukasz Sadowski"""),
("pl", "b149-pakiet-meski-drozszy-kierownik", "Wojciech Mazur <wojciech.mazur@example.pl>", "Cena pakietu badań", "billing", "high",
"""Dzień dobry,

na Waszej stronie pakiet „Zdrowie mężczyzny 40+” kosztuje 690 zł. W
recepcji kliniki we Wrocławiu zapłaciłem 890 zł, bo podobno „strona jest
nieaktualna”. Nikt mnie o tym nie uprzedził przed badaniami.

Pani w recepcji powiedziała, że nic nie może zrobić. Proszę, żeby
skontaktował się ze mną kierownik placówki albo ktoś wyżej - nie
infolinia. Tel. 601 200 300.

Wojciech Mazur"""),
("pl", "b149-zapytanie-blik-platnosc", "Karolina Dąbrowska <karolina.dabrowska@example.pl>", "Zapytanie", "billing", "",
"""Dzień dobry, czy za wizytę w poradni zdrowia seksualnego mogę zapłacić
BLIK-iem? I czy pakiet testów na miejscu kosztuje tyle samo co na
stronie (320 zł), czy jest jakaś dodatkowa opłata za pobranie?"""),
("pl", "b149-zamowienie-wkladki-zwrot", "Ewa Michalska <ewa.michalska@example.pl>", "Zamówienie 88214", "billing", "",
"""Dzien dobry,
zamowilam w sklepie internetowym wkladki ortopedyczne w rozmiarze 40,
okazaly sie za duze. Nie byly noszone, mam oryginalne opakowanie. Chce
je odeslac i prosze o zwrot 129 zl. Jak mam to zrobic i czy koszt
odeslania pokrywam ja?
Ewa Michalska"""),
("pl", "b149-zawieszenie-pakietu-kontrakt-statek", "Paweł Jankowski <pawel.jankowski@example.pl>", "Pakiet dietetyczny", "billing", "",
"""Dzień dobry,

od 1 sierpnia wypływam na kontrakt na statku i przez pół roku nie będę
miał możliwości przychodzić na konsultacje. Mam wykupiony roczny pakiet
u dietetyka (zostało 7 wizyt). Czy da się go zawiesić na ten czas i
przedłużyć ważność, żeby wizyty nie przepadły?

Pozdrawiam
Paweł Jankowski"""),
("pl", "b149-voucher-podolog-waznosc", "Agnieszka Kaczmarek <agnieszka.kaczmarek@example.pl>", "Voucher", "billing", "",
"""Dzień dobry, dostałam od córki voucher na pedicure leczniczy u
podologa o wartości 200 zł. Na voucherze nie ma daty ważności. Do kiedy
mogę go wykorzystać i czy mogę dopłacić do droższego zabiegu?
Agnieszka"""),
("pl", "b149-leczenie-przejal-urolog-nfz", "Marcin Górecki <marcin.gorecki@example.pl>", "kontynuacja leczenia", "billing", "",
"""Dzien dobry,
od przyszlego miesiaca leczenie przejmuje moj urolog w ramach NFZ, wiec
nie bede juz korzystal z Waszej comiesiecznej wysylki leku i konsultacji
(399 zl/mc). Prosze nie obciazac karty od lipca. Dziekuje za opieke.
Marcin Gorecki"""),
("pl", "b149-aparat-telefon-nie-o-zwrot", "Henryk Wiśniewski <henryk.wisniewski@example.pl>", "Aparat i telefon", "technical", "",
"""Dzień dobry,

od razu zaznaczam, że nie chodzi mi o zwrot ani reklamację, aparaty są
bardzo dobre. Problem jest taki, że prawy aparat co chwilę traci
połączenie z telefonem podczas rozmowy - głos znika na kilka sekund i
wraca. Lewy działa bez zarzutu. Telefon Samsung, aktualny. Usuwałem
parowanie i łączyłem od nowa.

Czy da się to jakoś ustawić?

Henryk Wiśniewski"""),
("pl", "b149-ladowarka-aparatow-iskrzy", "Barbara Lewandowska <barbara.lewandowska@example.pl>", "Ładowarka", "technical", "high",
"""Dzień dobry,

wczoraj wieczorem przy wkładaniu ładowarki od aparatów słuchowych do
gniazdka z wtyczki poleciały iskry, a po chwili poczułam zapach
spalenizny. Od razu wyjęłam ją z kontaktu. Obudowa przy kablu jest
lekko stopiona. Więcej jej nie podłączam.

Co mam zrobić? Bez naładowanych aparatów mąż prawie nic nie słyszy.

Barbara Lewandowska"""),
("pl", "b149-portal-pacjenta-logowanie", "Kamil Nowak <kamil.nowak@example.pl>", "Portal pacjenta", "technical", "",
"""Dzien dobry, nie moge zalogowac sie do portalu pacjenta. Po wpisaniu
hasla strona sie odswieza i znowu jestem na ekranie logowania. Resetowalem
haslo, czyscilem ciasteczka, probowalem w innej przegladarce. Chce
sprawdzic wyniki morfologii przed wizyta w czwartek.
Kamil"""),
("pl", "b149-gabinet-podologiczny-system-padl", "Gabinet Podologiczny Stopa <rejestracja@gabinetstopa.example>", "System", "technical", "high",
"""Dzień dobry,

od rana w żadnym z trzech gabinetów nie otwiera się grafik wizyt ani
karty pacjentów. Nie wiemy, kto jest zapisany, nie możemy wystawić
paragonów ani faktur. Pacjenci czekają na korytarzu, kilku już
odesłałyśmy do domu, a na popołudnie mamy komplet.

Prosimy o pilny kontakt: 58 555 02 14.

Joanna Kowal
Gabinet Podologiczny Stopa, Gdynia"""),
("pl", "b149-cpap-ojca-nie-wlacza-sie", "Anna Sobczak <anna.sobczak@example.pl>", "CPAP taty nie działa", "technical", "high",
"""Dzień dobry,

CPAP mojego taty (Jerzy Sobczak, 84 lata) w nocy przestał działać i nie
daje się włączyć - ekran jest czarny, choć zasilacz świeci. Tata ma ciężki
bezdech senny i jest po zawale, lekarz wyraźnie zabronił mu spać bez
aparatu. Tej nocy praktycznie nie spał, siedział w fotelu.

Czy możecie dziś wypożyczyć urządzenie zastępcze? Mieszkamy w Poznaniu.
Mój numer: 698 111 245.

Anna Sobczak"""),
("pl", "b149-aplikacja-dieta-nie-zapisuje", "Natalia Kubiak <natalia.kubiak@example.pl>", "aplikacja", "technical", "",
"""Hej, aplikacja programu od wczoraj nie zapisuje posilkow - dodaje
sniadanie, klikam zapisz, a po odswiezeniu go nie ma. iPhone 13, mam
najnowsza wersje. Dietetyczka nie widzi mojego dzienniczka."""),
("pl", "b149-wideokonsultacja-brak-obrazu", "Stanisław Majewski <stanislaw.majewski@example.pl>", "Teleporada", "technical", "",
"""Dzien dobry,
dzisiaj o 12 mialem wideokonsultacje z lekarzem. Ja go widzialem, a on
mnie nie - u niego byl czarny ekran. Kamera w laptopie dziala, na Teams
wszystko w porzadku. Nastepna wizyte mam za 2 tygodnie i chcialbym, zeby
to dzialalo.
S. Majewski"""),
("pl", "b149-sms-kod-nie-przychodzi", "Dorota Zając <dorota.zajac@example.pl>", "Kod SMS", "technical", "",
"""Dzień dobry, próbuję zapisać się na wizytę przez stronę, ale kod
weryfikacyjny SMS w ogóle nie przychodzi. Numer wpisuję poprawnie,
próbowałam pięć razy. Dorota Zając"""),
("pl", "b149-wyniki-pdf-puste", "Rafał Wieczorek <rafal.wieczorek@example.pl>", "Wyniki", "technical", "",
"""Dostałem maila, że wyniki testów są gotowe, ale plik PDF w portalu po
otwarciu jest pusty - biała strona. Pobierałem trzy razy, na telefonie i
na komputerze to samo. Proszę o pomoc albo przesłanie wyników inną drogą."""),
("pl", "b149-pilne-wkladki-skrzypia", "Sebastian Czarnecki <sebastian.czarnecki@example.pl>", "PILNE!!!", "technical", "",
"""Wkladki na zamowienie, ktore odebralem dwa tygodnie temu, skrzypia
przy kazdym kroku!!! W pracy wszyscy sie odwracaja. Prawa wkladka
odkleila sie tez troche od spodu przy piecie. Co z tym zrobic?"""),
("pl", "b149-maska-cpap-pekniety-pasek", "Elżbieta Król <elzbieta.krol@example.pl>", "Maska", "technical", "",
"""Dzień dobry,

w masce do CPAP, którą dostałam w marcu, pękł zaczep paska na górze i
maska się zsuwa w nocy, a urządzenie pokazuje duży wyciek. Czy mogę
dostać sam zaczep lub pasek, czy trzeba wymienić całą maskę? Jest
jeszcze na gwarancji.

Elżbieta Król"""),
("pl", "b149-pulsoksymetr-badanie-domowe", "Adam Pietrzak <adam.pietrzak@example.pl>", "Domowe badanie snu", "technical", "",
"""Dzien dobry,
wypozyczylem od Was urzadzenie do domowego badania snu. Po dwoch nocach
technik powiedzial, ze zapisal sie tylko oddech, a saturacji nie ma
wcale, chociaz czujnik na palcu swiecil. Czy urzadzenie jest uszkodzone?
Nie chce tracic kolejnych nocy na badanie, ktore znow nic nie zapisze.
Adam Pietrzak"""),
("pl", "b149-formularz-rejestracji-blad-lekarz", "Iwona Baran <iwona.baran@example.pl>", "Rejestracja online", "technical", "",
"""Dzień dobry, w formularzu rejestracji online po wybraniu dr Nowaka z
poradni zaburzeń snu wyskakuje „Wystąpił nieoczekiwany błąd”. Przy innych
lekarzach przechodzi dalej. Chciałabym się zapisać właśnie do niego.
Iwona Baran"""),
("pl", "b149-podziekowanie-protetyk-sluchu", "Teresa Wojciechowska <teresa.wojciechowska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam serdecznie podziękować panu Piotrowi, protetykowi słuchu w
Państwa gabinecie w Toruniu. Z ogromną cierpliwością dobierał mi aparaty,
tłumaczył wszystko po kilka razy i nigdy nie okazał zniecierpliwienia.
Pierwszy raz od lat słyszę wnuki przy stole.

Z wyrazami szacunku
Teresa Wojciechowska"""),
("pl", "b149-zgubione-rekawiczki-poczekalnia", "Julia Adamczyk <julia.adamczyk@example.pl>", "rękawiczki", "general", "",
"""Dzień dobry, chyba zostawiłam w poczekalni szare skórzane rękawiczki,
byłam u lekarza w środę koło 17. Czy ktoś je znalazł? Mogę podjechać w
piątek.
Julia"""),
("pl", "b149-godziny-11-listopada", "Ryszard Kamiński <ryszard.kaminski@example.pl>", "Godziny otwarcia", "general", "",
"""Czy przychodnia będzie otwarta 10 listopada (poniedziałek przed świętem)?
Muszę odebrać receptę i skierowanie.
R. Kamiński"""),
("pl", "b149-rejestracja-niegrzeczna-kierownik", "Monika Grabowska <monika.grabowska@example.pl>", "Skarga na rejestrację", "general", "high",
"""Dzień dobry,

we wtorek byłam z moim ojcem (82 lata) na kontroli aparatów słuchowych w
Państwa salonie w Katowicach. Pani w rejestracji, gdy tata poprosił o
powtórzenie pytania, odpowiedziała przez całą poczekalnię: „No przecież
po to pan ma aparaty!” i zaczęła się śmiać z koleżanką. Tata wyszedł
upokorzony i nie chce tam wracać.

Proszę o kontakt kierownika salonu lub osoby wyżej w firmie. Nie życzę
sobie automatycznej odpowiedzi. Telefon 512 345 678.

Monika Grabowska"""),
("pl", "b149-dokumentacja-medyczna-uodo", "Piotr Zawadzki <piotr.zawadzki@example.pl>", "Wniosek o kopię dokumentacji - ponaglenie", "general", "high",
"""Szanowni Państwo,

5 maja złożyłem pisemny wniosek o wydanie kopii całej mojej dokumentacji
medycznej oraz informację o przetwarzanych danych osobowych (art. 15
RODO). Minął ponad miesiąc, a nie otrzymałem ani dokumentów, ani żadnej
odpowiedzi.

Proszę o realizację wniosku w ciągu 7 dni. W przeciwnym razie złożę
skargę do Prezesa UODO oraz do Rzecznika Praw Pacjenta.

Piotr Zawadzki"""),
("pl", "b149-zmiana-nazwiska-adresu", "Weronika Lis <weronika.lis@example.pl>", "zmiana danych", "general", "",
"""Dzien dobry, po slubie zmienilam nazwisko z Olszewska na Lis. Nowy
adres: ul. Lipowa 7/3, 20-020 Lublin. Telefon bez zmian. PESEL
94051201234. Prosze o aktualizacje danych w karcie pacjenta.
Weronika Lis"""),
("pl", "b149-schody-odpadajaca-plytka", "Jan Kołodziej <jan.kolodziej@example.pl>", "Schody przed wejściem", "general", "high",
"""Dzień dobry,

chciałem tylko zwrócić uwagę, że na schodach przed wejściem do Państwa
poradni na Grunwaldzkiej odpadła krawędź płytki na drugim stopniu i rusza
się pod nogą. Dziś starsza pani z laską prawie się na tym przewróciła,
złapałem ją w ostatniej chwili. Po deszczu jest tam jeszcze bardziej
ślisko.

Warto to naprawić, zanim ktoś się połamie.

Jan Kołodziej"""),
("pl", "b149-lekarz-komentarze-waga-rpp", "Aleksandra Pawłowska <aleksandra.pawlowska@example.pl>", "Zachowanie lekarza", "general", "high",
"""Dzień dobry,

16 czerwca byłam na pierwszej konsultacji w Państwa klinice leczenia
otyłości. Lekarz przez całą wizytę komentował mój wygląd, powiedział
m.in., że „z takim brzuchem to nic dziwnego, że mąż nie chce na panią
patrzeć”. Przyszłam po pomoc, a wyszłam z płaczem.

Oczekuję pisemnego stanowiska kliniki. Jeżeli sprawa zostanie
zlekceważona, złożę skargę do Rzecznika Praw Pacjenta i do Okręgowej
Izby Lekarskiej.

Aleksandra Pawłowska"""),
("pl", "b149-dostawa-paczkomat-dyskretnie", "Bartek Sikorski <bartek.sikorski@example.pl>", "Wysyłka testu", "general", "",
"""Cześć, czy zestaw do testu domowego możecie wysłać do paczkomatu
zamiast na adres domowy? Najlepiej WAW12M przy Marszałkowskiej. I czy
na paczce jest nazwa kliniki, czy jest neutralna?"""),
("pl", "b149-skierowanie-poradnia-snu", "Halina Walczak <halina.walczak@example.pl>", "Pytanie", "general", "",
"""Dzień dobry,

mąż bardzo głośno chrapie i w nocy ma przerwy w oddychaniu. Czy do
Państwa poradni zaburzeń snu potrzebne jest skierowanie? Jak długo
czeka się na pierwszą wizytę i czy trzeba coś ze sobą zabrać?

Pozdrawiam
Halina Walczak"""),
("pl", "b149-sponsoring-turniej-siatkowki", "UKS Orlik Tarnów <uks.orlik@example.pl>", "Propozycja współpracy", "general", "",
"""Szanowni Państwo,

UKS Orlik Tarnów organizuje we wrześniu charytatywny turniej siatkówki
plażowej dla młodzieży, w którym weźmie udział ok. 40 drużyn. Szukamy
lokalnych partnerów, którzy ufundowaliby medale i wodę dla zawodników.

W zamian oferujemy logo na banerach, koszulkach sędziów i w mediach
społecznościowych klubu. Czy byliby Państwo zainteresowani rozmową?

Z poważaniem
Michał Bielecki
Prezes UKS Orlik"""),
("pl", "b149-dietetyczka-zabojczo-skuteczna", "Oliwia Szymańska <oliwia.szymanska@example.pl>", "Pani Kasia", "general", "",
"""Musze to napisac: pani Kasia jest zabojczo skuteczna! Rozlozyla mnie
na lopatki swoja cierpliwoscia. Minus 11 kg w 5 miesiecy, zero glodowek,
zero wyrzutow sumienia. Jestem w szoku, ze to w ogole mozliwe. Dziekuje
calemu zespolowi!!
Oliwia"""),
("pl", "b149-re-przypomnienie-przelozenie", "Grzegorz Wójcik <grzegorz.wojcik@example.pl>", "Re: Przypomnienie o wizycie", "general", "",
"""Dzień dobry, czy mogę przełożyć tę wizytę na przyszły tydzień, najlepiej
wtorek lub środę po 16? Wypadł mi wyjazd służbowy.

Grzegorz Wójcik

> Szanowny Panie,
> przypominamy o wizycie kontrolnej w Klinice Zdrowia Mężczyzny
> w czwartek 18 lipca o godz. 9:15, ul. Świętokrzyska 12, Warszawa.
> W razie potrzeby zmiany terminu prosimy o odpowiedź na tę wiadomość."""),
]
