-- A database at schema V17 (sections in their own tables, leads, webhooks, the event registry), with
-- rows in every table, loaded by MigrationsIT at V17 and then migrated to the latest: the start of the
-- upgrade from this schema to whatever comes next. The same people, cards and orders as V10-data.sql
-- (the API checks are shared), stored as V17 stores them.
-- Values are as that release's validation stored them (phone numbers in E.164, design lines, booking JSON).
-- Portable to H2 (PostgreSQL mode) and PostgreSQL. No identity column is given a value (that would
-- leave the sequences behind on both); rows point at each other through natural keys instead.
-- Known secrets, so the test can use the upgraded instance as their owners would:
--   API token of ana@example.com   upgrade-test-api-token-from-the-V10-fixture
--   booking manage link token      upgrade-test-booking-token
--   booking feed token             upgrade-test-feed-token

insert into instance_settings (name, setting_value) values ('sign-up-open', 'true');

insert into accounts (email, password_hash, admin, email_verified, created_at) values
    ('ana@example.com', '{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z5V6nX8ZaEhwE0e3hVvH2Kqa', false, true, timestamp with time zone '2026-09-01 08:00:00+00:00'),
    ('layla@example.com', '{bcrypt}$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy', true, false, timestamp with time zone '2026-09-02 09:30:00+00:00');

insert into account_tokens (token_hash, account_id, purpose, expires_at, used_at) values
    ('1f0d9e0e3c1a4f5b8a2b7c6d5e4f30211f0d9e0e3c1a4f5b8a2b7c6d5e4f3021', (select id from accounts where email = 'layla@example.com'), 'verify', timestamp with time zone '2100-01-01 00:00:00+00:00', null),
    ('a7c3e5f1b9d2a4c6e8f0b1d3a5c7e9f2a7c3e5f1b9d2a4c6e8f0b1d3a5c7e9f2', (select id from accounts where email = 'ana@example.com'), 'reset', timestamp with time zone '2026-10-01 10:00:00+00:00', timestamp with time zone '2026-10-01 09:20:00+00:00');

insert into api_tokens (account_id, name, token_hash, created_at, last_used_at) values
    ((select id from accounts where email = 'ana@example.com'), 'Atajos 📱', 'f3eeebf789f738c53c1d76d647c407fe4f230b041f38924ac780603ddcbc284e', timestamp with time zone '2026-09-01 08:05:00+00:00', timestamp with time zone '2026-11-30 18:00:00+00:00');

insert into media (owner_id, storage_key, content_type, bytes, width, height, created_at) values
    ((select id from accounts where email = 'ana@example.com'), '1111111111111111111111111111111111111111111111111111111111111111.png', 'image/png', 48213, 700, 700, timestamp with time zone '2026-09-01 08:10:00+00:00'),
    ((select id from accounts where email = 'ana@example.com'), '2222222222222222222222222222222222222222222222222222222222222222.jpg', 'image/jpeg', 183004, 1400, 600, timestamp with time zone '2026-09-01 08:11:00+00:00'),
    ((select id from accounts where email = 'ana@example.com'), '3333333333333333333333333333333333333333333333333333333333333333.webp', 'image/webp', 90211, 1200, 900, timestamp with time zone '2026-09-01 08:12:00+00:00'),
    -- the same object uploaded by another owner: a row each
    ((select id from accounts where email = 'layla@example.com'), '3333333333333333333333333333333333333333333333333333333333333333.webp', 'image/webp', 90211, 1200, 900, timestamp with time zone '2026-09-02 10:00:00+00:00');

insert into brand_designs (owner_id, name, design, created_at) values
    ((select id from accounts where email = 'ana@example.com'), 'Marca 한글', 'theme=classic;accent=#0b6e4f;font=system;photo=rounded;buttons=pill;mode=light;sections=contact,about,links,services,products,booking,gallery', timestamp with time zone '2026-09-03 12:00:00+00:00');

-- jimin-kim: everything (an open store, appointments, a gallery), renamed from "jimin"; plain: nothing
-- but a name, never published; layla: Arabic, a store that is closed but has a number, appointments off.
insert into cards (owner_id, slug, published, name_prefix, given_name, middle_name, family_name, name_suffix, job_title,
        organization, bio, photo_key, created_at, updated_at, version, design, cover_media_id, sections_version) values
    ((select id from accounts where email = 'ana@example.com'), 'jimin-kim', true, 'Dra.', '지민', 'Ana', '김', 'PhD',
        'Ceramista 🏺', 'Taller Cardinal', 'Cerámica hecha a mano en Seúl y Madrid. 손으로 만든 도자기 ✨',
        '1111111111111111111111111111111111111111111111111111111111111111.png',
        timestamp with time zone '2026-09-01 08:15:00+00:00', timestamp with time zone '2026-11-28 17:45:00+00:00', 7,
        'theme=cover;accent=#0b6e4f;font=inter;photo=rounded;buttons=pill;mode=light;sections=contact,about,booking,products,gallery,-links,services',
        (select id from media where storage_key = '2222222222222222222222222222222222222222222222222222222222222222.jpg'),
        4),
    ((select id from accounts where email = 'ana@example.com'), 'plain', false, null, 'Eve', null, null, null, null, null, null, null,
        timestamp with time zone '2026-09-05 10:00:00+00:00', timestamp with time zone '2026-09-05 10:00:00+00:00', 0,
        null, null, 0),
    ((select id from accounts where email = 'layla@example.com'), 'layla', true, null, 'ليلى', null, 'حداد', null,
        'مصممة جرافيك', 'استوديو القمر', 'أصمم الهويات البصرية للمقاهي والمكتبات 🌙',
        null, timestamp with time zone '2026-09-02 10:05:00+00:00', timestamp with time zone '2026-11-02 11:00:00+00:00', 3,
        'theme=minimal;font=system;photo=circle;buttons=outline;mode=dark;sections=about,contact,products',
        null, 1);

-- every slug a card has had: jimin-kim was "jimin" first, and that old slug still answers
insert into card_slugs (slug, card_id) values
    ('jimin', (select id from cards where slug = 'jimin-kim')),
    ('jimin-kim', (select id from cards where slug = 'jimin-kim')),
    ('plain', (select id from cards where slug = 'plain')),
    ('layla', (select id from cards where slug = 'layla'));

insert into card_phones (card_id, position, type, number, whatsapp) values
    ((select id from cards where slug = 'jimin-kim'), 0, 'cell', '+34612345678', true),
    ((select id from cards where slug = 'jimin-kim'), 1, 'work', '+82212345678', false),
    ((select id from cards where slug = 'layla'), 0, 'cell', '+971501234567', true);

insert into card_emails (card_id, position, type, address) values
    ((select id from cards where slug = 'jimin-kim'), 0, 'work', 'jimin@example.com'),
    ((select id from cards where slug = 'layla'), 0, 'home', 'layla@example.com');

insert into card_websites (card_id, position, label, url) values
    ((select id from cards where slug = 'jimin-kim'), 0, '도자기 가게', 'https://taller.example/ko'),
    ((select id from cards where slug = 'layla'), 0, 'معرض الأعمال', 'https://layla.example');

insert into card_addresses (card_id, position, type, street, locality, region, postal_code, country) values
    ((select id from cards where slug = 'jimin-kim'), 0, 'work', '세종대로 110', '서울', '서울특별시', '04524', '대한민국'),
    ((select id from cards where slug = 'layla'), 0, 'work', 'شارع الشيخ زايد', 'دبي', null, null, 'الإمارات');

insert into card_links (card_id, position, url, label) values
    ((select id from cards where slug = 'jimin-kim'), 0, 'https://www.instagram.com/jimin.ceramics', 'Instagram'),
    ((select id from cards where slug = 'jimin-kim'), 1, 'https://www.youtube.com/@jimin', null),
    ((select id from cards where slug = 'layla'), 0, 'https://www.behance.net/layla', 'بيهانس');

insert into card_services (card_id, position, title, description, price) values
    ((select id from cards where slug = 'jimin-kim'), 0, 'Taller de torno', 'Dos horas, barro incluido 🏺', '45 €'),
    ((select id from cards where slug = 'layla'), 0, 'هوية بصرية', 'شعار وألوان وخطوط', '₩1,500,000');

insert into gallery_items (card_id, position, type, media_id, video_url, caption, alt) values
    ((select id from cards where slug = 'jimin-kim'), 0, 'image',
        (select id from media where storage_key = '3333333333333333333333333333333333333333333333333333333333333333.webp' and owner_id = (select id from accounts where email = 'ana@example.com')),
        null, '찻잔 세트 🍵', 'Cuatro tazas de gres esmaltado en azul'),
    ((select id from cards where slug = 'jimin-kim'), 1, 'video', null, 'https://www.youtube.com/watch?v=aqz-KE-bpKQ', 'En el torno', null);

insert into products (version, card_id, slug, name, description, price_minor, compare_at_minor, category, availability, position, created_at, updated_at) values
    (2, (select id from cards where slug = 'jimin-kim'), 'taza-azul', 'Taza azul 찻잔', 'Gres esmaltado, 300 ml ☕', 1250, 1500, 'Cocina', 'in_stock', 0,
        timestamp with time zone '2026-09-10 09:00:00+00:00', timestamp with time zone '2026-10-10 09:00:00+00:00'),
    (0, (select id from cards where slug = 'jimin-kim'), 'jarron', 'Jarrón', null, 4990, null, null, 'sold_out', 1,
        timestamp with time zone '2026-09-11 09:00:00+00:00', timestamp with time zone '2026-09-11 09:00:00+00:00'),
    (0, (select id from cards where slug = 'layla'), 'logo', 'تصميم شعار', 'ثلاثة مقترحات', 1500000, null, 'تصميم', 'in_stock', 0,
        timestamp with time zone '2026-09-12 09:00:00+00:00', timestamp with time zone '2026-09-12 09:00:00+00:00');

insert into product_images (product_id, position, media_id) values
    ((select p.id from products p join cards c on c.id = p.card_id where c.slug = 'jimin-kim' and p.slug = 'taza-azul'), 0,
        (select id from media where storage_key = '3333333333333333333333333333333333333333333333333333333333333333.webp' and owner_id = (select id from accounts where email = 'ana@example.com'))),
    ((select p.id from products p join cards c on c.id = p.card_id where c.slug = 'layla' and p.slug = 'logo'), 0,
        (select id from media where storage_key = '3333333333333333333333333333333333333333333333333333333333333333.webp' and owner_id = (select id from accounts where email = 'layla@example.com')));

insert into product_option_values (product_id, position, option_name, label, price_delta_minor) values
    ((select p.id from products p join cards c on c.id = p.card_id where c.slug = 'jimin-kim' and p.slug = 'taza-azul'), 0, 'Tamaño', 'Pequeña', 0),
    ((select p.id from products p join cards c on c.id = p.card_id where c.slug = 'jimin-kim' and p.slug = 'taza-azul'), 1, 'Tamaño', 'Grande', 300);

-- totals in minor units: 2 × (12.50 + 3.00) + 49.90 = 80.90 EUR
insert into orders (version, card_id, number, status, currency, total_minor, customer_name, note, delivery, address, created_at) values
    (1, (select id from cards where slug = 'jimin-kim'), 'A7K2-9QX4', 'confirmed', 'EUR', 8090, '민준 Kim', 'Para regalo 🎁, por favor', 'delivery',
        'Calle de Alcalá 1, 28014 Madrid', timestamp with time zone '2026-11-20 16:30:00+00:00'),
    (0, (select id from cards where slug = 'layla'), 'B3M8-1ZP7', 'new', 'KRW', 1500000, 'سارة', null, 'pickup', null,
        timestamp with time zone '2026-11-21 08:00:00+00:00');

insert into order_items (order_id, position, product_id, product_slug, name, options, quantity, unit_minor, line_minor) values
    ((select id from orders where number = 'A7K2-9QX4'), 0,
        (select p.id from products p join cards c on c.id = p.card_id where c.slug = 'jimin-kim' and p.slug = 'taza-azul'),
        'taza-azul', 'Taza azul 찻잔', 'Tamaño: Grande', 2, 1550, 3100),
    -- a line whose product was deleted since (product_id set null), kept as ordered
    ((select id from orders where number = 'A7K2-9QX4'), 1, null, 'plato-viejo', 'Plato (ya no se vende)', null, 1, 4990, 4990),
    ((select id from orders where number = 'B3M8-1ZP7'), 0,
        (select p.id from products p join cards c on c.id = p.card_id where c.slug = 'layla' and p.slug = 'logo'),
        'logo', 'تصميم شعار', null, 1, 1500000, 1500000);

-- 2027-03-15 10:00 in Seoul (01:00 UTC), booked by a visitor in Madrid
insert into bookings (card_id, type_key, type_name, location, start_at, end_at, owner_zone, visitor_zone, name, email, phone, note,
        status, reason, token_hash, created_at, reminded_at, answers) values
    ((select id from cards where slug = 'jimin-kim'), 'call', 'Llamada 📞 통화', 'https://meet.example/jimin',
        timestamp with time zone '2027-03-15 01:00:00+00:00', timestamp with time zone '2027-03-15 01:30:00+00:00',
        'Asia/Seoul', 'Europe/Madrid', '민준 Kim', 'minjun@example.com', '+34699001122', 'Hablo español y 한국어',
        'confirmed', null, '7612ab3160cf039d1cacdc2911b29a05887bfbf98ff1aaccb8beb7c518c4c473',
        timestamp with time zone '2026-11-25 12:00:00+00:00', null, '¿Qué pieza te interesa?: El jarrón 🏺
전화번호?: 010-1234-5678'),
    ((select id from cards where slug = 'jimin-kim'), 'call', 'Llamada 📞 통화', null,
        timestamp with time zone '2026-10-05 02:00:00+00:00', timestamp with time zone '2026-10-05 02:30:00+00:00',
        'Asia/Seoul', null, 'Omar', 'omar@example.com', null, null,
        'cancelled', 'لدي موعد آخر', '0000000000000000000000000000000000000000000000000000000000000001',
        timestamp with time zone '2026-10-01 12:00:00+00:00', timestamp with time zone '2026-10-04 02:00:00+00:00', null);

insert into time_blocks (card_id, start_at, end_at, reason, created_at) values
    ((select id from cards where slug = 'jimin-kim'), timestamp with time zone '2027-03-16 00:00:00+00:00',
        timestamp with time zone '2027-03-16 00:10:00+00:00', 'Horno 🔥', timestamp with time zone '2026-11-26 09:00:00+00:00');

-- the five-minute slots the confirmed booking (with its 10 min buffer before, 5 after) and the block hold
insert into booking_claims (card_id, slot_at, booking_id, block_id) values
    ((select id from cards where slug = 'jimin-kim'), timestamp with time zone '2027-03-15 00:50:00+00:00', (select id from bookings where token_hash = '7612ab3160cf039d1cacdc2911b29a05887bfbf98ff1aaccb8beb7c518c4c473'), null),
    ((select id from cards where slug = 'jimin-kim'), timestamp with time zone '2027-03-15 00:55:00+00:00', (select id from bookings where token_hash = '7612ab3160cf039d1cacdc2911b29a05887bfbf98ff1aaccb8beb7c518c4c473'), null),
    ((select id from cards where slug = 'jimin-kim'), timestamp with time zone '2027-03-15 01:00:00+00:00', (select id from bookings where token_hash = '7612ab3160cf039d1cacdc2911b29a05887bfbf98ff1aaccb8beb7c518c4c473'), null),
    ((select id from cards where slug = 'jimin-kim'), timestamp with time zone '2027-03-15 01:05:00+00:00', (select id from bookings where token_hash = '7612ab3160cf039d1cacdc2911b29a05887bfbf98ff1aaccb8beb7c518c4c473'), null),
    ((select id from cards where slug = 'jimin-kim'), timestamp with time zone '2027-03-15 01:10:00+00:00', (select id from bookings where token_hash = '7612ab3160cf039d1cacdc2911b29a05887bfbf98ff1aaccb8beb7c518c4c473'), null),
    ((select id from cards where slug = 'jimin-kim'), timestamp with time zone '2027-03-15 01:15:00+00:00', (select id from bookings where token_hash = '7612ab3160cf039d1cacdc2911b29a05887bfbf98ff1aaccb8beb7c518c4c473'), null),
    ((select id from cards where slug = 'jimin-kim'), timestamp with time zone '2027-03-15 01:20:00+00:00', (select id from bookings where token_hash = '7612ab3160cf039d1cacdc2911b29a05887bfbf98ff1aaccb8beb7c518c4c473'), null),
    ((select id from cards where slug = 'jimin-kim'), timestamp with time zone '2027-03-15 01:25:00+00:00', (select id from bookings where token_hash = '7612ab3160cf039d1cacdc2911b29a05887bfbf98ff1aaccb8beb7c518c4c473'), null),
    ((select id from cards where slug = 'jimin-kim'), timestamp with time zone '2027-03-15 01:30:00+00:00', (select id from bookings where token_hash = '7612ab3160cf039d1cacdc2911b29a05887bfbf98ff1aaccb8beb7c518c4c473'), null),
    ((select id from cards where slug = 'jimin-kim'), timestamp with time zone '2027-03-16 00:00:00+00:00', null, (select id from time_blocks where reason = 'Horno 🔥')),
    ((select id from cards where slug = 'jimin-kim'), timestamp with time zone '2027-03-16 00:05:00+00:00', null, (select id from time_blocks where reason = 'Horno 🔥'));

insert into booking_feeds (card_id, token_hash) values
    ((select id from cards where slug = 'jimin-kim'), '2ae099c1f264519b98cafe766b43ca69c47de712558b36cdd17604b3b9b122d6');

-- analytics: raw events, and the tallies they were counted into (Seoul's day; hours in UTC)
insert into analytics_events (card_id, type, happened_at, local_day, visitor, link, referrer, device, os, language) values
    ((select id from cards where slug = 'jimin-kim'), 'view', timestamp with time zone '2026-11-29 23:10:00+00:00', date '2026-11-30',
        'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90', null, 'instagram.com', 'mobile', 'ios', 'ko'),
    ((select id from cards where slug = 'jimin-kim'), 'view', timestamp with time zone '2026-11-29 23:40:00+00:00', date '2026-11-30',
        null, null, null, 'desktop', 'windows', 'es'),
    ((select id from cards where slug = 'jimin-kim'), 'link', timestamp with time zone '2026-11-29 23:12:00+00:00', date '2026-11-30',
        'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90', 0, null, null, null, null),
    ((select id from cards where slug = 'layla'), 'qr', timestamp with time zone '2026-11-30 07:00:00+00:00', date '2026-11-30',
        'f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f', null, null, 'mobile', 'android', 'ar');

insert into analytics_salts (local_day, salt) values
    (date '2026-11-30', '9b1f4c2e7a3d8e6f0c5b2a1d4e7f8a9b9b1f4c2e7a3d8e6f0c5b2a1d4e7f8a9b');

insert into analytics_daily (card_id, local_day, type, events, uniques) values
    ((select id from cards where slug = 'jimin-kim'), date '2026-11-30', 'view', 2, 1),
    ((select id from cards where slug = 'jimin-kim'), date '2026-11-30', 'link', 1, 1),
    ((select id from cards where slug = 'jimin-kim'), date '2026-11-12', 'view', 40, 31),
    ((select id from cards where slug = 'layla'), date '2026-11-30', 'qr', 1, 1);

insert into analytics_hourly (card_id, utc_hour, type, events, uniques) values
    ((select id from cards where slug = 'jimin-kim'), timestamp with time zone '2026-11-29 23:00:00+00:00', 'view', 2, 1),
    ((select id from cards where slug = 'jimin-kim'), timestamp with time zone '2026-11-29 23:00:00+00:00', 'link', 1, 1),
    ((select id from cards where slug = 'layla'), timestamp with time zone '2026-11-30 07:00:00+00:00', 'qr', 1, 1);

insert into analytics_dimensions (card_id, local_day, dimension, dim_value, events) values
    ((select id from cards where slug = 'jimin-kim'), date '2026-11-30', 'referrer', 'instagram.com', 1),
    ((select id from cards where slug = 'jimin-kim'), date '2026-11-30', 'device', 'mobile', 1),
    ((select id from cards where slug = 'jimin-kim'), date '2026-11-30', 'device', 'desktop', 1),
    ((select id from cards where slug = 'jimin-kim'), date '2026-11-30', 'os', 'ios', 1),
    ((select id from cards where slug = 'jimin-kim'), date '2026-11-30', 'os', 'windows', 1),
    ((select id from cards where slug = 'jimin-kim'), date '2026-11-30', 'language', 'ko', 1),
    ((select id from cards where slug = 'jimin-kim'), date '2026-11-30', 'language', 'es', 1),
    ((select id from cards where slug = 'jimin-kim'), date '2026-11-30', 'link', '0', 1);

insert into analytics_seen (card_id, bucket, type, visitor) values
    ((select id from cards where slug = 'jimin-kim'), 'd2026-11-30', 'view', 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90'),
    ((select id from cards where slug = 'jimin-kim'), 'h2026-11-29T23:00:00Z', 'view', 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90'),
    ((select id from cards where slug = 'layla'), 'd2026-11-30', 'qr', 'f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f');

-- the sections' settings (V11 moved them here from cards)
insert into store_settings (card_id, enabled, order_phone, currency, locale) values
    ((select id from cards where slug = 'jimin-kim'), true, '+34612345678', 'EUR', 'es-ES'),
    ((select id from cards where slug = 'layla'), false, '+971501234567', 'KRW', 'ar');

insert into booking_settings (card_id, settings) values
    ((select id from cards where slug = 'jimin-kim'),
        '{"enabled":true,"timeZone":"Asia/Seoul","requireApproval":true,"bufferBeforeMinutes":10,"bufferAfterMinutes":5,"minNoticeMinutes":120,"horizonDays":60,"maxPerDay":4,"weekly":[{"day":"MONDAY","from":"09:00","to":"17:00"},{"day":"WEDNESDAY","from":"10:00","to":"18:30"}],"overrides":[{"date":"2027-03-17","closed":true,"from":null,"to":null}],"types":[{"key":"call","name":"Llamada 📞 통화","minutes":30,"location":"https://meet.example/jimin","questions":["¿Qué pieza te interesa?","전화번호?"]}]}'),
    ((select id from cards where slug = 'layla'),
        '{"enabled":false,"timeZone":"Asia/Dubai","requireApproval":false,"bufferBeforeMinutes":0,"bufferAfterMinutes":0,"minNoticeMinutes":0,"horizonDays":60,"maxPerDay":0,"weekly":[],"overrides":[],"types":[]}');

insert into lead_settings (card_id, enabled, fields, required_fields, consent_text, retention_days, notify_owner, digest, digest_sent_until) values
    ((select id from cards where slug = 'jimin-kim'), true, 'name,email,phone,note', 'name,email',
        'Acepto que 지민 me escriba sobre talleres 🏺', null, true, true, timestamp with time zone '2026-11-30 00:00:00+00:00'),
    ((select id from cards where slug = 'layla'), false, 'name,email', 'name', null, null, true, false, null);

insert into leads (card_id, name, email, phone, company, job_title, note, consent_text, status, tags, owner_note, created_at) values
    ((select id from cards where slug = 'jimin-kim'), '서연 Park', 'seoyeon@example.com', '+821012345678', null, null,
        'Quiero un taller para 6 personas 🎉', 'Acepto que 지민 me escriba sobre talleres 🏺', 'contacted', 'taller,grupo',
        'Llamar el lunes', timestamp with time zone '2026-11-27 09:15:00+00:00'),
    ((select id from cards where slug = 'jimin-kim'), 'يوسف', 'yusuf@example.com', null, 'مقهى النخلة', 'مدير',
        null, 'Acepto que 지민 me escriba sobre talleres 🏺', 'new', null, null, timestamp with time zone '2026-11-29 19:40:00+00:00');

insert into webhooks (account_id, url, events, secret, enabled, disabled_reason, created_at) values
    ((select id from accounts where email = 'ana@example.com'), 'https://hooks.example.com/cardinal', 'lead.created,order.placed',
        'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', true, null, timestamp with time zone '2026-11-01 10:00:00+00:00'),
    ((select id from accounts where email = 'layla@example.com'), 'https://hooks.example.org/in', 'booking.created',
        'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD', false, 'Turned off after 8 failed deliveries', timestamp with time zone '2026-11-02 10:00:00+00:00');

insert into webhook_messages (webhook_id, message_id, event_key, type, body, state, attempts, next_attempt_at, claimed_until, created_at) values
    ((select id from webhooks where url = 'https://hooks.example.com/cardinal'), 'msg_2p5QW1d8KcX0vYbZ7rTnHs', 'order.placed:A7K2-9QX4',
        'order.placed', '{"type":"order.placed","timestamp":"2026-11-20T16:30:00Z","data":{"number":"A7K2-9QX4","customerName":"민준 Kim","totalMinor":8090,"currency":"EUR"}}',
        'delivered', 1, null, null, timestamp with time zone '2026-11-20 16:30:01+00:00');

insert into webhook_attempts (message_id, attempt, attempted_at, succeeded, response_code, error) values
    ((select id from webhook_messages where message_id = 'msg_2p5QW1d8KcX0vYbZ7rTnHs'), 1,
        timestamp with time zone '2026-11-20 16:30:02+00:00', true, 204, null);

-- a listener that failed long enough ago that only a start-up republishes it
insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date, status,
        completion_attempts, last_resubmission_date) values
    ('6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'red.cardinal.analytics.BookingAndOrderCounts.on(red.cardinal.store.OrderPlaced)',
        'red.cardinal.store.OrderPlaced',
        '{"orderId":' || cast((select id from orders where number = 'A7K2-9QX4') as varchar(20)) || ',"cardId":'
            || cast((select id from cards where slug = 'jimin-kim') as varchar(20)) || ',"number":"A7K2-9QX4","visit":null}',
        timestamp with time zone '2026-11-20 16:30:00+00:00', null, 'FAILED', 1, null);

-- binary columns hold plain ASCII here: the one bytea literal H2 and PostgreSQL read to the same bytes
insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time, principal_name) values
    ('0b9e8f3a-5c2d-4e71-9a6b-3f1e2d4c5b6a', 'c4d5e6f7-1a2b-4c3d-8e9f-0a1b2c3d4e5f', 1764576000000, 1764579600000, 1800, 4102444800000, 'ana@example.com');

insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes) values
    ('0b9e8f3a-5c2d-4e71-9a6b-3f1e2d4c5b6a', 'SPRING_SECURITY_CONTEXT', cast('security-context-of-ana' as bytea));

insert into rate_limit_buckets (id, state, expires_at) values
    ('login:5f2b9c0d1e3a4b6c7d8e9f00112233445566', cast('bucket4j-state' as bytea), 4102444800000);
