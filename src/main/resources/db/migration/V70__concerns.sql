-- Resident concerns (issue 3): what residents ask their beat to work on, from the web or any
-- Open311 client. The reporter's identity (account, contact) lives only in concern_reporters,
-- which never leaves the module; anonymous concerns have no row there. No IP address is
-- stored anywhere.

-- Categories in one table a coordinator can edit; codes match crime categories where they
-- overlap (crime_category_rules), names in English and Spanish.
CREATE TABLE concern_categories
(
  code            TEXT PRIMARY KEY,
  group_code      TEXT NOT NULL,
  position        INTEGER NOT NULL,
  crime_category  TEXT,
  name_en         TEXT NOT NULL,
  name_es         TEXT NOT NULL,
  description_en  TEXT NOT NULL,
  description_es  TEXT NOT NULL,
  active          BOOLEAN NOT NULL DEFAULT true
);

-- Extra questions a category asks (Open311 "attributes"), e.g. a vehicle description for speeding
CREATE TABLE concern_category_attributes
(
  category        TEXT NOT NULL REFERENCES concern_categories (code),
  code            TEXT NOT NULL,
  position        INTEGER NOT NULL,
  datatype        TEXT NOT NULL CHECK (datatype IN ('STRING', 'TEXT', 'NUMBER', 'DATETIME', 'SINGLEVALUELIST', 'MULTIVALUELIST')),
  required        BOOLEAN NOT NULL DEFAULT false,
  name_en         TEXT NOT NULL,
  name_es         TEXT NOT NULL,
  hint_en         TEXT NOT NULL DEFAULT '',
  hint_es         TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (category, code)
);

CREATE TABLE concern_category_attribute_values
(
  category        TEXT NOT NULL,
  attribute       TEXT NOT NULL,
  key             TEXT NOT NULL,
  position        INTEGER NOT NULL,
  name_en         TEXT NOT NULL,
  name_es         TEXT NOT NULL,
  PRIMARY KEY (category, attribute, key),
  FOREIGN KEY (category, attribute) REFERENCES concern_category_attributes (category, code)
);

CREATE SEQUENCE concern_ids START WITH 1001;

CREATE TABLE concerns
(
  id                  BIGINT PRIMARY KEY DEFAULT nextval('concern_ids'),
  category            TEXT NOT NULL REFERENCES concern_categories (code),
  status              TEXT NOT NULL,
  -- what the resident wrote, kept for staff; public_description is what others see
  description         TEXT NOT NULL,
  public_description  TEXT NOT NULL,
  -- the exact point, for staff; the public only ever sees the block and the snapped point
  latitude            DOUBLE PRECISION NOT NULL,
  longitude           DOUBLE PRECISION NOT NULL,
  block_address       TEXT,
  block_latitude      DOUBLE PRECISION NOT NULL,
  block_longitude     DOUBLE PRECISION NOT NULL,
  beat                TEXT NOT NULL,
  district            TEXT NOT NULL,
  source              TEXT NOT NULL,
  locale              TEXT NOT NULL,
  attributes          JSONB NOT NULL DEFAULT '{}',
  anonymous           BOOLEAN NOT NULL,
  tracking_token_hash BYTEA NOT NULL UNIQUE,
  support_count       INTEGER NOT NULL DEFAULT 0,
  requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Lists per beat or district, newest first (a beat with 100,000 concerns answers from the index)
CREATE INDEX concerns_by_beat ON concerns (beat, requested_at DESC, id DESC);
CREATE INDEX concerns_by_district ON concerns (district, requested_at DESC, id DESC);
CREATE INDEX concerns_by_time ON concerns (requested_at DESC, id DESC);
-- Similar open concerns nearby: same category, recent, in a small box
CREATE INDEX concerns_open_by_category ON concerns (category, requested_at DESC)
  WHERE status IN ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REFERRED');

-- Who reported a concern that is not anonymous: never shown to the public
CREATE TABLE concern_reporters
(
  concern_id     BIGINT PRIMARY KEY REFERENCES concerns (id),
  account_id     BIGINT,
  contact_name   TEXT,
  contact_email  TEXT,
  contact_phone  TEXT,
  device_id      TEXT
);

CREATE INDEX concern_reporters_by_account ON concern_reporters (account_id) WHERE account_id IS NOT NULL;

-- The photo, re-encoded without metadata (no EXIF, no GPS); in the database so every node serves it
CREATE TABLE concern_photos
(
  concern_id     BIGINT PRIMARY KEY REFERENCES concerns (id),
  content_type   TEXT NOT NULL,
  width          INTEGER NOT NULL,
  height         INTEGER NOT NULL,
  bytes          BYTEA NOT NULL
);

-- Every status change, with who and when; the first row is the report itself (from_status null)
CREATE TABLE concern_transitions
(
  id               BIGSERIAL PRIMARY KEY,
  concern_id       BIGINT NOT NULL REFERENCES concerns (id),
  from_status      TEXT,
  to_status        TEXT NOT NULL,
  actor_account_id BIGINT,
  actor_role       TEXT NOT NULL,
  public_update    TEXT,
  at               TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX concern_transitions_by_concern ON concern_transitions (concern_id, at);

-- "Me too": one row per supporter, keyed by a hash of who they are (never the key itself)
CREATE TABLE concern_supports
(
  concern_id     BIGINT NOT NULL REFERENCES concerns (id),
  supporter_hash BYTEA NOT NULL,
  at             TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (concern_id, supporter_hash)
);

-- Each change to the public description: the original stays in concerns.description
CREATE TABLE concern_moderations
(
  id                  BIGSERIAL PRIMARY KEY,
  concern_id          BIGINT NOT NULL REFERENCES concerns (id),
  public_description  TEXT NOT NULL,
  actor_account_id    BIGINT,
  actor_role          TEXT NOT NULL,
  at                  TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO concern_categories (code, group_code, position, crime_category, name_en, name_es, description_en, description_es) VALUES
  ('drug-sales', 'crime', 10, 'drug-sales', 'Drug sales', 'Venta de drogas', 'Drugs being sold on a corner, in a building or from cars.', 'Venta de drogas en una esquina, en un edificio o desde autos.'),
  ('vandalism', 'crime', 20, 'vandalism', 'Vandalism', 'Vandalismo', 'Damage to property: broken windows, damaged cars or fences.', 'Daños a la propiedad: ventanas rotas, autos o cercas dañados.'),
  ('burglary', 'crime', 30, 'burglary', 'Burglaries', 'Robos en viviendas', 'Break-ins to homes, garages or businesses.', 'Entradas forzadas en casas, garajes o negocios.'),
  ('theft', 'crime', 40, 'theft', 'Theft', 'Hurto', 'Things taken: packages, bikes, catalytic converters, shoplifting.', 'Robo de cosas: paquetes, bicicletas, convertidores catalíticos, hurtos en tiendas.'),
  ('prostitution', 'crime', 50, 'prostitution', 'Prostitution', 'Prostitución', 'Solicitation or prostitution in a public place.', 'Solicitud o prostitución en un lugar público.'),
  ('gambling', 'crime', 60, 'gambling', 'Gambling', 'Apuestas ilegales', 'Illegal gambling, such as dice games in the street.', 'Apuestas ilegales, como juegos de dados en la calle.'),
  ('trespassing', 'crime', 70, 'trespassing', 'Trespassing', 'Entrada sin autorización', 'People entering or staying on property without permission.', 'Personas que entran o permanecen en una propiedad sin permiso.'),
  ('gang-activity', 'disorder', 110, NULL, 'Gang activity', 'Actividad de pandillas', 'Gang gatherings, recruiting or signs of gang conflict.', 'Reuniones de pandillas, reclutamiento o señales de conflicto entre pandillas.'),
  ('loitering', 'disorder', 120, NULL, 'Loitering', 'Merodeo', 'Groups gathering in a way that makes the block feel unsafe.', 'Grupos reunidos de forma que la cuadra se siente insegura.'),
  ('noise', 'disorder', 130, NULL, 'Noise', 'Ruido', 'Loud music, parties or late-night gatherings.', 'Música alta, fiestas o reuniones de madrugada.'),
  ('graffiti', 'disorder', 140, 'vandalism', 'Graffiti', 'Grafiti', 'Graffiti on buildings, garages or public property.', 'Grafiti en edificios, garajes o propiedad pública.'),
  ('abandoned-building', 'property', 210, NULL, 'Abandoned building', 'Edificio abandonado', 'An open or vacant building used for crime or in danger of collapse.', 'Un edificio abierto o vacío usado para delitos o en peligro de derrumbe.'),
  ('abandoned-vehicle', 'property', 220, NULL, 'Abandoned vehicle', 'Vehículo abandonado', 'A vehicle left in the street for a long time.', 'Un vehículo dejado en la calle por mucho tiempo.'),
  ('street-light-out', 'property', 230, NULL, 'Street light out', 'Luz de la calle apagada', 'A street or alley light that is out or flickering.', 'Una luz de calle o de callejón apagada o parpadeando.'),
  ('speeding', 'traffic', 310, NULL, 'Speeding', 'Exceso de velocidad', 'Cars speeding or racing on a street.', 'Autos a exceso de velocidad o en carreras en una calle.'),
  ('other', 'other', 900, 'other', 'Something else', 'Otro asunto', 'Anything else the beat should know about.', 'Cualquier otro asunto que el sector deba conocer.');

INSERT INTO concern_category_attributes (category, code, position, datatype, required, name_en, name_es, hint_en, hint_es) VALUES
  ('speeding', 'vehicle-description', 10, 'STRING', false, 'Vehicle description', 'Descripción del vehículo', 'Colour, make or model, if you saw it.', 'Color, marca o modelo, si lo vio.'),
  ('speeding', 'time-of-day', 20, 'SINGLEVALUELIST', false, 'When does it happen?', '¿Cuándo sucede?', '', ''),
  ('drug-sales', 'time-of-day', 10, 'SINGLEVALUELIST', false, 'When does it happen?', '¿Cuándo sucede?', '', ''),
  ('noise', 'time-of-day', 10, 'SINGLEVALUELIST', false, 'When does it happen?', '¿Cuándo sucede?', '', ''),
  ('abandoned-vehicle', 'vehicle-description', 10, 'STRING', true, 'Vehicle description', 'Descripción del vehículo', 'Colour, make or model.', 'Color, marca o modelo.'),
  ('street-light-out', 'pole-number', 10, 'STRING', false, 'Pole number', 'Número del poste', 'The number on the pole, if you can read it.', 'El número en el poste, si lo puede leer.');

INSERT INTO concern_category_attribute_values (category, attribute, key, position, name_en, name_es)
SELECT a.category, 'time-of-day', v.key, v.position, v.name_en, v.name_es
FROM concern_category_attributes a,
     (VALUES ('morning', 1, 'Morning', 'Mañana'), ('afternoon', 2, 'Afternoon', 'Tarde'),
             ('evening', 3, 'Evening', 'Noche'), ('late-night', 4, 'Late night', 'Madrugada'),
             ('all-day', 5, 'All day', 'Todo el día')) AS v (key, position, name_en, name_es)
WHERE a.code = 'time-of-day';

-- Secrets for keyed hashes (supporters, rate-limit keys): made once, shared by every node
CREATE TABLE concern_secrets
(
  name    TEXT PRIMARY KEY,
  secret  BYTEA NOT NULL
);
