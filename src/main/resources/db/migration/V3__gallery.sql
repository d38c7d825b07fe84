-- A card's gallery: ordered images (from the owner's media) and video links.
create table card_gallery (
    card_id    bigint        not null references cards (id) on delete cascade,
    position   integer       not null,
    type       varchar(10)   not null,
    media_id   bigint        references media (id) on delete restrict,
    video_url  varchar(500),
    caption    varchar(200),
    alt        varchar(300),
    primary key (card_id, position)
);
create index card_gallery_media on card_gallery (media_id);
