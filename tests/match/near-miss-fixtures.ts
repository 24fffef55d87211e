/**
 * Realistic articles that are NOT versions of the seed story (the leaked Witkoff–Ushakov call and
 * Moscow's reaction, 26–27 Nov 2025): same people, same week, same topic, other events. Written for
 * these tests; each mirrors a kind of page a reader meets around the seed story.
 */
export interface NearMiss {
  name: string;
  published: string | null;
  url: string;
  paragraphs: string[];
}

export const NEAR_MISSES: NearMiss[] = [
  {
    name: 'same people, same week, another event (Putin in Bishkek)',
    published: '2025-11-27',
    url: 'https://news.example.com/world/putin-bishkek-us-plan-basis',
    paragraphs: [
      'BISHKEK: President Vladimir Putin said on Thursday that a US plan to end the war in Ukraine could form the basis of future agreements, but that Russia would stop fighting only if Ukrainian troops withdrew from territory Moscow claims.',
      'Speaking to reporters at the end of a visit to Kyrgyzstan, Putin said Moscow had received the draft through several channels and that a US delegation led by Steve Witkoff was expected in Moscow early next week.',
      '“Overall, we agree that this can be the basis for future agreements,” Putin said, adding that some points still had to be discussed “in serious language”.',
      'The Russian leader said it was pointless to sign documents with the current leadership in Kyiv, which he described as illegitimate, and that any deal would need international recognition.',
      'Kremlin aide Yuri Ushakov said the Russian side would study the revised points before the talks, while spokesman Dmitry Peskov told reporters the timing of the meeting had not been fixed.',
      'Ukrainian President Volodymyr Zelenskiy said Kyiv was working with Washington and European partners and would not accept any plan that rewarded aggression.',
      'US President Donald Trump said on Wednesday that he hoped to meet Putin and Zelenskiy only once a deal was final or in its final stages.',
      'Putin also said Russia had no plans to attack Europe and was ready to put that in writing, calling such fears “ridiculous”.',
    ],
  },
  {
    name: 'same people a week later (Witkoff meets Putin in the Kremlin)',
    published: '2025-12-03',
    url: 'https://news.example.com/world/witkoff-kushner-putin-kremlin-talks',
    paragraphs: [
      'MOSCOW: Russian President Vladimir Putin met US envoy Steve Witkoff and Jared Kushner in the Kremlin for nearly five hours on Tuesday, but the two sides reached no compromise on the future of Ukrainian territory, a senior aide said.',
      'Kremlin foreign policy aide Yuri Ushakov told reporters the talks had been “useful and constructive” and that some American proposals were acceptable while others were not.',
      '“No compromise version has been chosen yet,” Ushakov said, adding that the sides had agreed not to disclose the substance of the talks.',
      'Kirill Dmitriev, the head of Russia’s sovereign wealth fund, also took part in the meeting, which began late in the evening after Putin addressed an investment forum.',
      'Kremlin spokesman Dmitry Peskov said on Wednesday that work would continue and that Moscow was ready to meet the Americans as many times as needed.',
      'Donald Trump said his envoys had a “reasonably good meeting” with Putin, but that it was too early to say what would come of it.',
      'Ukrainian officials said they were waiting for Witkoff’s report and that a delegation led by Rustem Umerov would travel to Miami to continue talks.',
      'Russian forces have been advancing in the east, and Moscow claimed the capture of the town of Pokrovsk shortly before the meeting.',
    ],
  },
  {
    name: 'Witkoff in the Gaza talks (same envoy, same days)',
    published: '2025-11-26',
    url: 'https://news.example.com/middle-east/witkoff-gaza-ceasefire-second-phase',
    paragraphs: [
      'CAIRO: US envoy Steve Witkoff will meet mediators from Egypt, Qatar and Turkey this week to push the Gaza ceasefire into its second phase, officials said on Wednesday.',
      'Witkoff and Jared Kushner, who helped broker the truce between Israel and Hamas last month, are pressing both sides to agree on the disarmament of Hamas and the deployment of an international stabilisation force.',
      'Israeli Prime Minister Benjamin Netanyahu said Israel would not withdraw further until the remains of all hostages had been returned.',
      '“We are making progress, but there is a lot of work left,” a US official said, speaking on condition of anonymity.',
      'Hamas said it was committed to the agreement and accused Israel of violating the ceasefire with strikes that killed dozens of people in Gaza over the weekend.',
      'Donald Trump has said the ceasefire is holding and that countries were ready to send troops to the stabilisation force, which the UN Security Council endorsed last week.',
      'Egyptian officials said a conference on the reconstruction of Gaza had been postponed until after the second phase begins.',
      'Witkoff is also due in Moscow next week for talks on a separate US plan to end the war in Ukraine.',
    ],
  },
  {
    name: 'same week, another Ukraine story (strike on Kyiv)',
    published: '2025-11-25',
    url: 'https://news.example.com/europe/russian-strike-kyiv-kills-seven',
    paragraphs: [
      'KYIV: A Russian missile and drone attack on Kyiv killed at least seven people and damaged apartment buildings and energy facilities overnight, Ukrainian officials said on Tuesday.',
      'Ukraine’s air force said Russia launched 464 drones and 22 missiles across the country, most of which were shot down, and that power was cut in several districts of the capital.',
      'President Volodymyr Zelenskiy said the attack showed that pressure on Moscow had to continue while diplomats discussed a US-backed peace plan.',
      '“Every such strike is Russia’s answer to all the peace efforts,” Zelenskiy wrote on Telegram.',
      'US Army Secretary Dan Driscoll met a Russian delegation in Abu Dhabi on Monday and Tuesday, a US official said, as Washington sought to narrow differences on the plan.',
      'The Kremlin said it had not yet received an updated version of the plan and declined to comment on the talks in Abu Dhabi.',
      'Russia’s defence ministry said its forces had struck military-industrial and energy targets in Ukraine with precision weapons.',
      'Emergency workers searched through rubble in the Sviatoshynskyi district, where a nine-storey building was partly destroyed.',
    ],
  },
  {
    name: 'a live blog on the war that includes the leak among other entries',
    published: '2025-11-26',
    url: 'https://news.example.com/live/russia-ukraine-war-live-26-november',
    paragraphs: [
      'Russia-Ukraine war live: Kremlin says leak of Witkoff call aims to derail talks; Kyiv counts damage after overnight strikes',
      '09:05 Good morning and welcome to our live coverage of the war in Ukraine. Here are the main developments.',
      '09:12 Ukraine’s energy ministry says emergency power cuts will be in place in most regions today after Russian strikes on power plants.',
      '09:40 Poland says it will reopen two border crossings with Belarus from Friday after closing them in September.',
      '10:15 The Kremlin has reacted to a Bloomberg report on a leaked call between US envoy Steve Witkoff and Putin aide Yuri Ushakov. Ushakov said the leak was “unacceptable” and that someone was trying to sabotage the talks.',
      '10:48 Dmitry Peskov says the Kremlin has not yet received an official version of the revised plan.',
      '11:30 Germany’s defence minister Boris Pistorius says Europe must be prepared to keep supporting Ukraine for years, whatever happens in the negotiations.',
      '12:02 Ukraine’s general staff says Russian forces attacked 150 times along the front line over the past day, most of them near Pokrovsk and Huliaipole.',
      '12:40 The European Commission presents a plan to use frozen Russian assets for a reparations loan to Ukraine worth €140bn.',
      '13:15 Zelenskiy says he is ready to meet Trump and discuss the most sensitive points of the peace plan, including territory.',
      '14:05 Finland’s president Alexander Stubb says any deal must include security guarantees that deter future Russian aggression.',
      '14:50 That is all from us today. Thank you for following our live coverage.',
    ],
  },
  {
    name: 'the same talks a week earlier (the 28-point plan emerges)',
    published: '2025-11-20',
    url: 'https://news.example.com/world/us-28-point-peace-plan-ukraine',
    paragraphs: [
      'WASHINGTON: The United States has drafted a 28-point plan to end the war in Ukraine that would require Kyiv to cede territory and cut the size of its army, according to officials familiar with the document.',
      'The plan was drawn up by US envoy Steve Witkoff with Kirill Dmitriev, a Kremlin envoy, during talks in Miami last month, the officials said.',
      'Kremlin spokesman Dmitry Peskov said Moscow had not received any official proposals and that there were no new developments to report.',
      'Ukrainian President Volodymyr Zelenskiy met US Army Secretary Dan Driscoll in Kyiv on Thursday and said he was ready to work on the proposals.',
      'European officials said they had not been consulted and warned that any deal must not reward Russian aggression or weaken NATO.',
      'Donald Trump has given Kyiv until Thanksgiving to respond, a US official said.',
      'Russian President Vladimir Putin has repeatedly said Russia will achieve its goals by military means if talks fail.',
      'Russian forces control about a fifth of Ukraine and have been advancing in the Donetsk region.',
    ],
  },
];

/** The body every page of one site prints after the story: counts for nothing in a match. */
export const SITE_BOILERPLATE = [
  'Dawn welcomes comments on its articles. Comments are moderated and must be relevant to the story, civil and free of personal attacks; the views expressed are those of the commenters and not of the newspaper.',
  'Copyright © 2025, Dawn. All rights reserved. Reproduction of this material in any form without the written permission of the publisher is prohibited.',
];
