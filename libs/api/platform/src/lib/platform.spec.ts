import { loadConfig } from '@digitalcheck/api-config';
import { Body, Controller, Get, INestApplication, NotFoundException, Post } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsString, Length, Max, Min, ValidateNested, IsArray } from 'class-validator';
import request from 'supertest';
import { configureApp } from './configure-app';
import { PlatformModule } from './platform.module';

class AnswerDto {
  @IsString()
  @Length(1, 10)
  questionCode!: string;

  @IsInt()
  @Min(1)
  @Max(5)
  value!: number;
}

class InvitationDto {
  @IsEmail()
  email!: string;

  @IsInt()
  @Min(1)
  population!: number;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers!: AnswerDto[];
}

@Controller('probe')
class ProbeController {
  @Post()
  create(@Body() body: InvitationDto) {
    return { received: body, isDto: body instanceof InvitationDto, populationType: typeof body.population };
  }

  @Get('missing')
  missing() {
    throw new NotFoundException('Region 07131 not found');
  }

  @Get('database-down')
  databaseDown() {
    // What TypeORM throws when PostgreSQL restarts under a running query.
    throw Object.assign(new Error('Query failed'), {
      driverError: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    });
  }

  @Get('crash')
  crash() {
    throw new Error('relation "secret_table" does not exist at SELECT * FROM secret_table');
  }
}

describe('platform: validation and error shape', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const config = loadConfig(
      { LOG_LEVEL: 'silent', DATABASE_URL: 'pglite://memory' },
      { version: '0.0.0-test', cwd: '/tmp', dashboardDir: null },
    );
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forRoot(config)],
      controllers: [ProbeController],
    }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true });
    configureApp(app as NestExpressApplication, config);
    await app.init();
  });

  afterAll(() => app.close());

  it('accepts a valid body and hands the handler a transformed DTO', async () => {
    const body = {
      email: 'digital@kreis-ahrweiler.de',
      population: 130000,
      answers: [{ questionCode: 'A1', value: 4 }],
    };
    const response = await request(app.getHttpServer()).post('/api/v1/probe').send(body).expect(201);
    expect(response.body).toEqual({ received: body, isDto: true, populationType: 'number' });
  });

  it('reports every invalid field with a machine-readable code and a dotted path', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/v1/probe')
      .send({ email: 'not-an-email', population: 0, answers: [{ questionCode: 'A1', value: 9 }], role: 'ADMIN' })
      .expect(400);
    expect(response.body.statusCode).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.message).toBe('The request has invalid fields.');
    expect(typeof response.body.requestId).toBe('string');
    expect(response.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'answers.0.value:max',
      'email:isEmail',
      'population:min',
      'role:unknownField',
    ]);
    expect(response.body.errors.find((e: { field: string }) => e.field === 'role').message).toBe(
      'property role should not exist',
    );
  });

  it('reports each required field of an empty body', async () => {
    const response = await request(app.getHttpServer()).post('/api/v1/probe').send({}).expect(400);
    expect(response.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(
      expect.arrayContaining(['email:isEmail', 'population:isInt', 'answers:isArray']),
    );
  });

  it('keeps deliberate HttpException messages', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/probe/missing').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'Region 07131 not found',
      requestId: expect.any(String),
    });
  });

  it('answers errors outside /api (the dashboard’s files) without their message, which can name server paths', async () => {
    const response = await request(app.getHttpServer()).get('/regionen/07131').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'Not found.',
      requestId: expect.any(String),
    });
  });

  it('hides the message, stack and SQL of unexpected errors', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/probe/crash').expect(500);
    expect(response.body).toEqual({
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: 'An unexpected error occurred. It has been logged.',
      requestId: expect.any(String),
    });
    expect(JSON.stringify(response.body)).not.toContain('secret_table');
  });

  it('answers a database that cannot be reached with a retriable 503 and Retry-After, not a 500', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/probe/database-down').expect(503);
    expect(response.headers['retry-after']).toBe('2');
    expect(response.body).toEqual({
      statusCode: 503,
      code: 'DATABASE_UNAVAILABLE',
      message: 'The database cannot be reached at the moment. Repeat the request shortly.',
      requestId: expect.any(String),
    });
  });

  it('answers malformed JSON with 400 in the same shape', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/v1/probe')
      .set('Content-Type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      code: 'BAD_REQUEST',
      message: 'The request body is not valid JSON.',
      requestId: expect.any(String),
    });
  });
});
