import {
  ArgumentsHost,
  Controller,
  ExceptionFilter,
  Get,
  INestApplication,
  Module,
  PayloadTooLargeException,
  Res,
} from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { ThrottlerException } from '@nestjs/throttler';
import { ErrorCode, errorMessages } from '@reha/shared';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { AppError } from '../errors/app-error';
import { LOGGER } from '../logging/logging.module';
import { RestErrorBody, RestErrorFilter } from './rest-error.filter';

@Controller('test')
class FailingController {
  @Get('too-large')
  tooLarge(): never {
    throw new PayloadTooLargeException();
  }

  @Get('throttled')
  throttled(@Res({ passthrough: true }) res: Response): never {
    res.setHeader('Retry-After', '42'); // as the ThrottlerGuard does before it throws
    throw new ThrottlerException();
  }

  @Get('conflict')
  conflict(): never {
    throw new AppError(ErrorCode.CONFLICT);
  }

  @Get('broken')
  broken(): never {
    throw new Error('secret detail from the database');
  }
}

describe('RestErrorFilter', () => {
  const logger = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    @Module({
      controllers: [FailingController],
      providers: [
        { provide: LOGGER, useValue: logger },
        {
          provide: APP_FILTER,
          inject: [LOGGER],
          useFactory: (log: Logger) => new RestErrorFilter(log),
        },
      ],
    })
    class TestModule {}
    app = await NestFactory.create(TestModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });
  afterAll(() => app.close());
  beforeEach(() => jest.clearAllMocks());

  async function get(path: string): Promise<{ status: number; type: string; body: RestErrorBody }> {
    const res = await fetch(`${base}${path}`, { headers: { 'accept-language': 'en' } });
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      body: (await res.json()) as RestErrorBody,
    };
  }

  it('answers an unknown route such as /favicon.ico with a JSON 404, without logging', async () => {
    const res = await get('/favicon.ico');

    expect(res.status).toBe(404);
    expect(res.type).toMatch(/^application\/json/);
    expect(res.body).toEqual({
      error: { code: 'NOT_FOUND', message: errorMessages.NOT_FOUND.en },
    });
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('keeps the status of an HttpException and leaves out the sentence with a limit it lacks', async () => {
    const res = await get('/test/too-large');

    expect(res.status).toBe(413);
    expect(res.body.error).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The request is too large.',
    });
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('tells a throttled client when to come back', async () => {
    const res = await get('/test/throttled');

    expect(res.status).toBe(429);
    expect(res.body.error).toEqual({
      code: 'RATE_LIMITED',
      message: 'Too many requests. Try again in 42 s.',
      params: { retryAfter: 42 },
    });
  });

  it('answers an AppError with its code and status', async () => {
    const res = await get('/test/conflict');

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('CONFLICT');
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('hides an unexpected error behind a 500 and logs it once, without the request body', async () => {
    const res = await get('/test/broken?token=abc');

    expect(res.status).toBe(500);
    expect(res.body.error).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: errorMessages.INTERNAL_SERVER_ERROR.en,
    });
    expect(JSON.stringify(res.body)).not.toContain('secret detail');
    expect(logger.error).toHaveBeenCalledTimes(1);
    const [fields] = logger.error.mock.calls[0] as [Record<string, unknown>];
    expect(fields).toMatchObject({ method: 'GET', path: '/test/broken', status: 500 });
    expect(fields.err).toBeInstanceOf(Error);
    expect(Object.keys(fields)).not.toContain('body');
    expect(JSON.stringify(fields)).not.toContain('token=abc');
  });

  describe('outside HTTP (GraphQL)', () => {
    const graphqlHost = { getType: () => 'graphql' } as unknown as ArgumentsHost;

    it('hands the error to the filter for the other contexts and returns its answer', () => {
      const answer = new Error('as GraphQL reports it');
      const other: ExceptionFilter = { catch: jest.fn(() => answer) };
      const filter = new RestErrorFilter(logger as unknown as Logger, other);
      const thrown = new AppError(ErrorCode.FORBIDDEN);

      expect(filter.catch(thrown, graphqlHost)).toBe(answer);
      expect(other.catch).toHaveBeenCalledWith(thrown, graphqlHost);
    });

    it('rethrows when there is no such filter', () => {
      const filter = new RestErrorFilter(logger as unknown as Logger);
      const thrown = new AppError(ErrorCode.FORBIDDEN);

      expect(() => filter.catch(thrown, graphqlHost)).toThrow(thrown);
    });
  });
});
