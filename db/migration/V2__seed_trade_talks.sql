-- Tradeline seed data: the 2025 US-China trade talks (Geneva truce -> London framework).
-- Every fact below is a claim attributed to one of five source documents, with a short verbatim excerpt.
-- Year: the documents omit it; it is 2025 (004: the call was Trump's first since his second-term
-- inauguration; 002: "Monday, June 9", which is a Monday in 2025).
-- Ids are never inserted explicitly; rows reference each other through natural keys (slug, file_name, code).
--
-- Developments mentioned in the documents but deliberately NOT modelled as events:
--   * Xi's remarks criticising US visa cancellations, tech sanctions and software bans (000): no date or occasion given.
--   * He Lifeng's "mutually beneficial cooperation" / "no winners" remarks (000): no date; commentary around the London round.
--   * White House signal before the talks that the US wants rare-earth exports restored (002): no date beyond "before the talks began"; likely the same messaging as Hassett's remarks.
--   * The "top economic advisor" expectation that Beijing promptly lifts rare-earth controls (004): the same Hassett remarks, already an event.
--   * Reports that the US team is considering easing some export restrictions (001): undated, unattributed.
--   * Washington's warning to other countries against Huawei's Ascend chips (003): only "recently", no date.
--   * Start of the US-China tariff war / US tariffs that China retaliated against (002, 004): undated background.
--   * Trump's inauguration for a second term (004): only a reference point for the call, no date given.
--   * Expectations that the London talks would continue into Tuesday (002, 004): forecasts, not reports; the end date comes from 003.
--   * Analyst commentary (Wu Xinbo and Bert Hofman in 003; Li Haidong, Chinese scholars, Global Times experts and FT analysts in 002;
--     Morgan Stanley's chief economist and "experts" in 001; "Analysts in Beijing" and the REEx note in 000): opinion, undated.
--   * Trump's Truth Social post on magnets and students (003): no separate date; 003 reports it with his June 11 remarks,
--     so it is folded into trump-says-deal-done.


-- ---------------------------------------------------------------- claim_attribute
insert into claim_attribute (code, label, subject_type, value_type, single_valued) values ('start-date', 'Date', 'EVENT', 'DATE', true);
insert into claim_attribute (code, label, subject_type, value_type, single_valued) values ('end-date', 'End date', 'EVENT', 'DATE', true);
insert into claim_attribute (code, label, subject_type, value_type, single_valued) values ('location', 'Location', 'EVENT', 'TEXT', true);
insert into claim_attribute (code, label, subject_type, value_type, single_valued) values ('occurrence', 'Reported as happening', 'EVENT', 'TEXT', false);
insert into claim_attribute (code, label, subject_type, value_type, single_valued) values ('participant', 'Participant', 'EVENT', 'ACTOR', false);
insert into claim_attribute (code, label, subject_type, value_type, single_valued) values ('us-leader', 'US leader', 'EVENT', 'ACTOR', true);
insert into claim_attribute (code, label, subject_type, value_type, single_valued) values ('china-lead-negotiator', 'Head of China''s delegation', 'EVENT', 'ACTOR', true);
insert into claim_attribute (code, label, subject_type, value_type, single_valued) values ('us-treasury-secretary', 'US Treasury Secretary', 'EVENT', 'ACTOR', true);
insert into claim_attribute (code, label, subject_type, value_type, single_valued) values ('us-commerce-secretary', 'US Commerce Secretary', 'EVENT', 'ACTOR', true);
insert into claim_attribute (code, label, subject_type, value_type, single_valued) values ('us-trade-representative', 'US Trade Representative', 'EVENT', 'ACTOR', true);
insert into claim_attribute (code, label, subject_type, value_type, single_valued) values ('title', 'Title', 'ACTOR', 'TEXT', false);
insert into claim_attribute (code, label, subject_type, value_type, single_valued) values ('amount', 'Amount', 'FIGURE', 'NUMBER', true);

-- ---------------------------------------------------------------- source
insert into source (file_name, title, outlet, authors, summary, sha256) values (
    '000_d0ee0f4fab4b2662.txt', null, 'Rare Earth Exchanges (REEx)', null,
    'Commentary on the London round built largely on China Daily reporting: it describes a new framework to carry out earlier agreements and argues that Beijing will keep rare earths as a political lever. Its body names Joe Biden, Janet Yellen and Gina Raimondo in roles that every other source, and its own highlights, give to Donald Trump and his cabinet.',
    'cf8a470d902f08de3a3605956873f91a437ed42cf29e2fe7dc3bb523666a24a1');
insert into source (file_name, title, outlet, authors, summary, sha256) values (
    '001_b6b1e0ca712ab53b.txt', null, null, null,
    'Preview written while the London negotiations were in progress, presenting rare earths and US chip restrictions as the main bargaining issues. It names Bessent and Lutnick for the US and He Lifeng for China, and mentions recent Chinese licence approvals and falling exports to the US.',
    'be88096c85ae6ca4414a8a379141f3c1693542f1e3638e0de4a72a105a917e90');
insert into source (file_name, title, outlet, authors, summary, sha256) values (
    '002_c4793645ec5b4779.txt', 'China and U.S. Hold First Meeting of Trade Consultation Mechanism in London', null, null,
    'Report on the opening day (June 9) of the first trade consultation mechanism meeting in London, with both delegations, US aims on rare-earth supplies, Hassett''s remarks and May customs figures on rare-earth exports. It gives the US Treasury Secretary only as Becerra and relays Chinese experts'' criticism of US measures.',
    'cdb1fbc34b8909c1255d74882c429cdbb65b13802a022447fdec2716bf5200ea');
insert into source (file_name, title, outlet, authors, summary, sha256) values (
    '003_e6f85452d9e23108.txt', null, 'The Straits Times', 'Lim Min Zhang, Michelle Ng',
    'Straits Times analysis published after the London talks ended, tracing events from the Geneva truce through the late-May and early-June frictions to the new framework. It dates most steps and carries reactions from Trump, He Lifeng, Lutnick and Li Chenggang as well as outside analysts.',
    'cb8c69e1bd22124df4286da1d85d8f84181f58f20fe6fc4a7a10c6fb57acfd8b');
insert into source (file_name, title, outlet, authors, summary, sha256) values (
    '004_6307ee0113ec1de7.txt', null, null, null,
    'Brief report from the first day of the London talks naming both delegations, recalling the Geneva truce and the disputes that followed it, and noting Hassett''s expectations, Chinese licence approvals and a fall in Chinese exports to the US in May.',
    '4424199b2ac41c50c681fad223b08cbb61cd5bb97fa628afc5cff82eb455f3ca');

-- ---------------------------------------------------------------- source_citation (order of appearance)
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), 1, 'China Daily', 'STATE_MEDIA';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), 1, 'Morgan Stanley', 'ANALYST';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), 2, 'Chinese spokesperson', 'GOVERNMENT';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '002_c4793645ec5b4779.txt'), 1, 'Chinese authorities', 'GOVERNMENT';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '002_c4793645ec5b4779.txt'), 2, 'White House', 'GOVERNMENT';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '002_c4793645ec5b4779.txt'), 3, 'CNN', 'NEWS_OUTLET';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '002_c4793645ec5b4779.txt'), 4, 'Social media', 'SOCIAL_MEDIA';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '002_c4793645ec5b4779.txt'), 5, 'China''s General Administration of Customs', 'GOVERNMENT';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '002_c4793645ec5b4779.txt'), 6, 'Bloomberg', 'NEWS_OUTLET';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '002_c4793645ec5b4779.txt'), 7, 'Global Times', 'STATE_MEDIA';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '002_c4793645ec5b4779.txt'), 8, 'Li Haidong (China Foreign Affairs University)', 'ANALYST';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '002_c4793645ec5b4779.txt'), 9, 'Financial Times', 'NEWS_OUTLET';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '003_e6f85452d9e23108.txt'), 1, 'Truth Social', 'SOCIAL_MEDIA';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '003_e6f85452d9e23108.txt'), 2, 'Wu Xinbo (Fudan University Centre for American Studies)', 'ANALYST';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '003_e6f85452d9e23108.txt'), 3, 'Bert Hofman', 'ANALYST';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '003_e6f85452d9e23108.txt'), 4, 'China''s Ministry of Commerce', 'GOVERNMENT';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '003_e6f85452d9e23108.txt'), 5, 'People''s Daily', 'STATE_MEDIA';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), 1, 'Top economic advisor to President Trump', 'GOVERNMENT';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), 2, 'China''s Commerce Ministry', 'GOVERNMENT';
insert into source_citation (source_id, position, name, kind) select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), 3, 'Customs data', 'GOVERNMENT';

-- ---------------------------------------------------------------- topic
insert into topic (slug, name, description) values ('tariffs', 'Tariffs', 'Import duties the two countries levy on each other''s goods, and the truce that cut them.');
insert into topic (slug, name, description) values ('rare-earths', 'Rare earths', 'Rare-earth minerals and magnets: China''s dominance of supply, its export licensing and export volumes.');
insert into topic (slug, name, description) values ('export-controls', 'Export controls', 'Licensing requirements and restrictions either side places on exports of strategic goods and technology.');
insert into topic (slug, name, description) values ('semiconductors', 'Semiconductors', 'Chips, including AI chips, and access to chip technology.');
insert into topic (slug, name, description) values ('eda', 'Chip design software (EDA)', 'Electronic design automation software used to design chips, and US curbs on selling it to China.');
insert into topic (slug, name, description) values ('student-visas', 'Student visas', 'Visas for Chinese students attending US colleges and universities.');
insert into topic (slug, name, description) values ('trade-data', 'Trade data', 'Official export and import statistics, such as Chinese customs releases.');
insert into topic (slug, name, description) values ('technology', 'Technology', 'Wider technology competition and research capability between the two countries.');

-- ---------------------------------------------------------------- actor
insert into actor (slug, name, kind, country, title) values ('xi-jinping', 'Xi Jinping', 'PERSON', 'CN', 'Chinese President');
insert into actor (slug, name, kind, country, title) values ('donald-trump', 'Donald Trump', 'PERSON', 'US', 'US President');
insert into actor (slug, name, kind, country, title) values ('joe-biden', 'Joe Biden', 'PERSON', 'US', 'US President');
insert into actor (slug, name, kind, country, title) values ('he-lifeng', 'He Lifeng', 'PERSON', 'CN', 'Vice Premier');
insert into actor (slug, name, kind, country, title) values ('wang-wentao', 'Wang Wentao', 'PERSON', 'CN', 'Commerce Minister');
insert into actor (slug, name, kind, country, title) values ('li-chenggang', 'Li Chenggang', 'PERSON', 'CN', 'Vice Minister of Commerce');
insert into actor (slug, name, kind, country, title) values ('scott-bessent', 'Scott Bessent', 'PERSON', 'US', 'Treasury Secretary');
insert into actor (slug, name, kind, country, title) values ('howard-lutnick', 'Howard Lutnick', 'PERSON', 'US', 'Commerce Secretary');
insert into actor (slug, name, kind, country, title) values ('jamieson-greer', 'Jamieson Greer', 'PERSON', 'US', 'US Trade Representative');
insert into actor (slug, name, kind, country, title) values ('janet-yellen', 'Janet Yellen', 'PERSON', 'US', 'Treasury Secretary');
insert into actor (slug, name, kind, country, title) values ('gina-raimondo', 'Gina Raimondo', 'PERSON', 'US', 'Commerce Secretary');
insert into actor (slug, name, kind, country, title) values ('becerra', 'Becerra', 'PERSON', 'US', 'Treasury Secretary');
insert into actor (slug, name, kind, country, title) values ('kevin-hassett', 'Kevin Hassett', 'PERSON', 'US', 'Director of the National Economic Council');
insert into actor (slug, name, kind, country, title) values ('ren-zhengfei', 'Ren Zhengfei', 'PERSON', 'CN', 'Huawei founder');
insert into actor (slug, name, kind, country, title) values ('huawei', 'Huawei', 'COMPANY', 'CN', null);
insert into actor (slug, name, kind, country, title) values ('peoples-daily', 'People''s Daily', 'MEDIA', 'CN', null);
insert into actor (slug, name, kind, country, title) values ('china-ministry-of-commerce', 'China''s Ministry of Commerce', 'MINISTRY', 'CN', null);
insert into actor (slug, name, kind, country, title) values ('china-customs', 'General Administration of Customs', 'AGENCY', 'CN', null);
insert into actor (slug, name, kind, country, title) values ('us-government', 'Washington', 'GOVERNMENT', 'US', null);
insert into actor (slug, name, kind, country, title) values ('chinese-government', 'Beijing', 'GOVERNMENT', 'CN', null);

-- ---------------------------------------------------------------- event
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'china-rare-earth-export-controls', 'China imposes export controls on rare-earth items',
    'In retaliation for US tariffs, Beijing made exports of several kinds of rare-earth items subject to export controls. Restoring supplies to their earlier level became a central US demand.',
    'MEASURE', date '2025-04-01', null, 'EARLY_MONTH', null);
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'geneva-talks', 'Geneva talks produce a 90-day tariff truce',
    'Negotiators meeting in Geneva agreed a 90-day pause in the tariff war with steep tariff cuts on both sides, and created the trade consultation mechanism. He Lifeng headed the Chinese side.',
    'TALKS', date '2025-05-11', null, 'MID_MONTH', 'Geneva');
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'us-chip-and-visa-measures', 'US moves against Chinese students, AI chips and chip design software',
    'Washington said it would revoke visas of Chinese students, issued export-control guidance on AI chips and in effect stopped sales of chip design (EDA) software to China. Beijing saw the steps as a breach of the Geneva understanding.',
    'MEASURE', date '2025-05-29', null, 'DAY', null);
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'us-accuses-china-slow-rolling', 'US accuses China of slow-rolling rare-earth licences',
    'The US charged that China was dragging its feet on licences for rare-earth exports and so failing to honour the Geneva deal, putting the truce at risk.',
    'STATEMENT', date '2025-06-01', null, 'DAY', null);
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'mofcom-criticises-us-measures', 'China''s Commerce Ministry condemns the new US measures',
    'China''s Ministry of Commerce called the late-May US steps discriminatory and said Washington had broken the consensus reached in Geneva.',
    'STATEMENT', date '2025-06-02', null, 'DAY', null);
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'xi-trump-call', 'Xi and Trump speak by phone',
    'The two presidents held a phone call, their first direct contact since Trump began his second term, which eased tensions and led to the London round. One source names Joe Biden rather than Trump as the US party.',
    'CALL', date '2025-06-05', null, 'DAY', null);
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'trump-says-rare-earth-issue-resolved', 'Trump says the rare-earth issue has been resolved',
    'After his call with Xi, Trump indicated on social media that the question of Chinese rare-earth exports to the US had been settled.',
    'STATEMENT', date '2025-06-01', null, 'EARLY_MONTH', null);
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'mofcom-approves-rare-earth-licences', 'China approves some rare-earth export licences',
    'China''s Ministry of Commerce said it had granted a number of export licence applications for rare-earth items, pointing to demand from sectors such as robotics and electric vehicles, and promised to keep processing applications.',
    'STATEMENT', date '2025-06-07', null, 'DAY', null);
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'china-customs-may-data', 'Chinese customs releases May trade figures',
    'Customs figures published ahead of the London talks showed rare-earth exports up month on month in May, while Chinese exports to the US fell sharply from a year earlier.',
    'DATA_RELEASE', date '2025-06-01', null, 'EARLY_MONTH', null);
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'hassett-expects-rare-earth-deal', 'Hassett expects a rare-earth deal from London',
    'Kevin Hassett of the National Economic Council said he was hopeful the London talks would end in a deal under which China quickly releases rare earths in volume, while noting shipments still lagged what Geneva had promised.',
    'STATEMENT', date '2025-06-08', null, 'DAY', null);
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'london-talks', 'London talks: first meeting of the trade consultation mechanism',
    'Two days of negotiations in London, the first session of the consultation mechanism set up in Geneva, with He Lifeng leading China''s team. Sources disagree on who represented the US Treasury and Commerce departments.',
    'TALKS', date '2025-06-09', date '2025-06-10', 'DAY', 'London');
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'ren-zhengfei-peoples-daily-interview', 'Ren Zhengfei interview in People''s Daily',
    'While the London talks were under way, People''s Daily ran a front-page interview with Huawei''s founder about China''s technology and research capacity, especially in chips.',
    'STATEMENT', date '2025-06-10', null, 'DAY', null);
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'london-framework-agreed', 'London framework agreed',
    'The talks closed near midnight with a framework for implementing the leaders'' call consensus and the Geneva truce, reviving the truce. It still required sign-off by both presidents.',
    'AGREEMENT', date '2025-06-10', null, 'DAY', 'London');
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'he-lifeng-urges-us-to-keep-promises', 'He Lifeng urges the US to keep its promises',
    'Shortly before Trump declared the deal done, China''s lead negotiator publicly pressed Washington to honour its word and show good faith.',
    'STATEMENT', date '2025-06-11', null, 'AROUND_DAY', null);
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'li-chenggang-briefs-on-framework', 'Li Chenggang briefs reporters on the framework',
    'China''s vice commerce minister told reporters after the talks that a framework had been agreed and called the negotiations frank and professional, saying they would help build trust.',
    'STATEMENT', date '2025-06-11', null, 'AROUND_DAY', null);
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'lutnick-framework-remarks', 'Lutnick says the framework needs the leaders'' approval',
    'The US Commerce Secretary said the London framework fleshes out the Geneva deal, must be approved by both presidents, and would see rare-earth and US export restrictions lifted in a balanced way.',
    'STATEMENT', date '2025-06-11', null, 'AROUND_DAY', null);
insert into event (slug, title, summary, kind, start_date, end_date, date_precision, location) values (
    'trump-says-deal-done', 'Trump says the China deal is done',
    'Trump declared the agreement finished and relations excellent, and wrote on Truth Social that China would supply magnets and rare earths upfront while the US would, among other things, let Chinese students attend US universities.',
    'STATEMENT', date '2025-06-11', null, 'DAY', null);

-- ---------------------------------------------------------------- event_topic
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'china-rare-earth-export-controls'), (select id from topic where slug = 'rare-earths');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'china-rare-earth-export-controls'), (select id from topic where slug = 'export-controls');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'geneva-talks'), (select id from topic where slug = 'tariffs');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'us-chip-and-visa-measures'), (select id from topic where slug = 'semiconductors');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'us-chip-and-visa-measures'), (select id from topic where slug = 'eda');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'us-chip-and-visa-measures'), (select id from topic where slug = 'student-visas');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'us-chip-and-visa-measures'), (select id from topic where slug = 'export-controls');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'us-chip-and-visa-measures'), (select id from topic where slug = 'technology');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'us-accuses-china-slow-rolling'), (select id from topic where slug = 'rare-earths');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'us-accuses-china-slow-rolling'), (select id from topic where slug = 'export-controls');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'mofcom-criticises-us-measures'), (select id from topic where slug = 'semiconductors');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'mofcom-criticises-us-measures'), (select id from topic where slug = 'student-visas');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'mofcom-criticises-us-measures'), (select id from topic where slug = 'export-controls');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'xi-trump-call'), (select id from topic where slug = 'rare-earths');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'xi-trump-call'), (select id from topic where slug = 'tariffs');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'trump-says-rare-earth-issue-resolved'), (select id from topic where slug = 'rare-earths');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'mofcom-approves-rare-earth-licences'), (select id from topic where slug = 'rare-earths');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'mofcom-approves-rare-earth-licences'), (select id from topic where slug = 'export-controls');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'china-customs-may-data'), (select id from topic where slug = 'trade-data');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'china-customs-may-data'), (select id from topic where slug = 'rare-earths');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'hassett-expects-rare-earth-deal'), (select id from topic where slug = 'rare-earths');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'hassett-expects-rare-earth-deal'), (select id from topic where slug = 'export-controls');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'london-talks'), (select id from topic where slug = 'tariffs');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'london-talks'), (select id from topic where slug = 'rare-earths');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'london-talks'), (select id from topic where slug = 'export-controls');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'london-talks'), (select id from topic where slug = 'semiconductors');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'london-talks'), (select id from topic where slug = 'technology');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'ren-zhengfei-peoples-daily-interview'), (select id from topic where slug = 'technology');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'ren-zhengfei-peoples-daily-interview'), (select id from topic where slug = 'semiconductors');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'london-framework-agreed'), (select id from topic where slug = 'tariffs');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'london-framework-agreed'), (select id from topic where slug = 'rare-earths');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'london-framework-agreed'), (select id from topic where slug = 'export-controls');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'li-chenggang-briefs-on-framework'), (select id from topic where slug = 'tariffs');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'lutnick-framework-remarks'), (select id from topic where slug = 'rare-earths');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'lutnick-framework-remarks'), (select id from topic where slug = 'export-controls');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'trump-says-deal-done'), (select id from topic where slug = 'rare-earths');
insert into event_topic (event_id, topic_id) select (select id from event where slug = 'trump-says-deal-done'), (select id from topic where slug = 'student-visas');

-- ---------------------------------------------------------------- event_participant (each backed by a participant claim)
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'china-rare-earth-export-controls'), (select id from actor where slug = 'chinese-government'), 'Imposed the controls', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'geneva-talks'), (select id from actor where slug = 'he-lifeng'), 'Head of Chinese delegation', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'us-chip-and-visa-measures'), (select id from actor where slug = 'us-government'), 'Announced the measures', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'us-chip-and-visa-measures'), (select id from actor where slug = 'donald-trump'), 'Announced restrictions', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'us-accuses-china-slow-rolling'), (select id from actor where slug = 'us-government'), 'Accuser', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'us-accuses-china-slow-rolling'), (select id from actor where slug = 'donald-trump'), 'Accuser', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'mofcom-criticises-us-measures'), (select id from actor where slug = 'china-ministry-of-commerce'), 'Critic', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'mofcom-criticises-us-measures'), (select id from actor where slug = 'chinese-government'), 'Critic', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'xi-trump-call'), (select id from actor where slug = 'xi-jinping'), 'Caller', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'xi-trump-call'), (select id from actor where slug = 'donald-trump'), 'Caller', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'xi-trump-call'), (select id from actor where slug = 'joe-biden'), 'Named as party to the June 5 consensus', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'trump-says-rare-earth-issue-resolved'), (select id from actor where slug = 'donald-trump'), 'Author of social media post', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'mofcom-approves-rare-earth-licences'), (select id from actor where slug = 'china-ministry-of-commerce'), 'Licensing authority', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'mofcom-approves-rare-earth-licences'), (select id from actor where slug = 'chinese-government'), 'Licensing authority', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'china-customs-may-data'), (select id from actor where slug = 'china-customs'), 'Publisher of data', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'hassett-expects-rare-earth-deal'), (select id from actor where slug = 'kevin-hassett'), 'Interviewee', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'london-talks'), (select id from actor where slug = 'he-lifeng'), 'Head of Chinese delegation', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'london-talks'), (select id from actor where slug = 'wang-wentao'), 'Chinese delegation member', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'london-talks'), (select id from actor where slug = 'li-chenggang'), 'Chinese delegation member', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'london-talks'), (select id from actor where slug = 'scott-bessent'), 'US delegation member', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'london-talks'), (select id from actor where slug = 'howard-lutnick'), 'US delegation member', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'london-talks'), (select id from actor where slug = 'jamieson-greer'), 'US delegation member', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'london-talks'), (select id from actor where slug = 'janet-yellen'), 'US delegation member', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'london-talks'), (select id from actor where slug = 'gina-raimondo'), 'US delegation member', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'london-talks'), (select id from actor where slug = 'becerra'), 'US delegation member', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'ren-zhengfei-peoples-daily-interview'), (select id from actor where slug = 'ren-zhengfei'), 'Interviewee', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'ren-zhengfei-peoples-daily-interview'), (select id from actor where slug = 'peoples-daily'), 'Publisher', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'ren-zhengfei-peoples-daily-interview'), (select id from actor where slug = 'huawei'), 'Interviewee''s company', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'london-framework-agreed'), (select id from actor where slug = 'chinese-government'), 'Party to the framework', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'london-framework-agreed'), (select id from actor where slug = 'us-government'), 'Party to the framework', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'he-lifeng-urges-us-to-keep-promises'), (select id from actor where slug = 'he-lifeng'), 'Speaker', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'li-chenggang-briefs-on-framework'), (select id from actor where slug = 'li-chenggang'), 'Spokesperson', 'CHINA';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'lutnick-framework-remarks'), (select id from actor where slug = 'howard-lutnick'), 'Spokesperson', 'US';
insert into event_participant (event_id, actor_id, role, side) select (select id from event where slug = 'trump-says-deal-done'), (select id from actor where slug = 'donald-trump'), 'Speaker', 'US';

-- ---------------------------------------------------------------- figure
insert into figure (slug, label, amount, unit, period_start, period_end, event_id) select 'rare-earth-exports-2025-05', 'China''s rare-earth exports in May', 5864.6, 'tonnes', date '2025-05-01', date '2025-05-31', (select id from event where slug = 'china-customs-may-data');
insert into figure (slug, label, amount, unit, period_start, period_end, event_id) select 'rare-earth-exports-2025-05-mom', 'Month-on-month change in China''s rare-earth exports in May', 23, 'percent', date '2025-05-01', date '2025-05-31', (select id from event where slug = 'china-customs-may-data');
insert into figure (slug, label, amount, unit, period_start, period_end, event_id) select 'rare-earth-exports-2025-01-05', 'China''s cumulative rare-earth exports, January to May', 24827, 'tonnes', date '2025-01-01', date '2025-05-31', (select id from event where slug = 'china-customs-may-data');
insert into figure (slug, label, amount, unit, period_start, period_end, event_id) select 'rare-earth-exports-2025-01-05-yoy', 'Year-on-year change in China''s rare-earth exports, January to May', 2.3, 'percent', date '2025-01-01', date '2025-05-31', (select id from event where slug = 'china-customs-may-data');
insert into figure (slug, label, amount, unit, period_start, period_end, event_id) select 'china-share-global-rare-earth-mining', 'China''s share of global rare-earth mining', 70, 'percent', null, null, null;
insert into figure (slug, label, amount, unit, period_start, period_end, event_id) select 'china-share-rare-earth-processing', 'China''s share of global rare-earth processing', 90, 'percent', null, null, null;
insert into figure (slug, label, amount, unit, period_start, period_end, event_id) select 'geneva-truce-duration', 'Length of the Geneva tariff truce', 90, 'days', null, null, (select id from event where slug = 'geneva-talks');

-- ---------------------------------------------------------------- claim

-- event china-rare-earth-export-controls
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'china-rare-earth-export-controls'), 'start-date', '2025-04-early', 'early April',
    'China implemented export controls on certain rare earth-related items in early April as a countermeasure';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'china-rare-earth-export-controls'), 'participant', 'chinese-government', 'China',
    'China implemented export controls on certain rare earth-related items in early April as a countermeasure';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'china-rare-earth-export-controls'), 'occurrence', 'occurred', 'Beijing’s restrictions on rare earth exports (undated)',
    'The main sticking points since May were Beijing’s restrictions on rare earth exports to the US';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'china-rare-earth-export-controls'), 'participant', 'chinese-government', 'Beijing',
    'The main sticking points since May were Beijing’s restrictions on rare earth exports to the US';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'china-rare-earth-export-controls'), 'occurrence', 'occurred', 'Beijing had introduced export controls (undated)',
    'In response to U.S. tariffs, Beijing had introduced export controls on several types of rare-earth minerals.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'china-rare-earth-export-controls'), 'participant', 'chinese-government', 'Beijing',
    'In response to U.S. tariffs, Beijing had introduced export controls on several types of rare-earth minerals.';

-- event geneva-talks
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'geneva-talks'), 'start-date', '2025-05', 'last month (May)',
    'The talks aim to maintain a delicate truce established last month following rising tensions that surfaced after a surprising agreement in Geneva.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'geneva-talks'), 'location', 'Geneva', 'Geneva',
    'a surprising agreement in Geneva';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'geneva-talks'), 'start-date', '2025-05-mid', 'mid-May',
    'Less than 30 days after a truce in the U.S.-China tariff war in mid-May';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'geneva-talks'), 'location', 'Geneva', 'Geneva',
    'This London consultation follows the establishment of the China-U.S. trade consultation mechanism during talks in Geneva in May.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'geneva-talks'), 'participant', 'he-lifeng', 'He Lifeng',
    'The Chinese delegation is led by He Lifeng, who headed the Geneva talks';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'geneva-talks'), 'china-lead-negotiator', 'he-lifeng', 'He Lifeng',
    'The Chinese delegation is led by He Lifeng, who headed the Geneva talks';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'geneva-talks'), 'start-date', '2025-05', 'May',
    'both sides agreed in May in Geneva to a 90-day truce that sharply lowered tariffs on each other’s goods';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'geneva-talks'), 'location', 'Geneva', 'Geneva',
    'both sides agreed in May in Geneva to a 90-day truce that sharply lowered tariffs on each other’s goods';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'geneva-talks'), 'start-date', '2025-05-mid', 'mid-May',
    'This meeting followed a previous high-level gathering in Geneva in mid-May.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'geneva-talks'), 'location', 'Geneva', 'Geneva',
    'This meeting followed a previous high-level gathering in Geneva in mid-May.';

-- event us-chip-and-visa-measures
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'us-chip-and-visa-measures'), 'occurrence', 'occurred', 'recent U.S. actions (undated)',
    'criticized recent U.S. actions—including visa cancellations, tech sanctions, and software bans—as undermining mutual trust';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'us-chip-and-visa-measures'), 'occurrence', 'occurred', 'since the Geneva discussions (undated)',
    'Since the Geneva discussions, Trump has accused China of restricting the export of these minerals and has announced additional restrictions on semiconductors, further straining relations.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'us-chip-and-visa-measures'), 'participant', 'donald-trump', 'Trump',
    'Trump has accused China of restricting the export of these minerals and has announced additional restrictions on semiconductors';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'us-chip-and-visa-measures'), 'occurrence', 'occurred', 'less than 30 days after the mid-May truce',
    'Less than 30 days after a truce in the U.S.-China tariff war in mid-May, Washington announced a global chip ban targeting China';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'us-chip-and-visa-measures'), 'participant', 'us-government', 'Washington',
    'Washington announced a global chip ban targeting China and revoked visas for Chinese students';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'us-chip-and-visa-measures'), 'start-date', '2025-05-29', 'May 29',
    'On May 29, it announced the revocation of visas for Chinese students and issued export control guidelines for AI chips, as well as effectively halting sales of chip design software to China.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'us-chip-and-visa-measures'), 'participant', 'us-government', 'Washington',
    'Washington, meanwhile, activated its own levers on China.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'us-chip-and-visa-measures'), 'occurrence', 'occurred', 'before the call (undated)',
    'export control guidance on artificial intelligence chips and visa revocations for Chinese students';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'us-chip-and-visa-measures'), 'participant', 'us-government', 'the U.S.',
    'China, in turn, criticized the U.S. for implementing "discriminatory measures," including export control guidance on artificial intelligence chips and visa revocations for Chinese students.';

-- event us-accuses-china-slow-rolling
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'us-accuses-china-slow-rolling'), 'occurrence', 'occurred', 'since the Geneva discussions (undated)',
    'Since the Geneva discussions, Trump has accused China of restricting the export of these minerals';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'us-accuses-china-slow-rolling'), 'participant', 'donald-trump', 'Trump',
    'Trump has accused China of restricting the export of these minerals';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'us-accuses-china-slow-rolling'), 'start-date', '2025-06-01', 'June 1',
    'The May agreement was derailed on June 1 when the US accused China of “slow-rolling” licences for exports of rare earths, which are critical in the production of cars, chips and other products.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'us-accuses-china-slow-rolling'), 'participant', 'us-government', 'the US',
    'when the US accused China of “slow-rolling” licences for exports of rare earths';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'us-accuses-china-slow-rolling'), 'occurrence', 'occurred', 'leading up to the call (undated)',
    'Leading up to the call, the Trump administration voiced frustration over China''s slow removal of export controls on critical minerals used in high-tech products, accusing Beijing of not adhering to the initial agreement.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'us-accuses-china-slow-rolling'), 'participant', 'us-government', 'the Trump administration',
    'the Trump administration voiced frustration over China''s slow removal of export controls on critical minerals';

-- event mofcom-criticises-us-measures
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'mofcom-criticises-us-measures'), 'occurrence', 'occurred', 'sharp reactions from Beijing (undated)',
    'These actions have drawn sharp reactions from Beijing, which perceives them as breaches of earlier agreements.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'mofcom-criticises-us-measures'), 'participant', 'chinese-government', 'Beijing',
    'These actions have drawn sharp reactions from Beijing, which perceives them as breaches of earlier agreements.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'mofcom-criticises-us-measures'), 'occurrence', 'occurred', 'strong backlash from Beijing (undated)',
    'revoked visas for Chinese students, triggering a strong backlash from Beijing';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'mofcom-criticises-us-measures'), 'participant', 'chinese-government', 'Beijing',
    'revoked visas for Chinese students, triggering a strong backlash from Beijing';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'mofcom-criticises-us-measures'), 'start-date', '2025-06-02', 'June 2',
    'China’s Ministry of Commerce on June 2 criticised these measures as discriminatory and accused the US of violating the consensus of the Geneva talks.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'mofcom-criticises-us-measures'), 'participant', 'china-ministry-of-commerce', 'China’s Ministry of Commerce',
    'China’s Ministry of Commerce on June 2 criticised these measures as discriminatory';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'mofcom-criticises-us-measures'), 'occurrence', 'occurred', 'China, in turn, criticized the U.S. (undated)',
    'China, in turn, criticized the U.S. for implementing "discriminatory measures," including export control guidance on artificial intelligence chips and visa revocations for Chinese students.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'mofcom-criticises-us-measures'), 'participant', 'chinese-government', 'China',
    'China, in turn, criticized the U.S. for implementing "discriminatory measures,"';

-- event xi-trump-call
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'xi-trump-call'), 'start-date', '2025-06-05', 'June 5 (the June 5 consensus)',
    'Discussions centered on implementing the June 5 consensus between Presidents Xi and Trump';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'xi-trump-call'), 'us-leader', 'donald-trump', 'Trump (highlights)',
    'Discussions centered on implementing the June 5 consensus between Presidents Xi and Trump';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'xi-trump-call'), 'us-leader', 'joe-biden', 'Joe Biden (article body)',
    'the talks focused on enforcing the June 5 consensus between Presidents Xi Jinping and Joe Biden';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'xi-trump-call'), 'participant', 'xi-jinping', 'Xi Jinping',
    'the talks focused on enforcing the June 5 consensus between Presidents Xi Jinping and Joe Biden';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'xi-trump-call'), 'participant', 'donald-trump', 'Trump',
    'Discussions centered on implementing the June 5 consensus between Presidents Xi and Trump';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'xi-trump-call'), 'participant', 'joe-biden', 'Joe Biden',
    'the talks focused on enforcing the June 5 consensus between Presidents Xi Jinping and Joe Biden';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'xi-trump-call'), 'occurrence', 'occurred', 'a recent phone conversation',
    'This fresh round of negotiations was prompted by a recent phone conversation between US President Donald Trump and Chinese President Xi Jinping, which seemed to alleviate some friction.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'xi-trump-call'), 'us-leader', 'donald-trump', 'Donald Trump',
    'a recent phone conversation between US President Donald Trump and Chinese President Xi Jinping';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'xi-trump-call'), 'participant', 'donald-trump', 'Donald Trump',
    'a recent phone conversation between US President Donald Trump and Chinese President Xi Jinping';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'xi-trump-call'), 'participant', 'xi-jinping', 'Xi Jinping',
    'a recent phone conversation between US President Donald Trump and Chinese President Xi Jinping';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'xi-trump-call'), 'occurrence', 'occurred', 'last week',
    'Following a phone call last week between Chinese President Xi Jinping and U.S. President Trump';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'xi-trump-call'), 'us-leader', 'donald-trump', 'Trump',
    'a phone call last week between Chinese President Xi Jinping and U.S. President Trump';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'xi-trump-call'), 'participant', 'xi-jinping', 'Xi Jinping',
    'a phone call last week between Chinese President Xi Jinping and U.S. President Trump';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'xi-trump-call'), 'participant', 'donald-trump', 'Trump',
    'a phone call last week between Chinese President Xi Jinping and U.S. President Trump';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'xi-trump-call'), 'start-date', '2025-06-05', 'June 5',
    'the June 5 call between Mr Xi and Mr Trump was widely seen as having reset fraught relations';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'xi-trump-call'), 'us-leader', 'donald-trump', 'Trump',
    'the June 5 call between Mr Xi and Mr Trump was widely seen as having reset fraught relations';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'xi-trump-call'), 'participant', 'xi-jinping', 'Xi',
    'the June 5 call between Mr Xi and Mr Trump was widely seen as having reset fraught relations';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'xi-trump-call'), 'participant', 'donald-trump', 'Trump',
    'the June 5 call between Mr Xi and Mr Trump was widely seen as having reset fraught relations';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'xi-trump-call'), 'occurrence', 'occurred', 'last week; first direct communication since the second-term inauguration',
    'The talks occurred after a phone conversation last week between President Trump and Chinese President Xi Jinping, marking their first direct communication since Trump''s inauguration for a second term.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'xi-trump-call'), 'us-leader', 'donald-trump', 'Trump',
    'a phone conversation last week between President Trump and Chinese President Xi Jinping';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'xi-trump-call'), 'participant', 'donald-trump', 'Trump',
    'a phone conversation last week between President Trump and Chinese President Xi Jinping';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'xi-trump-call'), 'participant', 'xi-jinping', 'Xi Jinping',
    'a phone conversation last week between President Trump and Chinese President Xi Jinping';

-- event trump-says-rare-earth-issue-resolved
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'trump-says-rare-earth-issue-resolved'), 'start-date', '2025-06-early', 'after the call last week (early June)',
    'Following a phone call last week between Chinese President Xi Jinping and U.S. President Trump, Trump suggested on social media that the issue of China’s rare earth exports to the U.S. had been resolved.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'trump-says-rare-earth-issue-resolved'), 'participant', 'donald-trump', 'Trump',
    'Trump suggested on social media that the issue of China’s rare earth exports to the U.S. had been resolved';

-- event mofcom-approves-rare-earth-licences
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'mofcom-approves-rare-earth-licences'), 'occurrence', 'occurred', 'China Daily confirmed (undated)',
    'Significantly, China Daily confirmed that Beijing has begun approving some rare earth export licenses, a move likely intended as a goodwill gesture amid tense negotiations.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'mofcom-approves-rare-earth-licences'), 'participant', 'chinese-government', 'Beijing',
    'Beijing has begun approving some rare earth export licenses';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'mofcom-approves-rare-earth-licences'), 'occurrence', 'occurred', 'a spokesperson stated (undated)',
    'There have been signs from China hinting at a willingness to cooperate, as a spokesperson stated that it had approved some compliant export licences.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'mofcom-approves-rare-earth-licences'), 'participant', 'chinese-government', 'China (a spokesperson)',
    'There have been signs from China hinting at a willingness to cooperate, as a spokesperson stated that it had approved some compliant export licences.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'mofcom-approves-rare-earth-licences'), 'start-date', '2025-06-07', 'June 7',
    'This was followed on June 7 by China’s Ministry of Commerce’s announcement that it had approved a number of applications for rare earth exports, and will continue to strengthen the approval process for such applications.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'mofcom-approves-rare-earth-licences'), 'participant', 'china-ministry-of-commerce', 'China’s Ministry of Commerce',
    'China’s Ministry of Commerce’s announcement that it had approved a number of applications for rare earth exports';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'mofcom-approves-rare-earth-licences'), 'occurrence', 'occurred', 'Commerce Ministry announced (undated)',
    'China''s Commerce Ministry announced that it had approved several export license applications for rare earth-related items, citing global demand from industries like robotics and new energy vehicles.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'mofcom-approves-rare-earth-licences'), 'participant', 'china-ministry-of-commerce', 'China''s Commerce Ministry',
    'China''s Commerce Ministry announced that it had approved several export license applications for rare earth-related items';

-- event china-customs-may-data
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'china-customs-may-data'), 'occurrence', 'occurred', 'reports of a marked decline (undated)',
    'Moreover, reports indicate a marked decline in Chinese exports to the US, highlighting the ongoing economic tensions between the two superpowers.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'china-customs-may-data'), 'start-date', '2025-06-early', 'before the London talks (early June)',
    'China’s General Administration of Customs released data before the London talks';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'china-customs-may-data'), 'participant', 'china-customs', 'China’s General Administration of Customs',
    'China’s General Administration of Customs released data before the London talks';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'china-customs-may-data'), 'occurrence', 'occurred', 'according to customs data (undated)',
    'Amid the ongoing trade war, Chinese exports to the United States in May decreased significantly compared to the previous year, while imports from the U.S. also declined, according to customs data.';

-- event hassett-expects-rare-earth-deal
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'hassett-expects-rare-earth-deal'), 'start-date', '2025-06-08', 'Sunday (June 8)',
    'According to CNN, Kevin Hassett, Director of the U.S. National Economic Council, expressed optimism on Sunday about reaching an agreement following the London talks.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'hassett-expects-rare-earth-deal'), 'participant', 'kevin-hassett', 'Kevin Hassett',
    'Kevin Hassett, Director of the U.S. National Economic Council, expressed optimism on Sunday about reaching an agreement';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'hassett-expects-rare-earth-deal'), 'occurrence', 'occurred', 'in an interview (undated)',
    'He suggested in an interview that the talks were likely to conclude with a positive agreement.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'hassett-expects-rare-earth-deal'), 'participant', 'kevin-hassett', 'Kevin Hassett',
    'Kevin Hassett, director of the National Economic Council, expressed optimism about the meeting''s outcome.';

-- event london-talks
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'london-talks'), 'occurrence', 'occurred', 'two days of talks in London (undated)',
    'Following two days of “candid and in-depth” talks in London';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'london-talks'), 'location', 'London', 'London',
    'Following two days of “candid and in-depth” talks in London';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'london-talks'), 'participant', 'he-lifeng', 'He Lifeng',
    'Led by Chinese Vice-Premier He Lifeng and U.S. officials';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'london-talks'), 'participant', 'janet-yellen', 'Janet Yellen',
    'U.S. officials, including Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'london-talks'), 'participant', 'gina-raimondo', 'Gina Raimondo',
    'U.S. officials, including Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'london-talks'), 'china-lead-negotiator', 'he-lifeng', 'He Lifeng',
    'Led by Chinese Vice-Premier He Lifeng and U.S. officials';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'london-talks'), 'us-treasury-secretary', 'janet-yellen', 'Janet Yellen',
    'U.S. officials, including Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'london-talks'), 'us-commerce-secretary', 'gina-raimondo', 'Gina Raimondo',
    'U.S. officials, including Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'london-talks'), 'us-commerce-secretary', 'howard-lutnick', 'Lutnick (later paragraph)',
    'Despite public optimism from Commerce Secretary Lutnick, who said a framework agreement now awaits presidential approval';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'london-talks'), 'occurrence', 'occurred', 'underway in London (undated)',
    'Trade negotiations between the United States and China are underway in London, with discussions set to continue into tomorrow.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'london-talks'), 'location', 'London', 'London',
    'Trade negotiations between the United States and China are underway in London';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'london-talks'), 'participant', 'scott-bessent', 'Scott Bessent',
    'Key members of the US team—including Treasury Secretary Scott Bessent and Commerce Secretary Howard Lutnick—are set to engage with Chinese Vice Premier He Lifeng and his delegation.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'london-talks'), 'participant', 'howard-lutnick', 'Howard Lutnick',
    'Key members of the US team—including Treasury Secretary Scott Bessent and Commerce Secretary Howard Lutnick—are set to engage with Chinese Vice Premier He Lifeng and his delegation.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'london-talks'), 'participant', 'he-lifeng', 'He Lifeng',
    'are set to engage with Chinese Vice Premier He Lifeng and his delegation';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'london-talks'), 'china-lead-negotiator', 'he-lifeng', 'He Lifeng (“He Lifeng and his delegation”)',
    'are set to engage with Chinese Vice Premier He Lifeng and his delegation';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'london-talks'), 'us-treasury-secretary', 'scott-bessent', 'Scott Bessent',
    'Key members of the US team—including Treasury Secretary Scott Bessent and Commerce Secretary Howard Lutnick';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from event where slug = 'london-talks'), 'us-commerce-secretary', 'howard-lutnick', 'Howard Lutnick',
    'Key members of the US team—including Treasury Secretary Scott Bessent and Commerce Secretary Howard Lutnick';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'london-talks'), 'start-date', '2025-06-09', 'Monday, June 9',
    'Chinese authorities announced last night that Vice Premier He Lifeng began the first meeting of the China-U.S. trade consultation mechanism with U.S. counterparts in London on Monday, June 9.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'london-talks'), 'location', 'London', 'London',
    'the first meeting of the China-U.S. trade consultation mechanism with U.S. counterparts in London on Monday, June 9';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'london-talks'), 'participant', 'he-lifeng', 'He Lifeng',
    'The Chinese delegation is led by He Lifeng, who headed the Geneva talks, along with Commerce Minister Wang Wentao and Vice Minister of Commerce Li Chenggang.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'london-talks'), 'participant', 'wang-wentao', 'Wang Wentao',
    'The Chinese delegation is led by He Lifeng, who headed the Geneva talks, along with Commerce Minister Wang Wentao and Vice Minister of Commerce Li Chenggang.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'london-talks'), 'participant', 'li-chenggang', 'Li Chenggang',
    'The Chinese delegation is led by He Lifeng, who headed the Geneva talks, along with Commerce Minister Wang Wentao and Vice Minister of Commerce Li Chenggang.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'london-talks'), 'participant', 'becerra', 'Becerra',
    'The U.S. delegation includes Treasury Secretary Becerra, Commerce Secretary Lutnick, and U.S. Trade Representative Greer.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'london-talks'), 'participant', 'howard-lutnick', 'Lutnick',
    'The U.S. delegation includes Treasury Secretary Becerra, Commerce Secretary Lutnick, and U.S. Trade Representative Greer.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'london-talks'), 'participant', 'jamieson-greer', 'Greer',
    'The U.S. delegation includes Treasury Secretary Becerra, Commerce Secretary Lutnick, and U.S. Trade Representative Greer.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'london-talks'), 'china-lead-negotiator', 'he-lifeng', 'He Lifeng',
    'The Chinese delegation is led by He Lifeng';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'london-talks'), 'us-treasury-secretary', 'becerra', 'Becerra',
    'The U.S. delegation includes Treasury Secretary Becerra';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'london-talks'), 'us-commerce-secretary', 'howard-lutnick', 'Lutnick',
    'The U.S. delegation includes Treasury Secretary Becerra, Commerce Secretary Lutnick';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from event where slug = 'london-talks'), 'us-trade-representative', 'jamieson-greer', 'Greer',
    'The U.S. delegation includes Treasury Secretary Becerra, Commerce Secretary Lutnick, and U.S. Trade Representative Greer.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'london-talks'), 'occurrence', 'occurred', 'two days of talks in London',
    'China and the United States agreed to revive a fragile trade truce after two days of talks in London, further defusing tensions between the two geopolitical rivals.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'london-talks'), 'end-date', '2025-06-10', 'close to midnight on June 10',
    'The agreement, which concluded close to midnight on June 10 in London';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'london-talks'), 'location', 'London', 'London',
    'China and the United States agreed to revive a fragile trade truce after two days of talks in London';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'london-talks'), 'participant', 'he-lifeng', 'He Lifeng',
    'Chinese Vice-Premier He Lifeng, who led the negotiating delegation in London';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'london-talks'), 'china-lead-negotiator', 'he-lifeng', 'He Lifeng',
    'Chinese Vice-Premier He Lifeng, who led the negotiating delegation in London';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'london-talks'), 'us-commerce-secretary', 'howard-lutnick', 'Howard Lutnick',
    'US Commerce Secretary Howard Lutnick told reporters that the “framework” reached in London puts “meat on the bones” of the Geneva agreement';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'london-talks'), 'start-date', '2025-06-09', 'Monday (June 9)',
    'Senior U.S. and Chinese officials convened in London on Monday for trade talks.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'london-talks'), 'location', 'London', 'London',
    'Senior U.S. and Chinese officials convened in London on Monday for trade talks.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'london-talks'), 'participant', 'scott-bessent', 'Scott Bessent',
    'The U.S. delegation included Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick, and Trade Representative Jamieson Greer.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'london-talks'), 'participant', 'howard-lutnick', 'Howard Lutnick',
    'The U.S. delegation included Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick, and Trade Representative Jamieson Greer.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'london-talks'), 'participant', 'jamieson-greer', 'Jamieson Greer',
    'The U.S. delegation included Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick, and Trade Representative Jamieson Greer.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'london-talks'), 'participant', 'he-lifeng', 'He Lifeng',
    'They met with a Chinese delegation led by Vice Premier He Lifeng, a close advisor to Xi who oversees economic matters.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'london-talks'), 'china-lead-negotiator', 'he-lifeng', 'He Lifeng',
    'They met with a Chinese delegation led by Vice Premier He Lifeng';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'london-talks'), 'us-treasury-secretary', 'scott-bessent', 'Scott Bessent',
    'The U.S. delegation included Treasury Secretary Scott Bessent';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'london-talks'), 'us-commerce-secretary', 'howard-lutnick', 'Howard Lutnick',
    'The U.S. delegation included Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from event where slug = 'london-talks'), 'us-trade-representative', 'jamieson-greer', 'Jamieson Greer',
    'The U.S. delegation included Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick, and Trade Representative Jamieson Greer.';

-- event ren-zhengfei-peoples-daily-interview
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'ren-zhengfei-peoples-daily-interview'), 'start-date', '2025-06-10', 'June 10',
    'In a front-page interview on the official People’s Daily on June 10, Huawei founder Ren Zhengfei discussed China’s technology and research capabilities, particularly in chips.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'ren-zhengfei-peoples-daily-interview'), 'participant', 'ren-zhengfei', 'Ren Zhengfei',
    'In a front-page interview on the official People’s Daily on June 10, Huawei founder Ren Zhengfei discussed China’s technology and research capabilities, particularly in chips.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'ren-zhengfei-peoples-daily-interview'), 'participant', 'peoples-daily', 'People’s Daily',
    'In a front-page interview on the official People’s Daily on June 10, Huawei founder Ren Zhengfei discussed China’s technology and research capabilities, particularly in chips.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'ren-zhengfei-peoples-daily-interview'), 'participant', 'huawei', 'Huawei',
    'In a front-page interview on the official People’s Daily on June 10, Huawei founder Ren Zhengfei discussed China’s technology and research capabilities, particularly in chips.';

-- event london-framework-agreed
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'london-framework-agreed'), 'occurrence', 'occurred', 'framework established (undated)',
    'Beijing and Washington have established a framework to implement prior trade agreements and steer relations back on track';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'london-framework-agreed'), 'participant', 'chinese-government', 'Beijing',
    'Beijing and Washington have established a framework to implement prior trade agreements';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'london-framework-agreed'), 'participant', 'us-government', 'Washington',
    'Beijing and Washington have established a framework to implement prior trade agreements';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'london-framework-agreed'), 'start-date', '2025-06-10', 'close to midnight on June 10',
    'The agreement, which concluded close to midnight on June 10 in London';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'london-framework-agreed'), 'location', 'London', 'London',
    'The agreement, which concluded close to midnight on June 10 in London';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'london-framework-agreed'), 'participant', 'chinese-government', 'China',
    'China and the United States agreed to revive a fragile trade truce after two days of talks in London';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'london-framework-agreed'), 'participant', 'us-government', 'the United States',
    'China and the United States agreed to revive a fragile trade truce after two days of talks in London';

-- event he-lifeng-urges-us-to-keep-promises
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'he-lifeng-urges-us-to-keep-promises'), 'start-date', '~2025-06-11', 'hours before Trump’s June 11 remark (around June 11)',
    'Hours earlier, Chinese Vice-Premier He Lifeng, who led the negotiating delegation in London, called on the US to “stay true to your words”, and “demonstrate good faith in keeping promises”.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'he-lifeng-urges-us-to-keep-promises'), 'participant', 'he-lifeng', 'He Lifeng',
    'Hours earlier, Chinese Vice-Premier He Lifeng, who led the negotiating delegation in London, called on the US to “stay true to your words”, and “demonstrate good faith in keeping promises”.';

-- event li-chenggang-briefs-on-framework
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'li-chenggang-briefs-on-framework'), 'start-date', '~2025-06-11', 'after the talks ended near midnight on June 10 (around June 11)',
    'China’s Vice-Commerce Minister Li Chenggang told reporters after the talks that both countries had agreed on a framework';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'li-chenggang-briefs-on-framework'), 'participant', 'li-chenggang', 'Li Chenggang',
    'China’s Vice-Commerce Minister Li Chenggang told reporters after the talks that both countries had agreed on a framework';

-- event lutnick-framework-remarks
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'lutnick-framework-remarks'), 'occurrence', 'occurred', 'said the framework awaits presidential approval (undated)',
    'Commerce Secretary Lutnick, who said a framework agreement now awaits presidential approval';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from event where slug = 'lutnick-framework-remarks'), 'participant', 'howard-lutnick', 'Lutnick',
    'Commerce Secretary Lutnick, who said a framework agreement now awaits presidential approval';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'lutnick-framework-remarks'), 'start-date', '~2025-06-11', 'after the London framework was reached (around June 11)',
    'Separately, US Commerce Secretary Howard Lutnick told reporters that the “framework” reached in London puts “meat on the bones” of the Geneva agreement, adding that it will still need approval from both leaders.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'lutnick-framework-remarks'), 'participant', 'howard-lutnick', 'Howard Lutnick',
    'Separately, US Commerce Secretary Howard Lutnick told reporters that the “framework” reached in London puts “meat on the bones” of the Geneva agreement, adding that it will still need approval from both leaders.';

-- event trump-says-deal-done
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'trump-says-deal-done'), 'start-date', '2025-06-11', 'June 11',
    'US President Donald Trump said on June 11 that the deal with China “is done” and that the relationship was “excellent”.';
insert into claim (source_id, event_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from event where slug = 'trump-says-deal-done'), 'participant', 'donald-trump', 'Donald Trump',
    'US President Donald Trump said on June 11 that the deal with China “is done” and that the relationship was “excellent”.';

-- actor xi-jinping
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from actor where slug = 'xi-jinping'), 'title', 'Chinese President', 'President',
    'President Xi reiterated';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from actor where slug = 'xi-jinping'), 'title', 'Chinese President', 'Chinese President',
    'Chinese President Xi Jinping';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from actor where slug = 'xi-jinping'), 'title', 'Chinese President', 'Chinese President',
    'Chinese President Xi Jinping';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from actor where slug = 'xi-jinping'), 'title', 'Chinese President', 'Chinese President',
    'Chinese President Xi Jinping';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from actor where slug = 'xi-jinping'), 'title', 'Chinese President', 'Chinese President',
    'Chinese President Xi Jinping';

-- actor donald-trump
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from actor where slug = 'donald-trump'), 'title', 'US President', 'President',
    'the June 5 consensus between Presidents Xi and Trump';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from actor where slug = 'donald-trump'), 'title', 'US President', 'US President',
    'US President Donald Trump';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from actor where slug = 'donald-trump'), 'title', 'US President', 'U.S. President',
    'U.S. President Trump';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from actor where slug = 'donald-trump'), 'title', 'US President', 'US President',
    'US President Donald Trump';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from actor where slug = 'donald-trump'), 'title', 'US President', 'President',
    'President Trump';

-- actor joe-biden
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from actor where slug = 'joe-biden'), 'title', 'US President', 'President',
    'the June 5 consensus between Presidents Xi Jinping and Joe Biden';

-- actor he-lifeng
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from actor where slug = 'he-lifeng'), 'title', 'Vice Premier', 'Vice-Premier',
    'Chinese Vice-Premier He Lifeng';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from actor where slug = 'he-lifeng'), 'title', 'Vice Premier', 'Chinese Vice Premier',
    'Chinese Vice Premier He Lifeng';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from actor where slug = 'he-lifeng'), 'title', 'Vice Premier', 'Vice Premier',
    'Vice Premier He Lifeng';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from actor where slug = 'he-lifeng'), 'title', 'Vice Premier', 'Vice-Premier',
    'Chinese Vice-Premier He Lifeng';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from actor where slug = 'he-lifeng'), 'title', 'Vice Premier', 'Vice Premier',
    'Vice Premier He Lifeng';

-- actor wang-wentao
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from actor where slug = 'wang-wentao'), 'title', 'Commerce Minister', 'Commerce Minister',
    'Commerce Minister Wang Wentao';

-- actor li-chenggang
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from actor where slug = 'li-chenggang'), 'title', 'Vice Minister of Commerce', 'Vice Minister of Commerce',
    'Vice Minister of Commerce Li Chenggang';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from actor where slug = 'li-chenggang'), 'title', 'Vice Minister of Commerce', 'Vice-Commerce Minister',
    'China’s Vice-Commerce Minister Li Chenggang';

-- actor scott-bessent
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from actor where slug = 'scott-bessent'), 'title', 'Treasury Secretary', 'Treasury Secretary',
    'Treasury Secretary Scott Bessent';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from actor where slug = 'scott-bessent'), 'title', 'Treasury Secretary', 'Treasury Secretary',
    'Treasury Secretary Scott Bessent';

-- actor howard-lutnick
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from actor where slug = 'howard-lutnick'), 'title', 'Commerce Secretary', 'Commerce Secretary',
    'Commerce Secretary Lutnick';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '001_b6b1e0ca712ab53b.txt'), (select id from actor where slug = 'howard-lutnick'), 'title', 'Commerce Secretary', 'Commerce Secretary',
    'Commerce Secretary Howard Lutnick';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from actor where slug = 'howard-lutnick'), 'title', 'Commerce Secretary', 'Commerce Secretary',
    'Commerce Secretary Lutnick';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from actor where slug = 'howard-lutnick'), 'title', 'Commerce Secretary', 'US Commerce Secretary',
    'US Commerce Secretary Howard Lutnick';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from actor where slug = 'howard-lutnick'), 'title', 'Commerce Secretary', 'Commerce Secretary',
    'Commerce Secretary Howard Lutnick';

-- actor jamieson-greer
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from actor where slug = 'jamieson-greer'), 'title', 'US Trade Representative', 'U.S. Trade Representative',
    'U.S. Trade Representative Greer';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from actor where slug = 'jamieson-greer'), 'title', 'US Trade Representative', 'Trade Representative',
    'Trade Representative Jamieson Greer';

-- actor janet-yellen
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from actor where slug = 'janet-yellen'), 'title', 'Treasury Secretary', 'Treasury Secretary',
    'Treasury Secretary Janet Yellen';

-- actor gina-raimondo
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '000_d0ee0f4fab4b2662.txt'), (select id from actor where slug = 'gina-raimondo'), 'title', 'Commerce Secretary', 'Commerce Secretary',
    'Commerce Secretary Gina Raimondo';

-- actor becerra
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from actor where slug = 'becerra'), 'title', 'Treasury Secretary', 'Treasury Secretary',
    'Treasury Secretary Becerra';

-- actor kevin-hassett
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from actor where slug = 'kevin-hassett'), 'title', 'Director of the National Economic Council', 'Director of the U.S. National Economic Council',
    'Kevin Hassett, Director of the U.S. National Economic Council';
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from actor where slug = 'kevin-hassett'), 'title', 'Director of the National Economic Council', 'director of the National Economic Council',
    'Kevin Hassett, director of the National Economic Council';

-- actor ren-zhengfei
insert into claim (source_id, actor_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from actor where slug = 'ren-zhengfei'), 'title', 'Huawei founder', 'Huawei founder',
    'Huawei founder Ren Zhengfei';

-- figure rare-earth-exports-2025-05
insert into claim (source_id, figure_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from figure where slug = 'rare-earth-exports-2025-05'), 'amount', '5864.6', '5,864.6 tons',
    'China’s rare earth exports in May reached 5,864.6 tons, a 23% increase from the previous month';

-- figure rare-earth-exports-2025-05-mom
insert into claim (source_id, figure_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from figure where slug = 'rare-earth-exports-2025-05-mom'), 'amount', '23', 'a 23% increase from the previous month',
    'China’s rare earth exports in May reached 5,864.6 tons, a 23% increase from the previous month';

-- figure rare-earth-exports-2025-01-05
insert into claim (source_id, figure_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from figure where slug = 'rare-earth-exports-2025-01-05'), 'amount', '24827', '24,827 tons',
    'this increase brought the cumulative export volume from January to May to 24,827 tons, up 2.3% year-on-year';

-- figure rare-earth-exports-2025-01-05-yoy
insert into claim (source_id, figure_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '002_c4793645ec5b4779.txt'), (select id from figure where slug = 'rare-earth-exports-2025-01-05-yoy'), 'amount', '2.3', 'up 2.3% year-on-year',
    'this increase brought the cumulative export volume from January to May to 24,827 tons, up 2.3% year-on-year';

-- figure china-share-global-rare-earth-mining
insert into claim (source_id, figure_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from figure where slug = 'china-share-global-rare-earth-mining'), 'amount', '70', 'nearly 70 per cent',
    'accounting for nearly 70 per cent of the global mining output';
insert into claim (source_id, figure_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from figure where slug = 'china-share-global-rare-earth-mining'), 'amount', '70', 'approximately 70 percent',
    'China is a major producer of rare earths, mining approximately 70 percent of the world''s supply.';

-- figure china-share-rare-earth-processing
insert into claim (source_id, figure_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from figure where slug = 'china-share-rare-earth-processing'), 'amount', '90', 'about 90 per cent',
    'processing about 90 per cent of the total supply';

-- figure geneva-truce-duration
insert into claim (source_id, figure_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '003_e6f85452d9e23108.txt'), (select id from figure where slug = 'geneva-truce-duration'), 'amount', '90', '90-day truce',
    'both sides agreed in May in Geneva to a 90-day truce that sharply lowered tariffs on each other’s goods';
insert into claim (source_id, figure_id, attribute, claim_value, value_label, excerpt)
select (select id from source where file_name = '004_6307ee0113ec1de7.txt'), (select id from figure where slug = 'geneva-truce-duration'), 'amount', '90', '90-day truce',
    'This agreement had established a 90-day truce in their trade war and a commitment to reduce tariffs.';
