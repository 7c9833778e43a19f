## La página del brief, tal como la muestran el PDF y la vista previa, en el idioma del creador.

pdf-kicker = Brief para creadores
pdf-for-handle = Para { $name } ({ $handle })  ·  { $date }
pdf-for = Para { $name }  ·  { $date }
pdf-prepared = Preparado el { $date }
pdf-your-shop = Tu tienda
pdf-summary = Resumen
pdf-goals = Objetivos
pdf-target-group = Público
pdf-deliverables = Contenidos
pdf-messaging = Mensajes clave
pdf-code = Tu código de descuento
pdf-disclosure = Cómo indicar la colaboración
pdf-compensation = Compensación
pdf-timeline = Calendario
pdf-do = Qué hacer
pdf-dont = Qué evitar
pdf-dos-donts = Qué hacer y qué evitar
pdf-questions = ¿Dudas? { $contact }
pdf-week = Semana { $week } · { $monday }
pdf-title-for = Brief para { $name }: { $campaign }
pdf-title = Brief para creadores: { $campaign }
pdf-default-disclosure = #publi o #publicidad al principio de la descripción
