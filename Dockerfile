# The marketplace's image: gunicorn serving marketplace.wsgi, static files collected at build
# time and served by WhiteNoise. The same image runs the Celery worker and beat
# (see docker-compose.yml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_ENV=production \
    STATIC_ROOT=/app/var/static \
    MEDIA_ROOT=/app/var/media \
    WEB_CONCURRENCY=3

WORKDIR /app

# Dependencies first, so that a code change does not reinstall them.
# Every pinned package ships a manylinux wheel (psycopg-binary, Pillow): no compiler needed.
COPY requirements.txt ./
RUN pip install -r requirements.txt

COPY . .

# Hashed, compressed static files, built once into the image. The key below only lets the
# settings load for this step; the container gets its own SECRET_KEY at run time.
RUN SECRET_KEY=collectstatic-only-build-time-placeholder-not-used-at-run-time \
    DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    python manage.py collectstatic --noinput --verbosity 0 \
 && rm -f /tmp/build.sqlite3 \
 && useradd --system --uid 10001 --user-group --home-dir /app --no-create-home app \
 && mkdir -p /app/var/media \
 && chown -R app:app /app/var

USER app
EXPOSE 8000

# gunicorn reads WEB_CONCURRENCY for its number of workers.
CMD ["gunicorn", "marketplace.wsgi", "--bind", "0.0.0.0:8000", "--access-logfile", "-"]
