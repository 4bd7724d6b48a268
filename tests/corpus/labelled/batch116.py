# batch116.py -- labelled test mails for the helpdesk classifier, held out
# of the tree until the rules it measures are final.  Nothing here is to be
# tuned or trained on.  Kinds of business: television and phone extras --
# satellite and cable TV, landlines, TV licences, digital magazine
# subscriptions, sports streaming passes, set-top boxes, phone insurance.
# Covers, in each of en / el / es / pl (40 each, written separately, not
# translations): escalation demands that keep their topic, legal threats
# and chargebacks, negations, subjects that say nothing or something else,
# replies quoting an earlier mail, plans ended or paused in other words,
# business outages told by their consequences, safety hazards told calmly,
# harmless alarming words, praise and thanks, payment questions, and
# everyday mail of all three queues.  Greek partly in Greeklish; Polish and
# Spanish partly without diacritics.  Same tuple format as batch13-16.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b116-sports-pass-charged-twice", "Gareth Pugh <gareth.pugh@example.co.uk>", "Sports Pass", "billing", "",
"""Hi there,

Bought the month Sports Pass on Friday evening for the rugby (14.99) and
my bank app shows it taken twice, both at 19:42. Only one pass on my
account obviously. Can you put the second one back please?

Cheers,
Gareth"""),
("en", "b116-licence-mum-care-home", "Susan Whitfield <s.whitfield@example.co.uk>", "Mum's TV licence", "billing", "",
"""Dear Sir or Madam,

My mother, Mrs Edith Whitfield, moved permanently into Larchwood care
home in Harrogate last month. The home's licence covers the television in
her room, so her own licence at 22 Oak Terrace is no longer needed.

Please could you cancel the direct debit and let me know whether any of
the money already paid for this year will be refunded. I hold power of
attorney and can send a copy.

Yours faithfully,
Susan Whitfield (daughter)"""),
("en", "b116-gardening-mag-rolled-on", "Tom Ridley <tom.ridley@example.com>", "Gardening monthly renewal", "billing", "",
"""Hiya, I signed up for the digital edition of the gardening mag at 1.99
for 3 months last spring and it has quietly rolled on at 6.99 a month
ever since. Honestly I'd stay if it was something in between. Is there a
loyalty price or do I have to cancel to get offered one? Tom"""),
("en", "b116-phone-cover-traded-in", "Priya Sandhu <priya.sandhu@example.co.uk>", "Phone cover", "billing", "",
"""Hello,
The handset my insurance policy covers (policy PH-448120) went back to
the network as a trade-in on 2 June when I upgraded, and the new phone
came with its own cover from the shop. So there's nothing left for your
policy to insure - please end it and stop the 8.50 monthly premium.
Thank you,
Priya Sandhu"""),
("en", "b116-house-phone-empty-house", "Declan Fahy <declan.fahy@example.ie>", "the house phone in Ballinasloe", "billing", "",
"""Hello,

The mother-in-law has been living with us in Galway since Christmas and
the house in Ballinasloe is shut up now until we decide what to do with
it. The phone line there is still costing 29.99 a month for a phone
nobody is going to ring. Can you stop it from the next bill? The account
is in Mrs Nora Kelly's name, account number 3310 2287, and she's sitting
beside me and agrees.

Thanks a million,
Declan"""),
("en", "b116-box-rental-returned-one", "Monica Alvarez <monica.alvarez@example.com>", "Equipment charges still at 2 boxes", "billing", "",
"""Hi,

I returned the second cable box to your store on Elm Street in Dayton on
May 3rd (I have the return receipt, RT-55201). My June and July
statements both still show equipment rental for 2 boxes at $12.50 each.
Please remove the extra $12.50 from both months and fix it going forward.

Monica Alvarez
Acct 8812-40-7731"""),
("en", "b116-dth-recharge-debited-twice", "Rajesh Iyer <rajesh.iyer@example.in>", "Recharge done 2 times", "billing", "",
"""Dear Sir/Madam,

Kindly note that I have done recharge of Rs. 449 for my DTH connection
(Subscriber ID 1029384756) through UPI on 14th instant. Due to network
issue the amount got debited twice but only one recharge is reflecting.
Request you to please refund the extra Rs. 449 to my bank account at the
earliest or adjust it against next month.

UPI ref nos.:
4127 8890 1123
4127 8890 1187

Thanks and regards,
Rajesh Iyer
Chennai"""),
("en", "b116-footy-pass-on-ice", "Brett Callaghan <brett.callaghan@example.com.au>", "footy pass over summer", "billing", "",
"""G'day, season's done and dusted and there's nothing on I care about
till March. Can I put the footy pass on ice for the off-season rather than
keep paying $25 a month for nothing? Don't want to lose the founding
member price though. Cheers, Brett"""),
("en", "b116-question-annual-package-monthly", "Eileen Moffat <eileen.moffat@example.co.uk>", "Question", "billing", "",
"""Good afternoon,

The annual satellite package comes to 348 and I would rather not pay that
in one lump. Is it possible to pay it in monthly amounts, and if so is
there any extra charge for doing it that way?

Many thanks,
Eileen Moffat"""),
("en", "b116-re-final-bill-ombudsman", "Nathan Grey <nathan.grey@example.co.uk>", "Re: Your final bill", "billing", "high",
"""I'm not paying this. I moved from Leeds to a new build in Otley where
you told me yourselves you can't provide a landline. How is that me
breaking the contract? If the 186.40 early exit charge isn't taken off
within 14 days I'm taking it to the Communications Ombudsman, and I'll be
telling them about the three calls where I was promised it would be
waived.

Nathan Grey

-----Original Message-----
From: Customer Accounts <accounts@example.co.uk>
Sent: 09 September
Subject: Your final bill

Dear Mr Grey,
Thank you for being a customer. Your final bill of 186.40 includes an
early termination charge as your minimum term ends on 14/02. Payment will
be collected on or after 23/09.
Kind regards,
Customer Accounts"""),
("en", "b116-trail-tackle-charged-dispute", "Jordan Whitaker <j.whitaker@example.com>", "Cancelled in March", "billing", "high",
"""I cancelled my digital subscription to Trail & Tackle in March
(confirmation number CX-20931, I still have the email). You've charged my
card $9.99 in April, May and June anyway. I've called twice and nobody
has fixed it.

I'm filing a dispute with my credit card company on Friday for all three
charges unless I see the refunds before then.

Jordan Whitaker"""),
("en", "b116-box-non-return-fee-supervisor", "Alan McBride <alan.mcbride@example.co.uk>", "Charged 120 for a box I sent back", "billing", "high",
"""Hello,

When I left in July your letter told me to post the set-top box back with
the prepaid label, which I did at Dundee post office on 28 July. I have
the receipt with the tracking number (JK 4471 0928 GB) and Royal Mail
shows it delivered to your returns centre on the 30th.

Today I get a bill for 120.00 "unreturned equipment". I've explained this
twice on the phone and both times been told it would be looked at. I would
now like this passed to a supervisor or someone senior who can actually
remove the charge, please, and I'd like the reply in writing.

Alan McBride"""),
("en", "b116-install-fee-small-claims", "Denise Harper <denise.harper@example.net>", "$199 installation", "billing", "high",
"""To whom it may concern,

I was billed $199 for professional installation on my account ending
0452. Nobody ever came. The technician window was Tuesday 8-12, I took the
morning off work and waited, and in the end we did the self-install kit
ourselves.

I want the $199 credited back. If it isn't resolved by the end of the
month I will file in small claims court in Maricopa County. I've already
downloaded the form.

Denise Harper"""),
("en", "b116-multiroom-box-fine-send-back", "Harriet Lowe <harriet.lowe@example.co.uk>", "Second box", "billing", "",
"""Morning - before anyone books an engineer: there's nothing wrong with
the multiroom box in the bedroom, it works fine. We just never watch
telly up there now the kids have gone. I'd like to send it back and stop
the 12 a month for multiroom. Do you send a bag or do I take it
somewhere?

Harriet"""),
("en", "b116-no-signal-after-gales", "Geoff Rowntree <geoff.rowntree@example.co.uk>", "No signal", "technical", "",
"""Since the gales on Sunday night the box just says "No satellite signal
is being received". Turned it off at the wall, waited, back on, same
thing. The dish still looks to be pointing the same way from the garden,
but I'm not going up a ladder at 71. What next?
G. Rowntree"""),
("en", "b116-voice-remote-wont-pair", "Kayla Brooks <kayla.brooks@example.com>", "remote", "technical", "",
"""new batteries in the voice remote and it still won't pair with the box.
light on the top blinks red 5 times and then nothing. the old remote with
the number buttons works fine so its not the box. help!"""),
("en", "b116-cricket-app-otp-loop", "Ankit Sharma <ankit.sharma@example.in>", "Unable to login", "technical", "",
"""Hello team,

I am unable to login to the sports app on my Android TV. After entering
mobile number it asks for OTP, OTP comes, I enter it and the screen again
comes back to enter mobile number. Same loop is happening since
yesterday. On my phone the app is working fine with same number. I have
already cleared cache and reinstalled.

Match is on Saturday, please do the needful.

Ankit"""),
("en", "b116-not-payment-magazine-white-pages", "Siobhan Walsh <siobhan.walsh@example.ie>", "Digital edition", "technical", "",
"""Hi, this isn't about the payment, that's all fine and I'm happy to keep
paying. The problem is the magazine app on my iPad: since last week every
issue opens on the cover and then the pages are just white. I can swipe
through them and the page numbers change, but there's nothing on them.
Tried deleting the issue and downloading it again. Any ideas?

Siobhan"""),
("en", "b116-landline-crackle-rain", "Mr R. Dobson <r.dobson@example.org.uk>", "Telephone line", "technical", "",
"""Dear Sirs,

For about a fortnight there has been a loud crackling on my telephone
line, worse when it rains. People ringing me say they can hardly hear me.
I have tried a different handset borrowed from my neighbour and it is the
same.

Could somebody please test the line.

R. Dobson
01632 960 418"""),
("en", "b116-recordings-vanish-overnight", "Leanne Cho <leanne.cho@example.com.au>", "Recordings gone again", "technical", "",
"""Hi,

For the second time this month all the series recordings on our box have
vanished overnight. The box restarted itself around 3am (the clock shows
it) and in the morning the planner was empty. Storage was only at 40%.
My husband had the whole season of the cooking show saved for his mum.
Is the box on its way out?

Leanne"""),
("en", "b116-box-e16-after-update", "Sunita Menon <sunita.menon@example.in>", "Set top box", "technical", "",
"""Sir,

After the software update last night my set top box is showing "E16-4
Service currently not scrambled" on all channels except the free ones.
Recharge is already done and valid till 30th, so it is not a payment
issue. Please guide how to resolve.

Sunita Menon
Kochi"""),
("en", "b116-re-engineer-still-blocky", "Padraig Connolly <padraig.connolly@example.ie>", "Re: Your engineer visit on 12 March", "technical", "",
"""Hi,

Thanks for sending Colm out, he was very nice and changed the LNB and the
cable at the back. But the picture is still breaking up into blocks every
evening from around 7 till 9, RTE and the sports channels the worst.
Mornings are grand. Would it be the dish itself?

Padraig

> From: Appointments <appointments@example.ie>
> Your engineer visit is confirmed for Tuesday 12 March between 8am and 1pm.
> Reference: ENG-77215
> Please make sure someone over 18 is at home."""),
("en", "b116-pub-card-not-verified-derby", "The Crown & Anchor <landlord@crownanchor-pub.example>", "Saturday", "technical", "high",
"""Saturday was the derby and we'd sold every table. The picture froze five
minutes into the second half, the box rebooted and came back with "Your
commercial viewing card could not be verified". Same again twenty
minutes later. By the time it came back the place had emptied into the
pub over the road, and the ones who stayed wanted their food money back.

Sunday afternoon it did it again. We've got European games Tuesday and
Wednesday and I can't have a repeat. I need someone to sort the card or
the box this week, not in ten working days.

Steve Parry
Landlord, The Crown & Anchor, Wrexham"""),
("en", "b116-box-adapter-soft-casing", "Judith Carmichael <judith.carmichael@example.co.uk>", "Power supply for the box", "technical", "high",
"""Hello,

I thought I'd better let you know rather than just leave it. The power
adapter for our set-top box (the black block on the lead) has been
getting very hot, and this evening there was a smell of melting plastic
in the lounge. When I unplugged it one side of the casing had gone soft
and a bit brown. It's unplugged now and sitting on the hearth.

Could you send a replacement, and is the box itself safe to use?

Judith Carmichael"""),
("en", "b116-dad-line-dead-pendant-alarm", "Karen Ashworth <karen.ashworth@example.co.uk>", "Dad's phone line - Burnley", "technical", "high",
"""Hello,

My father is 89 and lives on his own at 7 Cog Lane, Burnley, number
01632 960 771. His landline has been completely dead since yesterday
lunchtime - no dial tone at all. His emergency pendant alarm works
through that line, so at the moment if he falls, pressing it does
nothing. The alarm company has confirmed they can't reach his unit.

Please can an engineer come as soon as possible. I'm staying with him
tonight but I can't tomorrow.

Karen Ashworth (daughter)
07700 900 612"""),
("en", "b116-dish-swinging-over-driveway", "Mick Donnelly <mick.donnelly@example.com.au>", "dish", "technical", "high",
"""Hi,

Your installer put the satellite dish up on the front of the house last
Thursday. Since the wind picked up yesterday it's swinging on the bracket
- you can watch it move - and two of the bolts have pulled half out of
the fascia. It hangs right over the driveway where the kids ride their
bikes. I've kept everyone out from under it but I'm not climbing up there
myself.

Can someone come and take it down or fix it properly?

Mick Donnelly
Toowoomba"""),
("en", "b116-dvr-reboots-want-someone-senior", "Greg Patterson <greg.patterson@example.com>", "Enough", "technical", "high",
"""This is the fourth time I'm writing about the same thing. The DVR box
reboots every time we switch to a sports channel. Three technicians, two
replacement boxes, same problem. Don't offer me a credit - I don't want a
credit, I want TV that works.

I want this escalated to someone senior in your technical team who will
actually look at the wiring or the account instead of sending another
box. Call me at 555-0147 after 5pm.

Greg Patterson"""),
("en", "b116-thanks-darren-mrs-holt", "Pauline Greaves <pauline.greaves@example.co.uk>", "A big thank you", "general", "",
"""I just wanted to say thank you to your engineer Darren who came out to
my neighbour Mrs Holt (she's 93) on Wednesday. He got her TV going again,
wrote out big simple instructions for the remote and taped them to the
side table, and stayed for a cup of tea. She's been telling the whole
street. Please pass it on to his boss.

Pauline Greaves"""),
("en", "b116-cork-shop-bank-holiday", "Aoife Lynch <aoife.lynch@example.ie>", "Opening hours", "general", "",
"""Hi, is your shop on Patrick Street in Cork open on the bank holiday
Monday? And what time? Thanks, Aoife"""),
("en", "b116-reading-glasses-front-desk", "Vernon Hale <vernon.hale@example.co.uk>", "Glasses", "general", "",
"""Good morning,

I was in your store in Nottingham on Tuesday afternoon about 3pm, looking
at the phone insurance leaflets at the front desk, and I think I left my
reading glasses on the counter. They're in a brown leather case. Has
anyone handed them in?

Vernon Hale"""),
("en", "b116-urgent-new-email-address", "Chloe Barnes <chloe.barnes@example.com>", "URGENT!!! email address", "general", "",
"""URGENT - please change the email on my account from
chloe.b@oldmail.example to chloe.barnes@example.com. I don't use the old
one anymore. Account 55019284. Thanks!!"""),
("en", "b116-subject-access-request", "Martin Kaye <martin.kaye@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I am requesting a copy of all personal
data you hold about me, including call recordings and notes made on my
account, from January 2022 to date.

Name: Martin Kaye
Address: 41 Fern Road, Norwich NR3 1XY
Account number: 7720 1143

Please confirm receipt.

Martin Kaye"""),
("en", "b116-netball-club-sponsorship", "Tracey Nguyen <secretary@ballarat-juniors-netball.example>", "Sponsorship enquiry", "general", "",
"""Hello,

I'm the volunteer secretary of Ballarat Juniors Netball Club (about 140
girls aged 8 to 15). We're looking for a local sponsor for next season's
bibs and our end-of-year presentation night. Your store on Sturt Street
has been really supportive of local events, so I thought I'd ask whether
you do any community sponsorship and who I should send our proposal to.

Kind regards,
Tracey Nguyen
Secretary, BJNC"""),
("en", "b116-replacement-box-porch", "Oliver Tran <oliver.tran@example.co.uk>", "Delivery tomorrow", "general", "",
"""Hi, I got a text that my replacement box is coming tomorrow. Nobody will
be in till 6. Could the driver leave it in the wooden porch box round the
side of the house (the gate's on a latch)? If not, next door at number 14
will take it.
Thanks, Oliver"""),
("en", "b116-soccer-pass-nwsl-question", "Rachel Kim <rachel.kim@example.com>", "quick question about the soccer pass", "general", "",
"""Hey! Does the soccer pass include the NWSL games, or is it just MLS? My
daughter is obsessed and I don't want to buy the wrong thing. Also can we
watch on two TVs in the house at the same time?

Thanks,
Rachel"""),
("en", "b116-rude-helpline-man", "Beverley Okafor <bev.okafor@example.co.uk>", "The way I was spoken to", "general", "",
"""I rang your helpline on Monday around 11am to ask about moving my
appointment and the man I spoke to was really rude. He sighed every time
I asked something, talked over me and at one point said "I've already
told you that, are you listening?" I'm 67, not stupid. The matter itself
got sorted, but I wanted you to know so someone can have a word.

Beverley Okafor"""),
("en", "b116-royal-welsh-show-stand", "Hugh Pennington <hugh.pennington@example.co.uk>", "Royal Welsh Show", "general", "",
"""Hello, will you have a stand at the Royal Welsh Show again this year?
Last year someone there explained the satellite set-ups for farms with no
decent signal, and my brother-in-law wants to come along and ask about
it. Which days will you be there?
Hugh"""),
("en", "b116-hello-kids-dying-dino-channel", "Tasha Greene <tasha.greene@example.com>", "Hello", "general", "",
"""Hi there! The new kids' lineup is killer, my two are absolutely dying to
know when the dinosaur cartoon channel is actually launching - the ad
said "this spring" and they ask me every single morning lol. Is there a
date yet?

Tasha"""),
("en", "b116-engineer-smoked-mum-manager", "Neil Fairbrother <neil.fairbrother@example.co.uk>", "Complaint about your engineer", "general", "high",
"""I'm writing on behalf of my mother, who is 80 and lives alone in
Kettering. Your engineer came on Friday to move her TV point. The work
was done and I've no complaint about that. But he smoked in her hallway
although she asked him not to, put his feet up on her coffee table, and
when she asked him to take his boots off he told her "not my problem,
love". She was upset for the rest of the weekend.

I want a manager to ring me about this, not a standard email back.
Reference JOB-33820.

Neil Fairbrother
07700 900 388"""),
("en", "b116-chester-store-cracked-shelf", "Emma Rowley <emma.rowley@example.co.uk>", "Your Chester store", "general", "high",
"""Hi,

Just a heads-up. In your Chester store this afternoon the glass shelf in
the phone accessories display near the door had a big crack across it,
a corner had broken off and there were small shards on the carpet
underneath, right at toddler height. My little boy was about to pick one
up. I told a member of staff, who said he'd mention it, but when I left
twenty minutes later it was still there.

Emma Rowley"""),
# ---------------- Greek ----------------
("el", "b116-gl-tainia-pou-den-noikiasa", "Nikos Karras <nikos.karras@example.gr>", "xrewsh 4,99", "billing", "",
"""Kalhspera,
ston logariasmo tou Martiou vlepw xrewsh 4,99 gia "enoikiash tainias"
sthn 28/2. Emeis den noikiasame tipota, ekeino to vrady leipame kai
oloi sto xwrio. Mporeite na th vgalete? An ginetai na mpei kai kwdikos
sta enoikia na mhn 3anasumvei.
Eyxaristw,
Nikos"""),
("el", "b116-statheri-grammi-mitera-apebiose", "Γεωργία Μανωλάκη <g.manolaki@example.gr>", "Σταθερό τηλέφωνο μητέρας μου", "billing", "",
"""Καλημέρα σας,

Η μητέρα μου, Αικατερίνη Μανωλάκη, απεβίωσε τον περασμένο μήνα. Στο
όνομά της υπάρχει σταθερή γραμμή στο σπίτι της στα Χανιά (28210 55432),
την οποία δεν θα χρειαστούμε πλέον. Παρακαλώ να σταματήσει η χρέωση και
να μου πείτε τι έγγραφα χρειάζεστε (ληξιαρχική πράξη θανάτου,
πιστοποιητικό πλησιέστερων συγγενών;).

Ευχαριστώ,
Γεωργία Μανωλάκη"""),
("el", "b116-pagoma-athlitikou-kalokairi", "Σταματης Λυρας <stamatis.lyras@example.gr>", "Πακετο αθλητικων", "billing", "",
"""Καλησπερα σας. Το πρωταθλημα τελειωσε και μεχρι τον Αυγουστο δεν βλεπω
τιποτα. Μπορω να παγωσω το αθλητικο πακετο για Ιουνιο και Ιουλιο χωρις
να χασω την τιμη των 24 ευρω που εχω; Ευχαριστω, Σταματης"""),
("el", "b116-gl-asfaleia-kinitou-to-pira-o-adelfos", "Eleni Mpakou <eleni.bakou@example.gr>", "asfaleia kinhtou", "billing", "",
"""Geia sas, to kinhto pou exw asfalismeno se sas (symvolaio AK-20931) to
phre o adelfos mou, egw phra allo. Opote den exei noima na plhrwnw 6,90
to mhna gia kinhto pou den einai pia diko mou. Stamathste thn asfaleia
apo ton epomeno mhna parakalw.
Elenh"""),
("el", "b116-periodiko-timologio-afm", "Λογιστήριο Βλάχος & Συνεργάτες <logistirio@vlachos-arch.example>", "Τιμολόγιο συνδρομής", "billing", "",
"""Καλημέρα,

Η ετήσια ψηφιακή συνδρομή στο περιοδικό «Χώρος & Δομή» (78,00 €)
πληρώθηκε με την εταιρική κάρτα, αλλά εκδόθηκε απόδειξη λιανικής.
Χρειαζόμαστε τιμολόγιο στα στοιχεία:

Βλάχος Ι. & Συνεργάτες Ο.Ε.
ΑΦΜ 099876543, ΔΟΥ Α' Πειραιά
Ακτή Μιαούλη 12, Πειραιάς

Ευχαριστούμε,
Λογιστήριο"""),
("el", "b116-doseis-etisio-doryforiko", "Θανάσης Ρήγας <thanasis.rigas@example.gr>", "Δόσεις", "billing", "",
"""Γεια σας, θέλω να βγάλω το ετήσιο πακέτο της δορυφορικής (312 €). Γίνεται
να το πληρώσω με πιστωτική σε δόσεις, και σε πόσες; Έχει τόκο;"""),
("el", "b116-ekptosi-syntaxiouxon", "Ευάγγελος Τζιώτης <e.tziotis@example.gr>", "Έκπτωση", "billing", "",
"""Αγαπητοί κύριοι,

Είμαι συνταξιούχος δημόσιος υπάλληλος, 74 ετών. Ο γείτονάς μου μού είπε
ότι για τους συνταξιούχους υπάρχει μειωμένη τιμή στο βασικό πακέτο της
τηλεόρασης. Ισχύει; Πληρώνω 21,90 € τον μήνα. Αν ισχύει, τι πρέπει να
σας στείλω;

Με εκτίμηση,
Ευάγγελος Τζιώτης
Λάρισα"""),
("el", "b116-gl-den-espase-giati-aniksi-asfaleia", "Kostas Vrettos <kostas.vrettos@example.gr>", "asfaleia", "billing", "",
"""Kalhmera, na to pw apo prin gia na mh me steilete se texniko: to kinhto
den exei spasei, den exei tipota, douleuei kanonika. Apla eida oti h
asfaleia othonhs anevhke apo 5,90 se 7,40 to mhna xwris na mou pei
kaneis tipota. Giati? Kai an den thn 8elw me authn thn timh, ti kanw?
Kwstas"""),
("el", "b116-re-prosfora-15-xreosi-22", "Μαρίνα Στεφανίδου <marina.stefanidou@example.gr>", "RE: Η προσφορά σας για το πακέτο Cinema", "billing", "",
"""Καλησπέρα,

Δέχτηκα την παρακάτω προσφορά τηλεφωνικά στις 3 Φεβρουαρίου, αλλά στους
λογαριασμούς Μαρτίου και Απριλίου το πακέτο χρεώνεται 22,00 € και όχι
15,00 €. Μπορείτε να το διορθώσετε και να πιστώσετε τη διαφορά;

Μαρίνα Στεφανίδου

-----Αρχικό μήνυμα-----
Από: Τμήμα Πελατών
Θέμα: Η προσφορά σας για το πακέτο Cinema

Αγαπητή κυρία Στεφανίδου,
Σε συνέχεια της επικοινωνίας μας, σας επιβεβαιώνουμε ότι το πακέτο
Cinema θα χρεώνεται 15,00 € τον μήνα για τους επόμενους 12 μήνες."""),
("el", "b116-eggyisi-apokodikopoiiti-50", "Χρύσα Παπαθανασίου <chrysa.pap@example.gr>", "Εγγύηση 50 ευρώ", "billing", "",
"""Γεια σας,
Όταν έκανα τη σύνδεση πλήρωσα 50 ευρώ εγγύηση για τον αποκωδικοποιητή.
Τον επέστρεψα στο κατάστημα της Καλαμαριάς στις 4 Μαρτίου (έχω το
δελτίο παραλαβής) αλλά τα 50 ευρώ δεν τα έχω πάρει ακόμα. Πότε θα μπουν
στον λογαριασμό μου;
Χρύσα"""),
("el", "b116-gl-xreoseis-meta-diakopi-synigoros", "Pavlos Antoniou <pavlos.antoniou@example.gr>", "DIAKOPH SYNDROMHS - SYNEXIZETE NA XREWNETE", "billing", "high",
"""Kalhspera,
ekana diakoph ths syndromhs thleorashs ton Ianouario, exw to email
epivevaiwshs me arithmo DS-55810. Apo tote mou exete xrewsei allous
treis mhnes x 32,90 = 98,70 eurw. Exw milhsei 2 fores sto thlefwniko
kentro kai mou eipan "8a to doume".
An mexri tis 15 tou mhna den epistrafoun ta xrhmata kanw kataggelia ston
Synhgoro tou Katanalwth kai sthn EETT.
Pavlos Antwniou"""),
("el", "b116-xreosi-egkatastasis-proistamenos", "Ιωάννης Κουτσούκος <i.koutsoukos@example.gr>", "Χρέωση 60€ για εγκατάσταση", "billing", "high",
"""Κύριοι,

Στον λογαριασμό Μαΐου μού χρεώσατε 60 € για εγκατάσταση κεραίας. Ο
τεχνικός σας δεν ήρθε ποτέ - τον περίμενα δύο φορές, στις 8 και στις
14 Μαΐου - και τελικά την κεραία την έβαλε ο ηλεκτρολόγος μου με δικά
μου έξοδα.

Το έχω εξηγήσει τρεις φορές στο τηλέφωνο. Ζητώ να προωθηθεί το θέμα σε
προϊστάμενο ή υπεύθυνο που μπορεί να ακυρώσει τη χρέωση, και να μου
απαντήσει γραπτώς.

Ι. Κουτσούκος
Κωδικός πελάτη 4410287"""),
("el", "b116-final-four-pass-amfisvitisi", "Δημητρης Αλεξανδρου <d.alexandrou@example.gr>", "Pass μπασκετ", "billing", "high",
"""Πληρωσα 29,99 για το pass του Final Four και δεν ενεργοποιηθηκε ποτε,
ουτε στην τηλεοραση ουτε στο κινητο. Εχασα και τους δυο ημιτελικους.
Στειλατε μια αυτοματη απαντηση και τιποτα αλλο.
Αν δεν μου επιστρεψετε τα χρηματα μεχρι την Παρασκευη θα κανω
αμφισβητηση της χρεωσης στην τραπεζα μου.
Δ. Αλεξανδρου"""),
("el", "b116-gios-ptyxio-spiti-thessaloniki", "Σοφία Καραγιάννη <sofia.karagianni@example.gr>", "Το σπίτι στη Θεσσαλονίκη", "billing", "",
"""Καλημέρα σας! Ο γιος μου πήρε επιτέλους το πτυχίο του και γύρισε στον
Βόλο, οπότε το φοιτητικό σπίτι στη Θεσσαλονίκη το αφήνουμε τέλος του
μήνα. Η σύνδεση τηλεόρασης εκεί είναι στο δικό μου όνομα. Τι πρέπει να
κάνω για να σταματήσει;
Σοφία Καραγιάννη"""),
("el", "b116-gl-mpogiatzides-piato-kanalia", "Takis Mylonas <takis.mylonas@example.gr>", "kanalia", "technical", "",
"""Geia sas, thn perasmenh evdomada vapsame thn taratsa kai oi mpogiatzhdes
metakinhsan to piato gia na douleuoun. Apo tote ta mises kanalia grafoun
"Den yparxei shma", ta alla fainontai kanonika. To piato to 3anavalan
peripou sto idio shmeio. Ginetai na to rythmisw monos mou h 8elei
texniko?
Takis, Aigio"""),
("el", "b116-tilexeiristirio-anavei-den-allazei", "Ρένα Βασιλείου <rena.vasileiou@example.gr>", "Τηλεκοντρόλ", "technical", "",
"""Το τηλεκοντρόλ του αποκωδικοποιητή ανάβει το λαμπάκι όταν πατάω, αλλά
δεν αλλάζει κανάλια ούτε ανεβάζει την ένταση. Έβαλα καινούριες
μπαταρίες. Τα κουμπιά πάνω στο ίδιο το κουτί δουλεύουν. Τι να κάνω;
Ρένα"""),
("el", "b116-efarmogi-smart-tv-aposyndeei", "Άρης Λαμπρόπουλος <aris.lampropoulos@example.gr>", "Η εφαρμογή με πετάει έξω", "technical", "",
"""Καλησπέρα,

Η εφαρμογή σας στη smart TV (Samsung, μοντέλο 2021) με αποσυνδέει κάθε
φορά που κλείνω την τηλεόραση και πρέπει να ξαναβάζω email και κωδικό.
Το «Να με θυμάσαι» είναι τσεκαρισμένο. Στο κινητό δεν γίνεται αυτό.
Έκανα απεγκατάσταση και ξανά εγκατάσταση, τίποτα.

Άρης"""),
("el", "b116-gl-stathero-den-xtypaei", "Koula Papadopoulou <koula.pap@example.gr>", "to thlefwno", "technical", "",
"""kalhmera paidia. to stathero mporw na paw kanonika, alla otan me pairnoun
den xtypaei katholou, oi alloi akoune "o syndromhths den einai
diathesimos". h kori mou me pairnei 3 meres kai nomizei oti kati epa8a.
mporei na to koita3ei kapoios?
Koula, 2310 617283"""),
("el", "b116-periodiko-lipsi-offline-oxi-lefta", "Νεφέλη Αργυροπούλου <nefeli.argyropoulou@example.gr>", "Ψηφιακό τεύχος", "technical", "",
"""Καλημέρα. Δεν ζητάω επιστροφή χρημάτων, τη συνδρομή τη θέλω. Το θέμα
είναι ότι η «Λήψη για ανάγνωση εκτός σύνδεσης» στο τεύχος Απριλίου
κολλάει στο 63% και δεν προχωράει, και τα περιοδικά τα διαβάζω κυρίως
στο πλοίο για τη Σύρο όπου δεν έχει σήμα. Τα προηγούμενα τεύχη
κατέβαιναν κανονικά.
Νεφέλη"""),
("el", "b116-eggrafes-xoris-ixo", "Μιχαλης Φραγκος <michalis.fragkos@example.gr>", "Οι εγγραφες", "technical", "",
"""Καλησπερα. Οι εγγραφες που κανω στον αποκωδικοποιητη εδω και δυο
εβδομαδες παιζουν χωρις ηχο. Εικονα κανονικη, ηχος τιποτα, ενω στη
ζωντανη μεταδοση ο ηχος ειναι μια χαρα. Οι παλιες εγγραφες ακουγονται.
Τι να φταιει;
Μιχαλης"""),
("el", "b116-gl-erotisi-kollise-logotypo", "Stella Dimou <stella.dimou@example.gr>", "Erwthsh", "technical", "",
"""Geia sas mia erwthsh. O apokwdikopoihths exei kollhsei sto logotypo kai
den proxwraei edw kai mia wra. Pws ginetai epanafora ergostasiakwn
rythmisewn? Pataw kapoio koumpi? Eyxaristw!"""),
("el", "b116-re-trito-rantevou-kleinei-monos", "Γρηγόρης Σαββίδης <grigoris.savvidis@example.gr>", "Re: Επιβεβαίωση επίσκεψης τεχνικού", "technical", "high",
"""Τρίτη επίσκεψη τεχνικού και ο αποκωδικοποιητής συνεχίζει να κλείνει
μόνος του κάθε μισή ώρα περίπου. Άλλαξαν τροφοδοτικό, καλώδιο, ακόμα και
τον ίδιο τον αποκωδικοποιητή. Κανείς δεν μου λέει τι φταίει.

Δεν θέλω τέταρτο ραντεβού με τον ίδιο τρόπο. Ζητώ να μιλήσω με υπεύθυνο
του τεχνικού τμήματος που θα αναλάβει προσωπικά την υπόθεση.

Γρηγόρης Σαββίδης

> Από: no-reply@example.gr
> Το ραντεβού σας επιβεβαιώθηκε για την Πέμπτη 11/4, 09:00-13:00.
> Αριθμός αιτήματος: TX-662109"""),
("el", "b116-radiotaxi-grammes-nekres", "Ραδιοταξί Ο Ερμής <kentro@radiotaxi-ermis.example>", "Γραμμές κέντρου", "technical", "high",
"""Καλησπέρα,

Από τις 6 το απόγευμα οι τέσσερις σταθερές γραμμές του κέντρου μας στην
Πάτρα δεν δέχονται κλήσεις. Όποιος μας παίρνει ακούει κατειλημμένο. Οι
70 οδηγοί μας κάθονται στις πιάτσες χωρίς κούρσες και οι πελάτες μάς
γράφουν στο Facebook ότι δεν απαντάμε. Παρασκευή βράδυ είναι η πιο
γεμάτη μας βραδιά.

Παρακαλούμε άμεσα.
Σπύρος Τσίπης, υπεύθυνος κέντρου
6944 215 880"""),
("el", "b116-gl-revma-apo-to-kouti", "Vicky Tsakiri <vicky.tsakiri@example.gr>", "mas xtypaei reuma", "technical", "high",
"""Kalhspera sas,
na sas pw oti apo tote pou hr8e o texnikos kai evale to kalwdio ths
keraias, otan akoumpaw to metalliko kommati tou apokwdikopoihth h to
fis ths keraias piso, me tinazei ligo reuma. Sthn arxh nomiza oti htan
idea mou, alla to epa8e kai o antras mou. Exoume 2 mikra paidia. Ton
exw vgalei apo thn priza.
Mporei na erthei kapoios na to dei?
Vasiliki Tsakiri"""),
("el", "b116-gl-oloklhro-xorio-xoris-stathero", "Koinothta Kampou <koinotita.kampou@example.gr>", "Kampos - xwris thlefwno", "technical", "high",
"""Kalhmera,
apo xtes to mesimeri olo to xwrio (Kampos, Dhmos Xiou, peripou 90
spitia) den exei stathero thlefwno. Oloi akoune siwph sth grammh. Edw
oi perissoteroi einai hlikiwmenoi xwris kinhto, to iatreio ths koinothtas
den mporei na parei to kentro ygeias kai to kafeneio-pantopwleio den
pernaei kartes. Steilte kapoion shmera.
Giannhs Fragkos, proedros koinothtas
6977 555 210"""),
("el", "b116-patera-apinidotis-parakolouthisi", "Παρασκευή Ζαχαρίου <p.zachariou@example.gr>", "Νεκρή γραμμή - καρδιολογική παρακολούθηση", "technical", "high",
"""Καλησπέρα σας,

Ο πατέρας μου είναι 81 ετών και έχει εμφυτευμένο απινιδωτή. Η συσκευή
παρακολούθησης στο κομοδίνο του στέλνει κάθε νύχτα τα δεδομένα στο
νοσοκομείο μέσω της σταθερής γραμμής (Ιωάννινα, 26510 44318). Από χθες η
γραμμή είναι νεκρή και το νοσοκομείο μάς πήρε τηλέφωνο ότι δεν λαμβάνουν
τίποτα και ότι αυτό δεν πρέπει να κρατήσει πολλές μέρες.

Σας παρακαλώ στείλτε τεχνικό όσο πιο γρήγορα γίνεται.

Παρασκευή Ζαχαρίου (κόρη)
6932 770 118"""),
("el", "b116-menou-sernetai", "Ορέστης Κανελλόπουλος <orestis.kan@example.gr>", "Πολύ αργό μενού", "technical", "",
"""Γεια σας,
από την τελευταία ενημέρωση το μενού στον αποκωδικοποιητή «σέρνεται»:
πατάω οδηγό προγράμματος και περιμένω 10-15 δευτερόλεπτα να ανοίξει, και
κάθε φορά που αλλάζω κανάλι μαυρίζει για 4-5 δευτερόλεπτα. Πριν ήταν
ακαριαίο. Υπάρχει κάτι που μπορώ να κάνω από μεριάς μου;
Ορέστης"""),
("el", "b116-gl-eyxaristw-rania-tyflos-pateras", "Maria Kontou <maria.kontou@example.gr>", "EYXARISTW", "general", "",
"""Kalhmera! 8elw na pw ena megalo eyxaristw sthn k. Rania sto katasthma
sas sth Nea Smyrnh. O pateras mou einai tyflos kai htan toso ypomonetikh,
tou e3hghse me to xeri ola ta koumpia sto kontrol kai tou energopoihse
ton fwnhtiko odhgo. Twra allazei kanalia monos tou kai einai
enthousiasmenos!
Maria"""),
("el", "b116-orario-patra-megali-evdomada", "Λευτέρης Σπανός <lefteris.spanos@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα, τι ώρες είναι ανοιχτό το κατάστημά σας στην Πάτρα (Μαιζώνος)
τη Μεγάλη Παρασκευή και το Μεγάλο Σάββατο;"""),
("el", "b116-epeigon-neo-kinito-epikoinonias", "Δέσποινα Ρουσσάκη <despoina.roussaki@example.gr>", "ΕΠΕΙΓΟΝ", "general", "",
"""ΕΠΕΙΓΟΝ!! Παρακαλώ αλλάξτε το κινητό επικοινωνίας στον λογαριασμό μου
(κωδ. πελάτη 5530217) σε 6981 442 107. Το παλιό νούμερο δεν το έχω πια.
Ευχαριστώ!"""),
("el", "b116-gl-omprela-ermou", "Antonis Fotiou <antonis.fotiou@example.gr>", "omprela", "general", "",
"""Geia sas, to Savvato to prwi hmoun sto katasthma sas sthn Ermou kai
nomizw oti a3exasa mia mavrh omprela me 3ylinh lavh dipla sto tameio.
Thn vrhkate mhpws? Einai doro apo ton patera mou.
Antwnhs"""),
("el", "b116-aitima-prosvasis-gkpd", "Κωνσταντίνος Μελετίου <k.meletiou@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού Προστασίας Δεδομένων,
ζητώ αντίγραφο όλων των προσωπικών δεδομένων που τηρείτε για εμένα,
συμπεριλαμβανομένων των ηχογραφήσεων των κλήσεών μου προς το τηλεφωνικό
σας κέντρο από τον Ιανουάριο του 2023.

Ονοματεπώνυμο: Κωνσταντίνος Μελετίου
Κωδικός πελάτη: 6620184

Με εκτίμηση,
Κ. Μελετίου"""),
("el", "b116-xorigia-akadimia-podosfairou", "Α.Ο. Αστέρας Νέας Ιωνίας <grammateia@asteras-ni.example>", "Πρόταση χορηγίας", "general", "",
"""Καλησπέρα σας,

Είμαστε ο Α.Ο. Αστέρας Νέας Ιωνίας, ερασιτεχνικός σύλλογος με τμήματα
ποδοσφαίρου για παιδιά 6-14 ετών (περίπου 110 παιδιά). Αναζητούμε χορηγό
για τις φανέλες της νέας σεζόν και για το καλοκαιρινό μας τουρνουά.
Στηρίζει η εταιρεία σας τοπικές αθλητικές δράσεις; Σε ποιον μπορούμε να
στείλουμε την πρότασή μας;

Με εκτίμηση,
Θεόδωρος Αναστασίου
Γραμματέας"""),
("el", "b116-paradosi-ston-thyroro", "Ελενη Κυριακιδου <eleni.kyriakidou@example.gr>", "Αποστολη νεου αποκωδικοποιητη", "general", "",
"""Καλημερα, μου ειπατε οτι ο καινουριος αποκωδικοποιητης θα ερθει με
courier αυτη την εβδομαδα. Δουλευω μεχρι τις 5. Μπορει να τον αφησει
στον θυρωρο της πολυκατοικιας, τον κ. Σταυρο; Ειναι εκει 8-3.
Ευχαριστω, Ελενη"""),
("el", "b116-gl-pass-euroleague", "Giannis Pappas <giannis.pappas@example.gr>", "erwthsh gia to pass", "general", "",
"""Kalhspera, to sport pass exei kai Euroleague h mono podosfairo? kai
mporw na to vlepw kai sto kinhto otan eimai sto dromo? eyxaristw"""),
("el", "b116-ypallilos-katastimatos-kinito", "Αθανασία Λιόλιου <athanasia.lioliou@example.gr>", "Εξυπηρέτηση στο κατάστημα Γλυφάδας", "general", "",
"""Καλησπέρα.

Την Τρίτη το πρωί πήγα στο κατάστημά σας στη Γλυφάδα. Ήμουν η μόνη
πελάτισσα και ο νεαρός πίσω από τον πάγκο μιλούσε στο κινητό του για
προσωπικά θέματα, γελούσε, και με άφησε να περιμένω όρθια σχεδόν 20
λεπτά χωρίς να μου πει ούτε «ένα λεπτό». Τελικά έφυγα. Το γράφω για να
το ξέρετε, όχι για να τιμωρηθεί κανείς.

Αθανασία Λιόλιου"""),
("el", "b116-vradies-kinimatografou-nafpaktos", "Πολιτιστικός Σύλλογος Ναυπάκτου <info@ps-nafpaktou.example>", "Βραδιές ελληνικού κινηματογράφου", "general", "",
"""Καλημέρα σας,

Τον Ιούλιο οργανώνουμε στο κάστρο της Ναυπάκτου τρεις βραδιές ελληνικού
κινηματογράφου με ελεύθερη είσοδο. Σκεφτήκαμε ότι ίσως θα σας
ενδιέφερε να συμμετάσχετε με ένα περίπτερο ενημέρωσης ή με κάποιον
άλλον τρόπο. Σε ποιο τμήμα να απευθυνθούμε;

Με εκτίμηση,
Ευτυχία Γιαννακοπούλου
Πρόεδρος"""),
("el", "b116-gl-paidiko-kanali-bomba", "Natasa Georgiou <natasa.georgiou@example.gr>", "to neo paidiko kanali", "general", "",
"""Geia sas!! To neo paidiko kanali einai bomba, ta paidia mou pe8anan sta
gelia me ta kinoumena sxedia me ton skantzoxoiro. Mono na pw oti 8a htan
teleio an eixe metaglwttismena kai to prwi, giati ta perissotera
ellhnika einai mono to apogeuma. Eyxaristoume!
Natasa"""),
("el", "b116-ypallilos-katigorise-gynaika-diefthyntis", "Βασίλειος Οικονόμου <v.oikonomou@example.gr>", "Συμπεριφορά υπαλλήλου στον Πειραιά", "general", "high",
"""Κύριοι,

Το Σάββατο η σύζυγός μου πήγε στο κατάστημά σας στον Πειραιά να πάρει
μια θήκη κινητού. Ενώ κοίταζε, ένας υπάλληλος τής φώναξε μπροστά σε
όλους να «αδειάσει την τσάντα της» γιατί δήθεν έβαλε κάτι μέσα. Δεν είχε
πάρει τίποτα, το είδαν και οι άλλοι πελάτες. Γύρισε στο σπίτι κλαίγοντας.

Δεν δέχομαι τυποποιημένη απάντηση. Ζητώ να με καλέσει ο διευθυντής του
καταστήματος ή κάποιος ανώτερος.

Βασίλειος Οικονόμου
6945 880 213"""),
("el", "b116-katastima-larisa-spasmeno-skalopati", "Ιφιγένεια Μαστρογιάννη <ifigeneia.m@example.gr>", "Κατάστημα Λάρισας", "general", "high",
"""Καλησπέρα,

Θέλω απλώς να σας ενημερώσω ότι στο κατάστημά σας στη Λάρισα (οδός
Κύπρου) το δεύτερο σκαλοπάτι της εισόδου έχει σπάσει στην άκρη και το
μάρμαρο κουνιέται. Σήμερα μια ηλικιωμένη κυρία μπροστά μου παραλίγο να
πέσει, την πιάσαμε την τελευταία στιγμή. Δεν υπάρχει καμία σήμανση.
Καλό θα ήταν να το δείτε σύντομα.

Ιφιγένεια Μαστρογιάννη"""),
# ---------------- Spanish ----------------
("es", "b116-cuota-abril-dos-veces", "Iker Goikoetxea <iker.goiko@example.es>", "Recibo de abril", "billing", "",
"""Hola:

Este mes me habéis cobrado la cuota de la tele dos veces: el recibo
domiciliado en el banco (42,90 €) y otra vez lo mismo en la tarjeta que
tengo guardada en la web. Solo debería ser uno, ¿no? Os agradecería que
me devolvierais uno de los dos.

Gracias,
Iker"""),
("es", "b116-fijo-papa-fallecio-guadalajara", "Verónica Partida <vero.partida@example.com.mx>", "Línea de mi papá", "billing", "",
"""Buenas tardes,

Les escribo porque mi papá, el Sr. Ramón Partida Loza, falleció el mes
pasado. Tenía una línea de teléfono fijo en su casa de Guadalajara
(33 3615 2280) que ya nadie va a usar. Quisiera dar de baja el servicio
para que ya no se genere el cargo de $389 mensuales. ¿Qué documentos
necesitan? Tengo el acta de defunción.

Saludos cordiales,
Verónica Partida"""),
("es", "b116-revista-digital-noruega", "Lucia Benvenuto <lucia.benvenuto@example.com.ar>", "suscripcion revista", "billing", "",
"""Hola, como estan? Me voy seis meses a trabajar a Noruega y no voy a leer
la revista en todo ese tiempo (la leo en el subte, basicamente jaja). Se
puede suspender la suscripcion digital hasta marzo sin darla de baja?
Son $4.500 por mes y no quiero perder el precio que tengo desde 2022.
Gracias!
Lu"""),
("es", "b116-seguro-movil-cobrar-a-mi-madre", "Paco Hidalgo <paco.hidalgo@example.es>", "seguro del movil", "billing", "",
"""Buenas, el móvil que tengo asegurado con vosotros (póliza SM-77210) se
lo ha quedado mi madre, porque a mí me han dado uno en el trabajo.
Queremos que el seguro siga, pero que a partir de ahora los 7,95 al mes
se carguen en la cuenta de ella y no en la mía. ¿Qué datos os tengo que
mandar?
Un saludo,
Paco"""),
("es", "b116-factura-nit-ferreteria", "Contabilidad Ferretería El Tornillo <contabilidad@eltornillo-ferreteria.example>", "Factura electrónica", "billing", "",
"""Buen día,

Pagamos el plan de televisión por cable para la sala de espera del local
(COP 89.900 mensuales), pero las facturas llegan a nombre de la dueña
como persona natural. Necesitamos que a partir de este mes la factura
electrónica salga a nombre de la empresa:

Ferretería El Tornillo S.A.S.
NIT 900.123.456-7
Cra. 15 # 80-22, Bogotá

Quedamos atentos.
Área de contabilidad"""),
("es", "b116-deco-4k-en-cuotas", "Camila Fuentealba <camila.fuentealba@example.cl>", "Deco 4K", "billing", "",
"""Hola, quiero cambiar mi deco por el 4K que cuesta $69.990. ¿Se puede
pagar en cuotas en la boleta mensual o tiene que ser todo de una con
tarjeta? Y si es en cuotas, ¿cobran interés?
Saludos, Camila"""),
("es", "b116-descuento-pago-anual", "Ramón Escudero <ramon.escudero@example.es>", "Pago anual", "billing", "",
"""Muy señores míos:

Actualmente pago el paquete de televisión mes a mes, 24,90 euros. Si
pagara el año entero por adelantado, ¿me harían algún descuento? Y en
ese caso, ¿cómo se hace el pago, por transferencia?

Atentamente,
Ramón Escudero
Valladolid"""),
("es", "b116-deco-funciona-solo-app", "Jorge Cárdenas <jorge.cardenas@example.com.mx>", "Decodificador", "billing", "",
"""Qué tal. Aclaro de una vez que el deco no está descompuesto, funciona
bien. Nomás que compramos una smart TV y ahora todo lo vemos en la app
de ustedes. Quiero regresar el decodificador y quedarme solo con la app.
¿Baja la mensualidad de $499? ¿Lo llevo a una sucursal o pasan por él?
Jorge Cárdenas"""),
("es", "b116-re-permanencia-ya-cumplida", "Nuria Casals <nuria.casals@example.es>", "RE: Confirmación de baja", "billing", "",
"""Hola,

Me aparece una penalización de 120 € por incumplir la permanencia. Me di
de alta en febrero de 2022 con 18 meses de permanencia, así que terminó
hace mucho. ¿Lo podéis revisar y quitarlo de la última factura?

Gracias,
Nuria Casals

-----Mensaje original-----
De: Atención al cliente
Asunto: Confirmación de baja

Estimada clienta:
Le confirmamos la baja de su servicio de televisión con fecha 30/06. En
su última factura se incluirá la penalización por permanencia de
120,00 €."""),
("es", "b116-deposito-deco-supervisor", "Martín Ocampo <martin.ocampo@example.com.ar>", "Devolución del depósito - 3er reclamo", "billing", "high",
"""Buenas.

En abril devolví el decodificador en la sucursal de Av. Colón en Córdoba
y me dieron la constancia de recepción. El depósito de garantía de
$15.000 que pagué al instalar tenía que volver en 30 días. Pasaron tres
meses, hice dos reclamos (n° 88120 y 88457) y nadie me da una respuesta.

Quiero que mi caso lo tome un supervisor o alguien con autoridad para
resolverlo, no otro operador que me diga que "está en proceso".

Martín Ocampo
DNI 30.112.458"""),
("es", "b116-subida-precio-sin-aviso-omic", "Sergio Llorente <sergio.llorente@example.es>", "Subida de precio", "billing", "high",
"""Hola. En la factura de este mes el paquete de television ha pasado de
29,90 a 36,90 euros y en ningun momento me avisasteis con un mes de
antelacion, como dice la ley. Quiero que me devolvais la diferencia o
que me dejeis darme de baja sin pagar penalizacion.
Si no tengo respuesta en diez dias pongo una reclamacion en la OMIC de
mi ayuntamiento.
Sergio Llorente"""),
("es", "b116-cambio-domicilio-cobrado-profeco", "Adriana Solís <adriana.solis@example.com.mx>", "Cargo por cambio de domicilio", "billing", "high",
"""A quien corresponda:

Cuando me mudé en marzo, la asesora de la sucursal de Coyoacán me dijo
por escrito que el cambio de domicilio del servicio era gratis. En mi
estado de cuenta de abril aparece un cargo de $850 por "traslado de
servicio". Ya lo reclamé por teléfono dos veces.

Exijo que me comunique un gerente y que se cancele el cargo. Si no tengo
respuesta esta semana presento la queja ante PROFECO, con la hoja que me
firmó la asesora.

Adriana Solís
No. de cliente 55-20317"""),
("es", "b116-pack-hd-no-pedido-desconocimiento", "Facundo Rivas <facu.rivas@example.com.ar>", "pack HD", "billing", "high",
"""Hace dos meses aparece en mi resumen un "Pack HD Plus" de $6.800 que yo
nunca pedí. Llamé y me dijeron que lo había contratado desde el control
remoto, cosa que es mentira. Ya hice el desconocimiento del cargo con la
tarjeta y se lo comunico para que lo den de baja y me devuelvan lo del
mes anterior también.
Facundo Rivas"""),
("es", "b116-hijo-intercambio-pack-peliculas", "Patricia Vergara <patricia.vergara@example.cl>", "Plan de películas", "billing", "",
"""Hola, buenas tardes. El pack de películas lo contratamos porque mi hijo
lo veía todas las noches, pero ahora se fue de intercambio un año a
Canadá y en la casa nadie lo ve. ¿Cómo lo saco del plan? Lo demás lo
dejamos igual.
Gracias,
Patricia Vergara"""),
("es", "b116-grua-obra-canales-sin-senal", "Manuel Ortega <manuel.ortega@example.es>", "Canales", "technical", "",
"""Buenas. Desde que han puesto una grúa enorme en la obra de enfrente, la
mitad de los canales dicen "No se recibe señal del satélite" y la otra
mitad se ven bien. La parabólica no se ha movido. ¿Puede ser la grúa?
¿Se puede mover la antena para que no le tape?
Manolo, Jaén"""),
("es", "b116-control-programar-tele", "Daniela Reyes <daniela.reyes@example.com.mx>", "control", "technical", "",
"""hola, el control nuevo del deco si cambia los canales pero no prende ni
apaga la tele ni le sube el volumen, y tengo que andar con dos controles.
la tele es una LG de hace como 5 años. hay algun codigo para
programarlo? gracias"""),
("es", "b116-app-maximo-dispositivos", "Gonzalo Ferreyra <gonza.ferreyra@example.com.ar>", "No puedo entrar a la app", "technical", "",
"""Hola, desde ayer la app del pase deportivo en el Smart TV me dice "Has
alcanzado el número máximo de dispositivos" y no me deja entrar. Solo la
uso en la tele y en mi celular, o sea dos. En la web no encuentro dónde
ver o borrar dispositivos. Ya desinstalé y reinstalé.
Gracias
Gonzalo"""),
("es", "b116-no-es-el-cobro-revista-se-cierra", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Revista digital", "technical", "",
"""Hola. Aclaro que no es por el cobro, la suscripción la quiero mantener.
El problema es que la app de la revista en mi celular se cierra sola
cada vez que abro la edición de este mes, a la segunda o tercera página.
Las ediciones anteriores abren normal. Tengo un Android y ya actualicé
la app.
Juliana"""),
("es", "b116-fijo-salientes-comunicando", "Encarnación Gil <encarna.gil@example.es>", "El teléfono", "technical", "",
"""Buenos días:

Desde el lunes, cuando llamo desde el teléfono fijo a cualquier número me
da señal de comunicando enseguida, sin llegar a sonar. Las llamadas que
me hacen a mí entran bien. He probado con
otro aparato que me dejó la vecina y pasa lo mismo.

¿Pueden revisar la línea?

Encarnación Gil
953 44 21 78"""),
("es", "b116-conflicto-de-grabacion", "Felipe Araya <felipe.araya@example.cl>", "Grabaciones", "technical", "",
"""Hola, el deco no me deja grabar la teleserie de las 22:00. Sale "Conflicto
de grabación" aunque no hay ninguna otra grabación programada a esa hora
(revisé la lista y está vacía). Otros programas sí los graba. ¿Cómo lo
soluciono?
Felipe Araya"""),
("es", "b116-consulta-error-e203", "Alberto Nieto <alberto.nieto@example.es>", "Consulta", "technical", "",
"""Hola, una consulta rápida: después de la actualización de anoche el deco
se queda en la pantalla de "Actualizando software 0%" y de ahí no pasa,
y si lo reinicio sale el error E-203. ¿Hay algo que pueda hacer yo o
tiene que venir un técnico?
Alberto"""),
("es", "b116-re-incidencia-resuelta-sigue-trabando", "Héctor Villanueva <hector.villanueva@example.com.mx>", "RE: Su reporte ha sido resuelto", "technical", "",
"""Buenas tardes,

Me llegó este correo diciendo que mi reporte está resuelto, pero no es
así. La app en el Roku sigue trabándose cada 10 o 15 minutos en los
partidos en vivo, se queda el círculo dando vueltas y luego regresa al
menú. Las películas y series sí se ven bien. Mi internet está a 200
megas y en el celular el mismo partido no se traba.

Héctor Villanueva

> De: Soporte <soporte@example.com.mx>
> Estimado cliente, le informamos que su reporte No. 77215 ha sido
> resuelto. Si el problema persiste, responda a este correo."""),
("es", "b116-hotel-benidorm-teles-sin-canales", "Recepción Hotel Marbella Playa <recepcion@hotelmarbellaplaya.example>", "Habitaciones", "technical", "high",
"""Buenos días,

Desde ayer a mediodía ninguna de las 112 habitaciones del hotel recibe
canales: todas las teles muestran "Sin servicio" y el decodificador
central tiene la luz roja fija. Tenemos el hotel lleno con dos grupos de
jubilados británicos y alemanes que pasan mucho tiempo en la habitación,
y en recepción ya hemos tenido que hacer varios descuentos y tenemos
quejas en las webs de reservas.

Necesitamos un técnico hoy mismo, por favor.

Lorena Cifuentes
Jefa de recepción, Hotel Marbella Playa, Benidorm
965 00 12 34"""),
("es", "b116-cable-antena-chispas-balcon", "Silvina Marchetti <silvina.marchetti@example.com.ar>", "Cable de la antena", "technical", "high",
"""Hola, buenas noches.

Les aviso por las dudas: el cable de la antena que dejó el instalador
pasa por el balcón, pegado a la baranda de hierro, y cuando llueve en la
unión con la caja de la pared salen chispitas y se escucha un chasquido.
Hoy lo vimos con mi marido desde la ventana. Apagamos el deco y no
salimos al balcón.

¿Pueden mandar a alguien a revisarlo?

Silvina Marchetti
Rosario"""),
("es", "b116-conjunto-residencial-sin-cable", "Administración Conjunto Los Almendros <admin.losalmendros@example.com.co>", "Conjunto Los Almendros - sin servicio", "technical", "high",
"""Buenos días,

Desde anoche las 64 unidades del Conjunto Residencial Los Almendros
(Calle 45 Sur # 12-30, Medellín) están sin señal de cable. Todos los
televisores muestran "Sin señal". Tenemos muchos residentes de la tercera
edad y en portería ya hemos recibido más de 20 quejas esta mañana. Por
favor envíen un técnico hoy.

Atentamente,
Luz Marina Ocampo
Administradora"""),
("es", "b116-dialisis-nocturna-linea-fija", "Beatriz Alonso <beatriz.alonso@example.es>", "Línea sin tono", "technical", "high",
"""Buenas tardes:

Mi marido hace diálisis peritoneal en casa por las noches y la máquina
manda los datos de cada sesión al hospital a través de la línea fija
(975 30 12 44, Almazán, Soria). Desde ayer por la mañana la línea no
tiene tono. Nos han llamado del hospital al móvil para decirnos que no
reciben nada y que, si no se arregla, tendremos que ir cada mañana a
Soria a que le revisen, que son 35 km.

Por favor, manden a un técnico lo antes posible.

Beatriz Alonso
600 112 334"""),
("es", "b116-peli-de-muerte-subtitulos-atrasados", "Luis Ángel Mora <luisangel.mora@example.com.mx>", "subtitulos", "technical", "",
"""Qué onda. La peli de anoche en el canal de estrenos estuvo de muerte,
pero los subtítulos iban como 5 segundos atrasados todo el rato y mi
suegra no escucha bien, así que se perdió la mitad. Ya me pasó con otra
película la semana pasada. ¿Es algo del deco o de su lado?
Luis Ángel"""),
("es", "b116-gracias-lorena-chat", "Marta Sanchis <marta.sanchis@example.es>", "Gracias", "general", "",
"""Hola,

Solo quería dar las gracias a Lorena, del chat de la web, que ayer por la
noche estuvo casi una hora conmigo configurando el control parental para
mis tres hijos, paso a paso y con muchísima paciencia. Ojalá todas las
atenciones fueran así. Que se lo digan a su responsable, por favor.

Marta"""),
("es", "b116-horario-16-septiembre", "Rosa Elena Tapia <rosaelena.tapia@example.com.mx>", "horario", "general", "",
"""Buenas, ¿la sucursal de Plaza Universidad en Puebla abre el 16 de
septiembre? ¿en qué horario? gracias"""),
("es", "b116-urgente-apellido-casada", "Micaela Pereyra <mica.pereyra@example.com.ar>", "URGENTE!!!", "general", "",
"""URGENTE!!! Me casé y cambié el mail, necesito que actualicen mis datos
en la cuenta (cliente 40112873): el mail nuevo es
mica.pereyra@example.com.ar y el celular nuevo 351 555 0199. Gracias!!"""),
("es", "b116-bufanda-tienda-colon", "Joaquín Torres <joaquin.torres@example.es>", "Bufanda", "general", "",
"""Buenas tardes,

El sábado por la mañana estuve en vuestra tienda de la calle Colón, en
Valencia, y creo que me dejé una bufanda de lana gris en el mostrador.
Tiene valor sentimental (me la hizo mi madre). ¿La ha encontrado
alguien?

Joaquín Torres"""),
("es", "b116-habeas-data-consulta", "Andrés Felipe Gómez <andresf.gomez@example.com.co>", "Solicitud de información - Ley 1581", "general", "",
"""Señores:

En ejercicio de mi derecho de habeas data (Ley 1581 de 2012), solicito que
me informen qué datos personales míos tienen registrados, con qué
finalidad los usan y si los han compartido con terceros. Adjunto copia de
mi cédula.

Nombre: Andrés Felipe Gómez Arango
C.C. 1.020.456.789

Cordialmente,
Andrés Felipe Gómez"""),
("es", "b116-auspicio-club-los-condores", "Club Deportivo Los Cóndores <directiva@cdloscondores.example>", "Auspicio", "general", "",
"""Estimados:

Somos el Club Deportivo Los Cóndores de La Florida, con escuelas de
fútbol para unos 150 niños y niñas de 6 a 14 años. Estamos buscando
auspiciadores para las camisetas de la próxima temporada y para el
campeonato de verano. ¿Su empresa apoya este tipo de iniciativas? ¿A
quién podemos enviar la propuesta?

Saludos cordiales,
Rodrigo Saavedra
Presidente"""),
("es", "b116-deco-nuevo-dejar-al-portero", "Elena Vidal <elena.vidal@example.es>", "Envío del deco nuevo", "general", "",
"""Hola, me habéis dicho que el deco nuevo llega esta semana por
mensajería. Trabajo hasta las seis. ¿Puede el repartidor dejárselo al
portero de la finca? Se llama Antonio y está de 8 a 14. Si no, mejor el
viernes por la tarde.
Gracias,
Elena Vidal"""),
("es", "b116-estrenos-doblados-latino", "Ximena Garza <ximena.garza@example.com.mx>", "Pregunta", "general", "",
"""Hola! Una pregunta: las películas del canal de estrenos, ¿vienen dobladas
al español latino o solo con subtítulos? Es que mis papás ya no leen
bien los subtítulos. Y los programas infantiles, ¿también?
Gracias!!"""),
("es", "b116-vendedor-insistente-mendoza", "Norma Giménez <norma.gimenez@example.com.ar>", "Mala atención en la sucursal", "general", "",
"""Buenas tardes. El martes fui a la sucursal de Mendoza solo a preguntar
por los horarios de un canal y el vendedor no me dejaba irme: me insistió
veinte minutos para que firmara un plan más caro, me dijo que "a mi edad
ya tendría que tener todo resuelto" y se rió con el compañero. Tengo 72
años. Solo quiero que lo sepan, no pido que echen a nadie.
Norma Giménez"""),
("es", "b116-charla-mayores-centro-civico", "Xosé Manuel Rivas <xose.rivas@example.es>", "Charla en el centro cívico", "general", "",
"""Bos días. Llevo las actividades del centro cívico de mayores de Lalín.
Muchos socios tienen problemas para manejar el mando y los menús de la
tele nueva. ¿Hacéis alguna vez charlas o talleres gratuitos en centros
como el nuestro? Tenemos sala con proyector. Podría ser cualquier
jueves por la tarde.
Un saludo,
Xosé Manuel Rivas"""),
("es", "b116-hola-parqueadero-unicentro", "Carolina Mejía <carolina.mejia@example.com.co>", "Hola", "general", "",
"""Hola, ¿la tienda de ustedes en el centro comercial Unicentro de Cali
tiene parqueadero propio o toca dejar el carro en el del centro
comercial? Voy con mi mamá que usa silla de ruedas. Gracias."""),
("es", "b116-tecnico-comentarios-hija-gerente", "Ricardo Leal <ricardo.leal@example.com.mx>", "Queja sobre su técnico", "general", "high",
"""Les escribo muy molesto. El viernes fue su técnico a instalar el
servicio en mi casa de Monterrey. La instalación quedó bien, de eso no me
quejo. Pero mientras yo estaba en la azotea con su compañero, él se quedó
abajo haciéndole comentarios sobre su ropa a mi hija de 16 años y le
pidió su número de celular.

No quiero una respuesta automática. Exijo que me llame el gerente de la
zona hoy mismo. Folio de la orden: OT-33820.

Ricardo Leal
81 1234 5678"""),
("es", "b116-cartel-colgante-flojo-tienda", "Irene Castaño <irene.castano@example.com.ar>", "Sucursal Palermo", "general", "high",
"""Hola,

Les aviso que en la sucursal de Palermo, el cartel grande que cuelga del
techo encima de las cajas está sostenido de un solo lado. Cada vez que
se abre la puerta y entra viento se balancea, y debajo estaba la fila de
gente esperando, con chicos. Se lo dije a una empleada y me contestó que
"ya lo saben". Me parece que alguien se va a lastimar.

Irene Castaño"""),
# ---------------- Polish ----------------
("pl", "b116-oplata-za-dekoder-kupiony", "Krzysztof Wójcik <krzysztof.wojcik@example.pl>", "Opłata za dekoder", "billing", "",
"""Dzień dobry,

przy podpisaniu umowy w 2021 r. kupiłem dekoder na własność (zapłaciłem
jednorazowo 199 zł, mam fakturę). Tymczasem od stycznia na każdej
fakturze pojawia się pozycja "dzierżawa dekodera - 10 zł". Proszę o
usunięcie tej opłaty i zwrot za styczeń, luty i marzec.

Pozdrawiam
Krzysztof Wójcik"""),
("pl", "b116-tata-w-dps-telefon-stacjonarny", "Bożena Kaczmarek <bozena.kaczmarek@example.pl>", "Telefon taty", "billing", "",
"""Dzień dobry, od maja mój tata zamieszkał na stałe w domu pomocy
społecznej w Ciechanowie i tam ma swój telefon przy łóżku. Jego telefon
stacjonarny w mieszkaniu na ul. Sienkiewicza nie jest już nikomu
potrzebny, a abonament 45 zł dalej idzie. Jak to zakończyć? Mam
pełnomocnictwo notarialne.
Bożena Kaczmarek"""),
("pl", "b116-e-prenumerata-szpital-zawieszenie", "Zbigniew Pawlak <zbigniew.pawlak@example.pl>", "prenumerata", "billing", "",
"""Dzien dobry. Od przyszlego tygodnia ide do szpitala na operacje biodra
i potem rehabilitacja, w sumie okolo 3 miesiecy. Nie bede wtedy czytal
e-wydania "Wiadomosci Wedkarskich". Czy mozna zawiesic prenumerate na ten
czas i nie placic 14,90 miesiecznie, a potem wznowic w tej samej cenie?
Z powazaniem
Z. Pawlak"""),
("pl", "b116-ubezpieczenie-telefonu-rocznie", "Natalia Krawczyk <natalia.krawczyk@example.pl>", "Ubezpieczenie telefonu - płatność", "billing", "",
"""Hej, płacę za ubezpieczenie telefonu 12,99 zł co miesiąc. Czy mogę
przejść na płatność raz w roku? Koleżanka mówiła, że wtedy wychodzi
taniej. Jeśli tak, to ile by to było i od kiedy?
Natalia"""),
("pl", "b116-faktury-caly-rok-ulga", "Ryszard Górski <ryszard.gorski@example.pl>", "Faktury", "billing", "",
"""Dzień dobry,
potrzebuję kopii wszystkich faktur za telewizję i telefon stacjonarny
za zeszły rok (styczeń-grudzień) do rozliczenia z księgową. W panelu
klienta widzę tylko ostatnie 6 miesięcy. Czy możecie przesłać resztę na
maila?
Ryszard Górski
Nr klienta 1180 4421"""),
("pl", "b116-blik-zamiast-przelewu", "Agata Zielińska <agata.zielinska@example.pl>", "płatność", "billing", "",
"""Czy za fakturę za telewizję mogę zapłacić BLIKiem? Co miesiąc robię
przelew i zawsze muszę przepisywać ten długi numer konta. A może da się
ustawić, żeby samo schodziło z karty?"""),
("pl", "b116-ile-kosztuje-dodanie-sportu", "Wiesław Adamski <wieslaw.adamski@example.pl>", "Pakiet sportowy", "billing", "",
"""Dzień dobry,
mam pakiet Familijny za 59,99 zł. Ile bym płacił, gdybym dobrał do tego
pakiet sportowy? I czy trzeba podpisywać nową umowę na 24 miesiące, czy
można dokupić tylko na sezon?
Wiesław Adamski"""),
("pl", "b116-to-nie-reklamacja-tanszy-pakiet", "Ewelina Szymańska <ewelina.szymanska@example.pl>", "To nie reklamacja", "billing", "",
"""Dzień dobry, od razu piszę, że to nie jest reklamacja - dekoder i
wszystkie kanały działają bez zarzutu. Po prostu oglądamy tylko kilka
kanałów i szkoda mi 89 zł miesięcznie. Chciałabym przejść na najtańszy
pakiet. Czy mogę to zrobić przed końcem umowy i czy coś za to zapłacę?
Ewelina"""),
("pl", "b116-odp-oplata-za-wezwanie", "Marek Nowakowski <marek.nowakowski@example.pl>", "Odp: Wezwanie do zapłaty", "billing", "",
"""Dzień dobry,

fakturę za luty zapłaciłem 9 marca, termin był do 10 marca (w załączniku
potwierdzenie przelewu). Mimo to dostałem poniższe wezwanie i na
fakturze za marzec jest doliczone 20 zł "opłaty za wezwanie". Proszę o
anulowanie tej opłaty.

Marek Nowakowski

-----Wiadomość oryginalna-----
Od: Dział Należności
Temat: Wezwanie do zapłaty

Szanowny Kliencie,
informujemy, że nie odnotowaliśmy wpłaty za fakturę FV/02/88120.
Prosimy o niezwłoczne uregulowanie należności. Za wysłanie wezwania
naliczona zostanie opłata w wysokości 20,00 zł."""),
("pl", "b116-windykacja-zaplacony-rachunek-kierownik", "Tadeusz Lis <tadeusz.lis@example.pl>", "WINDYKACJA ZA ZAPŁACONY RACHUNEK", "billing", "high",
"""Dzwoni do mnie firma windykacyjna w sprawie 312 zł za telefon
stacjonarny za listopad i grudzień. Te rachunki są zapłacone, mam
potwierdzenia przelewów, wysyłałem je Państwu już dwa razy. Konsultant
powiedział, że "system tego nie widzi" i nic więcej nie może zrobić.

Żądam, żeby sprawą zajął się przełożony albo kierownik działu, a nie
kolejny konsultant, i żeby windykacja została wstrzymana na piśmie.

Tadeusz Lis
nr klienta 50 228 917"""),
("pl", "b116-automatyczne-przedluzenie-uokik", "Monika Jabłońska <monika.jablonska@example.pl>", "Przedłużenie umowy bez mojej zgody", "billing", "high",
"""Dzień dobry,

moja umowa na telewizję kończyła się 30 kwietnia. Nic nie podpisywałam,
a dziś dostałam aneks, z którego wynika, że umowa została przedłużona na
kolejne 24 miesiące, w wyższej cenie (79 zł zamiast 65 zł). Nie wyraziłam
na to zgody.

Proszę o potwierdzenie, że umowa wygasa bez żadnych opłat. W przeciwnym
razie sprawę zgłoszę do miejskiego rzecznika konsumentów i do UOKiK.

Monika Jabłońska"""),
("pl", "b116-premium-po-okresie-probnym-bank", "Paweł Dudek <pawel.dudek@example.pl>", "Obciążenie karty 49,99", "billing", "high",
"""Pakiet Premium anulowałem w piątym dniu darmowego okresu próbnego, mam
maila z potwierdzeniem. Mimo to 1 czerwca ściągnęliście z karty 49,99 zł.
Na czacie odpisano mi, że "anulacja nie została przetworzona".

Złożyłem już w banku reklamację transakcji (chargeback). Jeśli zwrócicie
pieniądze wcześniej, dajcie znać, to ją wycofam.

Paweł Dudek"""),
("pl", "b116-drugi-numer-nigdy-podlaczony-sad", "Halina Witkowska <halina.witkowska@example.pl>", "Zwrot nadpłaty - numer 2", "billing", "high",
"""Szanowni Państwo,

przeglądając z synem stare faktury zauważyłam, że od dwóch lat płacę za
drugi numer stacjonarny (47,90 zł miesięcznie), który nigdy nie został
podłączony - w domu jest tylko jedno gniazdko i jeden numer. Łącznie to
1149,60 zł.

Proszę o zwrot całej kwoty w ciągu 14 dni. Jeżeli to nie nastąpi, syn
złoży w moim imieniu pozew do sądu rejonowego.

Halina Witkowska
Nr klienta 3310 5561"""),
("pl", "b116-suczka-odeszla-kanal-dla-psow", "Iwona Michalska <iwona.michalska@example.pl>", "Kanał dla psów", "billing", "",
"""Dzień dobry,
dwa lata temu dokupiliśmy kanał dla psów, bo nasza Fiona bardzo tęskniła,
kiedy byliśmy w pracy, a przy tym kanale się uspokajała. W marcu Fiona
odeszła, miała 14 lat. Nie ma już dla kogo go włączać. Proszę o
wyłączenie go z naszego pakietu od najbliższego okresu.
Iwona Michalska"""),
("pl", "b116-brak-sygnalu-po-sniezycy", "Jan Kozlowski <jan.kozlowski@example.pl>", "brak sygnalu", "technical", "",
"""Dzien dobry, od wczorajszej sniezycy dekoder pokazuje "Brak sygnalu" na
wszystkich kanalach. Antena na dachu jest pewnie cala w sniegu, ale nie
wejde tam zima. Czy to samo przejdzie jak stopnieje, czy trzeba
technika?
Jan, Zakopane"""),
("pl", "b116-pilot-dziala-tylko-z-bliska", "Grażyna Olszewska <grazyna.olszewska@example.pl>", "Pilot", "technical", "",
"""Dzień dobry, pilot od dekodera działa tylko jak podejdę na metr do
telewizora. Z kanapy (3 metry) nic. Baterie nowe, wymieniałam dwa razy.
Wcześniej działało z każdego miejsca w pokoju. Czy to pilot czy
dekoder?
Grażyna Olszewska"""),
("pl", "b116-kod-sms-nie-przychodzi", "Dawid Sikora <dawid.sikora@example.pl>", "logowanie", "technical", "",
"""Siema, nie moge sie zalogowac do aplikacji na telewizorze, bo kod SMS
nie przychodzi. Na telefon przychodza inne SMSy normalnie. Probowalem z
10 razy, teraz pisze ze mam za duzo prob i mam odczekac 24h. W sobote
mecz Legii wiec prosze o szybka pomoc."""),
("pl", "b116-nie-chodzi-o-platnosc-e-wydanie", "Aleksander Baran <aleksander.baran@example.pl>", "E-wydanie", "technical", "",
"""Dzień dobry. Nie chodzi o płatność, prenumerata jest opłacona i niech
tak zostanie. Problem w tym, że od wtorku e-wydanie gazety w aplikacji
na laptopie pokazuje tylko pierwszą stronę, a reszta to szare
prostokąty z kółeczkiem, które kręci się bez końca. Na telefonie
wszystko się otwiera. Windows 11, aplikacja w najnowszej wersji.
A. Baran"""),
("pl", "b116-cudze-rozmowy-w-sluchawce", "Stanisława Kubiak <stanislawa.kubiak@example.pl>", "Telefon", "technical", "",
"""Szanowni Państwo,

od kilku dni, gdy podnoszę słuchawkę telefonu stacjonarnego, słychać w
niej cudzą rozmowę, jakichś dwóch panów. Czasem nie mogę przez to
zadzwonić. Myślę, że coś jest pomieszane w kablach. Proszę o
sprawdzenie.

Stanisława Kubiak
Gniezno, tel. 61 426 33 19"""),
("pl", "b116-obraz-rozciagniety-pasy", "Rafal Czerwinski <rafal.czerwinski@example.pl>", "obraz", "technical", "",
"""Od aktualizacji dekodera obraz na niektorych kanalach jest rozciagniety
na boki, ludzie sa grubi, a na innych sa czarne pasy z czterech stron.
W ustawieniach mam 16:9. Jak to ustawic zeby bylo normalnie?
Rafal"""),
("pl", "b116-pytanie-hdmi-nowy-telewizor", "Józef Malinowski <jozef.malinowski@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry, kupiliśmy nowy telewizor i podłączyłem dekoder kablem HDMI,
tak jak był podłączony do starego. Na telewizorze jest napis "Brak
sygnału HDMI 1", a dekoder świeci na zielono. Przełączałem na HDMI 2 i 3,
to samo. Co robię źle?
Józef Malinowski"""),
("pl", "b116-odp-wizyta-technika-dalej-zacina", "Beata Sobczak <beata.sobczak@example.pl>", "Odp: Potwierdzenie wizyty technika", "technical", "",
"""Dzień dobry,

technik był w czwartek, wymienił konwerter i przewód, bardzo sympatyczny
pan. Niestety obraz dalej się zacina i rozpada na kwadraty, zwłaszcza
wieczorem na TVP1 i kanałach sportowych. Rano jest w porządku. Czy to
może być wina samej czaszy?

Beata Sobczak

> Od: Serwis <serwis@example.pl>
> Potwierdzamy wizytę technika w czwartek 14.03 w godz. 8:00-13:00.
> Numer zgłoszenia: SRW-77215"""),
("pl", "b116-pizzeria-telefon-milczy", "Pizzeria Da Marco <zamowienia@pizzeria-damarco.example>", "Telefon w lokalu", "technical", "high",
"""Dzień dobry,

od wczoraj od 17:00 nasz numer stacjonarny milczy - klienci mówią, że
słyszą sygnał zajętości albo nic. Prawie wszystkie zamówienia na dowóz
przyjmujemy telefonicznie. Wczoraj wieczorem sprzedaliśmy może jedną
trzecią tego co zwykle, dwóch dostawców siedziało bezczynnie, a stali
klienci piszą na Facebooku, czy jesteśmy zamknięci. Dziś piątek.

Proszę o pilną interwencję.
Marek Zając
Pizzeria Da Marco, Toruń
tel. kom. 601 222 918"""),
("pl", "b116-zasilacz-dekodera-strzelil", "Wojciech Mazurek <wojciech.mazurek@example.pl>", "Zasilacz", "technical", "high",
"""Dzień dobry,

dla porządku zgłaszam: wczoraj przy wkładaniu wtyczki zasilacza dekodera
do listwy coś w nim głośno strzeliło, poleciała iskra i wybiło korki w
całym salonie. Zasilacz jest w środku osmalony, czuć spaleniznę. Nic
więcej się nie stało, ale więcej go nie podłączam.

Proszę o przysłanie nowego zasilacza i informację, czy dekoder można
bezpiecznie używać.

Wojciech Mazurek"""),
("pl", "b116-spoldzielnia-120-mieszkan-bez-tv", "Spółdzielnia Mieszkaniowa Słoneczna <administracja@sm-sloneczna.example>", "Os. Słoneczne - brak sygnału TV", "technical", "high",
"""Dzień dobry,

od dzisiejszej nocy w trzech blokach przy ul. Lipowej 4, 6 i 8 w
Białymstoku (ok. 120 mieszkań) nie ma sygnału telewizji kablowej. Do
administracji dzwoni i przychodzi mnóstwo mieszkańców, w tym wielu
starszych, samotnych osób, dla których telewizor to całe towarzystwo.

Prosimy o pilne przysłanie ekipy.

Z poważaniem
Ewa Kołodziej
Administracja SM Słoneczna"""),
("pl", "b116-przewod-zwisa-nad-chodnikiem", "Kamil Wróblewski <kamil.wroblewski@example.pl>", "Wasz kabel przed blokiem", "technical", "high",
"""Dzień dobry,

po wczorajszym podłączaniu kablówki w naszym bloku (ul. Długa 15,
Rzeszów) Państwa montażyści zostawili przewód przeciągnięty między
słupem a budynkiem, który zwisa nad chodnikiem mniej więcej na wysokości
szyi. Rano jakiś rowerzysta ledwo zdążył się schylić, a dzieci idą tamtędy
do szkoły. Zawiązaliśmy na nim taśmę, żeby było go widać.

Proszę o szybkie poprawienie.
Kamil Wróblewski"""),
("pl", "b116-zabojczo-szybki-nie-widzi-usb", "Sebastian Kowalczyk <sebastian.kowalczyk@example.pl>", "Nowy dekoder", "technical", "",
"""Nowy dekoder jest zabójczo szybki, zmiana kanałów w mgnieniu oka, super.
Ale nie widzi mojego dysku USB 1 TB, na którym miałem nagrania ze starego
dekodera. Pokazuje "Nieobsługiwane urządzenie". Trzeba go jakoś
sformatować? Nie chcę stracić nagrań.
Seba"""),
("pl", "b116-podziekowanie-technik-23-grudnia", "Teresa Wysocka <teresa.wysocka@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować panu Łukaszowi, technikowi, który 23 grudnia
o siódmej wieczorem przyjechał do nas do Wadowic, bo telewizor odmówił
posłuszeństwa tuż przed świętami. Był miły, cierpliwy, wszystko wytłumaczył
mężowi, a na koniec jeszcze złożył nam życzenia. Dzięki niemu wnuki
obejrzały bajki w Wigilię. Proszę mu to przekazać.

Teresa Wysocka"""),
("pl", "b116-salon-galeria-wigilia", "Piotr Kalinowski <piotr.kalinowski@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, do której będzie otwarty Wasz salon w Galerii Krakowskiej
24 grudnia? I czy 27 grudnia jest normalnie czynny?"""),
("pl", "b116-pilne-adres-do-korespondencji", "Danuta Zawadzka <danuta.zawadzka@example.pl>", "PILNE", "general", "",
"""PILNE!!! Proszę o zmianę adresu do korespondencji, bo listy od Państwa
przychodzą na stary adres. Nowy adres: ul. Kwiatowa 12/3, 62-800 Kalisz
(mieszkam teraz u córki). Usługi zostają bez zmian. Nr klienta 4471 209.
Danuta Zawadzka"""),
("pl", "b116-rekawiczki-salon-poznan", "Marta Lewandowska <marta.lewandowska@example.pl>", "zgubione rękawiczki", "general", "",
"""Dzień dobry, w czwartek po południu byłam w salonie na Półwiejskiej w
Poznaniu i chyba zostawiłam na ladzie skórzane rękawiczki, bordowe, z
futerkiem w środku. Czy ktoś je znalazł? Mogę odebrać w sobotę.
Marta"""),
("pl", "b116-rodo-sprzeciw-marketing", "Grzegorz Pietrzyk <grzegorz.pietrzyk@example.pl>", "RODO - sprzeciw", "general", "",
"""Dzień dobry,

na podstawie art. 21 RODO wnoszę sprzeciw wobec przetwarzania moich
danych w celach marketingowych. Proszę o zaprzestanie telefonów z
ofertami na numer 604 118 220 (dzwonicie Państwo nawet trzy razy w
tygodniu) i potwierdzenie na piśmie, że dane zostały usunięte z listy
marketingowej.

Grzegorz Pietrzyk"""),
("pl", "b116-sponsoring-turniej-szachowy", "Szkoła Podstawowa nr 7 <sekretariat@sp7-opole.example>", "Turniej szachowy - prośba o wsparcie", "general", "",
"""Szanowni Państwo,

w maju organizujemy w naszej szkole w Opolu V Międzyszkolny Turniej
Szachowy dla dzieci z 12 szkół podstawowych. Szukamy sponsora nagród
(medale, dyplomy, drobne upominki). Czy Państwa firma wspiera takie
wydarzenia? Do kogo możemy skierować pismo?

Z poważaniem
Agnieszka Rutkowska
nauczycielka, opiekunka koła szachowego"""),
("pl", "b116-kurier-domofon-12", "Ola Pawłowska <ola.pawlowska@example.pl>", "Dostawa dekodera", "general", "",
"""Hej, jutro kurier ma przywieźć nowy dekoder. Domofon pod 12 nie działa,
więc prośba, żeby kurier zadzwonił na komórkę 512 600 311, zejdę na dół.
Jakby co, można zostawić u sąsiadki pod 11.
Ola"""),
("pl", "b116-skoki-narciarskie-w-pakiecie", "Henryk Sadowski <henryk.sadowski@example.pl>", "Skoki", "general", "",
"""Dzień dobry, czy w pakiecie sportowym będą transmisje Pucharu Świata w
skokach narciarskich w tym sezonie, czy tylko piłka? Pytam, bo w zeszłym
roku skoki były na innym kanale.
Henryk"""),
("pl", "b116-technik-spozniony-telefon", "Justyna Marciniak <justyna.marciniak@example.pl>", "Uwagi po wizycie technika", "general", "",
"""Dzień dobry,

technik miał być w środę między 8 a 12, przyszedł o 15:20, bez
uprzedzenia i bez przeprosin. Przez całą wizytę rozmawiał przez telefon
na głośniku, a buty zostawił mi błoto na nowym dywanie. Samą instalację
zrobił dobrze, więc piszę tylko, żeby ktoś zwrócił mu uwagę.

Justyna Marciniak"""),
("pl", "b116-festyn-rodzinny-zapisy", "Łukasz Borkowski <lukasz.borkowski@example.pl>", "Festyn 1 czerwca", "general", "",
"""Dzień dobry, widziałem plakat o festynie rodzinnym przed Waszym salonem
w Lublinie 1 czerwca. Czy na zajęcia dla dzieci trzeba się wcześniej
zapisać i od ilu lat są? Mam dwójkę, 4 i 7 lat.
Łukasz"""),
("pl", "b116-dzien-dobry-winda-wozek", "Krystyna Zalewska <krystyna.zalewska@example.pl>", "Dzień dobry", "general", "",
"""Dzień dobry, czy do Państwa salonu w Katowicach przy Mariackiej da się
wjechać wózkiem inwalidzkim? Pamiętam, że były tam schodki. Mąż chce
przyjść osobiście.
K. Zalewska"""),
("pl", "b116-technik-kopnal-psa-kierownik", "Adrian Wieczorek <adrian.wieczorek@example.pl>", "Skarga na technika", "general", "high",
"""Dzień dobry,

w poniedziałek u mojej mamy w Olsztynie był Państwa technik. Jej stary
pies, który nikomu nic nie robi, podszedł go powąchać, a technik
kopnął go tak, że pies skowyczał. Mama zwróciła mu uwagę, to usłyszała,
że "trzeba było zamknąć kundla". Mama ma 79 lat i do dziś jest
roztrzęsiona.

Żądam kontaktu od kierownika lub przełożonego tego technika, a nie
szablonowej odpowiedzi. Nr zlecenia ZL-20419.

Adrian Wieczorek
tel. 698 442 015"""),
("pl", "b116-listwa-progowa-salon-wroclaw", "Dorota Ostrowska <dorota.ostrowska@example.pl>", "Salon we Wrocławiu", "general", "high",
"""Dzien dobry,

chcialam tylko zglosic, ze w salonie przy Swidnickiej we Wroclawiu przy
samym wejsciu odstaje metalowa listwa progowa, wystaje na jakis
centymetr i ma ostra krawedz. Dzis starsza pani przede mna sie o nia
potknela i rozciela sobie kostke. Obsluga dala plaster, ale listwa
dalej tak jest. Lepiej to szybko naprawic.

Dorota Ostrowska"""),
]
