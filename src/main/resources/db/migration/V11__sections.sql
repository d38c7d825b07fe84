-- Sections keep their own settings, keyed by the card's id; the card keeps only the person.
-- sections_version moves on whenever a section's settings of the card change: with the card's own
-- version it is the card's entity tag and its page's cache key.
alter table cards add column sections_version bigint default 0 not null;

create table booking_settings (
    card_id  bigint         not null primary key references cards (id) on delete cascade,
    settings varchar(20000) not null
);
insert into booking_settings (card_id, settings) select id, booking from cards where booking is not null;
alter table cards drop column booking;

create table store_settings (
    card_id     bigint      not null primary key references cards (id) on delete cascade,
    enabled     boolean     not null,
    order_phone varchar(20),
    currency    varchar(3),
    locale      varchar(35)
);
insert into store_settings (card_id, enabled, order_phone, currency, locale)
    select id, store_enabled, store_order_phone, store_currency, store_locale from cards
    where store_enabled or store_order_phone is not null or store_currency is not null or store_locale is not null;
alter table cards drop column store_enabled;
alter table cards drop column store_order_phone;
alter table cards drop column store_currency;
alter table cards drop column store_locale;

alter table card_gallery rename to gallery_items;
